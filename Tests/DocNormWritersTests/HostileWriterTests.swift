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

    /// Line breaks YAML knows (U+0085, U+2028, U+2029) and other controls are escaped in front matter.
    @Test func frontMatterEscapesEveryLineBreakAndControl() {
        let title = "标题\u{85}第二行\u{2028}三\u{2029}四\u{1B}五\u{7F}六\r七\t八"
        let md = MarkdownWriter(options: WriterOptions(frontMatter: true)).write(Document(metadata: Metadata(title: title)))
        let line = md.split(separator: "\n").first { $0.hasPrefix("title: ") }.map(String.init) ?? ""
        #expect(line == #"title: "标题\u0085第二行\u2028三\u2029四\u001B五\u007F六\r七\t八""#, "\(md)")
        #expect(!md.unicodeScalars.contains { [0x85, 0x2028, 0x2029, 0x1B, 0x7F, 0x0D].contains($0.value) })
    }

    /// Several references to one note: each anchor id is unique, and the note links back to the first.
    @Test func repeatedNoteReferencesGetUniqueIDs() {
        let note = Note(id: "n", blocks: [.paragraph(Paragraph(content: [.text("注。")]))])
        let doc = Document(blocks: [.paragraph(Paragraph(content: [.text("甲"), .noteReference("n"), .text("乙"), .noteReference("n"),
                                                                    .text("丙"), .noteReference("n")]))], notes: [note])
        let html = HTMLWriter(options: WriterOptions(fragment: true)).write(doc)
        #expect(html.components(separatedBy: "id=\"fnref-1\"").count == 2, "\(html)")
        #expect(html.contains("id=\"fnref-1-2\"") && html.contains("id=\"fnref-1-3\""), "\(html)")
        #expect(html.contains("<a href=\"#fnref-1\">↩</a>"))
    }

    /// A reference to a note the document does not have writes nothing, in every writer.
    @Test func referencesToMissingNotesAreNotWritten() throws {
        let doc = Document(blocks: [.paragraph(Paragraph(content: [.text("正文"), .noteReference("missing"), .text("。")]))])
        let md = MarkdownWriter().write(doc)
        #expect(md == "正文。\n", "\(md)")
        let html = HTMLWriter(options: WriterOptions(fragment: true)).write(doc)
        #expect(html == "<p>正文。</p>\n", "\(html)")
    }
}
