#!/usr/bin/env python3
"""Seeds for the two fuzz targets, made from shapes that once crashed or blew up docnorm.

    python3 Fuzz/seeds.py xml Fuzz/seeds-xml   # rewrite the committed seeds of DocNormFuzzXML
    python3 Fuzz/seeds.py docx fuzz/corpus     # whole files for DocNormFuzz (make fuzz does this)

An XML seed is DocNormFuzzXML's input: document.xml, numbering.xml, styles.xml and
footnotes.xml separated by NUL bytes, each a fragment the harness wraps in its root element
(see Fuzz/Sources/DocNormFuzzXML/FuzzXML.swift). `docx` packs every XML seed the same way
the harness does, deflated, and adds shapes too large for an XML seed (50,000 runs in one
paragraph, floods of blank lines) that only compress well as whole files.
"""
import os
import sys
import zipfile

INT64_MAX = "9223372036854775807"
INT64_MIN = "-9223372036854775808"
HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(HERE, "..", "Samples")


def r(text, rpr=""):
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def p(*texts, style=None, ppr=""):
    props = (f'<w:pStyle w:val="{style}"/>' if style else "") + ppr
    return "<w:p>" + (f"<w:pPr>{props}</w:pPr>" if props else "") + "".join(r(t) for t in texts) + "</w:p>"


def num_p(text, num_id="1", ilvl="0"):
    return p(text, ppr=f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')


def level(ilvl, start, fmt, text, extra=""):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')


def numbering(start, fmt="decimal", override=""):
    return (f'<w:abstractNum w:abstractNumId="0">{level(0, start, fmt, "%1.")}</w:abstractNum>'
            f'<w:num w:numId="1"><w:abstractNumId w:val="0"/>{override}</w:num>')


def cell(text, tcpr=""):
    return f'<w:tc>{f"<w:tcPr>{tcpr}</w:tcPr>" if tcpr else ""}{p(text)}</w:tc>'


STYLES = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>'
    '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="1"/>'
    '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="11"><w:name w:val="toc 1"/><w:basedOn w:val="a"/></w:style>'
    '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>'
)

