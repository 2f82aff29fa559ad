#!/usr/bin/env bash
# Puts the corpus Dockerfiles next to their labels (src/test/resources/corpus/dockerfiles/<id>/Dockerfile), each
# checked against the sha256 in index.json. The files are copies from other repositories at pinned commits and are
# not committed here (see NOTICE.md in that folder).
#   bench/lint/corpus-get.sh              download each file from raw.githubusercontent.com at its pinned commit
#   bench/lint/corpus-get.sh --from DIR   copy them from DIR/<id>/Dockerfile (a copy made earlier, e.g. offline)
# Files already present with the right sha256 are left alone; a file whose sha256 differs is an error.
set -euo pipefail
cd "$(dirname "$0")/../.."
CORPUS=src/test/resources/corpus/dockerfiles
FROM=""
if [ "${1:-}" = "--from" ]; then FROM="${2:?--from needs a directory}"; fi
ok=0; got=0; bad=0
while IFS=$'\t' read -r id sha url; do
  dest="$CORPUS/$id/Dockerfile"
  if [ -f "$dest" ] && [ "$(sha256sum < "$dest" | cut -d' ' -f1)" = "$sha" ]; then ok=$((ok + 1)); continue; fi
  tmp=$(mktemp)
  if [ -n "$FROM" ]; then
    cp "$FROM/$id/Dockerfile" "$tmp" 2>/dev/null || { echo "missing: $FROM/$id/Dockerfile" >&2; bad=$((bad + 1)); rm -f "$tmp"; continue; }
  else
    curl -fsSL "$url" -o "$tmp" || { echo "download failed: $url" >&2; bad=$((bad + 1)); rm -f "$tmp"; continue; }
  fi
  if [ "$(sha256sum < "$tmp" | cut -d' ' -f1)" != "$sha" ]; then
    echo "sha256 mismatch: $id ($url)" >&2; bad=$((bad + 1)); rm -f "$tmp"; continue
  fi
  mkdir -p "$CORPUS/$id"; mv "$tmp" "$dest"; got=$((got + 1))
done < <(python3 -c '
import json, sys
for e in json.load(open(sys.argv[1])):
    print(e["id"], e["sha256"], e["url"], sep="\t")' "$CORPUS/index.json")
echo "corpus: $ok already present, $got fetched, $bad failed"
[ "$bad" = 0 ]
