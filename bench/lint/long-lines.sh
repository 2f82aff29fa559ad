#!/usr/bin/env bash
# Linting any 1 MB file finishes in <= 2 s: hostile shapes (one long line of tokens that each draw a finding,
# CR-only line endings, thousands of here-document markers, many short instructions, many ARGs before RUNs, one RUN
# of many commands, a chain of stages each built FROM the one before), each about 1 MB, one run each, through the
# launcher users run (./dockscope: its JDK choice, JIT flags and start-up archive), wall and CPU seconds.
# Usage: bench/lint/long-lines.sh [JAR]   (default: ./dockscope, which builds target/ first when stale)
#   JAR: another jar to compare (e.g. a copy of the previous build), run by the same launcher
#        (src/dist/bin/dockscope with DOCKSCOPE_JAR; its start-up archive is kept beside the jar)
#   LINT_JIT=full: add -XX:TieredStopAtLevel=4 (C1 and C2) to the launcher's C1-only setting, via JAVA_OPTS
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ $# -gt 0 ]; then
  JAR=$(readlink -f "$1")
  [ -f "$JAR" ] || { echo "no jar $1" >&2; exit 2; }
  RUN=(env DOCKSCOPE_JAR="$JAR" DOCKSCOPE_LAUNCHER="$PWD/dockscope" DOCKSCOPE_CACHE_DIR="$(dirname "$JAR")"
    src/dist/bin/dockscope)
  WHAT="$JAR"
else
  ./dockscope --help >/dev/null
  RUN=(./dockscope)
  WHAT=./dockscope
fi
[ "${LINT_JIT:-}" = full ] && export JAVA_OPTS="${JAVA_OPTS:+$JAVA_OPTS }-XX:TieredStopAtLevel=4"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 bench/lint/gen_long_lines.py "$WORK"
# the first runs of a jar make its start-up archive: not part of any measured run
"${RUN[@]}" lint --fail-on none "$WORK/zz-tiny-reference.Dockerfile" >/dev/null 2>&1 || true
"${RUN[@]}" lint --fail-on none "$WORK/zz-tiny-reference.Dockerfile" >/dev/null 2>&1 || true
printf 'lint of 1 MB files with %s, JIT %s (%s CPUs, load average %s)\n' "$WHAT" "${LINT_JIT:-C1 only}" "$(nproc)" \
  "$(cut -d' ' -f1-3 /proc/loadavg)"
# wall seconds (what a user waits) and CPU seconds (user + system, all JVM threads: on a loaded machine the wall
# time is mostly waiting for a core; CPU time is the work the run needs)
printf '%-22s %8s %8s %6s %10s\n' case wall-s cpu-s exit findings
for f in "$WORK"/*.Dockerfile; do
  name=$(basename "$f" .Dockerfile)
  set +e
  /usr/bin/time -f '%e %U %S' -o "$WORK/time.txt" timeout 120 "${RUN[@]}" lint -o json --fail-on none "$f" \
    >"$WORK/out.json" 2>"$WORK/err.txt"
  rc=$?
  set -e
  read -r wall usr sys < <(tail -1 "$WORK/time.txt")
  cpu=$(echo "$usr + $sys" | bc -l)
  n=$(python3 -c 'import json,sys
try: print(len(json.load(open(sys.argv[1]))["findings"]))
except Exception: print("-")' "$WORK/out.json")
  printf '%-22s %8.2f %8.2f %6s %10s\n' "$name" "$wall" "$cpu" "$rc" "$n"
  echo "$wall $cpu $name" >> "$WORK/all.txt"
done
read -r w c n < <(sort -n "$WORK/all.txt" | tail -1)
printf 'slowest wall: %.2f s (%s); ' "$w" "$n"
read -r w c n < <(sort -k2 -n "$WORK/all.txt" | tail -1)
printf 'most CPU: %.2f s (%s); target <= 2 s, JVM start included\n' "$c" "$n"
printf 'load average at the end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
