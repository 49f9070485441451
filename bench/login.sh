#!/usr/bin/env bash
# Password sign-in throughput vs the raw Argon2id hash rate (SPEC §16, issue 2), and start-up
# time and resident memory of the server. Builds the jar if needed, starts a server on the
# embedded database in a temporary directory, measures, stops it. The server is warmed up first
# (JIT), then raw-hash phases (in this JVM) and sign-in phases (wrk, bench/login.lua) alternate;
# each sign-in phase is set against the raw phases on either side of it, and the median of the
# rounds is the figure.
#   bench/login.sh [seconds-per-phase] [warm-up-seconds] [rounds]     (defaults 5, 240, 15)
# The server is target/server/start (what bin/run runs), with server-config/jvm.options; SERVER_JAVA_OPTS adds JVM options to the server (e.g. -Xmx384m).
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
tollgate_select_jdk
command -v wrk >/dev/null || { echo "error: bench/login.sh drives the server with wrk; install it (Debian: apt-get install wrk)" >&2; exit 1; }
seconds=${1:-5}
warm_up=${2:-240}
rounds=${3:-15}
[ -x target/server/start ] || mvn -B -q -DskipTests package
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
port=18080
data=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$data"' EXIT
start=$(date +%s.%N)
DATA_DIR="$data" BOOTSTRAP_ADMIN_EMAIL=bench-admin@bench.test BOOTSTRAP_ADMIN_PASSWORD=bench-admin-password \
  OIDC_ISSUER="http://localhost:$port" TOLLGATE_JAVA_OPTS="${SERVER_JAVA_OPTS:-}" target/server/start --port $port >"$data/server.log" 2>&1 &
server=$!
until curl -sf "http://localhost:$port/health/ready" >/dev/null; do sleep 0.2; done
ready=$(date +%s.%N)
printf 'start-up to ready: %.1f s\n' "$(echo "$ready - $start" | bc)"
printf 'resident memory after start-up: %d MiB\n' $(( $(awk '/VmRSS/ {print $2}' /proc/$server/status) / 1024 ))
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" dev.tollgate.bench.LoginBenchmark \
  "http://localhost:$port" bench-admin@bench.test bench-admin-password "$seconds" "$warm_up" "$rounds"
printf 'resident memory after the load: %d MiB\n' $(( $(awk '/VmRSS/ {print $2}' /proc/$server/status) / 1024 ))
