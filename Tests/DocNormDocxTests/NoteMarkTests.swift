import DocNorm
@testable import DocNormReaders
@testable import DocNormWriters
import DocNormModel
import Testing

/// Note marks as Word shows them: footnotes and endnotes each on their own counter, in the
/// number format the section or the settings give, and an author's own mark kept.
@Suite struct NoteMarkTests {
    static let ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    static let relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A document with footnotes `1`, `2` and endnotes `1`, `2`, and optional settings.
    func read(_ body: String, settings: String? = nil) throws -> Document {
        let footnotes = """
            <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
            <w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 脚注一。</w:t></w:r></w:p></w:footnote>
            <w:footnote w:id="2"><w:p><w:r><w:t xml:space="preserve">* 脚注二。</w:t></w:r></w:p></w:footnote>
            """
        let endnotes = """
            <?xml version="1.0"?><w:endnotes \(Self.ns)><w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>尾注一。</w:t></w:r></w:p></w:endnote>
            <w:endnote w:id="2"><w:p><w:r><w:t>尾注二。</w:t></w:r></w:p></w:endnote></w:endnotes>
            """
        var rels = "<Relationship Id=\"rIdE\" Type=\"\(Self.relType)/endnotes\" Target=\"endnotes.xml\"/>"
        var extra = [("word/endnotes.xml", endnotes)]
        if let settings {
            rels += "<Relationship Id=\"rIdT\" Type=\"\(Self.relType)/settings\" Target=\"settings.xml\"/>"
            extra.append(("word/settings.xml", "<?xml version=\"1.0\"?><w:settings \(Self.ns)>\(settings)</w:settings>"))
        }
        return try readDocx(body, footnotes: footnotes, rels: rels, extra: extra)
    }

    func reference(_ kind: String, _ id: Int, custom: String? = nil) -> String {
        let ref = "<w:\(kind)Reference w:id=\"\(id)\"\(custom == nil ? "" : " w:customMarkFollows=\"1\"")/>"
        return "<w:r>\(ref)\(custom.map { "<w:t>\($0)</w:t>" } ?? "")</w:r>"
    }

    func text(_ doc: Document) -> String { Converter().render(Converter().normalize(doc), as: .text) }

    @Test func endnotesCountOnTheirOwnInLowerRomanAsWordShowsThem() throws {
        let body = "<w:p><w:r><w:t>甲</w:t></w:r>\(reference("footnote", 1))<w:r><w:t>乙</w:t></w:r>\(reference("endnote", 1))"
            + "<w:r><w:t>丙</w:t></w:r>\(reference("footnote", 2))<w:r><w:t>丁</w:t></w:r>\(reference("endnote", 2))</w:p>"
        let doc = try read(body)
        #expect(doc.notes.map(\.mark) == ["1", "2", "i", "ii"])
        // Footnotes first, then the endnotes, as Word places them.
        #expect(text(doc) == "甲[1]乙[i]丙[2]丁[ii]\n[1] 脚注一。\n[2] * 脚注二。\n[i] 尾注一。\n[ii] 尾注二。\n")
        let md = Converter().render(Converter().normalize(doc), as: .markdown)
        #expect(md.contains("甲[^1]乙[^i]丙[^2]丁[^ii]") && md.contains("[^ii]: 尾注二。"), "\(md)")
        let html = Converter().render(Converter().normalize(doc), as: .html)
        #expect(html.contains("<sup id=\"fnref-i\"><a href=\"#fn-i\">i</a></sup>") && html.contains("<li id=\"fn-ii\">"), "\(html)")
    }

    @Test func theSectionsFormatAndStartWinOverTheSettings() throws {
        let settings = "<w:footnotePr><w:numFmt w:val=\"upperLetter\"/><w:numStart w:val=\"3\"/></w:footnotePr><w:endnotePr><w:numFmt w:val=\"upperRoman\"/></w:endnotePr>"
        let body = "<w:p><w:r><w:t>甲</w:t></w:r>\(reference("footnote", 1))\(reference("footnote", 2))\(reference("endnote", 1))\(reference("endnote", 2))</w:p>"
        #expect(try read(body, settings: settings).notes.map(\.mark) == ["C", "D", "I", "II"])
        let section = "<w:sectPr><w:endnotePr><w:numFmt w:val=\"decimal\"/><w:numStart w:val=\"5\"/></w:endnotePr></w:sectPr>"
        #expect(try read(body + section, settings: settings).notes.map(\.mark) == ["C", "D", "5", "6"])
        // Both kinds in decimal: each shows 1, and links still tell them apart.
        let decimal = "<w:sectPr><w:endnotePr><w:numFmt w:val=\"decimal\"/></w:endnotePr></w:sectPr>"
        let doc = try read(body + decimal)
        #expect(doc.notes.map(\.mark) == ["1", "2", "1", "2"])
        let html = Converter().render(Converter().normalize(doc), as: .html)
        #expect(html.contains("<a href=\"#fn-1\">1</a>") && html.contains("<a href=\"#fn-e1\">1</a>"), "\(html)")
    }

    @Test func anAuthorsOwnMarkIsShownAndTakesNoNumber() throws {
        let body = "<w:p><w:r><w:t>报告</w:t></w:r>\(reference("footnote", 2, custom: "*"))<w:r><w:t>正文</w:t></w:r>\(reference("footnote", 1))</w:p>"
        let doc = try read(body)
        #expect(doc.notes.map(\.mark) == ["1", "*", nil, nil])
        // The mark is not also text after the reference, nor repeated at the note's start;
        // the endnotes nothing refers to count on after the marks shown.
        #expect(text(doc) == "报告[*]正文[1]\n[*] 脚注二。\n[1] 脚注一。\n[2] 尾注一。\n[3] 尾注二。\n")
    }

    @Test func aStartFromTheFileIsClampedNeverTrusted() throws {
        let body = "<w:p><w:r><w:t>甲</w:t></w:r>\(reference("footnote", 1))\(reference("endnote", 1))</w:p>"
        let settings = "<w:footnotePr><w:numStart w:val=\"99999999999999999999999\"/></w:footnotePr><w:endnotePr><w:numStart w:val=\"-4\"/></w:endnotePr>"
        // Unreferenced notes have no mark of their own.
        #expect(try read(body, settings: settings).notes.map(\.mark) == ["1", nil, "i", nil])
        let large = "<w:footnotePr><w:numStart w:val=\"40000\"/></w:footnotePr>"
        #expect(try read(body, settings: large).notes.map(\.mark) == ["32767", nil, "i", nil])
    }

    @Test func chicagoMarksDoubleAfterFour() {
        #expect((1...6).map { NumberFormats.render($0, format: "chicago") } == ["*", "\u{2020}", "\u{2021}", "\u{00A7}", "**", "\u{2020}\u{2020}"])
    }

    @Test func notesWithoutAMarkCountPastTheMarksOthersShow() {
        let para = Paragraph(content: [.text("a"), .noteReference("f1"), .noteReference("c1"), .noteReference("f2")])
        let doc = Document(blocks: [.paragraph(para)],
                           notes: [Note(id: "f1", blocks: [], mark: "1"), Note(id: "c1", kind: .comment, blocks: []),
                                   Note(id: "f2", blocks: [], mark: "2")])
        let n = NoteNumbering(doc)
        #expect(n.marks == ["f1": "1", "f2": "2", "c1": "3"])
        #expect(n.ordered(doc.notes).map(\.id) == ["f1", "f2", "c1"])
        #expect(Set(n.keys.values).count == 3)
    }
}
