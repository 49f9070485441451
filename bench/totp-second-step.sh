#!/usr/bin/env bash
# Benchmark of the TOTP second step (SPEC §16): POST /api/v1/auth/mfa/totp completions per
# second, JWT and session included, then p50/p99 latency at half that rate.
#
#   bench/totp-second-step.sh [--users=2000] [--warmup=600] [--concurrency=16] [--setup-threads=4]
#
# Without TOLLGATE_URL it builds Tollgate, starts it on a fresh embedded H2 database in a
# temporary DATA_DIR on a free port, runs the driver (dev.tollgate.bench.TotpSecondStepBench,
# compiled with the tests but never run by them) and stops the server. With TOLLGATE_URL (and
# TOLLGATE_ADMIN_EMAIL / TOLLGATE_ADMIN_PASSWORD) it uses that server instead, and
# --users-file=PATH keeps the users it created for the next run against the same server. The
# driver creates the users it needs (one sign-in per user per 30-second step) through the admin
# API; the password sign-ins that fetch mfa_tokens are not timed.
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
tollgate_select_jdk

mvn -B -q -DskipTests package test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
classpath="target/test-classes:target/classes:$(cat target/bench.classpath)"

server_pid=""
data_dir=""
cleanup() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [ -n "$data_dir" ]; then rm -rf "$data_dir"; fi
}
trap cleanup EXIT

if [ -z "${TOLLGATE_URL:-}" ]; then
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  data_dir=$(mktemp -d -t tollgate-bench-XXXXXX)
  TOLLGATE_URL="http://localhost:$port"
  TOLLGATE_ADMIN_EMAIL=admin@tollgate.bench
  TOLLGATE_ADMIN_PASSWORD=admin-password-1
  echo "starting Tollgate on $TOLLGATE_URL (log: target/bench-server.log)"
  DATA_DIR="$data_dir" OIDC_ISSUER="$TOLLGATE_URL" \
  BOOTSTRAP_ADMIN_EMAIL="$TOLLGATE_ADMIN_EMAIL" BOOTSTRAP_ADMIN_PASSWORD="$TOLLGATE_ADMIN_PASSWORD" \
    TOLLGATE_JAVA_OPTS="${SERVER_JAVA_OPTS:-}" target/server/start --port "$port" >target/bench-server.log 2>&1 &
  server_pid=$!
  for _ in $(seq 1 300); do
    if curl -sf "$TOLLGATE_URL/health/ready" >/dev/null && curl -sf "$TOLLGATE_URL/.well-known/jwks.json" >/dev/null; then
      break
    fi
    kill -0 "$server_pid" 2>/dev/null || { echo "Tollgate exited; see target/bench-server.log" >&2; exit 1; }
    sleep 1
  done
  curl -sf "$TOLLGATE_URL/health/ready" >/dev/null || { echo "Tollgate was not ready in 5 minutes" >&2; exit 1; }
fi

"$JAVA_HOME/bin/java" -cp "$classpath" dev.tollgate.bench.TotpSecondStepBench \
  ${server_pid:+--server-pid="$server_pid"} --base="$TOLLGATE_URL" --admin-email="${TOLLGATE_ADMIN_EMAIL:?}" --admin-password="${TOLLGATE_ADMIN_PASSWORD:?}" "$@"
