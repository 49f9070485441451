#!/usr/bin/env bash
# Start-up time to /health/ready and resident memory after it (SPEC §16, issue 2), side by
# side: the packaged server with its AOT cache (TOLLGATE_AOT=on, what bin/run starts) and the
# same server without it (TOLLGATE_AOT=off, the plain uber jar with the same JVM options).
# The two forms alternate, each start in a fresh data directory on the embedded database, so
# a slow patch of the machine hits both. Prints every start, then the medians and their ratio.
#   bench/startup.sh [starts-per-form]     (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
tollgate_select_jdk
runs=${1:-5}
[ -x target/server/start ] || mvn -B -q -DskipTests package
port=18081
data=
server=
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; [ -z "$data" ] || rm -rf "$data"' EXIT

# One start: sets secs and mib; stops the server again (and waits for it, so that no start
# overlaps the previous server's shutdown).
start_once() {
  if curl -s -o /dev/null "http://localhost:$port/"; then
    echo "error: something already answers on port $port; stop it first" >&2
    exit 1
  fi
  data=$(mktemp -d)
  local began ready
  began=$(date +%s.%N)
  TOLLGATE_AOT=$1 DATA_DIR="$data" BOOTSTRAP_ADMIN_EMAIL=bench-admin@bench.test \
    BOOTSTRAP_ADMIN_PASSWORD=bench-admin-password target/server/start --port $port \
    >"$data/server.log" 2>&1 &
  server=$!
  local waited=0
  until curl -sf "http://localhost:$port/health/ready" >/dev/null; do
    sleep 0.1
    waited=$((waited + 1))
    if [ $waited -ge 1200 ] || ! kill -0 $server 2>/dev/null; then
      echo "error: the server (TOLLGATE_AOT=$1) was not ready within 120 s; its log:" >&2
      tail -40 "$data/server.log" >&2
      exit 1
    fi
  done
  ready=$(date +%s.%N)
  secs=$(printf '%.2f' "$(echo "$ready - $began" | bc)")
  mib=$(( $(awk '/VmRSS/ {print $2}' /proc/$server/status) / 1024 ))
  kill $server
  wait $server 2>/dev/null || true
  server=
  rm -rf "$data"
  data=
}

median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }

on=() off=() rss_on=() rss_off=()
for i in $(seq 1 "$runs"); do
  start_once on
  on+=("$secs") rss_on+=("$mib")
  printf 'start %d, AOT cache:    %6.2f s, %d MiB\n' "$i" "$secs" "$mib"
  start_once off
  off+=("$secs") rss_off+=("$mib")
  printf 'start %d, no AOT cache: %6.2f s, %d MiB\n' "$i" "$secs" "$mib"
done
m_on=$(printf '%s\n' "${on[@]}" | median)
m_off=$(printf '%s\n' "${off[@]}" | median)
printf 'median start-up to ready, AOT cache:    %.2f s (max %.2f s), resident %s MiB\n' "$m_on" \
  "$(printf '%s\n' "${on[@]}" | sort -n | tail -1)" "$(printf '%s\n' "${rss_on[@]}" | median)"
printf 'median start-up to ready, no AOT cache: %.2f s (max %.2f s), resident %s MiB\n' "$m_off" \
  "$(printf '%s\n' "${off[@]}" | sort -n | tail -1)" "$(printf '%s\n' "${rss_off[@]}" | median)"
printf 'AOT cache / no AOT cache: %.2f\n' "$(echo "$m_on / $m_off" | bc -l)"
