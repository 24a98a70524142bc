import DocNorm
@testable import DocNormReaders
import DocNormTestSupport
import Testing

@Suite struct RunTests {
    @Test func textSplitOverRunsAndWrappersReadsAsOne() throws {
        let body = """
            <w:p><w:r><w:t>（</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>一</w:t></w:r><w:bookmarkStart w:id="0" w:name="x"/>
            <w:smartTag w:uri="u" w:element="e"><w:r><w:t>）加强</w:t></w:r></w:smartTag><w:bookmarkEnd w:id="0"/>
            <w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>理论</w:t></w:r></w:sdtContent></w:sdt>
            <w:customXml w:element="c"><w:r><w:t>学习</w:t></w:r></w:customXml></w:p>
            """
        #expect(texts(try readDocx(body)) == ["（一）加强理论学习"])
    }

    @Test func formattingBecomesInlinesAndEqualRunsMerge() throws {
        let body = """
            <w:p><w:r><w:rPr><w:b/></w:rPr><w:t>粗</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>体</w:t></w:r>
            <w:r><w:rPr><w:i/></w:rPr><w:t>斜</w:t></w:r><w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t>下</w:t></w:r>
            <w:r><w:rPr><w:strike/></w:rPr><w:t>删</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>2</w:t></w:r>
            <w:r><w:rPr><w:vertAlign w:val="subscript"/></w:rPr><w:t>x</w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>常</w:t></w:r>
            <w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>强</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r></w:p>
            """
        let doc = try readDocx(body, styles: chineseStyles)
        #expect(paragraphs(doc)[0].content == [
            .strong([.text("粗体")]), .emphasis([.text("斜")]), .underline([.text("下")]), .strikethrough([.text("删")]),
            .superscript([.text("2")]), .subscript([.text("x")]), .text("常"), .strong([.text("强")]),
        ])
    }

    @Test func specialCharacters() throws {
        let body = """
            <w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>d</w:t><w:br w:type="page"/>
            <w:noBreakHyphen/><w:softHyphen/><w:sym w:font="Wingdings" w:char="F0FC"/><w:t>e</w:t></w:r></w:p>
            """
        #expect(paragraphs(try readDocx(body))[0].content == [.text("a\tb"), .lineBreak, .text("c"), .lineBreak, .text("d\u{2011}\u{00AD}✓e")])
    }

    @Test func trackedChangesKeepInsertionsOnly() throws {
        let body = """
            <w:p><w:r><w:t>保留</w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t>插入</w:t></w:r></w:ins>
            <w:del w:id="2" w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del>
            <w:moveFrom w:id="3"><w:r><w:t>移出</w:t></w:r></w:moveFrom><w:moveTo w:id="4"><w:r><w:t>移入</w:t></w:r></w:moveTo></w:p>
            """
        #expect(texts(try readDocx(body)) == ["保留插入移入"])
    }

    @Test func hyperlinksExternalAndInternal() throws {
        let rels = "<Relationship Id=\"rL\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"https://example.org/a\" TargetMode=\"External\"/>"
        let body = """
            <w:p><w:hyperlink r:id="rL"><w:r><w:t>外部</w:t></w:r></w:hyperlink><w:hyperlink w:anchor="sec2"><w:r><w:t>内部</w:t></w:r></w:hyperlink></w:p>
            """
        #expect(paragraphs(try readDocx(body, rels: rels))[0].content == [
            .link(url: "https://example.org/a", content: [.text("外部")]), .link(url: "#sec2", content: [.text("内部")]),
        ])
    }

    @Test func fieldsKeepTheResultAndDropTheInstruction() throws {
        let body = """
            <w:p><w:r><w:t>第</w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple><w:r><w:t>页，</w:t></w:r>
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/b" \\o "tip" </w:instrText></w:r>
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>链接</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF x </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>
            <w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>
            <w:r><w:t>，见上</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
            <w:fldSimple w:instr="HYPERLINK \\l &quot;top&quot;"><w:r><w:t>回顶部</w:t></w:r></w:fldSimple></w:p>
            """
        #expect(paragraphs(try readDocx(body))[0].content == [
            .text("第3页，"), .link(url: "https://example.org/b", content: [.text("链接")]), .text("，见上"),
            .link(url: "#top", content: [.text("回顶部")]),
        ])
    }

    @Test func equationsAreReadAsMath() throws {
        let body = "<w:p><w:r><w:t>面积 </w:t></w:r><m:oMath><m:r><m:t>S=πr</m:t></m:r></m:oMath></w:p>"
        let doc = try readDocx(body)
        #expect(texts(doc) == ["面积 S=πr"])
        #expect(!doc.warnings.contains { $0.code == "equation" })
    }

    @Test func unknownElementsAreReportedNotFatal() throws {
        let body = "<w:p><w:r><w:t>文字</w:t><w:frobnicate/></w:r></w:p><w:unheardOf/>"
        let doc = try readDocx(body)
        #expect(texts(doc) == ["文字"])
        #expect(doc.warnings.filter { $0.code == "unknown-element" }.map(\.message).sorted() ==
                ["element w:frobnicate is not understood and was skipped (1×)", "element w:unheardOf is not understood and was skipped (1×)"])
    }
}

