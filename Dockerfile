# Tollgate on Payara Micro.
#   docker build -t tollgate .
#   docker run -p 8080:8080 -e SECRET_KEY=... -e DATABASE_URL=jdbc:postgresql://db:5432/tollgate \
#     -e DATABASE_USER=tollgate -e DATABASE_PASSWORD=... -e OIDC_ISSUER=https://id.example.com tollgate

# Build: the WAR and the Payara Micro uber jar (target/tollgate.jar), tests left to CI.
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline -DexcludeGroupIds=dev.tollgate || true
COPY server-config server-config
COPY src src
RUN mvn -B -q -DskipTests package

# Run: Payara Micro with the WAR at /, clustering off, as an unprivileged user.
FROM eclipse-temurin:25-jre
RUN useradd --system --home-dir /var/lib/tollgate --create-home tollgate
COPY --from=build /src/target/tollgate.jar /opt/tollgate/tollgate.jar
COPY server-config/jvm.options /opt/tollgate/jvm.options
USER tollgate
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
# The JVM options of server-config/jvm.options, then TOLLGATE_JAVA_OPTS (e.g. -Xmx1g), which win.
ENTRYPOINT ["bash", "-c", "exec java $(grep -v -E '^[[:space:]]*(#|$)' /opt/tollgate/jvm.options) $TOLLGATE_JAVA_OPTS -jar /opt/tollgate/tollgate.jar --rootdir /var/lib/tollgate/payara \"$@\"", "--"]
