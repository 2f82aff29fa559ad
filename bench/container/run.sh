#!/usr/bin/env bash
# Benchmark: `dockscope container NAME` on a running container with limits, mounts, a network and a health check,
# vs `docker inspect NAME && docker stats --no-stream NAME` (same machine, same run), plus the JVM start measured
# as `dockscope --help` (no daemon call). Target (issue 10): dockscope <= 1.5 x (docker + JVM start).
#
# Uses DOCKER_HOST when set, else starts the private test daemon (scripts/test-daemon) and stops it afterwards.
# Usage: bench/container/run.sh [RUNS]   (default 15 runs each; medians are compared)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-15}"
started=""
if [ -z "${DOCKER_HOST:-}" ]; then
  scripts/test-daemon start
  started=1
  export DOCKER_HOST="$(scripts/test-daemon host)"
fi
name=dsbench-container
built=""
cleanup() {
  docker rm -f "$name" >/dev/null 2>&1 || true
  docker volume rm dsbench-data >/dev/null 2>&1 || true
  docker network rm dsbench-net >/dev/null 2>&1 || true
  # the base image has the test base's layers: left behind, it would be named as the base of test images
  [ -n "$built" ] && docker image rm dsbench-busybox:1 >/dev/null 2>&1 || true
  [ -n "$started" ] && scripts/test-daemon stop || true
}
trap cleanup EXIT

[ -f target/dockscope-0.1.0-all.jar ] || ./dockscope --help >/dev/null
if ! docker image inspect dsbench-busybox:1 >/dev/null 2>&1; then
  built=1
  ctx="$(mktemp -d)"
  cp /bin/busybox "$ctx/busybox"
  printf 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "--install", "-s", "/bin"]\nCMD ["sh"]\n' \
    > "$ctx/Dockerfile"
  DOCKER_BUILDKIT=0 docker build -q -t dsbench-busybox:1 "$ctx" >/dev/null
  rm -rf "$ctx"
fi
docker network create --internal dsbench-net >/dev/null
docker volume create dsbench-data >/dev/null
docker run -d --name "$name" --memory 64m --cpus 0.5 --pids-limit 50 -v dsbench-data:/data --tmpfs /run \
  --network dsbench-net --network-alias api --health-cmd true --health-interval 5s dsbench-busybox:1 \
  sh -c 'echo x > /tmp/f; while true; do sleep 1; done' >/dev/null

median_ms() { # command… -> median wall time in ms over $runs runs
  local t=()
  for _ in $(seq 1 "$runs"); do
    local s e
    s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N)
    t+=($(( (e - s) / 1000000 )))
  done
  printf '%s\n' "${t[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
docker_both() { docker inspect "$name" && docker stats --no-stream "$name"; }

./dockscope container "$name" >/dev/null   # warm up (and create the class-data archive)
d=$(median_ms docker_both)
j=$(median_ms ./dockscope --help)
s=$(median_ms ./dockscope container "$name")
sj=$(median_ms ./dockscope container "$name" -o json)
l=$(median_ms ./dockscope container)
echo "running container with limits, 2 mounts, a network and a health check; $runs runs each, medians:"
echo "  docker inspect + docker stats --no-stream : ${d} ms"
echo "  JVM start (dockscope --help)              : ${j} ms"
echo "  dockscope container NAME (text)           : ${s} ms"
echo "  dockscope container NAME -o json          : ${sj} ms"
echo "  dockscope container (the list)            : ${l} ms"
awk -v s="$s" -v j="$j" -v d="$d" 'BEGIN {
  printf "  ratio dockscope / (docker + JVM start)    : %.2f  (target <= 1.5)\n", s / (d + j)
  printf "  ratio (dockscope - JVM start) / docker    : %.2f\n", (s - j) / d }'
