#!/bin/bash
# Converts the samples, ../shared/seeds and ../shared/corpus/docx with two docnorm binaries
# into two folders and compares them byte for byte: `scripts/compare-binaries.sh OLD NEW [OUT]`.
# Batches run with -j 2, so the journal's order is left out and the messages are sorted.
# Exit status 1 when any output differs (the diff is in OUT/diff.txt).
set -u
old=$1 new=$2 out=${3:-$(mktemp -d /tmp/docnorm-compare-XXXXXX)}
root=$(cd "$(dirname "$0")/.." && pwd)
inputs=("$root"/Samples/*.txt "$root"/Samples/*.docx)
for d in "$root/../shared/seeds" "$root/../shared/corpus/docx"; do [ -d "$d" ] && inputs+=("$(cd "$d" && pwd)"); done
# The samples' reports 20 times over in one file: a long text with many contents lines.
mkdir -p "$out"
for k in $(seq 20); do cat "$root"/Samples/*.txt; done >"$out/reports-x20.txt"
inputs+=("$out/reports-x20.txt")
formats=(-t md -t html -t txt -t json -t chunks)
mkdir -p "$out"; rm -rf "$out/old" "$out/new"
for side in old new; do
  bin=${!side}
  "$bin" convert "${inputs[@]}" -o "$out/$side/" "${formats[@]}" -q --force -j 2 2>"$out/$side.stderr" || true
  # The toc-keep and renumber paths of the text rules, on the text inputs.
  "$bin" convert "$root"/Samples/*.txt -o "$out/$side/toc-keep/" -t md -t txt --toc keep --renumber --run-in keep -q --force 2>>"$out/$side.stderr" || true
done
if diff -r -x .docnorm-journal.jsonl "$out/old" "$out/new" >"$out/diff.txt" && cmp -s <(sort "$out/old.stderr") <(sort "$out/new.stderr"); then
  echo "identical: $(find "$out/new" -type f ! -name .docnorm-journal.jsonl | wc -l) files and the messages ($out)"
else
  echo "DIFFERENT: see $out/diff.txt and $out/{old,new}.stderr"; exit 1
fi
