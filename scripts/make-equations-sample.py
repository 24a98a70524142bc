#!/usr/bin/env python3
"""Writes Samples/007_equations.docx: a short report with Word equations (OMML) of every
construct docnorm reads, inline and display, for the goldens and `make check-outputs`.
Run from the repository root; the output is byte-for-byte the same on every run."""
import os
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"


def r(text, pr=""):
    return f'<m:r>{f"<m:rPr>{pr}</m:rPr>" if pr else ""}<m:t xml:space="preserve">{text}</m:t></m:r>'


def a(name, content):
    return f"<m:{name}>{content}</m:{name}>"


def wr(text):
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*parts, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(parts)}</w:p>"


def math(*parts):
    return f"<m:oMath>{''.join(parts)}</m:oMath>"


def display(*parts):
    return f"<m:oMathPara>{math(*parts)}</m:oMathPara>"


PLAIN = '<m:sty m:val="p"/>'
frac = lambda n, d, t="": f'<m:f>{f"<m:fPr><m:type m:val={chr(34)}{t}{chr(34)}/></m:fPr>" if t else ""}{a("num", n)}{a("den", d)}</m:f>'
sup = lambda e, s: f"<m:sSup>{a('e', e)}{a('sup', s)}</m:sSup>"
sub = lambda e, s: f"<m:sSub>{a('e', e)}{a('sub', s)}</m:sSub>"
subsup = lambda e, b, p: f"<m:sSubSup>{a('e', e)}{a('sub', b)}{a('sup', p)}</m:sSubSup>"
nary = lambda chr_, loc, b, p, e: (f'<m:nary><m:naryPr>{f"<m:chr m:val={chr(34)}{chr_}{chr(34)}/>" if chr_ else ""}'
                                   f'<m:limLoc m:val="{loc}"/></m:naryPr>{a("sub", b)}{a("sup", p)}{a("e", e)}</m:nary>')
delim = lambda *items, beg=None, end=None: ("<m:d>" + (f'<m:dPr><m:begChr m:val="{beg}"/><m:endChr m:val="{end}"/></m:dPr>' if beg is not None else "")
                                           + "".join(a("e", i) for i in items) + "</m:d>")
func = lambda name, e: f"<m:func>{a('fName', name)}{a('e', e)}</m:func>"

body = [
    para(wr("Equations in a report"), style="Title"),
    para(wr("The first dark fringe of a single slit of width "), math(r("a")), wr(" lies where "),
         math(func(r("sin", PLAIN), r("θ")), r("="), frac(r("mλ"), r("a"))), wr(", so for "), math(r("m=1")), wr(":")),
    para(display(func(r("sin", PLAIN), r("θ")), r("="), frac(r("550×") + sup(r("10"), r("-6")) + r("mm", PLAIN), r("2.5") + r("mm", PLAIN)),
                 r("=2.2×"), sup(r("10"), r("-4")))),
    para(wr("The roots of a quadratic, and a loss summed over pairs (costs under 5$ are ignored):")),
    para(display(r("x="), frac(r("-b±") + "<m:rad><m:radPr><m:degHide m:val=\"1\"/></m:radPr><m:deg/>" + a("e", sup(r("b"), r("2")) + r("-4ac")) + "</m:rad>", r("2a")))),
    para(display(r("J="), nary("∑", "undOvr", r("i,j=1"), r("N"),
                                subsup(r("w"), r("i"), r("T")) + sub(r("w"), r("j")) + r("+") + sub(r("b"), r("i")) + r("-")
                                + func(r("log", PLAIN), sub(r("X"), r("ij")))))),
    para(wr("An integral, a limit and a cube root: "),
         math(nary("", "subSup", r("0"), r("1"), sup(r("x"), r("2")) + r("d", PLAIN) + r("x")), r("="), frac(r("1"), r("3"))), wr(", "),
         math(func("<m:limLow>" + a("e", r("lim", PLAIN)) + a("lim", r("n→∞")) + "</m:limLow>",
                   sup(delim(r("1+") + frac(r("1"), r("n"))), r("n"))), r("=e")), wr(" and "),
         math("<m:rad>" + a("deg", r("3")) + a("e", r("x")) + "</m:rad>"), wr(".")),
    para(wr("A matrix and a case distinction:")),
    para(display(r("A="), delim("<m:m>" + "".join("<m:mr>" + "".join(a("e", r(c)) for c in row) + "</m:mr>" for row in (("a", "b"), ("c", "d"))) + "</m:m>"),
                 r(", "), r("f"), delim(r("x")), r("="),
                 delim("<m:eqArr>" + a("e", r("x") + r(", if ", "<m:nor/>") + r("x≥0")) + a("e", r("-x") + r(", otherwise", "<m:nor/>")) + "</m:eqArr>", beg="{", end=""))),
    para(wr("Accents, bars and braces: "),
         math("<m:acc>" + a("e", r("v")) + "</m:acc>", r(", "), '<m:acc><m:accPr><m:chr m:val="\u20d7"/></m:accPr>' + a("e", r("F")) + "</m:acc>", r(", "),
              '<m:bar><m:barPr><m:pos m:val="top"/></m:barPr>' + a("e", r("z")) + "</m:bar>", r(", "),
              "<m:limLow>" + a("e", "<m:groupChr>" + a("e", r("1+⋯+1")) + "</m:groupChr>") + a("lim", r("n")) + "</m:limLow>", r(", "),
              "<m:borderBox>" + a("e", r("E=m") + sup(r("c"), r("2"))) + "</m:borderBox>"), wr(".")),
    para(wr("Symbols and text: "), math(r("α≤β→∞, |x|&lt;δ, {a}&amp;#%")), wr(".")),
]

document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}" xmlns:m="{M}"><w:body>\n'
            + "\n".join(body) + "\n<w:sectPr/></w:body></w:document>\n")
styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W}">'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style></w:styles>\n')
content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>\n')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>\n')
doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>\n')

path = os.path.join("Samples", "007_equations.docx")
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in (("[Content_Types].xml", content_types), ("_rels/.rels", rels), ("word/_rels/document.xml.rels", doc_rels),
                       ("word/document.xml", document), ("word/styles.xml", styles)):
        info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)
print("wrote", path)
