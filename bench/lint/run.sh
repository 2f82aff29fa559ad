#!/usr/bin/env bash
# Benchmark of `dockscope lint`: (1) one invocation over a generated corpus of 1,000 Dockerfiles, (2) one small
# Dockerfile end to end (process start to exit) against the npm linter dockerfilelint on the same file.
# Usage: bench/lint/run.sh [RUNS]   (RUNS: repetitions per measurement, default 5; medians are reported)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
./dockscope --help >/dev/null   # builds the jar when it is missing or older than the sources
JAR=$(ls -t target/dockscope-*-all.jar | head -1)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
JAVA=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto)

now() { date +%s.%N; }
# median wall time in seconds of "$@" over $RUNS runs (output discarded, exit status ignored)
median() {
  local times=() t0 t1
  for _ in $(seq "$RUNS"); do
    t0=$(now); "$@" >/dev/null 2>&1 || true; t1=$(now)
    times+=("$(echo "$t1 - $t0" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]}'
}

echo "generating corpus..."
python3 bench/lint/gen_corpus.py "$WORK/corpus" 1000
COUNT=$(find "$WORK/corpus" -type f \( -name 'Dockerfile*' -o -name '*.Dockerfile' \) ! -name '*.dockerignore' | wc -l)
cat > "$WORK/small.Dockerfile" <<'DF'
FROM node:22
WORKDIR /app
COPY . .
RUN npm ci
EXPOSE 3000
CMD node server.js
DF
mkdir -p "$WORK/one" && cp "$WORK/small.Dockerfile" "$WORK/one/Dockerfile"

echo "class-data sharing archive (one training run)..."
"${JAVA[@]}" -XX:ArchiveClassesAtExit="$WORK/dockscope.jsa" -jar "$JAR" lint --fail-on none "$WORK/corpus" \
  >/dev/null 2>&1 || true
CDS=("${JAVA[@]}" -XX:SharedArchiveFile="$WORK/dockscope.jsa")

echo "installing dockerfilelint with npm into a temp folder..."
npm install --silent --no-audit --no-fund --prefix "$WORK/npm" dockerfilelint >/dev/null 2>&1
DFL="$WORK/npm/node_modules/.bin/dockerfilelint"

one=$(median "${JAVA[@]}" -jar "$JAR" lint --fail-on none "$WORK/one/Dockerfile")
corpus=$(median "${JAVA[@]}" -jar "$JAR" lint --fail-on none "$WORK/corpus")
one_cds=$(median "${CDS[@]}" -jar "$JAR" lint --fail-on none "$WORK/one/Dockerfile")
corpus_cds=$(median "${CDS[@]}" -jar "$JAR" lint --fail-on none "$WORK/corpus")
dfl=$(median "$DFL" "$WORK/small.Dockerfile")
./dockscope --help >/dev/null 2>&1   # the launcher's own class-data archive (training run after the build)
launcher=$(median ./dockscope lint --fail-on none "$WORK/one/Dockerfile")
lint_only=$(echo "$corpus - $one" | bc -l)
lint_only_cds=$(echo "$corpus_cds - $one_cds" | bc -l)

cat <<REPORT

dockscope lint benchmark ($RUNS runs each, medians; $(nproc) CPUs; $(java -version 2>&1 | head -1))
corpus: $COUNT Dockerfiles
  one invocation over the corpus            ${corpus} s   (with CDS archive: ${corpus_cds} s)
  one invocation over one file (JVM start)  ${one} s   (with CDS archive: ${one_cds} s)
  corpus after JVM start (difference)       $(printf '%.3f' "$lint_only") s   (with CDS: $(printf '%.3f' "$lint_only_cds") s)   target < 2 s
single small Dockerfile, process start to exit
  dockscope lint                            ${one} s   (with CDS archive: ${one_cds} s)
  dockerfilelint $(node -e "console.log(require('$WORK/npm/node_modules/dockerfilelint/package.json').version)")                     ${dfl} s
  ./dockscope lint (launcher, its CDS)      ${launcher} s
  ratio dockscope / dockerfilelint          $(printf '%.2f' "$(echo "$one / $dfl" | bc -l)")   (with CDS: $(printf '%.2f' "$(echo "$one_cds / $dfl" | bc -l)"); launcher: $(printf '%.2f' "$(echo "$launcher / $dfl" | bc -l)"))   target <= 1
REPORT
