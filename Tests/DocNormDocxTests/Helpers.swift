import DocNorm
@testable import DocNormReaders
import DocNormTestSupport

/// A raw document from a w:body fragment and optional parts.
func readDocx(_ body: String, styles: String? = nil, numbering: String? = nil, footnotes: String? = nil,
              rels: String = "", extra: [(String, String)] = [], options: DocxReader.Options = DocxReader.Options()) throws -> Document {
    let bytes = try ZipWriter.docx(body: body, styles: styles, numbering: numbering, footnotes: footnotes, documentRels: rels, extra: extra)
    return try DocxReader(options: options).read(bytes)
}

/// The same, normalized by the rules.
func convertDocx(_ body: String, styles: String? = nil, numbering: String? = nil, footnotes: String? = nil,
                 rels: String = "", options: NormalizationOptions = NormalizationOptions()) throws -> Document {
    Normalizer(options: options).normalize(try readDocx(body, styles: styles, numbering: numbering, footnotes: footnotes, rels: rels))
}

/// `<w:p>` with runs of plain text.
func p(_ texts: String..., style: String? = nil, pPr: String = "") -> String {
    let props = (style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? "") + pPr
    return "<w:p>" + (props.isEmpty ? "" : "<w:pPr>\(props)</w:pPr>") + texts.map { "<w:r><w:t xml:space=\"preserve\">\($0)</w:t></w:r>" }.joined() + "</w:p>"
}

/// A paragraph of one run at a font size (half-points), centred unless told otherwise, as
/// covers and front matter set their lines.
func sizedLine(_ text: String, size: Int, centred: Bool = true, bold: Bool = false) -> String {
    let pPr = centred ? "<w:pPr><w:jc w:val=\"center\"/></w:pPr>" : ""
    return "<w:p>\(pPr)<w:r><w:rPr>\(bold ? "<w:b/>" : "")<w:sz w:val=\"\(size)\"/></w:rPr><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
}

/// A line of a table of contents: its text, a tab and the page number, optionally in a
/// style and linked to a bookmark.
func contentsLine(_ text: String, page: Int, style: String? = nil, anchor: String? = nil) -> String {
    let runs = "<w:r><w:t>\(text)</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>\(page)</w:t></w:r>"
    let content = anchor.map { "<w:hyperlink w:anchor=\"\($0)\">\(runs)</w:hyperlink>" } ?? runs
    return "<w:p>" + (style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? "") + content + "</w:p>"
}

func paragraphs(_ doc: Document) -> [Paragraph] {
    doc.blocks.compactMap { if case .paragraph(let p) = $0 { return p } else { return nil } }
}

func texts(_ doc: Document) -> [String] { paragraphs(doc).map(\.content.plainText) }

/// A parsed XML part, for the part readers' own tests.
func xml(_ s: String) throws -> XMLElement {
    let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    let text = s.replacingOccurrences(of: "<w:styles>", with: "<w:styles \(w)>").replacingOccurrences(of: "<w:numbering>", with: "<w:numbering \(w)>")
    return try XMLParser.parse(Array(text.utf8), part: "test.xml").root
}

/// Chinese Word's heading styles: styleId 1, 2, 3 named "heading 1" …, Title as a3.
let chineseStyles = """
    <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="3"><w:name w:val="heading 3"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/></w:style>
    <w:style w:type="paragraph" w:styleId="10"><w:name w:val="标题 1"/><w:basedOn w:val="a"/></w:style>
    <w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="My Heading"/><w:basedOn w:val="2"/></w:style>
    <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
    """
