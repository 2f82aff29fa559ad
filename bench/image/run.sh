#!/usr/bin/env bash
# Benchmark: `dockscope image REF` on a 100-layer image vs `docker image inspect REF && docker history REF`
# (same machine, same run), plus the JVM start measured as `dockscope --help` (no daemon call).
# Target (issue 3): dockscope <= 1.5 x docker + JVM start.
#
# Uses DOCKER_HOST when set, else starts the private test daemon (scripts/test-daemon) and stops it afterwards.
# Usage: bench/image/run.sh [RUNS]   (default 15 runs each; medians are compared)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-15}"
started=""
if [ -z "${DOCKER_HOST:-}" ]; then
  scripts/test-daemon start
  started=1
  export DOCKER_HOST="$(scripts/test-daemon host)"
fi
cleanup() { docker image rm -f dsbench-100:1 >/dev/null 2>&1 || true; [ -n "$started" ] && scripts/test-daemon stop || true; }
trap cleanup EXIT

./dockscope --help >/dev/null   # builds the jar when it is missing or older than the sources
ctx="$(mktemp -d)"
cp /bin/busybox "$ctx/busybox"
{
  echo "FROM scratch"
  echo "COPY busybox /bin/busybox"
  echo 'RUN ["/bin/busybox", "--install", "-s", "/bin"]'
  for i in $(seq 1 97); do echo "RUN echo $i > /f$i"; done
  echo 'CMD ["sh"]'
} > "$ctx/Dockerfile"
echo "building a 100-layer image…" >&2
DOCKER_BUILDKIT=0 docker build -q -t dsbench-100:1 "$ctx" >/dev/null
rm -rf "$ctx"
layers=$(docker image inspect --format '{{len .RootFS.Layers}}' dsbench-100:1)

median_ms() { # command… -> median wall time in ms over $runs runs
  local t=()
  for _ in $(seq 1 "$runs"); do
    local s e
    s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N)
    t+=($(( (e - s) / 1000000 )))
  done
  printf '%s\n' "${t[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
docker_both() { docker image inspect dsbench-100:1 && docker history dsbench-100:1; }

./dockscope image dsbench-100:1 >/dev/null   # warm up (and create the class-data archive)
d=$(median_ms docker_both)
j=$(median_ms ./dockscope --help)
s=$(median_ms ./dockscope image dsbench-100:1)
sj=$(median_ms ./dockscope image dsbench-100:1 -o json)
echo "image with $layers layers, $runs runs each, medians:"
echo "  docker image inspect + docker history : ${d} ms"
echo "  JVM start (dockscope --help)           : ${j} ms"
echo "  dockscope image (text)                 : ${s} ms"
echo "  dockscope image -o json                : ${sj} ms"
awk -v s="$s" -v j="$j" -v d="$d" 'BEGIN {
  printf "  ratio (dockscope - JVM start) / docker : %.2f  (target <= 1.5)\n", (s - j) / d
  printf "  ratio dockscope / (docker + JVM start) : %.2f\n", s / (d + j) }'
