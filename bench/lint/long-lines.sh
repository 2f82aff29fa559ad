#!/usr/bin/env bash
# Linting any 1 MB file finishes in <= 2 s: hostile shapes (one long line of tokens that each draw a finding,
# CR-only line endings, thousands of here-document markers, many short instructions, many ARGs before RUNs, one RUN
# of many commands, a chain of stages each built FROM the one before), each about 1 MB, one run each.
# Usage: bench/lint/long-lines.sh [JAR]   (default: target/dockscope-0.1.0-all.jar; give another jar to compare)
#   LINT_JIT=full: run the JVM with the full tiered JIT (C1 and C2) instead of the launcher's C1-only setting
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
    "bare-dollars": fill("$A"),
    "env-dollars": fill("$A", prefix="ENV A=1 B="),
    "cr-only": fill("EXPOSE x\r", head="FROM scratch\r", tail=""),
    "heredoc-markers": fill("<<E ", prefix="RUN ", tail="\nE\n"),
    "short-instructions": fill("RUN apt-get install curl\n"),
    "env-secrets": fill("ENV DB_PASSWORD=hunter2\n"),
    # shapes where a rule looked again at every later instruction, every stage or the whole script per item
    "arg-volatile-runs": fill("ARG BUILD_DATE\nRUN make\n"),
    "install-chain": fill("apt-get install $A && ", prefix="RUN ", tail="true\n"),
    "stage-chain": "FROM scratch AS s0\n" + "".join("FROM s%d AS s%d\nRUN apt-get install $V\n" % (k, k + 1)
                                                   for k in range(MB // 40)),
    "zz-tiny-reference": "FROM scratch\n",  # not 1 MB: the JVM start and lint floor on this machine right now
}
for name, text in cases.items():
    with open(os.path.join(d, name + ".Dockerfile"), "w") as f:
        f.write(text)
PY
JIT=(-XX:TieredStopAtLevel=1)
[ "${LINT_JIT:-}" = full ] && JIT=()
JAVA=(java ${JIT[@]+"${JIT[@]}"} -XX:+UseSerialGC)
printf 'lint of 1 MB files with %s, JIT %s (%s CPUs, load average %s)\n' "$JAR" "${LINT_JIT:-C1 only}" "$(nproc)" \
  "$(cut -d' ' -f1-3 /proc/loadavg)"
# wall seconds (what a user waits) and CPU seconds (user + system, all JVM threads: on a loaded machine the wall
# time is mostly waiting for a core; CPU time is the work the run needs)
printf '%-22s %8s %8s %6s %10s\n' case wall-s cpu-s exit findings
for f in "$WORK"/*.Dockerfile; do
  name=$(basename "$f" .Dockerfile)
  set +e
  /usr/bin/time -f '%e %U %S' -o "$WORK/time.txt" timeout 120 "${JAVA[@]}" -jar "$JAR" lint -o json --fail-on none "$f" \
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
