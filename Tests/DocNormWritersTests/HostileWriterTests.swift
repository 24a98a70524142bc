import DocNormModel
@testable import DocNormWriters
import DocNormTestSupport
import Foundation
import Testing

/// Documents built to hurt the writers: many runs, odd characters where syntax is.
@Suite struct HostileWriterTests {
    /// 100 000 runs in one paragraph. The work is linear: well under a second; the bound is
    /// only there to catch a quadratic renderer (which took 84 s).
    @Test func manyRunsInOneParagraphAreLinear() {
        var content: [Inline] = []
        for k in 0..<50_000 { content.append(.text("字\(k)")); content.append(.emphasis([.text("斜")])) }
        let doc = paragraphDoc(content)
        let clock = ContinuousClock()
        var md = ""
        let elapsed = clock.measure { md = MarkdownWriter().write(doc) }
        #expect(md.hasPrefix("字0*斜*字1"))
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }

    /// Line breaks in a link target or an image's name and alt text stay inside the link.
    @Test func lineBreaksInLinkTargetsAndImageNamesKeepTheLink() throws {
        let doc = paragraphDoc([
            .text("见"), .link(url: "https://example.org/a\n\n> b", content: [.text("链接")]),
            .text("与"), .image(alt: "图\n\n> 引用", source: "media/a\n\n> b.png"), .text("。"),
        ])
        let md = MarkdownWriter().write(doc)
        guard let html = try commonMarkHTML(md) else { Issue.record("cmark-gfm is not installed"); return }
        #expect(html.components(separatedBy: "<p>").count == 2, "\(md)")
        #expect(!html.contains("<blockquote>"), "\(md)")
        #expect(html.contains("<a href=\"https://example.org/a%3E%20b\">链接</a>") || html.contains("href=\"https://example.org/a>"), "\(html)")
        #expect(html.contains("src=\"media/a%0A%0A%3E%20b.png\""), "\(html)")
    }
}
