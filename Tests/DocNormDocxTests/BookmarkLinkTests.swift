import DocNorm
@testable import DocNormReaders
import DocNormTestSupport
import Foundation
import Testing

/// Internal links (`w:hyperlink w:anchor`) lead where their bookmark is in every output: to a
/// heading's anchor, or to an anchor placed where a bookmarked paragraph is (a thesis's `[1]`
/// to its reference entry, real: HIT's 硕士论文). A link to no bookmark keeps its text.
@Suite struct BookmarkLinkTests {
    func link(_ anchor: String, _ text: String) -> String {
        "<w:hyperlink w:anchor=\"\(anchor)\"><w:r><w:t>\(text)</w:t></w:r></w:hyperlink>"
    }
    func bookmark(_ name: String, id: Int) -> String {
        "<w:bookmarkStart w:id=\"\(id)\" w:name=\"\(name)\"/><w:bookmarkEnd w:id=\"\(id)\"/>"
    }

    var body: String {
        p("报告") + "<w:p><w:r><w:t xml:space=\"preserve\">熊彼特</w:t></w:r>" + link("ref_1", "[1]")
            + "<w:r><w:t xml:space=\"preserve\">认为，见</w:t></w:r>" + link("_Toc5", "第一章") + link("gone", "别处") + "</w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"1\"/></w:pPr>" + bookmark("_Toc5", id: 5) + "<w:r><w:t>第一章 总则</w:t></w:r></w:p>"
            + p("正文。") + p("参考文献", style: "1") + bookmark("ref_1", id: 1) + p("[1] 熊彼特. 资本主义、社会主义与民主[M]. 1942.")
            + "<w:p>" + bookmark("ref_2", id: 2) + bookmark("_GoBack", id: 0) + "<w:r><w:t>[2] 无人引用的文献[J]. 2005.</w:t></w:r></w:p>"
    }

    @Test func theReaderKeepsEachParagraphsBookmarks() throws {
        let doc = try readDocx(body, styles: chineseStyles)
        let marks = doc.blocks.compactMap { b -> [String]? in if case .paragraph(let p) = b { p.hints.bookmarks } else { nil } }
        // One between paragraphs marks the next; Word's `_GoBack` is no bookmark to keep.
        #expect(marks == [[], [], ["_Toc5"], [], [], ["ref_1"], ["ref_2"]])
    }

    @Test func linksLeadToTheHeadingOrTheParagraph() throws {
        let doc = try convertDocx(body, styles: chineseStyles)
        let md = Converter().render(doc, as: .markdown)
        #expect(md.contains("熊彼特[\\[1\\]](#ref_1)认为，见[第一章](#第一章-总则)别处"), "\(md)")
        #expect(md.contains("## 第一章 总则\n") && md.contains("<a id=\"ref_1\"></a>\\[1\\] 熊彼特"), "\(md)")
        // Nothing links to `ref_2`: no anchor for it.
        #expect(!md.contains("ref_2") && !md.contains("_Toc5") && !md.contains("gone"), "\(md)")
        let html = Converter().render(doc, as: .html)
        #expect(html.contains("<h2 id=\"第一章-总则\">") && html.contains("<a href=\"#第一章-总则\">第一章</a>"), "\(html)")
        #expect(html.contains("<p><a id=\"ref_1\"></a>[1] 熊彼特") && html.contains("<a href=\"#ref_1\">[1]</a>"), "\(html)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(Converter().render(doc, as: .json).utf8)) as? [String: Any])
        let blocks = try #require(json["blocks"] as? [[String: Any]])
        #expect(blocks.contains { $0["anchor"] as? String == "第一章-总则" })
        #expect(blocks.contains { ($0["anchors"] as? [String]) == ["ref_1"] })
        // Text has no links: the words stay.
        #expect(Converter().render(doc, as: .text).contains("熊彼特[1]认为，见第一章别处"))
    }

    @Test func aBookmarkedListItemKeepsItsAnchor() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="[%1]"/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """
        let item = { (name: String, text: String) in
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>" + self.bookmark(name, id: 9) + "<w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        let body = p("报告") + "<w:p><w:r><w:t>见</w:t></w:r>" + link("ref_2", "[2]") + "</w:p>" + item("ref_1", "甲文献。") + item("ref_2", "乙文献。")
        let doc = try convertDocx(body, styles: chineseStyles, numbering: numbering)
        let md = Converter().render(doc, as: .markdown)
        #expect(md.contains("<a id=\"ref_2\"></a>") && !md.contains("<a id=\"ref_1\">") && md.contains("](#ref_2)"), "\(md)")
        // A copy written as .docx has the bookmark its link needs.
        let copy = try DocxReader().read(Converter().output(doc, as: .docx))
        let copied = Converter().render(Normalizer().normalize(copy), as: .markdown)
        #expect(copied.contains("<a id=\"ref_2\"></a>") && copied.contains("](#ref_2)"), "\(copied)")
    }
}
