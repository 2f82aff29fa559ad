#!/usr/bin/env bash
# Benchmark for `--files`: builds a many-file, many-layer image on the daemon in DOCKER_HOST (no registry: the base
# is `docker import` of a generated tree, the other layers are COPY steps), then compares
#   1. the daemon's export read by curl into /dev/null  vs  dockscope reading the daemon's layer store
#      (--source store)  and  dockscope's streaming parser + analysis of the export (--source export);
#   2. a saved archive in the page cache: cat > /dev/null  vs  dockscope reading the archive.
# Prints times, ratios and peak RSS of the real command (`./dockscope image … --files -o json`, JAVA_OPTS=-Xmx128m).
# BENCH_SKIP_ARCHIVE=1 leaves part 2 out; BENCH_SKIP_EXPORT=1 leaves out dockscope's own run on the export (the
# slowest step); BENCH_SKIP_STORE=1 leaves part 1 out (the archive alone, with BENCH_ARCHIVE naming a kept file). CPU time (user + system) is printed beside every wall time: on a shared machine it is the robust
# figure, and the load average is printed at the start and the end.
#
# Time: building the default image (100k files, 2 GB, 13 layers) takes about 10 minutes on a quiet 2-core VM and is
# done once (an image of that name is reused); the measuring part takes 2-3 minutes there. `bench.sh 20000 400 13`
# builds and measures in about 3 minutes.
#
# BENCH_BUILD_ONLY=1 builds the image (and the saved archive, when BENCH_ARCHIVE is set) and stops before measuring.
# BENCH_ARCHIVE=/path/image.tar keeps the `docker save` file there and reuses it when it exists (default: a temporary
# file, removed at the end), so the archive part can be re-run without saving 2 GB again.
#
# usage: DOCKER_HOST=unix:///path/docker.sock bench/files/bench.sh [FILES] [TOTAL_MB] [LAYERS]
set -euo pipefail
FILES=${1:-100000}
TOTAL_MB=${2:-2000}
LAYERS=${3:-13}
export JAVA_OPTS=${JAVA_OPTS:--Xmx128m}
IMAGE=dockscope-bench-files:${FILES}-${TOTAL_MB}-${LAYERS}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/dockscope-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
SOCK=${DOCKER_HOST#unix://}
[ -S "$SOCK" ] || { echo "DOCKER_HOST must be a unix socket (got ${DOCKER_HOST:-unset})" >&2; exit 2; }

if ! docker image inspect "$IMAGE" >/dev/null 2>&1; then
  echo "building $IMAGE: $FILES files, $TOTAL_MB MB, $LAYERS layers" >&2
  python3 - "$WORK" "$FILES" "$TOTAL_MB" "$LAYERS" <<'PY'
import os, random, sys
work, files, total_mb, layers = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
random.seed(7)
# half the files (and ~60% of the bytes) in the base, the rest spread over the COPY layers;
# some later layers overwrite base files so the analysis has waste to find
per_file = total_mb * 1_000_000 // files
chunk = os.urandom(1 << 20)
def write(path, size):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        while size > 0:
            n = min(size, len(chunk)); f.write(chunk[:n]); size -= n
base = files // 2
for i in range(files):
    layer = 0 if i < base else 1 + (i % (layers - 1))
    d = os.path.join(work, f"l{layer}", f"usr/share/d{i % 500}/s{i % 37}")
    write(os.path.join(d, f"f{i}.bin"), random.randint(0, 2 * per_file))
for layer in range(1, layers):
    for j in range(200):  # overwrite some base files
        i = random.randrange(base)
        write(os.path.join(work, f"l{layer}", f"usr/share/d{i % 500}/s{i % 37}", f"f{i}.bin"), per_file)
with open(os.path.join(work, "Dockerfile"), "w") as f:
    f.write("FROM dockscope-bench-files-base\n")
    for layer in range(1, layers):
        f.write(f"COPY l{layer}/ /\n")
PY
  tar -C "$WORK/l0" -cf - . | docker import - dockscope-bench-files-base >/dev/null
  rm -rf "$WORK/l0"
  DOCKER_BUILDKIT=0 docker build -q -t "$IMAGE" "$WORK" >/dev/null 2>&1 || docker build -q -t "$IMAGE" "$WORK" >/dev/null
  rm -rf "$WORK"/l*
fi
ARCHIVE=${BENCH_ARCHIVE:-$WORK/image.tar}
save_archive() {
  if [ ! -s "$ARCHIVE" ]; then
    mkdir -p "$(dirname "$ARCHIVE")"
    docker save -o "$ARCHIVE.part" "$IMAGE" && mv "$ARCHIVE.part" "$ARCHIVE"
  fi
}
if [ -n "${BENCH_BUILD_ONLY:-}" ]; then
  [ -n "${BENCH_ARCHIVE:-}" ] && save_archive
  echo "built $IMAGE${BENCH_ARCHIVE:+, saved to $ARCHIVE}" >&2
  exit 0
fi

"$ROOT/dockscope" --help >/dev/null   # builds the jar if needed
# the real command, as a user runs it: stream (or read the archive), analyse everything, print JSON
run_java() {
  local what="$1" arg="$2"
  if [ "$what" = store ] || [ "$what" = export ]; then
    /usr/bin/time -f "%e s elapsed, %U s user + %S s system, peak RSS %M kB" "$ROOT/dockscope" image "$arg" --files -o json --source "$what" >/dev/null
  else
    /usr/bin/time -f "%e s elapsed, %U s user + %S s system, peak RSS %M kB" "$ROOT/dockscope" image --archive "$arg" --files -o json >/dev/null
  fi
}
secs() { /usr/bin/time -f "%e" "$@" 2>&1 >/dev/null | tail -1; }

# CPU seconds (user + system) a process has used so far; the daemon's pid from DOCKERD_PID, e.g. the private test
# daemon's pidfile: DOCKERD_PID=$(cat $DOCKSCOPE_DAEMON_DIR/docker.pid)
cpu_of() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }

echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
cpu_secs() { # "12.3 s elapsed, 1.2 s user + 0.3 s system, ..." -> 1.5
  echo "$1" | sed -n 's/.* \([0-9.]*\) s user + \([0-9.]*\) s system.*/\1 \2/p' | awk '{ printf "%.2f", $1 + $2 }'
}

if [ -z "${BENCH_SKIP_STORE:-}" ]; then
echo "== daemon stream ($IMAGE)"
[ -n "${DOCKERD_PID:-}" ] && d0=$(cpu_of "$DOCKERD_PID")
curl_out=$( { /usr/bin/time -f "%e %U %S" curl -s --unix-socket "$SOCK" "http://localhost/images/$IMAGE/get" -o /dev/null; } 2>&1 | tail -1)
t_curl=${curl_out%% *}
echo "curl -> /dev/null: ${t_curl} s (curl's own CPU: $(echo "$curl_out" | awk '{ printf "%.2f", $2 + $3 }') s)"
d_cpu=""
if [ -n "${DOCKERD_PID:-}" ]; then
  d1=$(cpu_of "$DOCKERD_PID")
  d_cpu=$(python3 -c "print(round($d1 - $d0, 2))")
  echo "dockerd CPU for that export: $d_cpu s (user + system)"
fi
sources="store export"
[ -n "${BENCH_SKIP_EXPORT:-}" ] && sources=store
for source in $sources; do
  out=$( { run_java "$source" "$IMAGE"; } 2>&1 )
  echo "dockscope --source $source: $out"
  t_java=$(echo "$out" | sed -n 's/^\([0-9.]*\) s elapsed.*/\1/p')
  echo "ratio dockscope --source $source / curl (wall): $(python3 -c "print(round($t_java/$t_curl, 3))")"
  if [ "$source" = store ] && [ -n "$d_cpu" ]; then
    echo "ratio dockscope --source store CPU / dockerd's CPU for the export: $(python3 -c "print(round($(cpu_secs "$out")/max($d_cpu, 0.01), 3))")"
  fi
done
fi
if [ -n "${BENCH_SKIP_ARCHIVE:-}" ]; then
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  exit 0
fi

echo "== archive in the page cache"
save_archive
cat "$ARCHIVE" >/dev/null
t_cat=$(secs cat "$ARCHIVE")
cat_out=$( { /usr/bin/time -f "cat CPU: %U s user + %S s system" cat "$ARCHIVE" >/dev/null; } 2>&1 )
echo "$cat_out"
echo "cat -> /dev/null: ${t_cat} s ($(du -m "$ARCHIVE" | cut -f1) MB)"
out=$( { run_java archive "$ARCHIVE"; } 2>&1 )
echo "$out"
t_java=$(echo "$out" | sed -n 's/^\([0-9.]*\) s elapsed.*/\1/p')
echo "ratio dockscope/cat (wall): $(python3 -c "print(round($t_java/max($t_cat, 0.01), 2))")"
c_cat=$(echo "$cat_out" | sed -n 's/cat CPU: \([0-9.]*\) s user + \([0-9.]*\) s system/\1 \2/p' | awk '{ printf "%.2f", $1 + $2 }')
echo "ratio dockscope/cat (CPU): $(python3 -c "print(round($(cpu_secs "$out")/max($c_cat, 0.01), 2))")"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
