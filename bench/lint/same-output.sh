#!/usr/bin/env bash
# Do two builds lint the same? The 1,000-file generated corpus (gen_corpus.py) and the ~1 MB hostile files of
# long-lines.sh (gen_long_lines.py), text and -o json, stdout, stderr and exit code, diffed byte for byte.
# Usage: bench/lint/same-output.sh OLD.jar NEW.jar   (each run by the launcher, src/dist/bin/dockscope)
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -eq 2 ] || { echo "usage: $0 OLD.jar NEW.jar" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/corpus" "$WORK/long"
python3 bench/lint/gen_corpus.py "$WORK/corpus" 1000 >/dev/null
python3 bench/lint/gen_long_lines.py "$WORK/long"
run() { # jar tag format files...
  local jar tag fmt
  jar=$(readlink -f "$1") tag=$2 fmt=$3
  shift 3
  set +e
  (cd "$WORK" && env DOCKSCOPE_JAR="$jar" DOCKSCOPE_CACHE_DIR="$(dirname "$jar")" \
    "$OLDPWD/src/dist/bin/dockscope" lint -o "$fmt" "$@") >"$WORK/$tag.out" 2>"$WORK/$tag.err"
  echo "exit $?" >>"$WORK/$tag.err"
  set -e
}
status=0
for side in old new; do
  jar=$1
  [ "$side" = new ] && jar=$2
  for fmt in text json; do
    run "$jar" "$side-corpus-$fmt" "$fmt" corpus/*
    for f in "$WORK"/long/*.Dockerfile; do
      run "$jar" "$side-$(basename "$f" .Dockerfile)-$fmt" "$fmt" "long/$(basename "$f")"
    done
  done
done
n=0
for o in "$WORK"/old-*.out; do
  t=${o#"$WORK"/old-}
  t=${t%.out}
  n=$((n + 1))
  for ext in out err; do
    if ! cmp -s "$WORK/old-$t.$ext" "$WORK/new-$t.$ext"; then
      echo "DIFFERENT: $t ($ext)"
      diff "$WORK/old-$t.$ext" "$WORK/new-$t.$ext" | head -20
      status=1
    fi
  done
done
[ $status -eq 0 ] && echo "same output: $n runs (corpus and $(ls "$WORK"/long | wc -l) hostile files, text and json)"
exit $status