FIELD = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">{}</w:instrText></w:r>'
         '<w:r><w:fldChar w:fldCharType="separate"/></w:r>{}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def xml_seeds():
    """name -> (document, numbering, styles, footnotes)."""
    two = num_p("甲") + num_p("乙")
    s = {}
    # Numbers that trapped (Int64 max used twice, Int64 min) or made labels grow with them.
    s["num-start-int64-max"] = (two + num_p("丙"), numbering(INT64_MAX), "", "")
    s["num-start-int64-min"] = (two, numbering(INT64_MIN), "", "")
    s["num-start-beyond-int64"] = (two, numbering("99999999999999999999999"), "", "")
    for v, name in [(INT64_MIN, "min"), (INT64_MAX, "max")]:
        override = f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{v}"/></w:lvlOverride>'
        s[f"num-startoverride-int64-{name}"] = (two, numbering("1", override=override), "", "")
    s["num-letter-start-int32-max"] = (two, numbering("2147483647", "lowerLetter"), "", "")
    s["num-letter-start-1e15"] = (two, numbering("1000000000000000", "upperLetter"), "", "")
    formats = ["upperRoman", "lowerRoman", "chineseCounting", "chineseLegalSimplified", "ideographDigital",
               "ideographTraditional", "ideographZodiac", "decimalEnclosedCircle", "decimalZero", "decimalFullWidth"]
    levels = "".join(level(i, [INT64_MAX, "2147483647", "-5", "32767", "0"][i % 5], f, "%1.%2.%3" if i > 1 else f"%{i + 1}、",
                           f'<w:lvlRestart w:val="{INT64_MIN}"/>' if i == 3 else "")
                     for i, f in enumerate(formats[:9]))
    multi = (f'<w:abstractNum w:abstractNumId="{INT64_MAX}"><w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
             f'<w:num w:numId="1"><w:abstractNumId w:val="{INT64_MAX}"/></w:num>'
             f'<w:num w:numId="{INT64_MIN}"><w:abstractNumId w:val="{INT64_MAX}"/>'
             f'<w:lvlOverride w:ilvl="{INT64_MAX}"><w:startOverride w:val="{INT64_MAX}"/></w:lvlOverride></w:num>')
    body = "".join(num_p(f"项{i}", "1", str(i % 9)) for i in range(12)) + num_p("负", INT64_MIN, INT64_MAX) + num_p("错", "1", "-1")
    s["num-formats-extremes"] = (body, multi, "", "")
    # Numbering style links that point at each other, and a numbered heading style.
    cycle = ('<w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="L"/></w:abstractNum>'
             '<w:abstractNum w:abstractNumId="1"><w:styleLink w:val="L"/>' + level(0, "1", "decimal", "%1.") + "</w:abstractNum>"
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>')
    cycle_styles = (STYLES + '<w:style w:type="numbering" w:styleId="L"><w:name w:val="L"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
                    '<w:style w:type="paragraph" w:styleId="X"><w:name w:val="X"/><w:basedOn w:val="Y"/></w:style>'
                    '<w:style w:type="paragraph" w:styleId="Y"><w:name w:val="heading 3"/><w:basedOn w:val="X"/>'
                    '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr><w:outlineLvl w:val="' + INT64_MAX + '"/></w:pPr></w:style>')
    s["num-style-cycles"] = (num_p("一", "1") + p("二", style="X") + p("三", style="Y") + num_p("四", "2"), cycle, cycle_styles, "")

    # Tables: spans that trapped or expanded, merges, nesting.
    def span(v):
        return f'<w:gridSpan w:val="{v}"/>'
    row = f'<w:tr><w:trPr><w:gridBefore w:val="{INT64_MAX}"/></w:trPr>' + cell("格", span(INT64_MAX)) * 2 + "</w:tr>"
    s["table-gridspan-int64-max"] = (f"<w:tbl>{row}<w:tr>{cell('下')}</w:tr></w:tbl>", "", "", "")
    wide = "<w:tbl><w:tr>" + cell("宽", span(100000000)) + "</w:tr><w:tr>" + cell("左") + cell("右", span(99999999)) + "</w:tr></w:tbl>"
    s["table-gridspan-1e8"] = (wide, "", "", "")
    s["table-gridspan-int32-max"] = ("<w:tbl><w:tr>" + cell("宽", span(2147483647)) + "</w:tr></w:tbl>", "", "", "")
    neg = (f'<w:tbl><w:tr><w:trPr><w:gridBefore w:val="{INT64_MIN}"/></w:trPr>' + cell("负", span(INT64_MIN))
           + cell("零", span(0)) + "</w:tr></w:tbl>")
    s["table-gridspan-negative"] = (neg, "", "", "")
    restart, cont = '<w:vMerge w:val="restart"/>', '<w:vMerge w:val="continue"/>'
    rows = "<w:tr>" + cell("头", restart) + cell("右", span(3) + restart) + "</w:tr>"
    rows += "".join("<w:tr>" + cell("", "<w:vMerge/>") + cell(str(i), span(3) + cont) + "</w:tr>" for i in range(40))
    rows += "<w:tr>" + cell("", "<w:vMerge/>" + span(4)) + "</w:tr><w:tr>" + cell("a", cont) + "</w:tr>"
    s["table-vmerge-chain"] = (f'<w:tbl><w:tblGrid><w:gridCol w:w="{INT64_MAX}"/></w:tblGrid>{rows}</w:tbl>', "", "", "")
    nested = "深"
    for i in range(60):
        nested = f"<w:tbl><w:tr><w:tc>{p(str(i))}{nested if i else p(nested)}</w:tc></w:tr></w:tbl>"
    s["table-nested-60"] = (nested.replace("</w:tc>", "<w:p/></w:tc>"), "", "", "")
    header = f'<w:tr><w:trPr><w:tblHeader/></w:trPr>{cell("名称")}{cell("数量")}</w:tr>'
    plain = "".join(f"<w:tr>{cell(f'第{i}项')}{cell(str(i * 7))}</w:tr>" for i in range(8))
    s["table-ordinary"] = (p("表1 统计", style="Title") + f"<w:tbl>{header}{plain}</w:tbl>" + p("表后正文。"), "", STYLES, "")

    # Nesting of wrappers, runs and text boxes.
    deep = p("核心")
    for i in range(120):
        deep = ["<w:sdt><w:sdtContent>{}</w:sdtContent></w:sdt>", "<w:customXml>{}</w:customXml>", "<w:ins>{}</w:ins>"][i % 3].format(deep)
    run = r("字")
    for i in range(120):
        run = ["<w:smartTag>{}</w:smartTag>", "<w:hyperlink r:id=\"rIdL1\">{}</w:hyperlink>", "<w:ins>{}</w:ins>", "<w:sdt><w:sdtContent>{}</w:sdtContent></w:sdt>"][i % 4].format(run)
    box = "<w:p><w:r><w:drawing><wp:inline><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>{}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    boxes = p("盒")
    for _ in range(30):
        boxes = box.format(boxes)
    s["deep-nesting"] = (deep + f"<w:p>{run}</w:p>" + boxes, "", "", "")

    # Many runs in one paragraph (quadratic Markdown inlines), many blank paragraphs.
    fmts = ["", "<w:b/>", "<w:i/>", "<w:b/><w:i/>", "<w:strike/>", '<w:vertAlign w:val="superscript"/>', "<w:u w:val=\"single\"/>"]
    many = "".join(r("a*_`[" if i % 5 == 0 else "字", fmts[i % len(fmts)]) for i in range(300))
    s["runs-300-formatted-in-one-paragraph"] = (f"<w:p>{many}</w:p>", "", "", "")
    s["runs-1000-plain"] = ("<w:p>" + "<w:r><w:t>a</w:t></w:r>" * 1000 + "</w:p>", "", "", "")
    s["blank-paragraphs"] = (p("前") + "<w:p/>" * 1500 + "<w:p><w:r>" + "<w:br/>" * 500 + "</w:r></w:p>" + "<w:p><w:r><w:t>   </w:t></w:r></w:p>" * 200 + p("后"), "", "", "")

    # Tables of contents.
    toc_field = FIELD.format(' TOC \\o "1-3" \\h \\z \\u ', "")
    pageref = FIELD.format(" PAGEREF _Toc1001 \\h ", "<w:r><w:t>1</w:t></w:r>")
    toc = (f"<w:p>{toc_field}<w:hyperlink w:anchor=\"_Toc1001\">{r('一、总则')}<w:r><w:tab/></w:r>{pageref}</w:hyperlink></w:p>"
           f"<w:p><w:pPr><w:pStyle w:val=\"11\"/></w:pPr>{r('二、范围')}<w:r><w:tab/><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>")
    sdt = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>'
           + p("目 录") + p("一、总则……………………1", style="11") + "</w:sdtContent></w:sdt>")
    body = p("报告", style="Title") + toc + sdt + p("一、总则", style="1") + p("正文。") + p("二、范围", style="1") + p("正文。")
    s["toc-fields"] = (body + "<w:p>" + FIELD.format(" TOC ", "") + "</w:p>", "", STYLES, "")
    s["toc-unclosed-field"] = ("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> TOC \\o </w:instrText></w:r>"
                               "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r></w:p>" + p("一、总则") * 3, "", "", "")

    # Links: relationships rIdL1…rIdL5 of the harness, HYPERLINK fields and fldSimple.
    links = "".join(f'<w:p><w:hyperlink r:id="rIdL{i}">{r(f"链接{i}")}</w:hyperlink></w:p>' for i in range(1, 6))
    links += '<w:p><w:hyperlink w:anchor="_Toc1">' + r("书签") + "</w:hyperlink><w:hyperlink r:id=\"rIdMissing\">" + r("无") + "</w:hyperlink></w:p>"
    for target in ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:x", "vbscript:msgbox", "data:text/html,&lt;script&gt;",
                   "https://example.com/a b\nc", "mailto:a@example.com", "tel:+861234", "file:///etc/passwd", "\\\\server\\share"]:
        links += "<w:p>" + FIELD.format(f' HYPERLINK "{target}" \\o "提示" ', r("域")) + "</w:p>"
        links += f'<w:p><w:fldSimple w:instr=" HYPERLINK &quot;{target}&quot; ">{r("简")}</w:fldSimple></w:p>'
    s["links-hostile"] = (links, "", "", "")

    # Images: embedded, missing, external; descriptions with line breaks.
    def drawing(rid, descr):
        return (f'<w:r><w:drawing><wp:inline><wp:docPr id="1" name="图" descr="{descr}"/><a:graphic><a:graphicData>'
                f'<pic:pic><pic:blipFill><a:blip r:embed="{rid}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
    imgs = "".join(f"<w:p>{r('见')}{drawing(rid, d)}{r('。')}</w:p>" for rid, d in
                   [("rIdImg1", "示意图"), ("rIdImg2", "缺失&#10;第二行"), ("rIdImg3", "外部"), ("rIdL2", "不是图"), ("rIdNone", "")])
    imgs += '<w:p><w:r><w:pict><v:shape><v:imagedata r:id="rIdImg1" o:title="旧"/></v:shape></w:pict></w:r></w:p>'.replace(' o:title="旧"', "")
    imgs += ("<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">" + drawing("rIdImg1", "选") +
             "</mc:Choice><mc:Fallback>" + drawing("rIdImg2", "备") + "</mc:Fallback></mc:AlternateContent></w:r></w:p>")
    s["images"] = (imgs, "", "", "")

    # Notes: present, repeated, missing, ids at the extremes.
    ref = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{}"/></w:r>'
    body = "<w:p>" + r("正文") + ref.format(1) + r("再") + ref.format(1) + ref.format(3) + ref.format(INT64_MAX) + ref.format(INT64_MIN) + "</w:p>"
    body += "<w:p>" + '<w:r><w:endnoteReference w:id="1"/></w:r>' + "</w:p>"
    notes = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>' + r(" 注一。") + '</w:p></w:footnote>'
             f'<w:footnote w:id="{INT64_MAX}">{p("大")}</w:footnote><w:footnote w:id="2"><w:p><w:hyperlink r:id="rIdL2">{r("注链")}</w:hyperlink></w:p></w:footnote>')
    s["notes"] = (body, "", "", notes)

    # Ordinary documents: a report with headings, lists, a title, run-in headings, math.
    report = (p("2023年度工作总结报告", style="Title") + p("一、基本情况", style="1") + p("（一）主要工作。本年度完成了各项任务。")
              + p("1．加强学习。") + p("2．完善制度。") + p("二、存在问题", style="1") + num_p("问题一") + num_p("问题二")
              + p("① 资金不足；② 人员短缺。") + p("三、下一步计划", style="1") + p("附件：1. 统计表")
              + "<w:p><m:oMath><m:r><m:t>x^2</m:t></m:r></m:oMath></w:p>"
              + "<w:p><w:r><w:t>中文\u0085标题\u2028换行</w:t></w:r><w:r><w:tab/><w:t>end</w:t></w:r></w:p>")
    s["report-ordinary"] = (report, numbering("1", "decimal"), STYLES, "")
    s["headings-by-outline-level"] = ("".join(p(f"第{i}章 内容", ppr=f'<w:outlineLvl w:val="{v}"/>')
                                              for i, v in enumerate(["0", "1", "8", "9", INT64_MAX, "-1", INT64_MIN])), "", "", "")
    # A part with its own declaration and a small entity expansion, parsed whole.
    s["document-with-dtd"] = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "字字字字"><!ENTITY b "&a;&a;&a;&a;">]>'
                              '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                              + p("&b;&b;") + "</w:body></w:document>", "", "", "")
    return s


