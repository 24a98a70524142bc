@testable import DocNormWriters
import Testing

/// The byte path of inline escaping writes what the character path writes, or leaves it to it.
@Suite struct MarkdownEscapingBytesTests {
    static let samples = [
        "得分*0.5", "“****”党建", "a*b_c[d]<e>~f|g$h\\i`j", "&amp; &#123; &x; &; & amp;", "![alt] !x", "**（一）加强**",
        "*\u{301}", "x\u{301}*", "&amp;\u{301}", "&ab\u{301}c;", "*\u{0600}", "\u{0600}*", "一*\u{302A}", "が*\u{3099}",
        "&" + String(repeating: "a", count: 40) + ";", "&#" + String(repeating: "1", count: 32) + ";", "*😀*", "e*é*e",
        "（1）*", "*", "&", "!", "![", "x&amp;", "[]", "\r\n*\r\n",
    ]

    @Test(arguments: samples) func bytesAgreeWithCharacters(text: String) {
        let bytes = MarkdownEscaping.inlineBytes(text)
        if let bytes { #expect(Array(bytes.utf8) == Array(MarkdownEscaping.inlineCharacters(text).utf8)) }
        #expect(Array(MarkdownEscaping.inline(text).utf8) == Array(MarkdownEscaping.inlineCharacters(text).utf8))
    }

    /// Where a neighbour could join a special byte into one character, bytes do not decide.
    @Test func combiningNeighboursGoToTheCharacterPath() {
        #expect(MarkdownEscaping.inlineBytes("*\u{301}") == nil)
        #expect(MarkdownEscaping.inlineBytes("\u{0600}*") == nil)
        #expect(MarkdownEscaping.inlineBytes("&amp;\u{301}") == nil)
        #expect(MarkdownEscaping.inlineBytes("得分*0.5") == "得分\\*0.5")
        #expect(MarkdownEscaping.inlineBytes("&amp; ![x]") == "\\&amp; \\!\\[x\\]")
    }
}