@Suite struct ParagraphHintTests {
    /// The quick answer for a text that shows something is the characters' own.
    @Test(arguments: ["", " ", "\t\n", "\u{3000}", "\u{A0}x", "a", "~", "\u{7F}", "一", " a", "\u{1C}", "\r\n", "a\u{301}", "\u{2028}"])
    func aTextShowsSomethingWhenACharacterIsNotWhiteSpace(text: String) {
        #expect(BodyReader.showsText(text) == !text.allSatisfy(\.isWhitespace))
    }

    @Test func stylesOutlineLevelsAndNumberingBecomeHints() throws {
        let body = p("报告", style: "a3") + p("一级", style: "1") + p("大纲", pPr: "<w:outlineLvl w:val=\"1\"/>") +
            p("正文", pPr: "<w:outlineLvl w:val=\"9\"/>") + p("编号", pPr: "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr>")
        let ps = paragraphs(try readDocx(body, styles: chineseStyles, numbering: chineseNumbering))
        #expect(ps[0].hints.isTitle)
        #expect(ps[1].hints.styleHeadingLevel == 1 && ps[1].hints.outlineLevel == 1)
        #expect(ps[2].hints.outlineLevel == 2 && ps[2].hints.styleHeadingLevel == nil)
        #expect(ps[3].hints.outlineLevel == nil)
        #expect(ps[4].hints.automaticNumbering == AutomaticNumbering(listID: 1, level: 1, text: "（一）", format: "chineseCounting"))
        #expect(ps.map(\.position) == [.paragraph(1), .paragraph(2), .paragraph(3), .paragraph(4), .paragraph(5)])
    }

    @Test func numberingFromTheHeadingStyle() throws {
        let styles = chineseStyles.replacingOccurrences(of: "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr>",
                                                        with: "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"0\"/></w:pPr>")
            .replacingOccurrences(of: "<w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr>",
                                  with: "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"1\"/></w:pPr>")
        let body = p("工作成效", style: "1") + p("加强学习", style: "2") + p("改进作风", style: "2") + p("存在问题", style: "1")
        let ps = paragraphs(try readDocx(body, styles: styles, numbering: chineseNumbering))
        #expect(ps.map { $0.hints.automaticNumbering?.text } == ["一、", "（一）", "（二）", "二、"])
    }

    @Test func numIdZeroRemovesInheritedNumbering() throws {
        let styles = chineseStyles.replacingOccurrences(of: "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr>",
                                                        with: "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr>")
        let body = p("无编号", style: "1", pPr: "<w:numPr><w:numId w:val=\"0\"/></w:numPr>")
        #expect(paragraphs(try readDocx(body, styles: styles, numbering: chineseNumbering))[0].hints.automaticNumbering == nil)
    }