def samples():
    """The XML seeds made from Samples/005 and 006, whole parts with their declarations."""
    out = {}
    for name in sorted(os.listdir(SAMPLES)):
        if not name.endswith(".docx"):
            continue
        with zipfile.ZipFile(os.path.join(SAMPLES, name)) as z:
            names = set(z.namelist())
            get = lambda n: z.read(n).decode("utf-8") if n in names else ""
            out["sample-" + name[:-5].replace("_", "-")] = (get("word/document.xml"), get("word/numbering.xml"),
                                                           get("word/styles.xml"), get("word/footnotes.xml"))
    return out


def encode(parts):
    return "\0".join(parts).rstrip("\0").encode("utf-8")


def write_xml(directory):
    os.makedirs(directory, exist_ok=True)
    for name, parts in {**xml_seeds(), **samples()}.items():
        with open(os.path.join(directory, name), "wb") as f:
            f.write(encode(parts))


# The package the harness makes around the parts (FuzzXML.swift, Package.docx).
NAMESPACES = "".join(f' xmlns:{k}="{v}"' for k, v in [
    ("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    ("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    ("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
    ("a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
    ("pic", "http://schemas.openxmlformats.org/drawingml/2006/picture"),
    ("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006"),
    ("m", "http://schemas.openxmlformats.org/officeDocument/2006/math"),
    ("v", "urn:schemas-microsoft-com:vml"),
    ("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"),
    ("w14", "http://schemas.microsoft.com/office/word/2010/wordml"),
])
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FIXED_RELS = "".join([
    f'<Relationship Id="rIdL1" Type="{REL}/hyperlink" Target="https://example.com/a?b=1&amp;c=2#d" TargetMode="External"/>',
    f'<Relationship Id="rIdL2" Type="{REL}/hyperlink" Target="javascript:alert(1)" TargetMode="External"/>',
    f'<Relationship Id="rIdL3" Type="{REL}/hyperlink" Target="data:text/html,&lt;b&gt;x" TargetMode="External"/>',
    f'<Relationship Id="rIdL4" Type="{REL}/hyperlink" Target="#_Toc1"/>',
    f'<Relationship Id="rIdL5" Type="{REL}/hyperlink" Target="../a b/c.docx" TargetMode="External"/>',
    f'<Relationship Id="rIdImg1" Type="{REL}/image" Target="media/image1.png"/>',
    f'<Relationship Id="rIdImg2" Type="{REL}/image" Target="media/missing.png"/>',
    f'<Relationship Id="rIdImg3" Type="{REL}/image" Target="file:///etc/passwd" TargetMode="External"/>',
])
PNG = bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
             0, 0, 0, 200, 0, 0, 0, 100, 8, 6, 0, 0, 0, 1, 2, 3, 4])


def wrap(text, root, inner=None):
    if text.startswith("<?xml"):
        return text
    head = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{root}{NAMESPACES}>' + (f"<{inner}>" if inner else "")
    return head + text + (f"</{inner}>" if inner else "") + f"</{root}>"


def docx(path, parts):
    document, numbering_, styles, footnotes = (list(parts) + ["", "", "", ""])[:4]
    overrides = '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    rels = FIXED_RELS
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", wrap(document, "w:document", "w:body"))
        for text, name in [(numbering_, "numbering"), (styles, "styles"), (footnotes, "footnotes")]:
            if text:
                z.writestr(f"word/{name}.xml", wrap(text, f"w:{name}"))
                overrides += f'<Override PartName="/word/{name}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{name}+xml"/>'
                rels += f'<Relationship Id="rIdPart{name}" Type="{REL}/{name}" Target="{name}.xml"/>'
        z.writestr("word/media/image1.png", PNG)
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
                   + overrides + "</Types>")
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + rels + "</Relationships>")


