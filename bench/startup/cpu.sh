#!/usr/bin/env bash
# Start-up CPU time (user + sys of the whole process, launcher included), least of RUNS runs, in one run of this
# script: steadier than wall time on a busy machine, where other processes only add waiting.
#   dockscope lint on the 20-line Dockerfile of run.sh, learn image --no-live, image REF (a 4-layer busybox image),
#   version -o json, and a bare `java -version` of the same JDK as the floor, next to dockerfilelint (npm, when it
#   installs) and docker image inspect REF,
# for the launcher on JDK 17 (class-data archive) and the newest JDK >= 24 found (AOT cache).
# Uses DOCKER_HOST when set, else starts the private test daemon (scripts/test-daemon) and stops it afterwards.
# Numbers: bench/README.md. Usage: bench/startup/cpu.sh [RUNS] [LAUNCHER]   (default 7 runs; launcher ./dockscope)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-7}"
launcher="${2:-./dockscope}"
started=""
if [ -z "${DOCKER_HOST:-}" ]; then
  scripts/test-daemon start
  started=1
  DOCKER_HOST="$(scripts/test-daemon host)"
  export DOCKER_HOST
fi
work="$(mktemp -d)"
cleanup() {
  docker image rm -f dsbench-startup:1 >/dev/null 2>&1 || true
  rm -rf "$work"
  if [ -n "$started" ]; then scripts/test-daemon stop || true; fi
}
trap cleanup EXIT
# shellcheck source=bench/startup/inputs.sh
. bench/startup/inputs.sh

cpu_ms() { # command… -> least user+sys in ms over $runs runs (output discarded, exit status ignored)
  bench/startup/cpu-of.py "$runs" "$@"
}
if command -v npm >/dev/null 2>&1 && npm install --silent --no-audit --no-fund --prefix "$work/npm" dockerfilelint >/dev/null 2>&1; then
  echo "dockerfilelint (npm), same Dockerfile: $(cpu_ms "$work/npm/node_modules/.bin/dockerfilelint" "$work/Dockerfile") ms"
fi
echo "docker image inspect REF: $(cpu_ms docker image inspect dsbench-startup:1) ms"
echo "dockscope start-up CPU (user+sys, least of $runs runs, ms; $(nproc) CPUs; load $(cut -d' ' -f1-3 /proc/loadavg); launcher $launcher)"
for j in "${jdks[@]}"; do
  name="$("$j/bin/java" -version 2>&1 | head -1)"
  # first runs make the class-data archive or AOT cache for this jar and JDK
  JAVA_HOME="$j" "$launcher" lint --fail-on none "$work/Dockerfile" >/dev/null 2>&1 || true
  JAVA_HOME="$j" "$launcher" lint --fail-on none "$work/Dockerfile" >/dev/null 2>&1 || true
  echo "  $name"
  printf '    %-28s %6s ms\n' \
    "java -version" "$(cpu_ms "$j/bin/java" -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -version)" \
    "lint (20-line Dockerfile)" "$(JAVA_HOME="$j" cpu_ms "$launcher" lint --fail-on none "$work/Dockerfile")" \
    "learn image --no-live" "$(JAVA_HOME="$j" cpu_ms "$launcher" learn image --no-live)" \
    "image REF" "$(JAVA_HOME="$j" cpu_ms "$launcher" image dsbench-startup:1)" \
    "version -o json" "$(JAVA_HOME="$j" cpu_ms "$launcher" version -o json)"
done
