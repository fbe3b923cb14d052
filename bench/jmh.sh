#!/usr/bin/env bash
# JMH microbenchmarks (bench/src/main/java/dev/aliendb/bench/jmh); not run in CI. Arguments go to JMH, e.g.
#   bash bench/jmh.sh                          # all benchmarks, default forks/iterations
#   bash bench/jmh.sh BTreeBench -f 1 -wi 2 -i 3
#   bash bench/jmh.sh -l                       # list them
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -DskipTests -pl bench -am package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
exec java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.openjdk.jmh.Main "$@"
