#!/usr/bin/env bash
# Whole-workload benchmark W1–W10 (shared/bench/workloads.md) of AlienDB and its peers; see docs/benchmarks.md.
#
#   bash bench/run.sh [--scale S] [--trials N] [--engines alien,sqlite-wal,...] [--workloads W1,W3,...]
#                     [--smoke] [--out DIR] [--data DIR] [--timeout-seconds N] [--jfr]
#
# Writes bench/results/report.md and bench/results/chart.svg; exits non-zero if any workload errors.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -ntp -q -DskipTests -pl bench -am package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
exec java -Xmx512m -cp "bench/target/classes:$(cat bench/target/classpath.txt)" dev.aliendb.bench.BenchMain "$@"
