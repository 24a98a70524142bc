#!/usr/bin/env python3
"""Writes .docx versions of the seed reports, unpacked, the ways people really make them.

    python3 Tests/Fixtures/seed-docx/make.py

For every seed in Samples/*.txt and every kind below it writes Tests/Fixtures/seed-docx/<kind>/<seed>/
(the parts of a .docx as readable XML; the tests zip them). Kinds:

  typed       numbers typed by hand, headings only bold, text split into random runs
  styled      headings in heading styles with Chinese Word's numeric styleIds (1, 2, 3; Title = a3)
  auto        labels not in the text but produced by a multi-level list in numbering.xml
              (一、 / （一） / 1．), attached to the paragraph (seeds 000-002) or to the heading styles (003-004)
  outline     plain paragraphs with w:outlineLvl, labels typed
  messy       mixed 1. / 1． / 1、, (一) with half-width brackets, a skipped number, empty paragraphs,
              　　 indents, a word-count note in the title

In every kind a run-in heading's first sentence is set apart, as Word shows one: bold, or in
`outline` in 楷体_GB2312 over the body's 仿宋_GB2312.
It also writes the two .docx samples in Samples/. Deterministic: the same seeds give the same files.
"""
import os
import random
import re
import sys
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "seed-docx")
NOISE = ("##paidbegin##", "##paidend##")
CN = "一二三四五六七八九十"

RANKS = [
    (2, re.compile(r"^([一二三四五六七八九十]+)、")),
    (3, re.compile(r"^（([一二三四五六七八九十]+)）")),
    (4, re.compile(r"^(\d+)[．.]")),
]


