#!/usr/bin/env bash
# Top hot methods of JFR recordings made by `bench/run.sh --jfr`, per measured workload; see docs/benchmarks.md.
#
#   bash bench/jfr-top.sh [--top N] [--prefix dev.aliendb.] bench/results/jfr/*.jfr
#
# Needs the classpath that bench/run.sh builds (bench/target/classes, bench/target/classpath.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
exec java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" dev.aliendb.bench.JfrTop "$@"
