#!/usr/bin/env bash
# Passkey second step at sign-in (SPEC §16: >= 300 finishes per second), with p50/p99.
# Builds the jar if needed, starts a server on the embedded database in a temporary directory,
# runs dev.tollgate.bench.PasskeyBenchmark (compiled with the tests, never run by them), stops it.
#   bench/passkey-second-step.sh [second-steps] [clients] [login|step-up]   (defaults 6000, 8, login)
# login: mfa_tokens from password sign-ins (Argon2id each, so preparing many takes minutes and
# tokens live 5); step-up: mfa_tokens from POST /auth/step-up, prepared in seconds.
# With TOLLGATE_URL set, uses that server instead (TOLLGATE_ADMIN_EMAIL, TOLLGATE_ADMIN_PASSWORD);
# its OIDC_ISSUER must be that URL, since the passkeys are made for its origin.
# The server is target/server/start (what bin/run runs), with server-config/jvm.options; SERVER_JAVA_OPTS adds JVM options to the server it starts.
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
tollgate_select_jdk
command -v wrk >/dev/null || { echo "error: bench/passkey-second-step.sh drives the server with wrk; install it (Debian: apt-get install wrk)" >&2; exit 1; }
sign_ins=${1:-6000}
clients=${2:-8}
mode=${3:-login}
[ -x target/server/start ] || mvn -B -q -DskipTests package
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
classpath="target/test-classes:target/classes:$(cat target/bench.classpath)"
if [ -n "${TOLLGATE_URL:-}" ]; then
  exec java -cp "$classpath" dev.tollgate.bench.PasskeyBenchmark \
    "$TOLLGATE_URL" "$TOLLGATE_ADMIN_EMAIL" "$TOLLGATE_ADMIN_PASSWORD" "$sign_ins" "$clients" "$mode"
fi
port=18081
data=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$data"' EXIT
DATA_DIR="$data" BOOTSTRAP_ADMIN_EMAIL=bench-admin@bench.test BOOTSTRAP_ADMIN_PASSWORD=bench-admin-password \
  OIDC_ISSUER="http://localhost:$port" TOLLGATE_JAVA_OPTS="${SERVER_JAVA_OPTS:-}" target/server/start --port $port >"$data/server.log" 2>&1 &
server=$!
until curl -sf "http://localhost:$port/health/ready" >/dev/null; do sleep 0.2; done
java -cp "$classpath" dev.tollgate.bench.PasskeyBenchmark \
  "http://localhost:$port" bench-admin@bench.test bench-admin-password "$sign_ins" "$clients" "$mode" "$server"
printf 'server resident memory after the load: %d MiB\n' $(( $(awk '/VmRSS/ {print $2}' /proc/$server/status) / 1024 ))
