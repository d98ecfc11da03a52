#!/usr/bin/env bash
# Search benchmark: builds a deterministic synthetic archive of 10,000 entries (or $1), indexes it with
# PagesSearchIndex.write (src/test) and measures it in headless Chromium served by nginx. Needs chromium, chromium-driver, nginx.
#   bench/search-bench.sh          # 10,000 entries
#   bench/search-bench.sh 2000     # a smaller archive
#   MAVEN_OFFLINE=1 bench/search-bench.sh   # without the network (mvn -o)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q ${MAVEN_OFFLINE:+-o} -DskipTests test-compile
mvn -q ${MAVEN_OFFLINE:+-o} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  org.bulletinarchive.bench.SearchBenchmark "${1:-10000}"
