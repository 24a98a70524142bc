import DocNorm
@testable import DocNormReaders
import Testing

/// An element from an XML string, with the namespaces of a Word body declared.
func element(_ s: String) throws -> XMLElement {
    let ns = [("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
              ("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
              ("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
              ("a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
              ("pic", "http://schemas.openxmlformats.org/drawingml/2006/picture"),
              ("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006"),
              ("v", "urn:schemas-microsoft-com:vml"), ("o", "urn:schemas-microsoft-com:office:office"),
              ("m", "http://schemas.openxmlformats.org/officeDocument/2006/math")]
        .map { "xmlns:\($0.0)=\"\($0.1)\"" }.joined(separator: " ")
    let root = try XMLParser.parse(Array("<root \(ns)>\(s)</root>".utf8), part: "test.xml").root
    return root.elements[0]
}

/// A body reader over the given styles, numbering and relationships.
func bodyReader(styles: String = "", numbering: String = "", rels: [Relationship] = [],
                options: DocxReader.Options = DocxReader.Options()) throws -> BodyReader {
    BodyReader(styles: StylesPart(try xml("<w:styles>\(styles)</w:styles>")),
               numbering: NumberingPart(try xml("<w:numbering>\(numbering)</w:numbering>")),
               relationships: rels, part: "word/document.xml", options: options)
}

/// The blocks of a `w:body` fragment.
func readBlocks(_ body: String, reader: inout BodyReader) throws -> [Block] {
    reader.blocks(try element("<w:body>\(body)</w:body>"))
}

func blockParagraphs(_ blocks: [Block]) -> [Paragraph] {
    blocks.compactMap { if case .paragraph(let p) = $0 { return p } else { return nil } }
}

@Suite struct ParagraphReaderTests {
    @Test func styleAndOutlineLevelsAreHints() throws {
        var reader = try bodyReader(styles: chineseStyles)
        let ps = blockParagraphs(try readBlocks(p("总则", style: "1") + p("概述", pPr: "<w:outlineLvl w:val=\"1\"/>") + p("标题", style: "a3"), reader: &reader))
        #expect(ps.map(\.hints.styleHeadingLevel) == [1, nil, nil])
        #expect(ps.map(\.hints.outlineLevel) == [1, 2, nil])
        #expect(ps.map(\.hints.isTitle) == [false, false, true])
        #expect(ps.map(\.position) == [.paragraph(1), .paragraph(2), .paragraph(3)])
    }

    @Test func automaticNumberingIsCountedAndASectionBreakParagraphIsNot() throws {
        var reader = try bodyReader(styles: chineseStyles, numbering: chineseNumbering)
        let numbered = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
        let body = p("甲", pPr: numbered) + "<w:p><w:pPr>\(numbered)<w:sectPr/></w:pPr></w:p>" + p("乙", pPr: numbered)
        let labels = blockParagraphs(try readBlocks(body, reader: &reader)).map { $0.hints.automaticNumbering?.text }
        #expect(labels == ["一、", nil, "二、"])
    }

    @Test func aDropCapJoinsTheNextParagraph() throws {
        var reader = try bodyReader()
        let body = p("春", pPr: "<w:framePr w:dropCap=\"drop\" w:lines=\"2\"/>") + p("天来了。")
        #expect(blockParagraphs(try readBlocks(body, reader: &reader)).map(\.content.plainText) == ["春天来了。"])
    }

    @Test func boldSizeAndCentringAreReadFromTheRuns() throws {
        var reader = try bodyReader()
        let body = "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"44\"/></w:rPr><w:t>年度报告</w:t></w:r></w:p>"
        let hints = blockParagraphs(try readBlocks(body, reader: &reader))[0].hints
        #expect(hints.isBold && hints.isCentered && hints.fontSize == 44)
    }

    @Test func aLeadInAnotherLookIsCounted() throws {
        var reader = try bodyReader()
        func run(_ text: String, _ rPr: String) -> String { "<w:r><w:rPr>\(rPr)</w:rPr><w:t xml:space=\"preserve\">\(text)</w:t></w:r>" }
        let kai = "<w:rFonts w:eastAsia=\"楷体_GB2312\"/>", fang = "<w:rFonts w:eastAsia=\"仿宋_GB2312\"/>"
        let body = "<w:p>" + run("（一）抓 思想。", kai) + run("全体党员按时学习。", fang) + "</w:p>"
            + "<w:p>" + run("（二）", "<w:b/>") + run("抓队伍。", "<w:b/>") + run("正文。", "") + "</w:p>"
            + "<w:p>" + run("一样的", fang) + run("字体。", fang) + "</w:p>"
            + "<w:p>" + run("1、成立磋商小组。本项目评审工作由磋商小组负责", fang) + run("。", kai) + "</w:p>"
        let hints = blockParagraphs(try readBlocks(body, reader: &reader)).map(\.hints.setApartLeadLength)
        // Spaces left out; the lead may be several runs; one look is no lead. A last 。 in a font
        // of its own makes the rest the lead: the rules see it reaches past the first sentence.
        #expect(hints == [7, 7, nil, 23])
    }
}

@Suite struct RunReaderTests {
    @Test func runsBecomeInlinesWithTheirFormatting() throws {
        var reader = try bodyReader()
        let body = "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>粗</w:t></w:r><w:r><w:t xml:space=\"preserve\"> 常</w:t><w:tab/><w:t>x</w:t><w:br/></w:r></w:p>"
        #expect(blockParagraphs(try readBlocks(body, reader: &reader))[0].content == [.strong([.text("粗")]), .text(" 常\tx"), .lineBreak])
    }

    @Test func noteReferencesAreMarksAndCommentsOnlyWhenKept() throws {
        let body = "<w:p><w:r><w:t>文</w:t></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>"
        var plain = try bodyReader()
        #expect(blockParagraphs(try readBlocks(body, reader: &plain))[0].content == [.text("文"), .noteReference("footnote-2")])
        var kept = try bodyReader(options: DocxReader.Options(keepComments: true))
        #expect(blockParagraphs(try readBlocks(body, reader: &kept))[0].content == [.text("文"), .noteReference("footnote-2"), .noteReference("comment-0")])
    }

    @Test func hiddenTextIsLeftOutWithOneWarningUnlessKept() throws {
        let body = "<w:p><w:r><w:t>见</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r></w:p>" + p("x")
            + "<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>又</w:t></w:r></w:p>"
        let plain = try readDocx(body)
        #expect(texts(plain) == ["见", "x", ""])
        #expect(plain.warnings.filter { $0.code == "hidden-text" }.map(\.message) == ["hidden text (w:vanish) was left out (2 piece(s)); --hidden keeps it"])
        let kept = try readDocx(body, options: DocxReader.Options(keepHidden: true))
        #expect(texts(kept) == ["见隐藏", "x", "又"])
        #expect(!kept.warnings.contains { $0.code == "hidden-text" })
    }

    @Test func unknownElementsAreCountedOnce() throws {
        var reader = try bodyReader()
        _ = try readBlocks("<w:p><w:r><w:foo/><w:foo/><w:t>a</w:t></w:r></w:p>", reader: &reader)
        #expect(reader.finalWarnings().map(\.message) == ["element w:foo is not understood and was skipped (2×)"])
    }
}

@Suite struct FieldReaderTests {
    @Test func aHyperlinkFieldLinksItsResultAndDropsItsCode() throws {
        var reader = try bodyReader()
        let body = """
            <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org" \\l "a" </w:instrText></w:r>
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>链接</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>后</w:t></w:r></w:p>
            """
        #expect(blockParagraphs(try readBlocks(body, reader: &reader))[0].content == [.link(url: "https://example.org#a", content: [.text("链接")]), .text("后")])
    }

    @Test func otherFieldsKeepTheirResult() throws {
        var reader = try bodyReader()
        let body = """
            <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>
            <w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:fldSimple w:instr="DATE"><w:r><w:t>2024</w:t></w:r></w:fldSimple></w:p>
            """
        #expect(blockParagraphs(try readBlocks(body, reader: &reader))[0].content == [.text("32024")])
    }

    @Test func instructionsAreSplitIntoWords() {
        #expect(FieldInstruction.words(#" HYPERLINK "a b" \o "tip" "#) == ["HYPERLINK", "a b", "\\o", "tip"])
        #expect(BodyReader.hyperlink(fromInstruction: #"HYPERLINK \l "_Toc1""#) == "#_Toc1")
        #expect(BodyReader.hyperlink(fromInstruction: "PAGE") == nil)
    }

    @Test func anUnsafeLinkStaysText() throws {
        var reader = try bodyReader(rels: [Relationship(id: "r1", kind: "hyperlink", target: "javascript:alert(1)", external: true)])
        let body = "<w:p><w:hyperlink r:id=\"r1\"><w:r><w:t>点</w:t></w:r></w:hyperlink></w:p>"
        #expect(blockParagraphs(try readBlocks(body, reader: &reader))[0].content == [.text("点")])
        #expect(reader.warnings.count == 1)
    }
}

@Suite struct DrawingReaderTests {
    let rels = [Relationship(id: "rI", kind: "image", target: "media/image1.png", external: false)]

    @Test func aDrawingsImageHasItsDescriptionAsAltText() throws {
        var reader = try bodyReader(rels: rels, options: DocxReader.Options(extractMedia: true))
        let body = """
            <w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="图片 1" descr="架构图"/><a:graphic><a:graphicData>
            <pic:pic><pic:blipFill><a:blip r:embed="rI"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
            """
        #expect(blockParagraphs(try readBlocks(body, reader: &reader))[0].content == [.image(alt: "架构图", source: "word/media/image1.png")])
        #expect(reader.imageOrder == ["word/media/image1.png"])
    }

    @Test func aVMLImageAndATextBoxAfterItsParagraph() throws {
        var reader = try bodyReader(rels: rels, options: DocxReader.Options(extractMedia: true))
        let body = """
            <w:p><w:r><w:t>前</w:t></w:r><w:r><w:pict><v:shape alt="图示"><v:imagedata r:id="rI"/></v:shape></w:pict></w:r>
            <w:r><w:pict><v:shape><v:textbox><w:txbxContent>\(p("框内"))</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>
            """
        let ps = blockParagraphs(try readBlocks(body, reader: &reader))
        #expect(ps.map(\.content) == [[.text("前"), .image(alt: "图示", source: "word/media/image1.png")], [.text("框内")]])
    }
}

@Suite struct ImageAltTextTests {
    let rels = [Relationship(id: "rI", kind: "image", target: "media/image1.png", external: false),
                Relationship(id: "rX", kind: "image", target: "https://example.org/logo.png", external: true)]
    let vml = "<w:p><w:r><w:t>图</w:t></w:r><w:r><w:pict><v:shape><v:imagedata r:id=\"rI\" o:title=\"image001\"/></v:shape></w:pict></w:r></w:p>"
    let drawing = { (id: String, descr: String) in
        "<w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"1\" name=\"p\" descr=\"\(descr)\"/><a:graphic><a:graphicData><a:blip r:embed=\"\(id)\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    }

    @Test func anImageWithNothingToSayIsNothing() throws {
        var reader = try bodyReader(rels: rels)
        #expect(blockParagraphs(try readBlocks(drawing("rI", ""), reader: &reader))[0].content.isEmpty)
        // Said once, as information: Cynthia's 用户手册 (real) lost 50 pictures without a word.
        _ = try readBlocks(drawing("rI", "架构图"), reader: &reader)
        let note = reader.finalWarnings().filter { $0.code == "images-not-written" }
        #expect(note.count == 1 && note[0].severity == .info && note[0].message.hasPrefix("2 pictures were not written"), "\(note)")
        var extracting = try bodyReader(rels: rels, options: DocxReader.Options(extractMedia: true))
        #expect(blockParagraphs(try readBlocks(drawing("rI", ""), reader: &extracting))[0].content == [.image(alt: "", source: "word/media/image1.png")])
        #expect(!extracting.finalWarnings().contains { $0.code == "images-not-written" })
    }

    /// Older Word fills `descr` with the file a picture came from (会议纪要, 产品需求规格说明书,
    /// 详细设计说明书, real): a path or a bare file name is no description.
    @Test func aFileNameIsNoDescription() throws {
        for path in [#"C:\Users\kedacom\AppData\Local\Temp\1576332464(1).png"#, #"E:\doc\qq\Image\Group\(9U_DCV)04.png"#,
                     #"\\server\share\logo.gif"#, "file:///home/a/b.jpg", "santa.wmf", "cow.pict", "未命名文件.PNG"] {
            var reader = try bodyReader(rels: rels, options: DocxReader.Options(extractMedia: true))
            let escaped = path.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            #expect(blockParagraphs(try readBlocks(drawing("rI", escaped), reader: &reader))[0].content == [.image(alt: "", source: "word/media/image1.png")], "\(path)")
        }
        for alt in ["组织架构图", "Figure 2: C: drive usage", "see logo.png below", "v2.0 流程"] {
            var reader = try bodyReader(rels: rels, options: DocxReader.Options(extractMedia: true))
            #expect(blockParagraphs(try readBlocks(drawing("rI", alt), reader: &reader))[0].content == [.image(alt: alt, source: "word/media/image1.png")], "\(alt)")
        }
    }

    @Test func oTitleIsOnlyTheAltTextOfALinkedImage() throws {
        var reader = try bodyReader(rels: rels)
        #expect(blockParagraphs(try readBlocks(vml, reader: &reader))[0].content == [.text("图")])
        var extracting = try bodyReader(rels: rels, options: DocxReader.Options(extractMedia: true))
        #expect(blockParagraphs(try readBlocks(vml, reader: &extracting))[0].content == [.text("图"), .image(alt: "image001", source: "word/media/image1.png")])
    }

    @Test func anExternalPictureIsALinkToItsTarget() throws {
        var reader = try bodyReader(rels: rels)
        #expect(blockParagraphs(try readBlocks(drawing("rX", "标志"), reader: &reader))[0].content == [.link(url: "https://example.org/logo.png", content: [.text("标志")])])
        #expect(blockParagraphs(try readBlocks(drawing("rX", ""), reader: &reader))[0].content == [.link(url: "https://example.org/logo.png", content: [.text("https://example.org/logo.png")])])
    }

    @Test func writersShowAltTextInOneFormAndNothingWithout() {
        let doc = Document(blocks: [.paragraph(Paragraph(content: [.text("a"), .image(alt: "图表", source: nil), .image(alt: "", source: nil)]))])
        let c = Converter()
        #expect(c.render(doc, as: .markdown) == "a\\[image: 图表\\]\n")
        #expect(c.render(doc, as: .html).contains("<p>a<span class=\"image\">[image: 图表]</span></p>"))
        #expect(c.render(doc, as: .text) == "a图表\n")
    }

    @Test func cleanTextMarksNotesAsMarkdownDoes() {
        let doc = Document(blocks: [.paragraph(Paragraph(content: [.text("Ouch"), .noteReference("footnote-1"), .text("."), .noteReference("footnote-2")]))],
                           notes: [Note(id: "footnote-2", blocks: [.paragraph(Paragraph(content: [.text("Second.")]))]),
                                   Note(id: "footnote-1", blocks: [.paragraph(Paragraph(content: [.text("First.")]))])])
        #expect(Converter().render(doc, as: .text) == "Ouch[1].[2]\n[1] First.\n[2] Second.\n")
    }

    @Test func droppingImageLinksDropsImagesWithoutAltText() {
        let doc = Document(blocks: [.paragraph(Paragraph(content: [.image(alt: "", source: "word/media/a.png")])),
                                    .paragraph(Paragraph(content: [.text("b"), .image(alt: "图", source: "word/media/b.png")]))])
        let plain = doc.mappingImageSources { _ in nil }
        #expect(plain.blocks == [.paragraph(Paragraph(content: [.text("b"), .image(alt: "图", source: nil)]))])
    }
}

@Suite struct TableReaderTests {
    func cellTexts(_ t: Table) -> [[String]] {
        t.rows.map { $0.cells.map { $0.blocks.map { b in blockParagraphs([b]).map(\.content.plainText).joined() }.joined(separator: "|") } }
    }

    @Test func spansMergesAndHeaderRows() throws {
        var reader = try bodyReader()
        let tc = { (text: String, pr: String) in "<w:tc><w:tcPr>\(pr)</w:tcPr>\(p(text))</w:tc>" }
        let tbl = """
            <w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr>\(tc("A", "<w:gridSpan w:val=\"2\"/>"))\(tc("B", "<w:vMerge w:val=\"restart\"/>"))</w:tr>
            <w:tr>\(tc("C", ""))\(tc("D", ""))\(tc("", "<w:vMerge/>"))</w:tr></w:tbl>
            """
        guard case .table(let t)? = try readBlocks(tbl, reader: &reader).first else { Issue.record("no table"); return }
        #expect(cellTexts(t) == [["A", "B"], ["C", "D"]])
        #expect(t.rows.map(\.isHeader) == [true, false])
        #expect(t.rows[0].cells.map(\.columnSpan) == [2, 1])
        #expect(t.rows[0].cells.map(\.rowSpan) == [1, 2])
    }

    @Test func gridBeforeAndAfterKeepCellsUnderTheirColumns() throws {
        var reader = try bodyReader()
        let tbl = """
            <w:tbl><w:tr><w:tc>\(p("A"))</w:tc><w:tc>\(p("B"))</w:tc><w:tc>\(p("C"))</w:tc></w:tr>
            <w:tr><w:trPr><w:gridBefore w:val="1"/><w:gridAfter w:val="1"/></w:trPr><w:tc>\(p("b"))</w:tc></w:tr></w:tbl>
            """
        guard case .table(let t)? = try readBlocks(tbl, reader: &reader).first else { Issue.record("no table"); return }
        #expect(cellTexts(t) == [["A", "B", "C"], ["", "b", ""]])
        #expect(t.rows[1].cells.map(\.columnSpan) == [1, 1, 1])
    }

    @Test func emptyParagraphsInCellsGoAndOthersStay() throws {
        var reader = try bodyReader()
        let nested = "<w:tbl><w:tr><w:tc>\(p("内"))</w:tc></w:tr></w:tbl>"
        let tbl = "<w:tbl><w:tr><w:tc>\(p("一"))<w:p/>\(p(" "))\(p("二"))</w:tc><w:tc>\(nested)<w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>"
        guard case .table(let t)? = try readBlocks(tbl, reader: &reader).first else { Issue.record("no table"); return }
        #expect(blockParagraphs(t.rows[0].cells[0].blocks).map(\.content.plainText) == ["一", "二"])
        #expect(t.rows[0].cells[1].blocks.count == 1)
        #expect(t.rows[0].cells[2].blocks.isEmpty)
    }

    @Test func rowsInsideContentControlsAreRows() throws {
        var reader = try bodyReader()
        let tbl = "<w:tbl><w:sdt><w:sdtContent><w:tr><w:tc>\(p("x"))</w:tc></w:tr></w:sdtContent></w:sdt></w:tbl>"
        guard case .table(let t)? = try readBlocks(tbl, reader: &reader).first else { Issue.record("no table"); return }
        #expect(cellTexts(t) == [["x"]])
    }

    @Test func aSpanOutOfRangeIsClampedWithAWarning() throws {
        var reader = try bodyReader()
        let tbl = "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"99999999\"/></w:tcPr>\(p("x"))</w:tc></w:tr></w:tbl>"
        guard case .table(let t)? = try readBlocks(tbl, reader: &reader).first else { Issue.record("no table"); return }
        #expect(t.rows[0].cells[0].columnSpan == BodyReader.maxGridSpan)
        #expect(reader.warnings.count == 1)
    }
}

@Suite struct NotesReaderTests {
    @Test func separatorsAreNotNotes() throws {
        var reader = try bodyReader()
        let root = try element("<w:footnotes><w:footnote w:type=\"separator\" w:id=\"-1\">\(p("—"))</w:footnote><w:footnote w:id=\"1\">\(p("注"))</w:footnote></w:footnotes>")
        let notes = NotesReader.notes(root, element: "w:footnote", prefix: "footnote-", kind: .footnote, reader: &reader, part: "word/footnotes.xml", rels: [])
        #expect(notes.map(\.id) == ["footnote-1"])
        #expect(blockParagraphs(notes[0].blocks).map(\.content.plainText) == ["注"])
    }

    @Test func aCommentStartsWithItsAuthor() throws {
        var reader = try bodyReader()
        let root = try element("<w:comments><w:comment w:id=\"3\" w:author=\"王五\">\(p("待定"))</w:comment></w:comments>")
        let notes = NotesReader.comments(root, reader: &reader, part: "word/comments.xml", rels: [])
        #expect(notes.map(\.id) == ["comment-3"])
        #expect(blockParagraphs(notes[0].blocks).map(\.content.plainText) == ["王五: 待定"])
    }

    @Test func referencesToMissingNotesAreDropped() {
        var doc = Document()
        doc.blocks = [.paragraph(Paragraph(content: [.text("a"), .noteReference("footnote-1"), .noteReference("footnote-9")]))]
        doc.notes = [Note(id: "footnote-1", kind: .footnote, blocks: [])]
        let warnings = NotesReader.dropMissingReferences(&doc)
        #expect(blockParagraphs(doc.blocks)[0].content == [.text("a"), .noteReference("footnote-1")])
        #expect(warnings.map(\.message) == ["a reference to footnote 9, which the document does not have, was dropped"])
    }
}
