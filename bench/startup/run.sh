#!/usr/bin/env bash
# Start-up benchmark, process start to exit, medians of RUNS runs in one run of this script:
#   dockscope lint on a 20-line Dockerfile      vs dockerfilelint (npm) on the same file
#   dockscope learn image --no-live             vs dockerfilelint
#   dockscope image REF (a 4-layer busybox image) vs docker image inspect REF
# for the launcher on each JDK it can use: JDK 17 and the newest JDK >= 24 found (each with its start-up archive).
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

median_ms() { # command… -> median wall time in ms over $runs runs (output discarded, exit status ignored)
  local t=() s e
  for _ in $(seq 1 "$runs"); do
    s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N)
    t+=($(( (e - s) / 1000000 )))
  done
  printf '%s\n' "${t[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

d_lint=$(median_ms "$dfl" "$work/Dockerfile")
d_inspect=$(median_ms docker image inspect dsbench-startup:1)
echo
echo "dockscope start-up ($runs runs each, medians in ms; $(nproc) CPUs; launcher $launcher)"
printf '  %-34s %6s ms\n' "dockerfilelint $(node -p "require('$work/npm/node_modules/dockerfilelint/package.json').version")" "$d_lint" \
  "docker image inspect REF" "$d_inspect"
for j in "${jdks[@]}"; do
  name="$("$j/bin/java" -version 2>&1 | head -1)"
  # first runs make the start-up archive for this jar and JDK
  JAVA_HOME="$j" "$launcher" lint --fail-on none "$work/Dockerfile" >/dev/null 2>&1 || true
  JAVA_HOME="$j" "$launcher" lint --fail-on none "$work/Dockerfile" >/dev/null 2>&1 || true
  l=$(JAVA_HOME="$j" median_ms "$launcher" lint --fail-on none "$work/Dockerfile")
  n=$(JAVA_HOME="$j" median_ms "$launcher" learn image --no-live)
  i=$(JAVA_HOME="$j" median_ms "$launcher" image dsbench-startup:1)
  echo "  $name"
  printf '    %-32s %6s ms   %s x dockerfilelint\n' "lint (20-line Dockerfile)" "$l" "$(ratio "$l" "$d_lint")" \
    "learn image --no-live" "$n" "$(ratio "$n" "$d_lint")"
  printf '    %-32s %6s ms   %s x docker image inspect\n' "image REF" "$i" "$(ratio "$i" "$d_inspect")"
done
