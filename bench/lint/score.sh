#!/usr/bin/env bash
# Precision and recall of `dockscope lint` on the labelled corpus (src/test/resources/corpus/dockerfiles, labels
# written by hand following bench/lint/LABELS.md): per label kind, the cache-order kinds together, the total, then
# every miss and false alarm. Builds the test classes with Maven when needed and runs dev.dockscope.bench.CorpusScore
# on the test classpath. Fetch the corpus files first with bench/lint/corpus-get.sh.
# Usage: bench/lint/score.sh [--json] [--corpus DIR] [--split dev|holdout]  (--split: only the index entries of that
# split; entries without a "split" field are "dev", the files the rules were developed against)
set -euo pipefail
cd "$(dirname "$0")/../.."
CP_FILE=target/bench-test-classpath.txt
newest_src=$(find src/main/java src/test/java pom.xml -newer target/test-classes/dev/dockscope/bench/CorpusScore.class \
  -type f 2>/dev/null | head -n 1 || true)
if [ ! -f target/test-classes/dev/dockscope/bench/CorpusScore.class ] || [ -n "$newest_src" ]; then
  mvn -q -o test-compile >&2 || mvn -q test-compile >&2
fi
if [ ! -f "$CP_FILE" ] || [ pom.xml -nt "$CP_FILE" ]; then
  dep=org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath
  mvn -q -o "$dep" -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >&2 \
    || mvn -q "$dep" -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >&2
fi
exec java -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" dev.dockscope.bench.CorpusScore "$@"
