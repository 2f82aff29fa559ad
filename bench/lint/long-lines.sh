#!/usr/bin/env bash
# Linting any 1 MB file finishes in <= 2 s: hostile shapes (one long line of tokens that each draw a finding,
# CR-only line endings, thousands of here-document markers, many short instructions), each about 1 MB, one run each.
# Usage: bench/lint/long-lines.sh [JAR]   (default: target/dockscope-0.1.0-all.jar; give another jar to compare)
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${1:-target/dockscope-0.1.0-all.jar}
[ -f "$JAR" ] || ./dockscope --help >/dev/null
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 - "$WORK" <<'PY'
import os, sys
d = sys.argv[1]
MB = 1 << 20
def fill(unit, head="FROM scratch\n", tail="\n", prefix=""):
    n = (MB - len(head) - len(prefix) - len(tail)) // len(unit)
    return head + prefix + unit * n + tail
cases = {
    "expose-tokens": fill("x ", prefix="EXPOSE "),
    "expose-mount-flags": fill("--mount=type=cache,target=/x ", prefix="EXPOSE "),
    "run-mount-flags": fill("--mount=type=cache,target=/x ", prefix="RUN ", tail=" true\n"),
    "arg-dollars": fill("$A ", prefix="ARG "),
    "run-dollars": fill("$A", prefix="RUN "),
    "cr-only": fill("EXPOSE x\r", head="FROM scratch\r", tail=""),
    "heredoc-markers": fill("<<E ", prefix="RUN ", tail="\nE\n"),
    "short-instructions": fill("RUN apt-get install curl\n"),
    "env-secrets": fill("ENV DB_PASSWORD=hunter2\n"),
}
for name, text in cases.items():
    with open(os.path.join(d, name + ".Dockerfile"), "w") as f:
        f.write(text)
PY
JAVA=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
now() { date +%s.%N; }
printf 'lint of 1 MB files with %s (%s CPUs)\n' "$JAR" "$(nproc)"
printf '%-22s %8s %6s %10s\n' case seconds exit findings
worst=0
for f in "$WORK"/*.Dockerfile; do
  name=$(basename "$f" .Dockerfile)
  t0=$(now)
  set +e
  timeout 120 "${JAVA[@]}" -jar "$JAR" lint -o json --fail-on none "$f" >"$WORK/out.json" 2>"$WORK/err.txt"
  rc=$?
  set -e
  t1=$(now)
  secs=$(echo "$t1 - $t0" | bc -l)
  n=$(python3 -c 'import json,sys
try: print(len(json.load(open(sys.argv[1]))["findings"]))
except Exception: print("-")' "$WORK/out.json")
  printf '%-22s %8.2f %6s %10s\n' "$name" "$secs" "$rc" "$n"
  worst=$(echo "if ($secs > $worst) $secs else $worst" | bc -l)
done
printf 'slowest: %.2f s (target <= 2 s, JVM start included)\n' "$worst"
