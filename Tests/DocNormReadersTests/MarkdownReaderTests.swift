import DocNorm
import DocNormModel
@testable import DocNormReaders
import DocNormTestSupport
import Testing

/// Markdown input, construct by construct, read through cmark-gfm.
@Suite struct MarkdownReaderTests {
    func read(_ md: String) -> Document { MarkdownReader().read(text: md) }
    func normalized(_ md: String) -> Document { Normalizer().normalize(read(md)) }
    func paragraph(_ b: Block?) -> Paragraph? { if case .paragraph(let p)? = b { return p } else { return nil } }

    @Test func headingsCarryTheirLevelLikeAHeadingStyle() throws {
        let doc = read("# 报告\n\n## 一、主要做法\n\n### （一）加强理论学习\n\n正文。\n\nSetext\n------\n")
        #expect(doc.metadata.sourceFormat == "markdown")
        let levels = doc.blocks.map { paragraph($0)?.hints.styleHeadingLevel }
        #expect(levels == [1, 2, 3, nil, 2])
        #expect(paragraph(doc.blocks[1])?.text == "一、主要做法")
        #expect(paragraph(doc.blocks[0])?.position == .line(1))
    }

    @Test func headingsAreNormalizedLikeAnyReport() {
        let doc = normalized("# 2022年述职报告\n\n## (一)加强理论学习\n\n正文。\n\n## 二、 改进作风\n\n正文。\n")
        #expect(Outline.render(doc) == "# 2022年述职报告\n## （一）加强理论学习\n## 二、改进作风\n")
        #expect(doc.metadata.title == "2022年述职报告")
    }

    @Test func aDocumentStartingAtLevelTwoHasNoTitle() {
        #expect(Outline.render(normalized("## Scope\n\nText.\n\n### Terms\n\nText.\n")) == "## Scope\n### Terms\n")
        #expect(normalized("## Scope\n\nText.\n").metadata.title == nil)
    }

