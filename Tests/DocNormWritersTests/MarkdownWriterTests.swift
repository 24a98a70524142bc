import DocNormModel
@testable import DocNormWriters
import DocNormTestSupport
import Foundation
import Testing

/// The Markdown read back by cmark-gfm, the reference CommonMark + GFM parser.
func commonMarkHTML(_ markdown: String) throws -> String? {
    guard let cmark = TestSupport.which("cmark-gfm") else { return nil }
    let r = try TestSupport.run(cmark, ["-e", "table", "-e", "strikethrough", "-e", "footnotes", "--unsafe"], stdin: Data(markdown.utf8))
    #expect(r.status == 0)
    return r.stdout
}

func expectRoundTrip(_ doc: Document, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let md = MarkdownWriter().write(doc)
    guard let html = try commonMarkHTML(md) else {
        Issue.record("cmark-gfm is not installed (make test-deps installs it)", sourceLocation: sourceLocation)
        return
    }
    let expected = BlockStructure.lines(of: doc) { MarkdownWriter().nativeMarkers($0) != nil }
    let actual = BlockStructure.lines(ofHTML: html)
    #expect(actual == expected, "Markdown:\n\(md)", sourceLocation: sourceLocation)
}

func paragraphDoc(_ content: [Inline]) -> Document {
    Document(blocks: [.paragraph(Paragraph(content: content))])
}

@Suite struct MarkdownWriterTests {
    @Test(arguments: ["1. 不是列表", "1) 不是列表", "- 不是列表", "+ 不是列表", "* 不是列表", "# 不是标题", "> 不是引用",
                      "=== ", "---", "    不是代码", "<div>不是HTML</div>", "*不是强调*", "[不是](链接)", "`不是代码`",
                      "&amp; 不是实体", "***", "2022年，正文", "1.1本协议期限36个月", "87.5分", "3)\t不是列表", "12.", "\\反斜杠", "~~不是删除线~~", "| a | b |", "![不是图片](x.png)"])
    func paragraphsStayParagraphs(text: String) throws {
        try expectRoundTrip(paragraphDoc([.text(text)]))
    }

    @Test func boldNextToCJKPunctuationParses() throws {
        let doc = paragraphDoc([.strong([.text("（一）加强理论学习。")]), .text("全年组织学习12次。")])
        let md = MarkdownWriter().write(doc)
        #expect(md == "**（一）加强理论学习**。全年组织学习12次。\n")
        try expectRoundTrip(doc)
        let html = try commonMarkHTML(md) ?? ""
        #expect(html.contains("<strong>（一）加强理论学习</strong>"))
    }

    @Test(arguments: [
        [Inline.text("前文"), .strong([.text("（一）加强")]), .text("后文")],
        [.text("前文"), .emphasis([.text("“引号”")]), .text("后文")],
        [.strong([.text(" 空格 ")]), .text("后")],
        [.strong([.text("。")]), .text("全")],
        [.strong([.text("甲")]), .emphasis([.text("乙")]), .text("丙")],
        [.strong([.text("甲")]), .strong([.text("乙")])],
        [.text("a"), .strikethrough([.text("（删）")]), .text("b")],
        [.link(url: "http://example.org/a b", content: [.text("链接")]), .text("后")],
        [.text("上"), .lineBreak, .text("1. 下")],
    ])
    func emphasisParsesWhateverTheNeighbours(content: [Inline]) throws {
        try expectRoundTrip(paragraphDoc(content))
    }

