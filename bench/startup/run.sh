#!/usr/bin/env bash
# Start-up benchmark, process start to exit, medians of RUNS runs in one run of this script:
#   dockscope lint on a 20-line Dockerfile      vs dockerfilelint (npm) on the same file
#   dockscope learn image --no-live             vs dockerfilelint
#   dockscope image REF (a 4-layer busybox image) vs docker image inspect REF
# for the launcher on each JDK it can use: JDK 17 and the newest JDK >= 24 found (each with its start-up archive).
# Each reference runs interleaved with what it is compared to, one run of each in turn (dockerfilelint, lint,
# learn, docker image inspect, image, then again), so both medians come from the same minutes of this machine, whose
# speed drifts by 10-25 % over a few minutes; the ratios use those medians. The references are also measured once
# in a block of their own first, as this script did before (bench/README.md, "Start-up, seventh pass"), and the
# ratio against that is shown in brackets.
# Uses DOCKER_HOST when set, else starts the private test daemon (scripts/test-daemon) and stops it afterwards.
# Numbers: bench/README.md. Usage: bench/startup/run.sh [RUNS] [LAUNCHER]   (default 15 runs; launcher ./dockscope)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-15}"
launcher="${2:-./dockscope}"
# shellcheck source=bench/startup/inputs.sh
. bench/startup/inputs.sh

echo "installing dockerfilelint with npm into a temp folder…" >&2
npm install --silent --no-audit --no-fund --prefix "$work/npm" dockerfilelint >/dev/null 2>&1
dfl="$work/npm/node_modules/.bin/dockerfilelint"

ms() { # command… -> wall time in ms of one run (output discarded, exit status ignored)
  local s e
  s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N)
  echo $(( (e - s) / 1000000 ))
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
median_ms() { # command… -> median wall time in ms over $runs runs in a row
  local t=()
  for _ in $(seq 1 "$runs"); do t+=("$(ms "$@")"); done
  median "${t[@]}"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

b_lint=$(median_ms "$dfl" "$work/Dockerfile")
b_inspect=$(median_ms docker image inspect dsbench-startup:1)
echo
echo "dockscope start-up ($runs runs each, medians in ms; $(nproc) CPUs; launcher $launcher)"
printf '  %-34s %6s ms   (in a block of its own, first)\n' \
  "dockerfilelint $(node -p "require('$work/npm/node_modules/dockerfilelint/package.json').version")" "$b_lint" \
  "docker image inspect REF" "$b_inspect"
for j in "${jdks[@]}"; do
  name="$("$j/bin/java" -version 2>&1 | head -1)"
  # first runs make the start-up archives for this jar and JDK (lint; learn; image)
  for _ in 1 2; do
    JAVA_HOME="$j" "$launcher" lint --fail-on none "$work/Dockerfile" >/dev/null 2>&1 || true
    JAVA_HOME="$j" "$launcher" learn image --no-live >/dev/null 2>&1 || true
    JAVA_HOME="$j" "$launcher" image dsbench-startup:1 >/dev/null 2>&1 || true
  done
  td=() tl=() tn=() ti=() tj=()
  for _ in $(seq 1 "$runs"); do
    td+=("$(ms "$dfl" "$work/Dockerfile")")
    tl+=("$(JAVA_HOME="$j" ms "$launcher" lint --fail-on none "$work/Dockerfile")")
    tn+=("$(JAVA_HOME="$j" ms "$launcher" learn image --no-live)")
    ti+=("$(ms docker image inspect dsbench-startup:1)")
    tj+=("$(JAVA_HOME="$j" ms "$launcher" image dsbench-startup:1)")
  done
  d=$(median "${td[@]}") l=$(median "${tl[@]}") n=$(median "${tn[@]}") i=$(median "${ti[@]}") m=$(median "${tj[@]}")
  echo "  $name (interleaved: dockerfilelint $d ms, docker image inspect $i ms)"
  printf '    %-32s %6s ms   %s x dockerfilelint (%s)\n' "lint (20-line Dockerfile)" "$l" "$(ratio "$l" "$d")" \
    "$(ratio "$l" "$b_lint")" "learn image --no-live" "$n" "$(ratio "$n" "$d")" "$(ratio "$n" "$b_lint")"
  printf '    %-32s %6s ms   %s x docker image inspect (%s)\n' "image REF" "$m" "$(ratio "$m" "$i")" \
    "$(ratio "$m" "$b_inspect")"
done
