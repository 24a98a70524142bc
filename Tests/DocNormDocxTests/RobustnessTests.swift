import DocNorm
@testable import DocNormReaders
import DocNormTestSupport
import Foundation
import Testing

/// Broken and hostile files: each is a one-line reason or a warning, never a crash.
@Suite struct RobustnessTests {
    func reason(_ bytes: [UInt8], name: String = "x.docx") -> String? {
        do {
            _ = try Converter().read(bytes, name: name)
            return nil
        } catch {
            return error.reason
        }
    }

    @Test func malformedDocumentXMLIsRecoveredWithAWarning() throws {
        let parts = try unpacked(body: "", rels: "").map { entry -> (name: String, data: [UInt8]) in
            guard entry.name == "word/document.xml" else { return entry }
            return (entry.name, Array("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>第一段</w:t></w:r></w:p><w:p><w:r><w:t>第二段".utf8))
        }
        let doc = try DocxReader().read(try ZipWriter.zip(parts))
        #expect(texts(doc).first == "第一段")
        #expect(doc.warnings.contains { $0.code == "malformed-xml" && $0.message.contains("word/document.xml") })
    }

    @Test func xmlBrokenInsideATableKeepsItsRowsSoFar() throws {
        let parts = try unpacked(body: "", rels: "").map { entry -> (name: String, data: [UInt8]) in
            guard entry.name == "word/document.xml" else { return entry }
            return (entry.name, Array("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>表前</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>第一行</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>第二".utf8))
        }
        let doc = try DocxReader().read(try ZipWriter.zip(parts))
        #expect(texts(doc) == ["表前"])
        guard case .table(let t)? = doc.blocks.last else { Issue.record("the table read so far was lost"); return }
        #expect(t.rows.count == 1)
        #expect(t.rows.first?.cells.first?.blocks.first.map { b -> String in if case .paragraph(let p) = b { return p.content.plainText }; return "" } == "第一行")
        #expect(doc.warnings.contains { $0.code == "malformed-xml" && $0.message.contains("word/document.xml") })
    }

    @Test func hopelessXMLFailsWithAReason() throws {
        let parts = try unpacked(body: "", rels: "").map { entry -> (name: String, data: [UInt8]) in
            entry.name == "word/document.xml" ? (entry.name, Array("\u{1}\u{2} not xml at all".utf8)) : entry
        }
        let r = try #require(reason(try ZipWriter.zip(parts)))
        #expect(r.hasPrefix("word/document.xml is not well-formed XML"))
        #expect(!r.contains("\n"))
    }

    @Test func entitiesAreNeverExpandedNorFetched() throws {
        let xml = """
            <?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
            <!ENTITY x SYSTEM "file:///etc/passwd">]>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>前&c;&x;后</w:t></w:r></w:p></w:body></w:document>
            """
        let parts = try unpacked(body: "", rels: "").map { $0.name == "word/document.xml" ? ($0.name, Array(xml.utf8)) : $0 }
        let doc = try DocxReader().read(try ZipWriter.zip(parts))
        #expect(texts(doc) == ["前后"])
        #expect(doc.warnings.contains { $0.code == "malformed-xml" })
    }

    @Test func deepNestingFailsCleanly() throws {
        let depth = 100_000
        let xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
            String(repeating: "<w:sdt><w:sdtContent>", count: depth) + String(repeating: "</w:sdtContent></w:sdt>", count: depth) + "</w:body></w:document>"
        let parts = try unpacked(body: "", rels: "").map { $0.name == "word/document.xml" ? ($0.name, Array(xml.utf8)) : $0 }
        let r = reason(try ZipWriter.zip(parts))
        #expect(r == "word/document.xml is nested too deeply (over 256 levels) to be a Word document")
    }

