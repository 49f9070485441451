# Tollgate on Payara Micro.
#   docker build -t tollgate .
#   docker run -p 8080:8080 -e SECRET_KEY=... -e DATABASE_URL=jdbc:postgresql://db:5432/tollgate \
#     -e DATABASE_USER=tollgate -e DATABASE_PASSWORD=... -e OIDC_ISSUER=https://id.example.com tollgate

# Build: the WAR, the Payara Micro uber jar (target/tollgate.jar) and the packaged server directory
# (target/server/, bin/package-server); tests left to CI.
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline -DexcludeGroupIds=dev.tollgate || true
COPY bin bin
COPY server-config server-config
COPY src src
RUN mvn -B -q -DskipTests package

# Run: the packaged server directory (target/server/, bin/package-server) with the WAR at /,
# clustering off, as an unprivileged user. Its AOT cache is recorded again here, by a training
# start on this image's own JVM: a cache only serves the JVM build that recorded it.
FROM eclipse-temurin:25-jre
RUN useradd --system --home-dir /var/lib/tollgate --create-home tollgate
COPY --from=build --chown=tollgate:tollgate /src/target/server /opt/tollgate
USER tollgate
RUN /opt/tollgate/start --train >/tmp/aot-training.log 2>&1 || { cat /tmp/aot-training.log; exit 1; }; rm -f /tmp/aot-training.log
WORKDIR /var/lib/tollgate
ENV DATA_DIR=/var/lib/tollgate/data \
    PORT=8080 \
    MALLOC_ARENA_MAX=2 \
    JAVA_TOOL_OPTIONS="-XX:+ExitOnOutOfMemoryError" \
    TOLLGATE_JAVA_OPTS=""
VOLUME /var/lib/tollgate/data
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT} && printf 'GET /health/ready HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q ' 200 ' <&3"]
# server-config/jvm.options, then TOLLGATE_JAVA_OPTS (e.g. -Xmx1g), which win; arguments go to
# Payara Micro.
ENTRYPOINT ["/opt/tollgate/start"]