    @Test func inlines() {
        let doc = read("Some *em*, **strong**, `code`, ~~gone~~, [a link](https://example.org \"t\") and ![a cat](cat.png).\nNext  \nline")
        let p = paragraph(doc.blocks.first)
        #expect(p?.content == [
            .text("Some "), .emphasis([.text("em")]), .text(", "), .strong([.text("strong")]), .text(", code, "),
            .strikethrough([.text("gone")]), .text(", "), .link(url: "https://example.org", content: [.text("a link")]),
            .text(" and "), .image(alt: "a cat", source: "cat.png"), .text(". Next"), .lineBreak, .text("line"),
        ])
    }

    @Test func aSoftBreakBetweenChineseCharactersIsNoSpace() {
        #expect(paragraph(read("第一行\n第二行 and\nmore").blocks.first)?.text == "第一行第二行 and more")
    }

    @Test func listsKeepTheirNumbersAsLabels() throws {
        let doc = read("3. three\n4. four\n   - nested\n\n- a\n- b\n\n1) paren\n\n- [ ] todo\n- [x] done\n")
        guard case .list(let ordered) = doc.blocks[0], case .list(let bullets) = doc.blocks[1],
              case .list(let paren) = doc.blocks[2], case .list(let tasks) = doc.blocks[3] else {
            Issue.record("not four lists: \(doc.blocks)"); return
        }
        #expect(ordered.ordered && ordered.items.map { $0.label?.display } == ["3.", "4."])
        #expect(ordered.items.map { $0.label?.number } == [3, 4])
        #expect(ordered.items[1].blocks.count == 2)
        if case .list(let nested) = ordered.items[1].blocks[1] { #expect(!nested.ordered && paragraph(nested.items[0].blocks.first)?.text == "nested") } else { Issue.record("no nested list") }
        #expect(!bullets.ordered && bullets.items.map { $0.label } == [nil, nil])
        #expect(paren.items.first?.label?.display == "1)")
        #expect(tasks.items.map { $0.label?.display } == ["☐", "☑"])
        // Written back, the numbers and boxes are the same.
        let md = Converter().render(normalized("3. three\n4. four\n\n- [x] done\n"), as: .markdown)
        #expect(md.contains("3. three\n4. four") && md.contains("- [x] done"))
    }

    @Test func blockQuotesCodeBlocksAndBreaks() throws {
        let doc = read("> quoted\n>\n> again\n\n```swift\nlet a = 1\n  indented\n```\n\n---\n\n> - in a list\n")
        #expect(paragraph(doc.blocks[0])?.hints.isQuote == true && paragraph(doc.blocks[1])?.hints.isQuote == true)
        let code = try #require(paragraph(doc.blocks[2]))
        #expect(code.hints.isPreformatted && code.content == [.text("let a = 1"), .lineBreak, .text("  indented")])
        #expect(doc.blocks[3] == .thematicBreak)
        if case .blockQuote(let inner) = doc.blocks[4], case .list = inner.first {} else { Issue.record("quote with a list: \(doc.blocks[4])") }
        // The rules group the quoted paragraphs into one quote.
        if case .blockQuote(let q) = normalized("正文。\n\n> quoted\n>\n> again\n").blocks.last { #expect(q.count == 2) } else { Issue.record("no quote") }
    }

    @Test func tables() throws {
        let doc = read("| 项目 | 金额 |\n| --- | ---: |\n| 建设 | **8000** |\n| 其他 |  |\n")
        guard case .table(let t) = doc.blocks.first else { Issue.record("no table"); return }
        #expect(t.rows.map(\.isHeader) == [true, false, false])
        #expect(t.rows[1].cells.map { paragraph($0.blocks.first)?.content } == [[.text("建设")], [.strong([.text("8000")])]])
        #expect(t.rows[2].cells[1].blocks.isEmpty)
    }

    @Test func htmlInsideMarkdownIsRead() throws {
        // docnorm writes a table with merged cells as HTML inside its Markdown.
        let doc = read("text\n\n<table>\n<tr><td colspan=\"2\">合并</td></tr>\n<tr><td>a</td><td>b</td></tr>\n</table>\n")
        guard case .table(let t) = doc.blocks.last else { Issue.record("no table: \(doc.blocks)"); return }
        #expect(t.rows[0].cells.first?.columnSpan == 2 && t.rows[1].cells.count == 2)
    }

    @Test func footnotes() {
        let doc = read("正文[^b]，又[^a]，再[^b]。\n\n[^a]: 注释甲。\n\n[^b]: 注释乙。\n\n[^unused]: 无人引用。\n")
        #expect(paragraph(doc.blocks.first)?.content == [.text("正文"), .noteReference("1"), .text("，又"), .noteReference("2"),
                                                          .text("，再"), .noteReference("1"), .text("。")])
        // cmark-gfm numbers notes by first reference and drops unreferenced ones.
        #expect(doc.notes.map(\.id) == ["1", "2"])
        #expect(doc.notes.map { paragraph($0.blocks.first)?.text } == ["注释乙。", "注释甲。"])
    }

    @Test func scriptLinksAreDroppedWithTheUnsafeLinkWarning() {
        let doc = read("[click](javascript:alert(1)) and <https://ok.example> and ![x](data:image/png;base64,AAAA)")
        let p = paragraph(doc.blocks.first)
        #expect(p?.content.first == .text("click and "))
        #expect(p?.content.contains(.link(url: "https://ok.example", content: [.text("https://ok.example")])) == true)
        #expect(p?.content.last == .image(alt: "x", source: nil))
        #expect(doc.warnings.map(\.code) == ["unsafe-link"])
        #expect(doc.warnings.first?.message.hasPrefix("a javascript: link was removed") == true)
    }

    @Test(arguments: [
        String(repeating: "> ", count: 10_000) + "深处",
        String(repeating: "- ", count: 10_000) + "深处",
        String(repeating: "*", count: 10_000) + "深处" + String(repeating: "*", count: 10_000),
        String(repeating: "[", count: 10_000) + "深处" + String(repeating: "](u)", count: 10_000),
    ])
    func deepNestingIsBoundedNotACrash(md: String) {
        let doc = read(md)
        let text = Converter().render(Normalizer().normalize(doc), as: .text)
        #expect(text.contains("深处"))
    }

    @Test func nestingBeyondTheBoundIsFlattenedWithAWarning() {
        let doc = read(String(repeating: "> ", count: 200) + "深处")
        #expect(doc.warnings.map(\.code) == ["deep-nesting"])
        var block = doc.blocks.first
        var depth = 0
        while case .blockQuote(let inner)? = block { block = inner.first; depth += 1 }
        #expect(depth > 10 && depth <= MarkupBlocks.maxDepth)
        #expect(paragraph(block)?.text == "深处")
    }

    @Test func encodingsAreDetectedAsForText() throws {
        let bytes = try #require(Encoding.gb18030("# 报告\n\n## 一、成效\n"))
        let doc = try MarkdownReader().read(bytes)
        #expect(doc.metadata.sourceEncoding == "GB18030" && paragraph(doc.blocks[1])?.text == "一、成效")
        #expect(throws: ReaderError.self) { try MarkdownReader().read([]) }
    }

    /// Code is the author's as written: no punctuation widened, no label read, no indentation
    /// trimmed, and it is code again in every output.
    @Test func codeBlocksPassThroughTheRulesUnchanged() {
        let md = "# 报告\n\n```\nprint(\"你好,世界\"); x = [1,2]\n   1. 缩进\n##paidend##\n```\n\n中文,标点\n"
        let doc = Normalizer().normalize(MarkdownReader().read(text: md))
        let code = "print(\"你好,世界\"); x = [1,2]\n   1. 缩进\n##paidend##"
        #expect(MarkdownWriter().write(doc).contains("```\n" + code + "\n```\n\n中文，标点"))
        #expect(HTMLWriter(options: WriterOptions(fragment: true)).write(doc).contains("<pre><code>print(&quot;你好,世界&quot;); x = [1,2]\n   1. 缩进\n##paidend##</code></pre>"))
        #expect(TextWriter().write(doc).contains(code + "\n中文，标点"))
        // A fence inside the code gets a longer fence around it.
        #expect(MarkdownWriter.codeBlock("a\n```\nb") == "````\na\n```\nb\n````")
    }
}