    @Test func italicInsideBoldIsMarkdownNotHTML() throws {
        let whole = paragraphDoc([.strong([.emphasis([.text("Why ONLYOFFICE?")])])])
        #expect(MarkdownWriter().write(whole) == "**_Why ONLYOFFICE?_**\n")
        try expectRoundTrip(whole)
        // A letter right after the italic would keep `_` from closing: HTML there.
        let before = paragraphDoc([.strong([.emphasis([.text("斜")]), .text("中")])])
        #expect(MarkdownWriter().write(before) == "**<em>斜</em>中**\n")
        try expectRoundTrip(before)
        // Bold inside bold is one bold.
        #expect([Inline.strong([.strong([.text("BACKGROUND")]), .text(" REPORT")])].pruned() == [.strong([.text("BACKGROUND REPORT")])])
        #expect([Inline.emphasis([.text("a"), .emphasis([.text("b")])])].pruned() == [.emphasis([.text("ab")])])
    }

    @Test func headingsCarryLabelsAndLevels() {
        var doc = Document()
        doc.blocks = [
            .heading(Heading(level: 1, content: [.text("报告")])),
            .heading(Heading(level: 2, label: NumberingLabel(original: "一、", rank: .chineseNumber, number: 1,
                                                                  form: LabelForm(numerals: .chinese, suffix: "、")), content: [.text("成效 #")])),
        ]
        #expect(MarkdownWriter().write(doc) == "# 报告\n\n## 一、成效 \\#\n")
    }

    @Test func orderedListsUseNativeMarkersForArabicLabels() throws {
        let form = LabelForm(numerals: .arabic, suffix: ".")
        let items = (1...2).map { n in
            ListItem(label: NumberingLabel(original: "\(n).", rank: .arabic, number: n, form: form), blocks: [.paragraph(Paragraph(content: [.text("第\(n)项；")]))])
        }
        let doc = Document(blocks: [.list(ListBlock(ordered: true, items: items))])
        #expect(MarkdownWriter().write(doc) == "1. 第1项；\n2. 第2项；\n")
        try expectRoundTrip(doc)
    }

    @Test func numbersARendererWouldRecountAreWrittenInTheText() throws {
        // 招标文件 (real): a typed `1.` then `3.`; a renderer counts on from the first number
        // and would show 2. Leading zeros (`01.`) it drops.
        let form = LabelForm(numerals: .arabic, suffix: ".")
        func list(_ shown: [String]) -> Document {
            let items = shown.enumerated().map { k, s in
                ListItem(label: NumberingLabel(original: s, rank: .arabic, number: k + 1, form: form), blocks: [.paragraph(Paragraph(content: [.text("第\(k + 1)项；")]))])
            }
            return Document(blocks: [.list(ListBlock(ordered: true, items: items))])
        }
        #expect(MarkdownWriter().write(list(["1.", "3.", "4."])) == "- 1.第1项；\n- 3.第2项；\n- 4.第3项；\n")
        #expect(MarkdownWriter().write(list(["01.", "02."])) == "- 01.第1项；\n- 02.第2项；\n")
        #expect(MarkdownWriter().write(list(["3.", "4."])) == "3. 第1项；\n4. 第2项；\n")
        try expectRoundTrip(list(["1.", "3.", "4."]))
    }

    @Test func aNumberInTheItemTextOpensNoListInside() throws {
        // POI's ComplexNumberedLists: Word's `1.` `2.` then `1.` again (restarted) and `10.`;
        // `- 1. Entry #1` would be a bullet holding an ordered list of its own.
        let form = LabelForm(numerals: .decimalOutline, suffix: ".")
        let items = [(1, "Entry #1"), (2, "Entry #2"), (1, "Restarted to 1"), (10, "Jump to new list at 10")].map { n, text in
            var label = NumberingLabel(original: "\(n).", rank: .western(depth: 1), number: n, form: form, automatic: true)
            label.separated = true
            return ListItem(label: label, blocks: [.paragraph(Paragraph(content: [.text(text)]))])
        }
        let doc = Document(blocks: [.list(ListBlock(ordered: true, items: items))])
        #expect(MarkdownWriter().write(doc) == "- 1\\. Entry #1\n- 2\\. Entry #2\n- 1\\. Restarted to 1\n- 10\\. Jump to new list at 10\n")
        try expectRoundTrip(doc)
    }

