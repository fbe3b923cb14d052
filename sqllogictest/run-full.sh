#!/usr/bin/env bash
# Runs SQLite's sqllogictest suite (the 622 scripts bundled in net.hydromatic:sql-logic-test) on AlienDB or
# SQLite and writes a Markdown report; prints a one-line summary. See docs/sqllogictest.md.
#
#   sqllogictest/run-full.sh [--engine alien|sqlite] [--budget-seconds N] [--quick] [--files LISTFILE]
#                            [--file-seconds N] [--statement-seconds N] [--report PATH]
#
# --quick runs the CI quick subset (sqllogictest/src/test/resources/quick-subset.txt) instead of all files.
set -euo pipefail
cd "$(dirname "$0")/.."

args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) args+=(--files sqllogictest/src/test/resources/quick-subset.txt); shift ;;
    *) args+=("$1"); shift ;;
  esac
done

mvn -B -ntp -q -DskipTests -pl sqllogictest -am package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
exec java -Xmx2g -Xss4m -cp "sqllogictest/target/classes:$(cat sqllogictest/target/classpath.txt)" \
  dev.aliendb.sqllogictest.Main "${args[@]}"
