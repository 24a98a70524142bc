import DocNorm
import DocNormTestSupport
import Foundation
import Testing

/// docnorm's own Markdown and HTML outputs, read back as inputs, give the outline of the
/// sample they were written from: headings and labels survive the trip through cmark-gfm
/// and libxml2 and are normalized again like any report's.
@Suite struct MarkupRoundTripTests {
    @Test(arguments: GoldenTests.samples, ["md", "html"])
    func outputReadBackGivesTheSameOutline(sample: URL, format: String) throws {
        let converter = Converter()
        let original = Outline.render(try converter.load(sample))
        let base = sample.deletingPathExtension().lastPathComponent
        let url = TestSupport.expectedDirectory.appendingPathComponent(base + "." + format)
        let back = converter.normalize(try converter.read([UInt8](try Data(contentsOf: url)), name: url.lastPathComponent))
        #expect(back.metadata.sourceFormat == (format == "md" ? "markdown" : "html"))
        #expect(!original.isEmpty)
        #expect(Outline.render(back) == original)
        #expect(back.metadata.title == (try converter.load(sample)).metadata.title)
    }
}
