#!/usr/bin/env python3
"""docnorm's LaTeX against pandoc's, equation by equation, for every .docx of
../shared/corpus/docx with OMML: writes bench/math-vs-pandoc.md (the table below the notes
kept at its head). Needs the release build, pandoc, and node with KaTeX (`apt-get install
pandoc katex`); each side's LaTeX is also put to KaTeX (strict), as a Markdown reader would.
pandoc's LaTeX is read from its JSON output: the same text its `-t gfm` writes between
dollars."""
import glob
import json
import os
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "docx")
BIN = os.path.join(ROOT, ".build", "release", "docnorm")
OUT = os.path.join(ROOT, "bench", "math-vs-pandoc.md")
MARK = "<!-- table: written by bench/math-compare.py -->"

KATEX = r"""
const katex = require('katex');
const items = JSON.parse(require('fs').readFileSync(0, 'utf8'));
console.log(JSON.stringify(items.map(s => { try { katex.renderToString(s, {throwOnError: true, strict: 'error'}); return null; }
                                            catch (e) { return e.message.split('\n')[0]; } })));
"""


def katex_errors(formulas):
    r = subprocess.run(["node", "-e", KATEX], input=json.dumps(formulas), capture_output=True, text=True, check=True,
                       env={**os.environ, "NODE_PATH": "/usr/share/nodejs:/usr/lib/nodejs"})
    return json.loads(r.stdout)


def pandoc_math(path):
    """pandoc's equations in reading order, footnotes last (as docnorm writes them)."""
    doc = json.loads(subprocess.run(["pandoc", "-f", "docx", "-t", "json", path], capture_output=True, text=True, check=True).stdout)
    body, notes = [], []

    def walk(node, out):
        if isinstance(node, dict):
            if node.get("t") == "Math":
                out.append((node["c"][0]["t"] == "DisplayMath", node["c"][1]))
                return
            if node.get("t") == "Note":
                walk(node.get("c"), notes)
                return
            for v in node.values():
                walk(v, out)
        elif isinstance(node, list):
            for v in node:
                walk(v, out)
    walk(doc["blocks"], body)
    return body + notes


def docnorm_math(path, tmp):
    name = os.path.basename(path)
    subprocess.run([BIN, "convert", path, "-o", tmp, "-t", "json", "-q", "--force"], check=True)
    doc = json.load(open(os.path.join(tmp, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
    out = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "math":
                out.append((node["display"], node["latex"]))
                return
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    walk(doc.get("blocks"))
    walk(doc.get("notes"))
    return out


def cell(s):
    return "`" + " ".join(s.split("\n")).replace("|", "\\|").replace("`", "'") + "`" if s else "—"


def main():
    if not os.path.isdir(CORPUS):
        print("../shared/corpus/docx is absent: nothing to compare")
        return 0
    files = []
    for f in sorted(glob.glob(os.path.join(CORPUS, "**", "*.docx"), recursive=True)):
        try:
            with zipfile.ZipFile(f) as z:
                if any(b"oMath" in z.read(n) for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")):
                    files.append(f)
        except (zipfile.BadZipFile, OSError):
            continue
    rows, totals = [], {"equations": 0, "same": 0, "ours_ok": 0, "theirs_ok": 0, "theirs": 0}
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            rel = os.path.relpath(f, CORPUS)
            ours, theirs = docnorm_math(f, tmp), pandoc_math(f)
            ours_bad = katex_errors([l for _, l in ours])
            theirs_bad = katex_errors([l for _, l in theirs])
            for k in range(max(len(ours), len(theirs))):
                o = ours[k] if k < len(ours) else None
                t = theirs[k] if k < len(theirs) else None
                same = o and t and o[1].replace(" ", "") == t[1].replace(" ", "")
                totals["equations"] += 1
                totals["same"] += bool(same)
                totals["ours_ok"] += bool(o) and ours_bad[k] is None
                totals["theirs"] += bool(t)
                totals["theirs_ok"] += bool(t) and theirs_bad[k] is None
                kind = lambda x: "" if x is None else ("display" if x[0] else "inline")
                note = "same" if same else ""
                if o and ours_bad[k]:
                    note += f" docnorm: KaTeX: {ours_bad[k]}"
                if t and theirs_bad[k]:
                    note += f" pandoc: KaTeX: {theirs_bad[k]}"
                rows.append(f"| {rel} | {k + 1} | {kind(o) or kind(t)} | {cell(o[1] if o else '')} | {cell(t[1] if t else '')} | {note.strip()} |")
    head = open(OUT, encoding="utf-8").read().split(MARK)[0] if os.path.exists(OUT) else "# docnorm's LaTeX and pandoc's\n\n"
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(head + MARK + "\n\n")
        out.write(f"{len(files)} files, {totals['equations']} equations: {totals['same']} the same but for spaces; "
                  f"KaTeX (strict) accepts {totals['ours_ok']} of docnorm's and {totals['theirs_ok']} of pandoc's {totals['theirs']}.\n\n")
        out.write("| file | # | kind | docnorm | pandoc | note |\n| --- | --- | --- | --- | --- | --- |\n")
        out.write("\n".join(rows) + "\n")
    print(f"wrote {OUT}: {totals}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