    @Test func theFirstParagraphOfAPageIsMarked() throws {
        let br = "<w:r><w:br w:type=\"page\"/></w:r>"
        let body = p("封面") + "<w:p>\(br)</w:p>" + p("一") + p("二")
            + "<w:p><w:r><w:t>三</w:t></w:r>\(br)</w:p>" + p("四")
            + "<w:p>\(br)<w:r><w:t>五</w:t></w:r></w:p>" + p("六", pPr: "<w:sectPr/>") + "<w:p/>" + p("七")
            + p("八", pPr: "<w:pageBreakBefore/>") + p("九", pPr: "<w:pageBreakBefore w:val=\"0\"/>")
            + "<w:p><w:r><w:t>十</w:t></w:r>\(br)<w:r><w:t>十一</w:t></w:r></w:p>" + p("十二")
            + "<w:tbl><w:tr><w:tc><w:p>\(br)</w:p></w:tc></w:tr></w:tbl>" + p("十三")
        let ps = paragraphs(try readDocx(body))
        let starts = ps.filter(\.hints.startsPage).map(\.content.plainText)
        // A break inside a paragraph's text starts no paragraph; a break in a table cell
        // starts its page inside the table, not after it.
        #expect(starts == ["一", "四", "五", "七", "八"], "\(starts)")
    }

    @Test func dropCapJoinsTheNextParagraph() throws {
        let body = p("D", pPr: "<w:framePr w:dropCap=\"drop\" w:lines=\"3\"/>") + p("rop cap.")
        #expect(texts(try readDocx(body)) == ["Drop cap."])
    }
}

@Suite struct TableTests {
    func cellTexts(_ t: Table) -> [[String]] {
        t.rows.map { $0.cells.map { $0.blocks.map { b -> String in if case .paragraph(let p) = b { return p.content.plainText }; return "table" }.joined(separator: "/") } }
    }

    @Test func spansAndMerges() throws {
        let body = """
            <w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
            <w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>\(p("甲"))</w:tc><w:tc>\(p("乙"))</w:tc></w:tr>
            <w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>\(p("丙"))</w:tc><w:tc>\(p("丁"))\(p("戊"))</w:tc><w:tc>\(p("己"))</w:tc></w:tr>
            <w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>\(p(""))</w:tc><w:tc>\(p("庚"))</w:tc><w:tc><w:tbl><w:tr><w:tc>\(p("内"))</w:tc></w:tr></w:tbl>\(p(""))</w:tc></w:tr>
            </w:tbl>
            """
        let doc = try readDocx(body)
        guard case .table(let t)? = doc.blocks.first else { Issue.record("no table"); return }
        #expect(t.rows[0].isHeader && !t.rows[1].isHeader)
        #expect(t.rows[0].cells.map(\.columnSpan) == [2, 1])
        #expect(t.rows[1].cells[0].rowSpan == 2)
        #expect(cellTexts(t) == [["甲", "乙"], ["丙", "丁/戊", "己"], ["庚", "table"]])
    }

    /// A merged cell's continuation is not read, but its paragraphs count: a paragraph after
    /// the table keeps Word's position (详细设计说明书's warnings named paragraphs 3 too early).
    @Test func positionsAfterMergedCellsCountTheirParagraphs() throws {
        let body = """
            <w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>\(p("甲"))</w:tc><w:tc>\(p("乙"))</w:tc></w:tr>
            <w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>\(p(""))\(p(""))</w:tc><w:tc>\(p("丙"))</w:tc></w:tr></w:tbl>\(p("后"))
            """
        let doc = try readDocx(body)
        guard case .paragraph(let after)? = doc.blocks.last else { Issue.record("no paragraph after the table"); return }
        #expect(after.content.plainText == "后")
        #expect(after.position == .paragraph(6))
    }

