# Sourced by bin/run, bin/test, .ci/run and the benchmarks: points JAVA_HOME at a JDK 21 or newer,
# and sets the server's environment. (The server's JVM options are read by target/server/start.)
# Payara Micro 7 needs Java 21+, while the default `java` on our machines is 17.

tollgate_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

tollgate_select_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-* /usr/lib/jvm/temurin-2[1-9]-jdk-* \
                   /usr/lib/jvm/java-2[1-9]-openjdk-* /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(tollgate_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "error: Tollgate needs a JDK 21 or newer (Payara Micro 7); none found in JAVA_HOME or /usr/lib/jvm." >&2
  echo "       Install one (for example Temurin 25) and set JAVA_HOME to it." >&2
  return 1
}

# libargon2 takes its 19 MiB of working memory per hash from malloc; with glibc's default of
# eight arenas per core, freed blocks stay resident in every request thread's arena. Two arenas
# keep the server's resident memory flat under the sign-in load.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