    @Test func aFormsBoxToTickIsATaskListItem() throws {
        // 招标文件 (real): `请在选择项中打"√"` over `□提请上海仲裁委员会仲裁。` / `□向法院提起诉讼。`.
        let box = NumberingLabel(original: "□", rank: .bullet, number: 1, form: LabelForm(numerals: .bullet("□")))
        let items = ["提请上海仲裁委员会仲裁。", "向法院提起诉讼。"].map { ListItem(label: box, blocks: [.paragraph(Paragraph(content: [.text($0)]))]) }
        let doc = Document(blocks: [.list(ListBlock(ordered: false, items: items))])
        #expect(MarkdownWriter().write(doc) == "- [ ] 提请上海仲裁委员会仲裁。\n- [ ] 向法院提起诉讼。\n")
        #expect(HTMLWriter(options: WriterOptions(fragment: true)).write(doc).contains("<li><input type=\"checkbox\" disabled> 提请上海仲裁委员会仲裁。</li>"))
    }

    @Test func otherLabelsAreWrittenInTheItemText() throws {
        let form = LabelForm(numerals: .arabic, prefix: "（", suffix: "）")
        let items = (1...2).map { n in
            ListItem(label: NumberingLabel(original: "（\(n)）", rank: .parenthesizedArabic, number: n, form: form), blocks: [.paragraph(Paragraph(content: [.text("第\(n)项；")]))])
        }
        let doc = Document(blocks: [.list(ListBlock(ordered: true, items: items))])
        #expect(MarkdownWriter().write(doc) == "- （1）第1项；\n- （2）第2项；\n")
        try expectRoundTrip(doc)
    }

    @Test func aLineBreakOnOneLineIsNoSpaceBetweenCJK() {
        // 公文样例 (real): the title broken after 暑期 by a line break; a search for 暑期新时代 found nothing.
        let title = Document(blocks: [.heading(Heading(level: 1, content: [.text("关于做好2026年暑期"), .lineBreak, .text("新时代文明实践工作的通知")])),
                                      .heading(Heading(level: 2, content: [.text("Annual"), .lineBreak, .text("Report")]))])
        #expect(MarkdownWriter().write(title) == "# 关于做好2026年暑期新时代文明实践工作的通知\n\n## Annual Report\n")
        #expect(TextWriter().write(title) == "关于做好2026年暑期新时代文明实践工作的通知\nAnnual Report\n")
    }

    @Test func aListInAnHTMLCellIsNeverNumberedTwice() {
        // 上海太平 (real): numbered paragraphs `6.` `7.` in a merged cell; GitHub drops the style
        // that hid an <ol>'s own numbers and showed `1. 6. 上海太平康复医院简介`.
        let form = LabelForm(numerals: .arabic, suffix: ".")
        let items = [6, 7].map { n in
            ListItem(label: NumberingLabel(original: "\(n).", rank: .arabic, number: n, form: form), blocks: [.paragraph(Paragraph(content: [.text("第\(n)项")]))])
        }
        let cell = TableCell(blocks: [.list(ListBlock(ordered: true, items: items))], columnSpan: 2)
        let md = MarkdownWriter().write(Document(blocks: [.table(Table(rows: [TableRow(cells: [cell])]))]))
        #expect(md.contains("<ul class=\"labeled\" style=\"list-style:none\">") && !md.contains("<ol"), "\(md)")
        #expect(md.contains("<span class=\"label\">6.</span>第6项"), "\(md)")
        // An HTML page and fragment keep their ordered lists.
        #expect(HTMLWriter(options: WriterOptions(fragment: true)).write(Document(blocks: [.list(ListBlock(ordered: true, items: items))])).contains("<ol class=\"labeled\""))
    }