def write_docx(directory):
    os.makedirs(directory, exist_ok=True)
    for name, parts in xml_seeds().items():
        docx(os.path.join(directory, f"xml-{name}.docx"), parts)
    # Too large as XML seeds, small deflated: 50,000 runs in one paragraph (quadratic
    # Markdown inlines: 31 s before the fix, 9 s now under AddressSanitizer), 20,000 blank paragraphs.
    docx(os.path.join(directory, "big-runs-50k-in-one-paragraph.docx"),
         ("<w:p>" + "<w:r><w:rPr><w:b/></w:rPr><w:t>字</w:t></w:r><w:r><w:t>a</w:t></w:r>" * 25_000 + "</w:p>",))
    docx(os.path.join(directory, "big-blank-paragraphs-20k.docx"), (p("前") + "<w:p/>" * 20_000 + p("后"),))
    # Text inputs: floods of blank lines (LF, CRLF, CR, blanks with spaces), within max_len.
    for name, unit in [("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r"), ("spaces", " \t\u3000\n")]:
        with open(os.path.join(directory, f"blank-lines-{name}.txt"), "wb") as f:
            f.write(("标题\n" + unit * (300_000 // len(unit.encode())) + "正文。\n").encode("utf-8"))


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("xml", "docx"):
        sys.exit(__doc__)
    (write_xml if sys.argv[1] == "xml" else write_docx)(sys.argv[2])
