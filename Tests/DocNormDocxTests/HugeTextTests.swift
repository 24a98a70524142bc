import DocNorm
@testable import DocNormReaders
import DocNormModel
import DocNormTestSupport
import Foundation
import Testing

/// Text nodes past libxml2's own 10,000,000-byte limit are read whole, in every way a part
/// is parsed; past docnorm's bound, the text is left out with a warning that says so.
@Suite struct HugeTextTests {
    static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    /// Letters that do not compress like a zip bomb: 10.5 MB, over libxml2's 10,000,000.
    let huge: String = {
        var x: UInt32 = 12345
        var bytes = [UInt8](repeating: 0, count: 10_500_000)
        for i in bytes.indices { x = x &* 1_103_515_245 &+ 12345; bytes[i] = 0x61 + UInt8((x >> 16) % 26) }
        return String(decoding: bytes, as: UTF8.self)
    }()

    func document(_ body: String, dtd: Bool = false) -> String {
        (dtd ? "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x \"x\">]>" : "") + "<w:document \(Self.w)><w:body>\(body)</w:body></w:document>"
    }

    func read(document: String, styles: String? = nil) throws -> Document {
        var parts = try unpacked(body: "", rels: styles == nil ? "" : "<Relationship Id=\"rS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>")
            .map { $0.name == "word/document.xml" ? ($0.name, Array(document.utf8)) : $0 }
        if let styles { parts.append(("word/styles.xml", Array(styles.utf8))) }
        return try DocxReader().read(try ZipWriter.zip(parts))
    }

    /// The body stream (SAX2 events, chunk by chunk): the huge run and everything after it are read.
    @Test func aRunOverTenMillionBytesIsReadWholeFromTheStream() throws {
        let doc = try read(document: document(p("前") + p(huge) + p("后")))
        #expect(texts(doc).map(\.count) == [1, huge.count, 1])
        #expect(texts(doc).last == "后")
        #expect(!doc.warnings.contains { $0.code == "malformed-xml" }, "\(doc.warnings)")
    }

    /// The whole-part parse (a part with a DTD is read that way).
    @Test func aRunOverTenMillionBytesIsReadWholeFromTheWholePart() throws {
        let doc = try read(document: document(p("前") + p(huge) + p("后"), dtd: true))
        #expect(texts(doc).map(\.count) == [1, huge.count, 1])
        #expect(!doc.warnings.contains { $0.message.contains("well-formed") }, "\(doc.warnings)")
    }

    /// The child-by-child parse of styles.xml: the style after the huge one is still known.
    @Test func aHugeTextInStylesKeepsTheStylesAfterIt() throws {
        let styles = "<w:styles \(Self.w)><w:style w:type=\"paragraph\" w:styleId=\"Big\"><w:name w:val=\"big\"/><w:rPr><w:t>\(huge)</w:t></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"H1\"><w:name w:val=\"heading 1\"/></w:style></w:styles>"
        let doc = try read(document: document(p("标题", style: "H1")), styles: styles)
        #expect(paragraphs(doc).first?.hints.styleHeadingLevel == 1)
        #expect(!doc.warnings.contains { $0.message.contains("well-formed") }, "\(doc.warnings)")
        // Read child by child, not by the whole-part fallback.
        var names: [String] = []
        #expect(XMLParser.eachChild(Array(styles.utf8)) { names.append($0.name) })
        #expect(names == ["w:style", "w:style"])
    }

    /// Over docnorm's own bound, the text is left out and the warning says what and why.
    @Test func aTextOverTheBoundIsLeftOutWithAWarningSayingSo() throws {
        let xml = Array(document(p("前") + p(String(repeating: "b", count: 5000)) + p("后")).utf8)
        let (root, _, note) = try XMLParser.parse(xml, part: "word/document.xml", maxText: 4096)
        let body = try #require(root.first("w:body"))
        #expect(body.elements.map(\.text) == ["前", "", "后"])
        let message = try #require(note)
        #expect(message.contains("word/document.xml") && message.contains("5000 bytes") && !message.contains("well-formed"), "\(message)")
    }

    @Test func deepNestingStillFailsCleanlyInEveryParse() throws {
        let depth = 3000
        let deep = String(repeating: "<w:sdt><w:sdtContent>", count: depth) + String(repeating: "</w:sdtContent></w:sdt>", count: depth)
        for dtd in [false, true] {
            do {
                _ = try read(document: document(deep, dtd: dtd))
                Issue.record("a document \(depth) levels deep was read")
            } catch let error as ReaderError {
                #expect(error.reason == "word/document.xml is nested too deeply (over 256 levels) to be a Word document")
            }
        }
    }
}
