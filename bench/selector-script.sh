#!/usr/bin/env bash
# The cost of one MFA selector-script evaluation in the GraalJS sandbox (SPEC §5, issue 5):
# prints the engine's runtime, the cold first run, and the median and p99 of warm runs.
#   bench/selector-script.sh [runs]     (default 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
tollgate_select_jdk
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  dev.tollgate.bench.SelectorScriptBenchmark "${1:-2000}" 2>&1 | grep -v '^WARNING'
