import DocNorm
import DocNormModel
@testable import DocNormReaders
import Testing

/// HTML input, construct by construct, read through libxml2's HTML parser.
@Suite struct HTMLReaderTests {
    func read(_ html: String) -> Document { HTMLReader().read(text: html) }
    func paragraph(_ b: Block?) -> Paragraph? { if case .paragraph(let p)? = b { return p } else { return nil } }
    func texts(_ doc: Document) -> [String] { doc.blocks.compactMap { paragraph($0)?.text } }

    @Test func headingsAndTheTitle() {
        let doc = read("""
            <!DOCTYPE html><html><head><title> 述职
            报告 </title><style>h1{color:red}</style><script>alert("x")</script></head>
            <body><h1>述职报告</h1><h2><span class="label">一、</span>工作成效</h2><h3>（一）学习</h3>
            <h4>a</h4><h5>b</h5><h6>c</h6><p>正文。</p></body></html>
            """)
        #expect(doc.metadata.title == "述职 报告" && doc.metadata.sourceFormat == "html")
        #expect(doc.blocks.map { paragraph($0)?.hints.styleHeadingLevel } == [1, 2, 3, 4, 5, 6, nil])
        #expect(texts(doc) == ["述职报告", "一、工作成效", "（一）学习", "a", "b", "c", "正文。"])
        let outline = Outline.render(Normalizer().normalize(read("<title>述职报告</title><h1>述职报告</h1><h2>一、工作成效</h2><p>正文。</p><h2>二、问题</h2><p>正文。</p>")))
        #expect(outline == "# 述职报告\n## 一、工作成效\n## 二、问题\n")
    }

    /// The numbers a browser shows are the document's: letters stay letters, Roman stays Roman.
    @Test func orderedListTypesKeepTheirNumbers() {
        func labels(_ html: String) -> [String] {
            guard case .list(let l)? = read(html).blocks.first else { return [] }
            return l.items.map { $0.label?.original ?? "" }
        }
        #expect(labels("<ol type=\"a\"><li>甲</li><li>乙</li></ol>") == ["a.", "b."])
        #expect(labels("<ol type=\"I\" start=\"3\"><li>x</li><li>y</li></ol>") == ["III.", "IV."])
        #expect(labels("<ol type=\"i\"><li>x</li><li value=\"9\">y</li></ol>") == ["i.", "ix."])
        #expect(labels("<ol><li>x</li></ol>") == ["1."])
        let text = TextWriter().write(Normalizer().normalize(read("<ol type=\"A\"><li>x</li><li>y</li></ol>")))
        #expect(text == "A. x\nB. y\n")
    }