    @Test func notADocx() throws {
        #expect(reason(try ZipWriter.zip([("mimetype", Array("application/vnd.oasis.opendocument.text".utf8)), ("content.xml", Array("<x/>".utf8))]))
                == "the file is an OpenDocument file (.odt), not a .docx")
        #expect(reason(try ZipWriter.zip([("xl/workbook.xml", Array("<x/>".utf8))])) == "the file is an Excel workbook, not a .docx")
        #expect(reason(try ZipWriter.zip([("readme.txt", Array("hi".utf8))]))
                == "the zip archive has no Word document part (word/document.xml), so it is not a .docx")
        #expect(reason([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 600)) == "the file is an old binary Word document (.doc), not a .docx")
        #expect(reason([], name: "empty.docx") == "the file is empty")
        #expect(reason(Array("just text".utf8), name: "fake.docx") == "the file is not a .docx (it is not a zip archive)")
    }

    @Test func truncatedArchive() throws {
        let full = try ZipWriter.docx(body: p("正文。"))
        let r = try #require(reason(Array(full.prefix(full.count / 2))))
        #expect(r.contains("truncated") || r.contains("damaged"))
    }

    @Test func zipBombIsRefused() throws {
        // 64 MiB of zeros compresses to well over 200:1.
        let big = [UInt8](repeating: 0x20, count: 64 << 20)
        let body = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>"
        let parts = try unpacked(body: "", rels: "").map { $0.name == "word/document.xml" ? ($0.name, Array(body.utf8) + big) : $0 }
        let r = try #require(reason(try ZipWriter.zip(parts)))
        #expect(r.contains("zip bomb"))
    }
}

/// Every file of the shared corpus converts, or fails with a one-line reason; the malformed
/// ones the corpus index marks as such are among the failures, and nothing else is.
@Suite struct CorpusTests {
    struct Entry: Sendable, CustomStringConvertible {
        var path: String
        var malformed: String
        var description: String { path }
    }

    static var entries: [Entry] {
        guard let shared = TestSupport.sharedDirectory,
              let index = try? String(contentsOf: shared.appendingPathComponent("corpus/INDEX.tsv"), encoding: .utf8) else { return [] }
        return index.split(separator: "\n").dropFirst().compactMap { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return f.count > 5 ? Entry(path: f[0], malformed: f[5]) : nil
        }
    }

    /// Malformed on purpose and still readable: docnorm reads what is there.
    static let readableDespiteMalformed: Set<String> = [
        "docx/markitdown/rlink.docx", "docx/poi/ExternalEntityInText.docx", "docx/poi/OPCCompliance_DerivedPartNameFAIL.docx",
        "docx/poi/OPCCompliance_CoreProperties_OnlyOneCorePropertiesPartFAIL.docx",
        "docx/poi/OPCCompliance_CoreProperties_DoNotUseCompatibilityMarkupFAIL.docx", "docx/open-xml-sdk/5Errors.docx",
        "docx/open-xml-sdk/BadDocProps.docx", "docx/open-xml-sdk/InvalidDocProps.docx", "docx/open-xml-sdk/InvalidDocPropsct.docx",
        "docx/open-xml-sdk/EmptyRelationshipElement.docx", "docx/open-xml-sdk/UnknownElement.docx",
        "docx/open-xml-sdk/Invalid_Word15Comments.docx", "docx/poi-tl/370.docx",
        "docx/poi/clusterfuzz-testcase-minimized-POIXWPFFuzzer-6733884933668864.docx",
        // Its damaged entry is a part docnorm does not need.
        "docx/poi/unicode-path.docx",
    ]

    @Test(.enabled(if: TestSupport.hasCorpus, TestSupport.corpusAbsent))
    func corpusIsPresent() {
        #expect(Self.entries.count > 350)
    }

    @Test(arguments: CorpusTests.entries)
    func convertsOrFailsWithOneLine(entry: Entry) throws {
        let shared = try #require(TestSupport.sharedDirectory)
        let converter = Converter()
        do {
            let doc = try converter.load(shared.appendingPathComponent("corpus/" + entry.path))
            for format in OutputFormat.textual { _ = converter.render(doc, as: format) }
            let expectReadable = entry.malformed == "no" || Self.readableDespiteMalformed.contains(entry.path)
            #expect(expectReadable, "\(entry.path) is malformed (\(entry.malformed)) but was read")
        } catch {
            #expect(!error.reason.contains("\n"))
            #expect(!error.reason.isEmpty)
            #expect(entry.malformed != "no", "\(entry.path) failed: \(error.reason)")
        }
    }
}
