#!/usr/bin/env bash
# A batch of 2000 files (the samples and the shared corpus repeated) with 10% broken files:
# checks that exactly the broken ones fail, and reports peak memory (limit: 150 MB).
# Usage: scripts/batch-check.sh [BINARY]   (make batch-check builds the release binary first)
set -euo pipefail
BIN=${1:-.build/release/docnorm}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/in"

# Valid inputs: samples, and the corpus files its index does not mark as malformed.
valid=()
for f in "$ROOT"/Samples/*.txt "$ROOT"/Samples/*.docx; do valid+=("$f"); done
if [ -f "$ROOT/../shared/corpus/INDEX.tsv" ]; then
  while IFS=$'\t' read -r path _ _ _ _ malformed _; do
    [ "$malformed" = "no" ] && valid+=("$ROOT/../shared/corpus/$path")
  done < <(tail -n +2 "$ROOT/../shared/corpus/INDEX.tsv")
fi
n=0
while [ $n -lt 1800 ]; do
  for f in "${valid[@]}"; do
    [ $n -ge 1800 ] && break
    ext="${f##*.}"
    cp "$f" "$WORK/in/ok-$n.$ext"
    n=$((n + 1))
  done
done
# 200 broken files of ten kinds.
python3 - "$WORK/in" <<'PY'
import os, sys, zipfile, io
d = sys.argv[1]
good = io.BytesIO()
with zipfile.ZipFile(good, "w") as z:
    z.writestr("word/document.xml", "<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>")
good = good.getvalue()
def zipped(entries):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries: z.writestr(name, data)
    return b.getvalue()
kinds = [
    ("txt", b""), ("docx", b""), ("txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ("docx", os.urandom(700)),
    ("docx", good[: len(good) // 2]), ("docx", zipped([("readme.txt", b"hi")])),
    ("docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 200), ("docx", zipped([("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", b"<a/>")])),
    ("docx", zipped([("word/document.xml", b"\x01\x02<<<")])), ("txt", b"A\xc3\x28\xff\xfeB"),
]
for i in range(200):
    ext, data = kinds[i % len(kinds)]
    with open(os.path.join(d, f"broken-{i}.{ext}"), "wb") as f: f.write(data)
PY
total=$(ls "$WORK/in" | wc -l)
echo "inputs: $total ($(ls "$WORK/in" | grep -c '^broken-') broken)"
cd "$WORK"
/usr/bin/time -v "$BIN" convert in -o out -t md -t html -t txt -t json -q 2> err.txt || true
failed=$(grep -E '^in/' err.txt | sed 's/: .*//' | sort)
expected=$(ls in | grep '^broken-' | sed 's|^|in/|' | sort)
peak=$(grep 'Maximum resident set size' err.txt | awk '{print $6}')
wall=$(grep 'Elapsed (wall clock)' err.txt | awk '{print $8}')
echo "failed: $(echo "$failed" | grep -c .) files; peak memory: $((peak / 1024)) MB; wall time: $wall"
if [ "$failed" != "$expected" ]; then
  echo "FAIL: the failed files are not exactly the broken ones"
  diff <(echo "$expected") <(echo "$failed") | head -20
  exit 1
fi
if [ $((peak / 1024)) -ge 150 ]; then echo "FAIL: peak memory $((peak / 1024)) MB is over 150 MB"; exit 1; fi
echo "OK: exactly the broken files failed, peak memory under 150 MB"