    @Test func inlinesAndWhiteSpace() {
        let doc = read("<p>Some  <em>em</em>, <i>i</i>, <strong>strong</strong>, <b>b</b>,\n <code>code</code>, <a href=\"https://example.org\">a link</a>, <img src=\"cat.png\" alt=\"a cat\"><br>next <a name=\"x\">anchor</a></p>")
        #expect(paragraph(doc.blocks.first)?.content == [
            .text("Some "), .emphasis([.text("em")]), .text(", "), .emphasis([.text("i")]), .text(", "), .strong([.text("strong")]),
            .text(", "), .strong([.text("b")]), .text(", code, "), .link(url: "https://example.org", content: [.text("a link")]),
            .text(", "), .image(alt: "a cat", source: "cat.png"), .lineBreak, .text("next anchor"),
        ])
    }

    @Test func textOutsideParagraphsIsAParagraph() {
        #expect(texts(read("<body>loose <b>text</b><div>in a div</div>after</body>")) == ["loose text", "in a div", "after"])
    }

    @Test func listsKeepTheirNumbers() throws {
        let doc = read("<ol start=\"3\"><li>three</li><li>four<ul><li>nested</li></ul></li><li value=\"9\">nine</li></ol><ul><li>a<li>b</ul>")
        guard case .list(let ordered) = doc.blocks[0], case .list(let bullets) = doc.blocks[1] else { Issue.record("\(doc.blocks)"); return }
        #expect(ordered.ordered && ordered.items.map { $0.label?.display } == ["3.", "4.", "9."])
        if case .list(let nested) = ordered.items[1].blocks.last { #expect(paragraph(nested.items[0].blocks.first)?.text == "nested") } else { Issue.record("no nested list") }
        #expect(!bullets.ordered && bullets.items.map { paragraph($0.blocks.first)?.text } == ["a", "b"])
        // docnorm's own labels (一、 （1）) are in the text, not counted again.
        let own = read("<ol class=\"labeled\"><li><span class=\"label\">（1）</span>第一项</li></ol>")
        if case .list(let l) = own.blocks.first { #expect(l.items[0].label == nil && paragraph(l.items[0].blocks.first)?.text == "（1）第一项") } else { Issue.record("no list") }
    }

    @Test func tablesWithSpansAndHeaders() throws {
        let doc = read("<table><thead><tr><th>项目</th><th>金额</th></tr></thead><tbody><tr><td colspan=\"2\">合并</td></tr><tr><td rowspan=99999999999>a</td><td colspan=x>b</td></tr></tbody></table>")
        guard case .table(let t) = doc.blocks.first else { Issue.record("no table"); return }
        #expect(t.rows.map(\.isHeader) == [true, false, false])
        #expect(t.rows[1].cells.map(\.columnSpan) == [2])
        #expect(t.rows[2].cells.map(\.rowSpan) == [65534, 1] && t.rows[2].cells.map(\.columnSpan) == [1, 1])
        #expect(paragraph(t.rows[0].cells[0].blocks.first)?.text == "项目")
    }

    @Test func quotesPreAndBreaks() throws {
        let doc = read("<blockquote><p>一</p><p>二</p></blockquote><pre>let a = 1\n  b</pre><hr><blockquote><ul><li>x</li></ul></blockquote>")
        #expect(paragraph(doc.blocks[0])?.hints.isQuote == true && paragraph(doc.blocks[1])?.hints.isQuote == true)
        let pre = try #require(paragraph(doc.blocks[2]))
        #expect(pre.hints.isPreformatted && pre.content == [.text("let a = 1"), .lineBreak, .text("  b")])
        #expect(doc.blocks[3] == .thematicBreak)
        if case .blockQuote(let inner) = doc.blocks[4], case .list = inner.first {} else { Issue.record("\(doc.blocks[4])") }
        let nested = read("<blockquote><p>外</p><blockquote><p>内</p></blockquote></blockquote>")
        if case .blockQuote(let outer) = nested.blocks.first, case .blockQuote(let inner) = outer.last {
            #expect(paragraph(outer.first)?.text == "外" && paragraph(inner.first)?.text == "内")
        } else { Issue.record("not nested: \(nested.blocks)") }
    }

    @Test func scriptsStylesAndTheHeadAreDropped() {
        let doc = read("<head><title>T</title><meta name=x content=y></head><body><script>document.write('x')</script><style>p{}</style><p>kept<script>bad()</script></p><noscript>no</noscript></body>")
        #expect(texts(doc) == ["kept"])
    }

    @Test func hostileMarkupIsRecovered() {
        let doc = read("<p>one<p>two <b>bold <i>both</p><h2>未闭合<p>after</div></span><table><tr><td>cell")
        #expect(texts(doc).prefix(3) == ["one", "two bold both", "未闭合"])
        #expect(doc.blocks.contains { if case .table = $0 { return true } else { return false } })
    }

    @Test func scriptLinksAreDroppedWithTheUnsafeLinkWarning() {
        let doc = read("<p><a href=\" JaVaScRiPt:alert(1)\">click</a> <a href=\"vbscript:x\">v</a> <a href=\"/ok\">ok</a></p>")
        #expect(paragraph(doc.blocks.first)?.content == [.text("click v "), .link(url: "/ok", content: [.text("ok")])])
        #expect(doc.warnings.map(\.code) == ["unsafe-link", "unsafe-link"])
        #expect(doc.warnings.first?.message.hasPrefix("a javascript: link was removed") == true)
    }

    @Test(arguments: ["div", "b", "blockquote", "ul", "table"])
    func tenThousandDeepNestingIsBounded(tag: String) {
        let inner = tag == "ul" ? "<ul><li>" : tag == "table" ? "<table><tr><td>" : "<\(tag)>"
        let html = "<p>之前。</p>" + String(repeating: inner, count: 10_000) + "深处"
        let doc = read(html)
        let text = Converter().render(Normalizer().normalize(doc), as: .text)
        #expect(text.hasPrefix("之前。\n") && text.contains("深处"))
        #expect(doc.warnings.map(\.code) == ["deep-nesting"])
    }

    @Test func encodingIsDetectedAsForText() throws {
        let doc = try HTMLReader().read(Array("<h1>报告</h1>".utf8))
        #expect(doc.metadata.sourceEncoding == "UTF-8" && texts(doc) == ["报告"])
        #expect(throws: ReaderError.self) { try HTMLReader().read([]) }
    }
}
