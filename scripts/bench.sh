#!/usr/bin/env bash
# Benchmarks that print figures (they assert nothing). Builds the test classes if needed.
#   scripts/bench.sh tagging [N]   tagging stage on 3 KB articles, one thread: countries+topics+MinHash,
#                                  language detection, key terms (articles/s; three rounds, the first warms up)
#   scripts/bench.sh extraction [DIR…]  extractor vs bare Jsoup.parse on the test fixtures plus the pages under
#                                  each DIR, one thread (pages/s and the ratio of times)
#   scripts/bench.sh pipeline [N]  the whole job on a MiniCluster, parallelism 1 and 2, fed N JSON articles and
#                                  then N HTML pages from an in-memory source (articles/s)
#   scripts/bench.sh counting [N]  the counting and scoring stage fed N tagged articles, and the same windowed count
#                                  in Flink SQL (series updates/s and their ratio), and two floors (a bare count)
#   scripts/bench.sh state [N]     bytes of state per active series, from a savepoint with N series open, and heap
#   scripts/bench.sh latency [DAYS] [FEEDS]  watermark past a window's end → its alert row committed (SQLite), p50/p99,
#                                  over FEEDS sample feeds (default 5, 3-5 alerts each)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
what="${1:-tagging}"
stamp=target/.bench-build-stamp
if [ ! -f target/classpath-test.txt ] || [ ! -f "$stamp" ] \
    || [ -n "$(find src pom.xml -newer "$stamp" -type f 2>/dev/null | head -n 1)" ]; then
  echo "bench: building (mvn -B -q -DskipTests package) …" >&2
  mvn -B -q -DskipTests package >/dev/null
  touch "$stamp"
fi
cp="target/test-classes:target/classes:$(cat target/classpath-test.txt)"
# shellcheck source=scripts/java-opens.sh
source "$root/scripts/java-opens.sh"
case "$what" in
  tagging) exec java -Xmx2g -cp "$cp" io.newspulse.bench.TaggingBenchmark "${2:-20000}" ;;
  extraction) shift; exec java -Xmx2g -cp "$cp" io.newspulse.bench.ExtractionBenchmark "$@" ;;
  pipeline|counting|state|latency) exec java -Xmx4g "${FLINK_JAVA_OPENS[@]}" -Dlog4j2.configurationFile=src/test/resources/log4j2-test.properties \
      -Dbench.feeds="${3:-5}" -cp "$cp" io.newspulse.bench.PipelineBenchmark "$what" "${2:-0}" ;;
  *) echo "usage: scripts/bench.sh tagging [N] | extraction [DIR…] | pipeline [N] | counting [N] | state [N] | latency [DAYS] [FEEDS]" >&2; exit 2 ;;
esac