    @Test func simpleTablesAreGFMAndOthersHTML() {
        let cell = { (s: String) in TableCell(blocks: [.paragraph(Paragraph(content: [.text(s)]))]) }
        let simple = Table(rows: [TableRow(cells: [cell("项目"), cell("数量")]), TableRow(cells: [cell("a|b"), cell("2")])])
        #expect(MarkdownWriter().write(Document(blocks: [.table(simple)])) == "| 项目 | 数量 |\n| --- | --- |\n| a\\|b | 2 |\n")
        var spanned = simple
        spanned.rows[0].cells[0].columnSpan = 2
        spanned.rows[0].cells.removeLast()
        #expect(MarkdownWriter().write(Document(blocks: [.table(spanned)])).contains("<td colspan=\"2\">项目</td>"))
    }

    @Test func footnotesAndFrontMatter() {
        var doc = Document(metadata: Metadata(title: "报告", author: "张三"))
        doc.blocks = [.paragraph(Paragraph(content: [.text("正文"), .noteReference("n7")]))]
        doc.notes = [Note(id: "n7", blocks: [.paragraph(Paragraph(content: [.text("注释。")]))])]
        let md = MarkdownWriter(options: WriterOptions(frontMatter: true)).write(doc)
        #expect(md == "---\ntitle: \"报告\"\nauthor: \"张三\"\n---\n\n正文[^1]\n\n[^1]: 注释。\n")
    }
}

/// Large documents are written in pieces of about a megabyte; the pieces make exactly the
/// whole output, and no piece splits a line.
@Suite struct StreamingOutputTests {
    static let document: Document = {
        let line = String(repeating: "全年组织专题学习，推动工作落实。", count: 20)
        return Document(blocks: (0..<3000).map { k in .paragraph(Paragraph(content: [.text("\(k) \(line)")])) })
    }()

    @Test(arguments: ["text", "markdown"])
    func piecesMakeTheWholeOutput(format: String) throws {
        let writer: any DocumentWriter = format == "text" ? TextWriter() : MarkdownWriter()
        var pieces: [String] = []
        writer.write(Self.document) { pieces.append($0) }
        #expect(pieces.count >= 3)
        #expect(pieces.dropLast().allSatisfy { $0.utf8.count >= 1 << 20 && $0.utf8.count < (1 << 20) + 2000 })
        let whole = pieces.joined()
        let separator = format == "text" ? "\n" : "\n\n"
        let expected = (0..<3000).map { "\($0) " + String(repeating: "全年组织专题学习，推动工作落实。", count: 20) }
            .joined(separator: separator) + "\n"
        #expect(whole == expected)
        #expect(pieces.allSatisfy { $0.hasSuffix("\n") || format == "markdown" })
        #expect(writer.write(Self.document) == expected)
    }

    @Test(arguments: [false, true])
    func htmlPiecesMakeTheWholePage(fragment: Bool) throws {
        let writer = HTMLWriter(options: WriterOptions(fragment: fragment))
        var pieces: [String] = []
        writer.write(Self.document) { pieces.append($0) }
        #expect(pieces.count >= 3)
        #expect(pieces.dropLast().allSatisfy { $0.utf8.count >= 1 << 20 && $0.utf8.count < (1 << 20) + 2000 })
        let whole = pieces.joined()
        let body = (0..<3000).map { "<p>\($0) " + String(repeating: "全年组织专题学习，推动工作落实。", count: 20) + "</p>\n" }.joined()
        if fragment {
            #expect(whole == body)
        } else {
            #expect(whole.hasPrefix("<!DOCTYPE html>\n<html lang=\"und\">\n<head>\n"))
            #expect(whole.hasSuffix("<body>\n" + body + "</body>\n</html>\n"))
        }
        #expect(writer.write(Self.document) == whole)
    }

