import DocNorm
import Foundation
@testable import DocNormReaders
import DocNormTestSupport
import Testing

@Suite struct DocxPackageTests {
    /// A document with every part the reader asks for: styles, numbering, notes, comments,
    /// headers, footers, core properties and an image.
    func fullDocx() throws -> [UInt8] {
        let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        let type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        let rels = """
            <Relationship Id="rC" Type="\(type)comments" Target="comments.xml"/>
            <Relationship Id="rH" Type="\(type)header" Target="header1.xml"/>
            <Relationship Id="rF" Type="\(type)footer" Target="footer1.xml"/>
            <Relationship Id="rI" Type="\(type)image" Target="media/image1.png"/>
            """
        let body = """
            \(p("一、总则", style: "1"))<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:commentReference w:id="0"/></w:r></w:p>
            <w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="p" descr="图"/><a:graphic><a:graphicData><a:blip r:embed="rI"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
            """
        let footnotes = "<w:footnote w:id=\"1\">\(p("注释"))</w:footnote>"
        let core = """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>标题</dc:title></cp:coreProperties>
            """
        let extra = [
            ("word/comments.xml", "<w:comments \(w)><w:comment w:id=\"0\" w:author=\"李四\">\(p("请核实。"))</w:comment></w:comments>"),
            ("word/header1.xml", "<w:hdr \(w)>\(p("页眉"))</w:hdr>"),
            ("word/footer1.xml", "<w:ftr \(w)>\(p("页脚"))</w:ftr>"),
            ("word/media/image1.png", "PNG"),
            ("docProps/core.xml", core),
        ]
        return try ZipWriter.docx(body: body, styles: chineseStyles, footnotes: footnotes, documentRels: rels, extra: extra)
    }

    @Test func theArchiveIsOpenedOncePerDocument() throws {
        let bytes = try fullDocx()
        let options = DocxReader.Options(keepComments: true, keepHeadersFooters: true, extractMedia: true)
        let counter = ZipArchive.OpenCounter()
        let doc = try ZipArchive.$openCounter.withValue(counter) { try DocxReader(options: options).read(bytes) }
        // Every part was read, from one opening.
        #expect(texts(doc) == ["页眉", "一、总则", "正文", "图", "页脚"])
        #expect(doc.notes.map(\.id) == ["footnote-1", "comment-0"])
        #expect(doc.metadata.title == "标题")
        #expect(doc.media.map(\.path) == ["word/media/image1.png"])
        #expect(counter.count.load(ordering: .relaxed) == 1)
    }

    @Test func aFileOnDiskIsOpenedOnceToo() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-package-\(UUID().uuidString).docx")
        try Data(try fullDocx()).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let counter = ZipArchive.OpenCounter()
        let doc = try ZipArchive.$openCounter.withValue(counter) {
            try DocxReader(options: DocxReader.Options(keepComments: true, keepHeadersFooters: true, extractMedia: true)).read(.file(url.path))
        }
        #expect(doc.notes.count == 2)
        #expect(counter.count.load(ordering: .relaxed) == 1)
    }

    @Test func partsAreFoundThroughTheRelationships() throws {
        let bytes = try fullDocx()
        let parts = try DocxPackage.withPackage(.bytes(bytes)) { package throws(ReaderError) in package.parts }
        #expect(parts.main == "word/document.xml")
        #expect(parts.target("comments") == "word/comments.xml")
        #expect(parts.target("footnotes") == "word/footnotes.xml")
        #expect(parts.headersFooters.map(\.path) == ["word/header1.xml", "word/footer1.xml"])
        #expect(parts.coreProperties == "docProps/core.xml")
    }

    @Test func aPartIsReadOnceAndAMissingOneIsNil() throws {
        let bytes = try fullDocx()
        let (styles, again, missing) = try DocxPackage.withPackage(.bytes(bytes)) { package throws(ReaderError) in
            (try package.bytes("word/styles.xml"), try package.bytes("word/styles.xml"), try package.bytes("word/nothing.xml"))
        }
        #expect(styles.map { String(decoding: $0, as: UTF8.self).contains("heading 1") } == true)
        #expect(again == styles)
        #expect(missing == nil)
    }

    @Test func anArchiveWithoutAWordDocumentSaysWhatItIs() throws {
        let bytes = try ZipWriter.zip([("xl/workbook.xml", Array("<workbook/>".utf8))])
        #expect(throws: ReaderError(.unsupportedFormat, "the file is an Excel workbook, not a .docx")) {
            try DocxPackage.withPackage(.bytes(bytes)) { package throws(ReaderError) in package.parts.main }
        }
    }

    /// A relationship's kind is the type's last path component, as splitting it at `/` gave.
    @Test(arguments: ["http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", "styles", "a/b/", "a//",
                      "/", "", "http://例え.jp/関係/图片", "x/é\u{301}", "a/\u{301}b", "\u{600}/b"])
    func aRelationshipsKindIsItsTypesLastComponent(type: String) {
        #expect(PackageParts.kind(of: type) == (type.split(separator: "/").last.map(String.init) ?? type))
    }
}
