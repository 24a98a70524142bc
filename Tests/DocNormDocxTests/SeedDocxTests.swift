import DocNorm
import DocNormTestSupport
import Foundation
import Testing

/// .docx versions of the seed reports, made the ways people make them (see
/// Tests/Fixtures/seed-docx/make.py), kept unpacked and zipped here. Each must give the
/// seed's outline, and the same clean text as the plain-text seed.
@Suite struct SeedDocxTests {
    static let kinds = ["typed", "styled", "auto", "outline", "messy"]
    static let fixtures = TestSupport.fixturesDirectory.appendingPathComponent("seed-docx")

    static var cases: [String] {
        kinds.flatMap { kind in (0...4).map { "\(kind)/00\($0)" } }
    }

    /// The messy copies are repaired with --renumber; the others need nothing.
    func converter(_ fixture: String) -> Converter {
        Converter(options: ConversionOptions(normalization: NormalizationOptions(renumber: fixture.hasPrefix("messy"))))
    }

    func convert(_ fixture: String) throws -> Document {
        let bytes = try ZipWriter.zip(directory: Self.fixtures.appendingPathComponent(fixture))
        let converter = converter(fixture)
        return converter.normalize(try converter.read(bytes, name: fixture + ".docx"))
    }

    func seedText(_ number: String) throws -> URL {
        try #require(TestSupport.sampleTexts().first { $0.lastPathComponent.hasPrefix(number) })
    }

    @Test(arguments: SeedDocxTests.cases)
    func givesTheSeedOutline(fixture: String) throws {
        let number = String(fixture.suffix(3))
        let doc = try convert(fixture)
        #expect(Outline.render(doc).split(separator: "\n").map(String.init) == SeedOutlines.expected[number])
    }

    /// A .docx read from its file (as batches do, never held whole) gives the same document
    /// as the same bytes read from memory.
    @Test(arguments: SeedDocxTests.cases)
    func readsTheSameFromAFile(fixture: String) throws {
        let bytes = try ZipWriter.zip(directory: Self.fixtures.appendingPathComponent(fixture))
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("docnorm-\(UUID().uuidString).docx")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let converter = converter(fixture)
        let fromFile = converter.normalize(try converter.readFile(url, name: fixture + ".docx"))
        #expect(converter.render(fromFile, as: .json) == converter.render(try convert(fixture), as: .json))
    }

    @Test(arguments: SeedDocxTests.cases)
    func givesTheSeedCleanText(fixture: String) throws {
        let number = String(fixture.suffix(3))
        let converter = Converter()
        let fromText = converter.render(try converter.load(try seedText(number)), as: .text)
        #expect(converter.render(try convert(fixture), as: .text) == fromText)
    }

    @Test func autoNumberedLabelsShowInEveryFormat() throws {
        let doc = try convert("auto/004")
        let converter = Converter()
        let md = converter.render(doc, as: .markdown)
        #expect(md.contains("\n## 一、主要做法和成效\n") && md.contains("\n### （一）抓基层党建工作主要做法和成效\n")
                && md.contains("\n#### 1.不断加强党的政治建设，坚决做到两个维护\n"))
        let html = converter.render(doc, as: .html)
        #expect(html.contains("<span class=\"label\">一、</span>主要做法和成效</h2>"))
        #expect(html.contains("<span class=\"label\">1.</span>不断加强党的政治建设"))
        let text = converter.render(doc, as: .text)
        #expect(text.contains("\n（一）抓基层党建工作主要做法和成效\n") && text.contains("\n1.不断加强党的政治建设，坚决做到两个维护\n"))
        #expect(doc.warnings.contains { $0.code == "label-rewritten" && $0.message == "label 1． written as 1." })
    }

    @Test func messyNumberingIsReportedAndRepaired() throws {
        let doc = try convert("messy/000")
        let rewrites = doc.warnings.filter { $0.code == "label-rewritten" }.map(\.message)
        #expect(rewrites.contains("label 三、 written as 二、"))
        #expect(doc.metadata.claimedLength == 1234)
    }
}