    @Test func jsonPiecesMakeTheWholeDocument() throws {
        var document = Self.document
        document.notes = [Note(id: "footnote-1", blocks: [.paragraph(Paragraph(content: [.text("注")]))])]
        document.warnings = [Warning(code: "a", message: "一"), Warning(code: "b", message: "二", position: .line(3))]
        var pieces: [String] = []
        JSONWriter().write(document) { pieces.append($0) }
        #expect(pieces.count >= 3)
        #expect(pieces.dropLast().allSatisfy { $0.utf8.count >= 1 << 20 && $0.utf8.count < (1 << 20) + 3000 })
        let whole = pieces.joined()
        #expect(JSONWriter().write(document) == whole)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(whole.utf8)) as? [String: Any])
        let blocks = try #require(root["blocks"] as? [[String: Any]])
        #expect(blocks.count == 3000)
        #expect(blocks.last?["text"] as? String == "2999 " + String(repeating: "全年组织专题学习，推动工作落实。", count: 20))
        #expect((root["warnings"] as? [[String: Any]])?.map { $0["message"] as? String } == ["一", "二"])
        #expect((root["notes"] as? [[String: Any]])?.first?["id"] as? String == "footnote-1")
    }

    @Test func emptyDocumentAsJSON() {
        #expect(JSONWriter().write(Document()) == """
            {
              "schemaVersion": 1,
              "title": null,
              "metadata": {},
              "warnings": [],
              "blocks": [],
              "notes": []
            }

            """)
    }

    /// A table's rows are made and written one at a time: a large table is spread over pieces.
    @Test func jsonTableRowsAreWrittenOneByOne() throws {
        func cell(_ s: String) -> TableCell { TableCell(blocks: [.paragraph(Paragraph(content: [.text(s)]))]) }
        let line = String(repeating: "全年组织专题学习，推动工作落实。", count: 10)
        let large = Document(blocks: [.table(Table(rows: (0..<6000).map { TableRow(cells: [cell("\($0)"), cell(line)]) }))])
        var pieces: [String] = []
        JSONWriter().write(large) { pieces.append($0) }
        #expect(pieces.count >= 3)
        #expect(pieces.dropLast().allSatisfy { $0.utf8.count < (1 << 20) + 3000 })
        let root = try #require(try JSONSerialization.jsonObject(with: Data(pieces.joined().utf8)) as? [String: Any])
        let rows = try #require((root["blocks"] as? [[String: Any]])?.first?["rows"] as? [[String: Any]])
        #expect(rows.count == 6000)
        #expect(((rows.last?["cells"] as? [[String: Any]])?.first?["text"] as? String) == "5999")

        let small = Document(blocks: [.table(Table(rows: [
            TableRow(cells: [TableCell(blocks: [.paragraph(Paragraph(content: [.text("甲")]))], rowSpan: 2), cell("乙")], isHeader: true),
            TableRow(cells: [cell("丙")]),
        ], position: .paragraph(1)))])
        #expect(JSONWriter().write(small) == """
            {
              "schemaVersion": 1,
              "title": null,
              "metadata": {},
              "warnings": [],
              "blocks": [
                {
                  "type": "table",
                  "rows": [
                    {
                      "header": true,
                      "cells": [
                        {
                          "text": "甲",
                          "colspan": 1,
                          "rowspan": 2,
                          "blocks": [
                            {
                              "type": "paragraph",
                              "text": "甲",
                              "path": [],
                              "position": null
                            }
                          ]
                        },
                        {
                          "text": "乙",
                          "colspan": 1,
                          "rowspan": 1,
                          "blocks": [
                            {
                              "type": "paragraph",
                              "text": "乙",
                              "path": [],
                              "position": null
                            }
                          ]
                        }
                      ]
                    },
                    {
                      "header": false,
                      "cells": [
                        {
                          "text": "丙",
                          "colspan": 1,
                          "rowspan": 1,
                          "blocks": [
                            {
                              "type": "paragraph",
                              "text": "丙",
                              "path": [],
                              "position": null
                            }
                          ]
                        }
                      ]
                    }
                  ],
                  "path": [],
                  "position": {"paragraph": 1}
                }
              ],
              "notes": []
            }

            """)
    }
}