def cn(n):
    if n <= 10:
        return CN[n - 1]
    return ("" if n < 20 else CN[n // 10 - 1]) + "十" + (CN[n % 10 - 1] if n % 10 else "")


def parse_seed(text):
    """Paragraphs as (rank or None, label, body, kind) with kind title/heading/runin/body."""
    lines = [l.strip(" \u3000\u00a0\t") for l in text.replace("\r\n", "\n").split("\n")]
    out = []
    for raw in lines:
        line = raw
        for m in NOISE:
            line = line.replace(m, "")
        line = line.strip(" \u3000\u00a0\t")
        if not line:
            continue
        if not out:
            out.append((None, "", line, "title"))
            continue
        rank, label, body = None, "", line
        for r, rx in RANKS:
            m = rx.match(line)
            if m:
                rank, label, body = r, m.group(0), line[m.end():]
                break
        kind = "body"
        if rank:
            first = re.match(r"^[^。！？]*[。！？]?", body).group(0)
            if len(first) >= len(body) and len(body.rstrip("。")) <= 40:
                kind = "heading"
            elif len(first.rstrip("。！？")) <= 40 and len(first) < len(body):
                kind = "runin"
        out.append((rank, label, body, kind))
    return out


W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def run(text, bold=False, font=None):
    fonts = f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>' if font else '<w:rFonts w:hint="eastAsia"/>'
    rpr = f"<w:rPr>{fonts}<w:b/></w:rPr>" if bold else f"<w:rPr>{fonts}</w:rPr>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def split_runs(text, rng, bold=False):
    """Text cut at random places into several runs, with the odd proofErr and bookmark between."""
    if len(text) < 4:
        return run(text, bold)
    cuts = sorted(rng.sample(range(1, len(text)), min(len(text) - 1, rng.randint(1, 4))))
    pieces, last = [], 0
    for c in cuts + [len(text)]:
        pieces.append(text[last:c])
        last = c
    out = []
    for k, piece in enumerate(pieces):
        out.append(run(piece, bold))
        if k % 3 == 1:
            out.append('<w:proofErr w:type="gramStart"/>')
        elif k % 3 == 2:
            out.append(f'<w:bookmarkStart w:id="{k}" w:name="_Hlk{k}"/><w:bookmarkEnd w:id="{k}"/>')
    return "".join(out)


def paragraph(inner, style=None, ppr_extra=""):
    props = (f'<w:pStyle w:val="{style}"/>' if style else "") + ppr_extra
    return "<w:p>" + (f"<w:pPr>{props}</w:pPr>" if props else "") + inner + "</w:p>"


def first_sentence(body):
    m = re.match(r"^[^。！？]*[。！？]", body)
    return m.group(0) if m else body


def lead_runs(label, text, role, font=None):
    """One run, or for a run-in heading its first sentence set apart: in bold, or in a font
    of its own over the rest's (楷体_GB2312 over 仿宋_GB2312, as 公文 set one). A first sentence
    in the body's own type is a numbered paragraph (STRUCTURE.md §4)."""
    if role != "runin":
        return run(label + text, font=font and "仿宋_GB2312")
    first = first_sentence(text)
    if font:
        return run(label + first, font=font) + run(text[len(first):], font="仿宋_GB2312")
    return run(label + first, bold=True) + run(text[len(first):])


def document(paras, kind, seed_index, rng):
    body = []
    messy_counts = {2: 0, 3: 0, 4: 0}
    attach_to_style = seed_index >= 3
    for k, (rank, label, text, role) in enumerate(paras):
        if role == "title":
            title = text + ("（1234字）" if kind == "messy" and not text.endswith("字）") else "")
            if kind == "styled" or kind == "auto":
                body.append(paragraph(run(title), style="a3"))
            else:
                body.append(paragraph(run(title, bold=True), ppr_extra='<w:jc w:val="center"/>'))
            continue
        if kind == "typed":
            if role == "heading":
                body.append(paragraph(split_runs(label + text, rng, bold=True)))
            elif role == "runin":
                first = first_sentence(text)
                body.append(paragraph(split_runs(label + first, rng, bold=True) + split_runs(text[len(first):], rng)))
            else:
                body.append(paragraph(split_runs(label + text, rng)))
        elif kind == "styled":
            if role == "heading":
                body.append(paragraph(run(label + text), style=str(rank - 1)))
            else:
                body.append(paragraph(lead_runs(label, text, role)))
        elif kind == "outline":
            if role == "heading":
                body.append(paragraph(run(label + text), ppr_extra=f'<w:outlineLvl w:val="{rank - 2}"/>'))
            else:
                body.append(paragraph(lead_runs(label, text, role, font="楷体_GB2312")))
        elif kind == "auto":
            if rank is None:
                body.append(paragraph(run(text)))
            elif role == "heading" and attach_to_style:
                body.append(paragraph(run(text), style=str(rank - 1)))
            else:
                num = f'<w:numPr><w:ilvl w:val="{rank - 2}"/><w:numId w:val="1"/></w:numPr>'
                body.append(paragraph(lead_runs("", text, role), style="ListParagraph", ppr_extra=num))
        elif kind == "messy":
            if rank is None:
                body.append(paragraph(run("\u3000\u3000" + text)))
                if k % 4 == 0:
                    body.append(paragraph(""))
                continue
            messy_counts[rank] += 1
            for deeper in range(rank + 1, 5):
                messy_counts[deeper] = 0
            n = messy_counts[rank]
            if rank == 2:
                # Skip 二、: 一、 三、 四、 … (recounted back to 一、 二、 三、)
                shown = n if n == 1 else n + 1
                lab = cn(shown) + "、"
            elif rank == 3:
                lab = f"({cn(n)})" if n % 2 == 1 else f"（{cn(n)})"
            else:
                lab = f"{n}" + [".", "．", "、"][n % 3]
            body.append(paragraph(lead_runs(lab, text, role)))
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>\n' + "\n".join(body) + \
        '\n<w:sectPr/></w:body></w:document>\n'


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/>{{h1}}<w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:next w:val="a"/>{{h2}}<w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="3"><w:name w:val="heading 3"/><w:basedOn w:val="a"/><w:next w:val="a"/>{{h3}}<w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="a"/></w:style>
</w:styles>
"""

NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>{{p1}}<w:suff w:val="nothing"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/>{{p2}}<w:suff w:val="nothing"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3．"/>{{p3}}<w:suff w:val="nothing"/></w:lvl>
<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%4）"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>
"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>
"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>
"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>
"""


def parts(seed_path, kind, seed_index):
    with open(seed_path, encoding="utf-8") as f:
        paras = parse_seed(f.read())
    rng = random.Random(f"{os.path.basename(seed_path)}-{kind}")
    auto_styles = kind == "auto" and seed_index >= 3
    h = {n: (f'<w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="{n - 1}"/><w:numId w:val="1"/></w:numPr></w:pPr>' if auto_styles
             else '<w:pPr><w:keepNext/></w:pPr>') for n in (1, 2, 3)}
    p = {n: (f'<w:pStyle w:val="{n}"/>' if auto_styles else "") for n in (1, 2, 3)}
    return {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": RELS,
        "word/_rels/document.xml.rels": DOC_RELS,
        "word/document.xml": document(paras, kind, seed_index, rng),
        "word/styles.xml": STYLES.replace("{h1}", h[1]).replace("{h2}", h[2]).replace("{h3}", h[3]),
        "word/numbering.xml": NUMBERING.replace("{p1}", p[1]).replace("{p2}", p[2]).replace("{p3}", p[3]),
    }


def main():
    seeds = sorted(f for f in os.listdir(os.path.join(ROOT, "Samples")) if f.endswith(".txt"))
    for kind in ("typed", "styled", "auto", "outline", "messy"):
        for index, seed in enumerate(seeds):
            base = os.path.join(OUT, kind, seed[:3])
            for name, text in parts(os.path.join(ROOT, "Samples", seed), kind, index).items():
                path = os.path.join(base, name)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
    # Two of them as samples, zipped.
    for kind, index, name in (("auto", 4, "005_auto_numbered.docx"), ("styled", 1, "006_heading_styles.docx")):
        seed = seeds[index]
        with zipfile.ZipFile(os.path.join(ROOT, "Samples", name), "w", zipfile.ZIP_DEFLATED) as z:
            for part, text in sorted(parts(os.path.join(ROOT, "Samples", seed), kind, index).items()):
                info = zipfile.ZipInfo(part, date_time=(2024, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, text)


if __name__ == "__main__":
    sys.exit(main())