    /// The body stream hands a table over row by row; the result must be the table read whole
    /// (a DTD sends the part down the whole-part path).
    @Test func tablesStreamedRowByRowReadAsWholeTables() throws {
        let body = """
            \(p("前"))<w:tbl><w:tblPr><w:tblStyle w:val="T"/></w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>
            <w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>\(p("甲"))</w:tc><w:tc>\(p("乙"))</w:tc></w:tr>
            <w:sdt><w:sdtContent><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>\(p(""))</w:tc><w:tc>\(p("丙"))</w:tc></w:tr></w:sdtContent></w:sdt>
            <w:customXml><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>\(p(""))</w:tc><w:tc><w:tbl><w:tr><w:tc>\(p("内"))</w:tc></w:tr></w:tbl></w:tc></w:tr></w:customXml>
            </w:tbl><w:tbl/>\(p("后"))
            """
        let streamed = try readDocx(body)
        let parts = try ZipWriter.docxParts(body: body).map { entry -> (name: String, data: [UInt8]) in
            entry.name == "word/document.xml" ? (entry.name, Array("<!DOCTYPE w:document>".utf8) + entry.data.drop(while: { $0 != UInt8(ascii: ">") }).dropFirst()) : entry
        }
        let whole = try DocxReader().read(try ZipWriter.zip(parts))
        #expect(whole.warnings.contains { $0.message.contains("DTD") })
        #expect(streamed.blocks == whole.blocks)
        #expect(streamed.blocks.count == 4)
        guard case .table(let t)? = streamed.blocks.dropFirst().first else { Issue.record("no table"); return }
        #expect(t.rows[0].cells[0].rowSpan == 3)
        #expect(cellTexts(t) == [["甲", "乙"], ["丙"], ["table"]])
        guard case .table(let empty) = streamed.blocks[2] else { Issue.record("the empty table was lost"); return }
        #expect(empty.rows.isEmpty)
    }

    @Test func gridBeforeSkipsColumns() throws {
        let body = """
            <w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>\(p("a"))</w:tc><w:tc>\(p("b"))</w:tc></w:tr>
            <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc>\(p("c"))</w:tc></w:tr></w:tbl>
            """
        guard case .table(let t)? = try readDocx(body).blocks.first else { Issue.record("no table"); return }
        // The skipped column is an empty cell, so "c" stays under "b".
        #expect(cellTexts(t) == [["a", "b"], ["", "c"]])
        #expect(t.rows[0].cells[0].rowSpan == 1)
    }
}

@Suite struct PartsTests {
    let notes = """
        <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
        <w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 注释内容。</w:t></w:r></w:p></w:footnote>
        """

    @Test func footnotesBecomeNotes() throws {
        let body = "<w:p><w:r><w:t>这是正文。</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
        let doc = try convertDocx(body, footnotes: notes)
        #expect(paragraphs(doc).first?.content == [.text("这是正文。"), .noteReference("footnote-1")])
        #expect(doc.notes.count == 1)
        #expect(doc.notes.first?.blocks.first.map { b -> String in if case .paragraph(let p) = b { return p.content.plainText }; return "" } == "注释内容。")
        let md = MarkdownWriter().write(doc)
        #expect(md.contains("这是正文。[^1]") && md.contains("[^1]: 注释内容。"))
        #expect(HTMLWriter().write(doc).contains("<li id=\"fn-1\">"))
    }

    @Test func aNoteKeepsItsTextWithoutTheEmptyParagraphsAfterIt() throws {
        let padded = "<w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> See the paper.</w:t></w:r></w:p><w:p/><w:p><w:r><w:br/></w:r></w:p></w:footnote>"
        let body = "<w:p><w:r><w:t>Text</w:t></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r></w:p>"
        let doc = try convertDocx(body, footnotes: notes + padded)
        let note = try #require(doc.notes.first { $0.id == "footnote-2" })
        #expect(blockParagraphs(note.blocks).map(\.content.plainText) == ["See the paper."])
        #expect(!HTMLWriter().write(doc).contains("<p></p>"))
    }

    @Test func textBoxesInReadingOrderOneBranchOnly() throws {
        let box = "<w:txbxContent>\(p("框内文字"))</w:txbxContent>"
        let body = """
            <w:p><w:r><w:t>前</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="t"/>
            <a:graphic><a:graphicData><wps:wsp><wps:txbx>\(box)</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
            <mc:Fallback><w:pict><v:shape><v:textbox>\(box)</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>\(p("后"))
            """
        #expect(texts(try readDocx(body)) == ["前", "框内文字", "后"])
    }

