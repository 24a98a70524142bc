import DocNorm
import DocNormTestSupport
import Foundation
import Testing

/// The library as a Swift user calls it: one call per kind of input, documents that are
/// normalized when loaded, output as Data or String.
@Suite struct LibraryAPITests {
    var sample: URL { TestSupport.sampleTexts()[1] }
    func expected(_ ext: String) throws -> String {
        let name = sample.deletingPathExtension().lastPathComponent + "." + ext
        return try String(contentsOf: TestSupport.expectedDirectory.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func aFileInOneCallIsTheGoldenOutput() throws {
        let markdown = try DocNorm.convert(contentsOf: sample, to: .markdown)
        #expect(String(decoding: markdown, as: UTF8.self) == (try expected("md")))
        let text = try DocNorm.convert(contentsOf: sample, to: .text)
        #expect(String(decoding: text, as: UTF8.self) == (try expected("txt")))
    }

    @Test func aStringIsNormalized() throws {
        let markdown = try DocNorm.convert("年度报告\n一、总体情况\n(一)加强学习\n全年完成任务。\n", to: .markdown)
        #expect(markdown.contains("## 一、总体情况\n"))
        #expect(markdown.contains("### （一）加强学习\n"))
        var options = ConversionOptions()
        options.normalization.renumber = true
        let renumbered = try DocNorm.convert("年度报告\n一、总体情况\n内容。\n三、下一步计划\n内容。\n", to: .text, options: options)
        #expect(renumbered.contains("二、下一步计划"))
        #expect(!renumbered.contains("三、"))
    }

    @Test func markdownAndHTMLStringsAreReadAsWhatTheyAre() throws {
        let text = try DocNorm.convert("# 报告\n\n## (一)加强学习\n\n正文。\n", from: .markdown, to: .text)
        #expect(text.contains("（一）加强学习"))
        #expect(!text.contains("##"))
        let html = try Document("<h1>报告</h1><h2>(一)加强学习</h2><p>正文。</p>", from: .html)
        #expect(html.string(as: .markdown)?.contains("## （一）加强学习") == true)
    }

    @Test func documentsAreNormalizedUnlessAskedNotToBe() throws {
        let normalized = try Document(contentsOf: sample)
        let raw = try Document(contentsOf: sample, normalize: false)
        let headings = { (d: Document) in d.blocks.filter { if case .heading = $0 { true } else { false } }.count }
        #expect(headings(normalized) > 3)
        #expect(headings(raw) == 0, "the text reader gives paragraphs; the rules find the headings")
        #expect(normalized.string(as: .markdown) == (try expected("md")))
        #expect(try Document(Data(contentsOf: sample), name: sample.lastPathComponent) == normalized)
    }

    @Test func wordFilesAreBytesNotText() throws {
        let docx = try Data(contentsOf: TestSupport.samplesDirectory.appendingPathComponent("005_auto_numbered.docx"))
        let word = try DocNorm.convert(docx, to: .docx)
        #expect(word.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let document = try Document(docx)
        #expect(document.string(as: .docx) == nil)
        #expect(document.rendered(as: .docx).starts(with: [0x50, 0x4B]))
        #expect(document.string(as: .text) == String(decoding: try DocNorm.convert(docx, to: .text), as: UTF8.self))
        #expect(throws: ConversionError.self) { try DocNorm.convert("一、总体情况", to: .docx) }
        do {
            _ = try DocNorm.convert("一、总体情况", to: .docx)
        } catch {
            #expect(error.description == "a .docx is not text: convert Data to get its bytes")
        }
    }

    @Test func aBadFileIsAnErrorNamingIt() throws {
        do {
            _ = try DocNorm.convert(Data([0x50, 0x4B, 0x03, 0x04, 0, 0]), name: "broken.docx", to: .markdown)
            Issue.record("a truncated zip converted")
        } catch {
            #expect(error.description.hasPrefix("broken.docx: "))
            #expect(error.description.contains("truncated") || error.description.contains("damaged"), "\(error.description)")
        }
    }
}
