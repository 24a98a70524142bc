@testable import DocNormWriters
import Testing

/// The byte path of inline escaping writes what the character path writes, or leaves it to it.
@Suite struct MarkdownEscapingBytesTests {
    static let samples = [
        "得分*0.5", "“****”党建", "a*b_c[d]<e>~f|g$h\\i`j", "&amp; &#123; &x; &; & amp;", "![alt] !x", "**（一）加强**",
        "*\u{301}", "x\u{301}*", "&amp;\u{301}", "&ab\u{301}c;", "*\u{0600}", "\u{0600}*", "一*\u{302A}", "が*\u{3099}",
        "&" + String(repeating: "a", count: 40) + ";", "&#" + String(repeating: "1", count: 32) + ";", "*😀*", "e*é*e",
        "（1）*", "*", "&", "!", "![", "x&amp;", "[]", "\r\n*\r\n", "д_1_д", "ب*ت", "*\n_", "Ō|ǅ", "é&amp;é", "а*\u{483}",
        "\u{6DD}*", "я![x]",
        // Long enough for whole words of non-ASCII bytes to be passed over between special bytes.
        "一二三四五六七八九十*甲乙丙丁戊己庚辛壬癸_子丑寅卯辰巳午未申酉", "采购人须知前附表" + String(repeating: "中文", count: 20) + "$x$",
        String(repeating: "项目", count: 9) + "&amp;" + String(repeating: "名称", count: 9) + "![链接]",
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
        #expect(MarkdownEscaping.inlineBytes("а*\u{483}") == nil)
        #expect(MarkdownEscaping.inlineBytes("\u{6DD}*") == nil)
        #expect(MarkdownEscaping.inlineBytes("得分*0.5") == "得分\\*0.5")
        #expect(MarkdownEscaping.inlineBytes("д_1_д") == "д\\_1\\_д")
        #expect(MarkdownEscaping.inlineBytes("&amp; ![x]") == "\\&amp; \\!\\[x\\]")
    }
}

/// A list item's later lines line up after its marker; the byte split gives what the split
/// on characters gave, where `\r\n` is one character and stays whole.
@Suite struct IndentedContinuationTests {
    func byCharacters(_ marker: String, _ text: String) -> String {
        let pad = String(repeating: " ", count: marker.count)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { k, line in
            k == 0 ? marker + line : (line.isEmpty ? "" : pad + line)
        }.joined(separator: "\n")
    }

    @Test func laterLinesAreIndentedAndEmptyOnesStayEmpty() {
        #expect(MarkdownWriter().indentedContinuation("1. ", "一\n  - 二\n\n三") == "1. 一\n     - 二\n\n   三")
        #expect(MarkdownWriter().indentedContinuation("- ", "one line") == "- one line")
        #expect(MarkdownWriter().indentedContinuation("（一）", "a\n") == "（一）a\n")
    }

    @Test(arguments: ["a\nb", "\n\n", "x\r\ny\nz", "é\u{301}\nb", "\n", "末\n\u{301}x", "a\r\n\r\nb"])
    func bytesAgreeWithCharacters(text: String) {
        for marker in ["- ", "10. ", "（十）"] {
            #expect(Array(MarkdownWriter().indentedContinuation(marker, text).utf8) == Array(byCharacters(marker, text).utf8))
        }
    }
}
