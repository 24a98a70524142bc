import DocNorm
@testable import DocNormReaders
import DocNormModel
import DocNormTestSupport
import Testing

/// A reference to a footnote that footnotes.xml does not have is dropped, with a warning.
@Suite struct MissingNoteTests {
    @Test func aReferenceToAMissingFootnoteIsDroppedWithAWarning() throws {
        let notes = """
            <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
            <w:footnote w:id="1"><w:p><w:r><w:t>注一。</w:t></w:r></w:p></w:footnote>
            """
        let body = "<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r><w:r><w:t>再</w:t></w:r>"
            + "<w:r><w:footnoteReference w:id=\"3\"/></w:r><w:r><w:endnoteReference w:id=\"7\"/></w:r><w:r><w:t>。</w:t></w:r></w:p>"
        let doc = try readDocx(body, footnotes: notes)
        #expect(paragraphs(doc)[0].content == [.text("正文"), .noteReference("footnote-1"), .text("再。")])
        #expect(doc.warnings.filter { $0.code == "missing-note" }.count == 2)
        #expect(doc.warnings.contains { $0.message.contains("footnote 3") })
        let md = Converter().render(Converter().normalize(doc), as: .markdown)
        #expect(!md.contains("[^2]") && !md.contains("[^3]"), "\(md)")
    }
}