    @Test func aChoiceWithoutTextGivesWayToTheFallbackThatHasIt() throws {
        // As open-xml-sdk/mcdoc: the choice's text box is in another part (wps:linkedTxbx).
        let body = """
            <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="t"/>
            <a:graphic><a:graphicData><wps:wsp><wps:linkedTxbx id="1" seq="0"/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
            <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>\(p("hello"))</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
            </mc:AlternateContent></w:r></w:p>
            """
        #expect(texts(try readDocx(body)).filter { !$0.isEmpty } == ["hello"])
    }

    @Test func theCorpusFileWithALinkedTextBoxKeepsItsText() throws {
        guard let shared = TestSupport.sharedDirectory else { return }
        let url = shared.appendingPathComponent("corpus/docx/open-xml-sdk/mcdoc.docx")
        let doc = try Converter().load(url)
        #expect(Converter().render(doc, as: .text).contains("hello"))
    }

    @Test func imagesArePlaceholdersWithAltTextOrExtracted() throws {
        let rels = "<Relationship Id=\"rI\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/image1.png\"/>"
        let body = """
            <w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="图片 1" descr="组织架构图"/><a:graphic><a:graphicData>
            <pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rI"/></pic:blipFill></pic:pic>
            </a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
            """
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]
        let plain = try readDocx(body, rels: rels)
        #expect(paragraphs(plain)[0].content == [.image(alt: "组织架构图", source: nil)])
        // The reader names an image by its part in the archive; where it goes on disk is not its business.
        let withMedia = try DocxReader(options: DocxReader.Options(extractMedia: true)).read(
            try ZipWriter.zip(try unpacked(body: body, rels: rels) + [("word/media/image1.png", png)]))
        #expect(paragraphs(withMedia)[0].content == [.image(alt: "组织架构图", source: "word/media/image1.png")])
        #expect(withMedia.media == [MediaFile(path: "word/media/image1.png", bytes: png)])
    }

    @Test func coreProperties() throws {
        let core = """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">
            <dc:title>年度报告</dc:title><dc:creator>张三</dc:creator><dcterms:created>2023-01-05T08:00:00Z</dcterms:created></cp:coreProperties>
            """
        let doc = try readDocx(p("正文。"), extra: [("docProps/core.xml", core)])
        #expect(doc.metadata.title == "年度报告")
        #expect(doc.metadata.author == "张三")
        #expect(doc.metadata.created == "2023-01-05T08:00:00Z")
    }

    @Test func commentsAndHeadersAreDroppedUnlessAsked() throws {
        let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        let rels = """
            <Relationship Id="rC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>
            <Relationship Id="rH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
            <Relationship Id="rF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
            """
        let extra = [
            ("word/comments.xml", "<w:comments \(w)><w:comment w:id=\"0\" w:author=\"李四\">\(p("请核实。"))</w:comment></w:comments>"),
            ("word/header1.xml", "<w:hdr \(w)>\(p("内部资料"))</w:hdr>"),
            ("word/footer1.xml", "<w:ftr \(w)>\(p("第 1 页"))</w:ftr>"),
        ]
        let body = "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>正文</w:t></w:r><w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>"
        let plain = try readDocx(body, rels: rels, extra: extra)
        #expect(texts(plain) == ["正文"])
        #expect(plain.notes.isEmpty)
        let all = try readDocx(body, rels: rels, extra: extra, options: DocxReader.Options(keepComments: true, keepHeadersFooters: true))
        #expect(texts(all) == ["内部资料", "正文", "第 1 页"])
        #expect(all.notes.map(\.kind) == [.comment])
        #expect(all.notes.first?.blocks.first.map { b -> String in if case .paragraph(let p) = b { return p.content.plainText }; return "" } == "李四: 请核实。")
    }
}

/// The parts of a minimal .docx, unzipped, for tests that add more entries.
func unpacked(body: String, rels: String) throws -> [(name: String, data: [UInt8])] {
    let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
    return [
        ("word/document.xml", Array("<w:document \(w)><w:body>\(body)</w:body></w:document>".utf8)),
        ("_rels/.rels", Array("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>".utf8)),
        ("word/_rels/document.xml.rels", Array("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>".utf8)),
    ]
}
