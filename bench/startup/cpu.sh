#!/usr/bin/env bash
# Start-up CPU time (user + sys of the whole process, launcher included), least of RUNS runs, in one run of this
# script: steadier than wall time on a busy machine, where other processes only add waiting.
#   dockscope lint on the 20-line Dockerfile of run.sh, learn image --no-live, image REF (a 4-layer busybox image),
#   version -o json, and a bare `java -version` of the same JDK as the floor, next to dockerfilelint (npm, when it
#   installs) and docker image inspect REF,
# for the launcher on JDK 17 and each JDK >= 24 found (with the start-up archive the launcher makes).
# Uses DOCKER_HOST when set, else starts the private test daemon (scripts/test-daemon) and stops it afterwards.
# With several launchers (e.g. a copy of the previous build's), one column each, measured in turn.
# Numbers: bench/README.md. Usage: bench/startup/cpu.sh [RUNS] [LAUNCHER...]   (default 7 runs; ./dockscope)
# Where one run's time goes: DOCKSCOPE_STARTUP_TRACE=1 ./dockscope lint … prints per-phase wall and main-thread CPU.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-7}"
shift || true
launchers=("$@")
[ ${#launchers[@]} -gt 0 ] || launchers=(./dockscope)
# shellcheck source=bench/startup/inputs.sh
. bench/startup/inputs.sh

cpu_ms() { # command… -> least user+sys in ms over $runs runs (output discarded, exit status ignored)
  bench/startup/cpu-of.py "$runs" "$@"
}
if command -v npm >/dev/null 2>&1 && npm install --silent --no-audit --no-fund --prefix "$work/npm" dockerfilelint >/dev/null 2>&1; then
  echo "dockerfilelint (npm), same Dockerfile, CPU: $(cpu_ms "$work/npm/node_modules/.bin/dockerfilelint" "$work/Dockerfile") ms"
fi
echo "docker image inspect REF, CPU: $(cpu_ms docker image inspect dsbench-startup:1) ms"
echo "dockscope start-up CPU (user+sys, least of $runs runs, ms; $(nproc) CPUs; load $(cut -d' ' -f1-3 /proc/loadavg))"
for j in "${jdks[@]}"; do
  echo "  $("$j/bin/java" -version 2>&1 | head -1): java -version $(cpu_ms "$j/bin/java" -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -version) ms"
  for l in "${launchers[@]}"; do
    # first runs make the start-up archive for this jar and JDK
    JAVA_HOME="$j" "$l" lint --fail-on none "$work/Dockerfile" >/dev/null 2>&1 || true
    JAVA_HOME="$j" "$l" lint --fail-on none "$work/Dockerfile" >/dev/null 2>&1 || true
  done
  # each command on each launcher in turn, so that a change in the machine's load touches all of them alike
  for c in "lint --fail-on none $work/Dockerfile" "learn image --no-live" "image dsbench-startup:1" "version -o json"; do
    line="$(printf '    %-26s' "${c%% "$work"*}")"
    for l in "${launchers[@]}"; do
      # shellcheck disable=SC2086
      line+="$(printf ' %6s ms' "$(JAVA_HOME="$j" cpu_ms "$l" $c)")"
    done
    echo "$line"
  done
done
