#!/usr/bin/env bash
# Linting any 1 MB file finishes in <= 2 s: hostile shapes (one long line of tokens that each draw a finding,
# CR-only line endings, thousands of here-document markers, many short instructions, many ARGs before RUNs, one RUN
# of many commands, a chain of stages each built FROM the one before), each about 1 MB (gen_long_lines.py), through
# the launcher users run (./dockscope: its JDK choice, JIT flags and start-up archive), wall and CPU seconds.
# Usage: bench/lint/long-lines.sh [JAR...]   (default: ./dockscope, which builds target/ first when stale)
#   JAR: jars to compare (e.g. a copy of the previous build and target/…-all.jar), each run by the same launcher
#        (src/dist/bin/dockscope with DOCKSCOPE_JAR; its start-up archive is kept beside the jar); for each file the
#        jars run in turn, so a change in the machine's load touches them alike
#   LINT_RUNS=N: N runs of each file and jar, the least wall and the least CPU shown (default 1)
#   LINT_JIT=full: add -XX:TieredStopAtLevel=4 (C1 and C2) to the launcher's C1-only setting, via JAVA_OPTS
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${LINT_RUNS:-1}
JARS=()
if [ $# -gt 0 ]; then
  for j in "$@"; do
    [ -f "$j" ] || { echo "no jar $j" >&2; exit 2; }
    JARS+=("$(readlink -f "$j")")
  done
else
  ./dockscope --help >/dev/null
fi
run() { # jar ("" for ./dockscope), then the dockscope arguments
  local jar=$1
  shift
  if [ -z "$jar" ]; then
    ./dockscope "$@"
  else
    DOCKSCOPE_JAR="$jar" DOCKSCOPE_LAUNCHER="$PWD/dockscope" DOCKSCOPE_CACHE_DIR="$(dirname "$jar")" \
      src/dist/bin/dockscope "$@"
  fi
}
[ ${#JARS[@]} -gt 0 ] || JARS=("")
[ "${LINT_JIT:-}" = full ] && export JAVA_OPTS="${JAVA_OPTS:+$JAVA_OPTS }-XX:TieredStopAtLevel=4"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 bench/lint/gen_long_lines.py "$WORK"
for j in "${JARS[@]}"; do
  # the first runs of a jar make its start-up archive: not part of any measured run
  run "$j" lint --fail-on none "$WORK/zz-tiny-reference.Dockerfile" >/dev/null 2>&1 || true
  run "$j" lint --fail-on none "$WORK/zz-tiny-reference.Dockerfile" >/dev/null 2>&1 || true
done
printf 'lint of 1 MB files, JIT %s, least of %s run(s) (%s CPUs, load average %s)\n' "${LINT_JIT:-C1 only}" "$RUNS" \
  "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
for k in "${!JARS[@]}"; do
  printf '  [%d] %s\n' "$k" "${JARS[$k]:-./dockscope}"
done
# wall seconds (what a user waits) and CPU seconds (user + system, all JVM threads: on a loaded machine the wall
# time is mostly waiting for a core; CPU time is the work the run needs)
printf '%-22s' case
for k in "${!JARS[@]}"; do printf ' %8s %8s' "[$k]wall" "[$k]cpu"; done
printf ' %6s %10s\n' exit findings
for f in "$WORK"/*.Dockerfile; do
  name=$(basename "$f" .Dockerfile)
  declare -A best_wall=() best_cpu=()
  for ((r = 0; r < RUNS; r++)); do
    for k in "${!JARS[@]}"; do
      set +e
      /usr/bin/time -f '%e %U %S' -o "$WORK/time.txt" timeout 120 bash -c "$(declare -f run); run \"\$@\"" _ \
        "${JARS[$k]}" lint -o json --fail-on none "$f" >"$WORK/out.json" 2>"$WORK/err.txt"
      rc=$?
      set -e
      read -r wall usr sys < <(tail -1 "$WORK/time.txt")
      cpu=$(echo "$usr + $sys" | bc -l)
      if [ -z "${best_wall[$k]:-}" ] || [ "$(echo "$wall < ${best_wall[$k]}" | bc -l)" = 1 ]; then best_wall[$k]=$wall; fi
      if [ -z "${best_cpu[$k]:-}" ] || [ "$(echo "$cpu < ${best_cpu[$k]}" | bc -l)" = 1 ]; then best_cpu[$k]=$cpu; fi
    done
  done
  n=$(python3 -c 'import json,sys
try: print(len(json.load(open(sys.argv[1]))["findings"]))
except Exception: print("-")' "$WORK/out.json")
  printf '%-22s' "$name"
  for k in "${!JARS[@]}"; do
    printf ' %8.2f %8.2f' "${best_wall[$k]}" "${best_cpu[$k]}"
    echo "${best_wall[$k]} ${best_cpu[$k]} $name" >> "$WORK/all-$k.txt"
  done
  printf ' %6s %10s\n' "$rc" "$n"
  unset best_wall best_cpu
done
for k in "${!JARS[@]}"; do
  read -r w c n < <(sort -n "$WORK/all-$k.txt" | tail -1)
  printf '[%d] slowest wall: %.2f s (%s); ' "$k" "$w" "$n"
  read -r w c n < <(sort -k2 -n "$WORK/all-$k.txt" | tail -1)
  printf 'most CPU: %.2f s (%s); ' "$c" "$n"
  printf 'over 2 s wall: %s\n' "$(awk '$1 > 2 {printf "%s ", $3}' "$WORK/all-$k.txt")"
done
printf 'target <= 2 s, JVM start included; load average at the end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
