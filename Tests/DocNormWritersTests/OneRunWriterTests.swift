import DocNormModel
@testable import DocNormWriters
import Testing

/// The writers' first-byte and one-run paths write what the character paths wrote.
@Suite struct OneRunWriterTests {
    static func trimmed(_ text: String, _ c: Character) -> String {
        var s = Substring(text)
        while s.first == c { s = s.dropFirst() }
        while s.last == c { s = s.dropLast() }
        return String(s)
    }

    static let texts: [String] = {
        let parts = ["", " ", "\t", "#", "-", "+", "=", "1", "12.", "3)", "一", "e\u{301}", "\u{301}", "#\u{301}", " \u{301}", "\u{0600}#",
                     "*", "a_b", "\r\n", "１.", "\u{3000}", "x#", "&amp;", "1.1", "5.", "2)"]
        var all: [String] = []
        for a in parts { for b in parts { all += [a + b, a + "文" + b] } }
        return all
    }()

    @Test func lineStartsAreTheCharacterOnes() {
        let wrong = Self.texts.filter { Array(MarkdownEscaping.lineStart($0).utf8) != Array(MarkdownEscaping.lineStartByCharacters($0).utf8) }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map(\.debugDescription))")
        #expect(MarkdownEscaping.lineStart("1. 总则") == "1\\. 总则")
        #expect(MarkdownEscaping.lineStart("总则") == "总则")
        // 上海太平 (real): `1.1本协议期限36个月` and `87.5` start no list: a list's number has a
        // space, a tab or the line's end after it.
        for text in ["1.1本协议期限36个月", "87.5", "802.3AD", "2)甲方"] { #expect(MarkdownEscaping.lineStart(text) == text) }
        #expect(MarkdownEscaping.lineStart("12.") == "12\\." && MarkdownEscaping.lineStart("3)\t甲方") == "3\\)\t甲方")
    }

    @Test func trimsAndTrailingHashesAreTheCharacterOnes() {
        for t in Self.texts {
            #expect(Array(t.trimmingCharacters(" ").utf8) == Array(Self.trimmed(t, " ").utf8), "\(t.debugDescription)")
            #expect((t.lastSimpleScalar.map { $0 == "#" } ?? t.hasSuffix("#")) == t.hasSuffix("#"), "\(t.debugDescription)")
        }
    }

    @Test func oneRunRendersAsAnyRun() {
        let renderer = MarkdownInlineRenderer(noteKeys: [:])
        for t in Self.texts {
            // A second, empty run sends the text through merging and the neighbour lookups.
            #expect(Array(renderer.render([.text(t)]).utf8) == Array(renderer.render([.text(t), .text("")]).utf8), "\(t.debugDescription)")
        }
    }

    @Test func textLinesTurnBreaksIntoSpaces() {
        #expect(TextWriter().line([.text("一\n二\t三")]) == "一 二 三")
        var lines = TextWriter.Lines()
        lines.append("1. ", "总则")
        lines.append("", "")
        lines.append("", "正文")
        #expect(lines.text == "1. 总则\n正文\n" && lines.count == 2)
    }
}
