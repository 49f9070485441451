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

# One start: prints "<seconds> <MiB>"; stops the server again.
start_once() {
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
  printf '%.2f %d\n' "$(echo "$ready - $began" | bc)" \
    $(( $(awk '/VmRSS/ {print $2}' /proc/$server/status) / 1024 ))
  kill $server
  wait $server 2>/dev/null || true
  server=
  rm -rf "$data"
  data=
}

median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }

on=() off=() rss_on=() rss_off=()
for i in $(seq 1 "$runs"); do
  read -r s m < <(start_once on)
  on+=("$s") rss_on+=("$m")
  printf 'start %d, AOT cache:    %6.2f s, %d MiB\n' "$i" "$s" "$m"
  read -r s m < <(start_once off)
  off+=("$s") rss_off+=("$m")
  printf 'start %d, no AOT cache: %6.2f s, %d MiB\n' "$i" "$s" "$m"
done
m_on=$(printf '%s\n' "${on[@]}" | median)
m_off=$(printf '%s\n' "${off[@]}" | median)
printf 'median start-up to ready, AOT cache:    %.2f s (max %.2f s), resident %s MiB\n' "$m_on" \
  "$(printf '%s\n' "${on[@]}" | sort -n | tail -1)" "$(printf '%s\n' "${rss_on[@]}" | median)"
printf 'median start-up to ready, no AOT cache: %.2f s (max %.2f s), resident %s MiB\n' "$m_off" \
  "$(printf '%s\n' "${off[@]}" | sort -n | tail -1)" "$(printf '%s\n' "${rss_off[@]}" | median)"
printf 'AOT cache / no AOT cache: %.2f\n' "$(echo "$m_on / $m_off" | bc -l)"
