import DocNormModel
@testable import DocNormRules
import DocNormTestSupport
import Testing

/// The functions of the text path as they were before they read bytes or scalars: the
/// oracles of `TextPathSamenessTests`.
enum TextPathReference {
    /// `[Inline].split(at:)` on one text run, by stepping characters.
    static func split(_ s: String, at offset: Int) -> (head: [Inline], tail: [Inline]) {
        guard offset > 0 else { return ([], [.text(s)]) }
        if let i = s.index(s.startIndex, offsetBy: offset, limitedBy: s.endIndex), i < s.endIndex {
            return ([.text(String(s[..<i]))], [.text(String(s[i...]))])
        }
        return ([.text(s)], [])
    }

    /// `ReportPlaceholders.placeholders(in:)` with a byte-by-byte walk and a dictionary of run
    /// strings (the same test of each run).
    static func placeholders(in text: String) -> [(text: String, count: Int)] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        let b = Array(text.utf8)
        b.withUnsafeBufferPointer { b in
            var i = 0
            while i < b.count {
                let byte = b[i]
                guard byte == UInt8(ascii: "X") || byte == UInt8(ascii: "*") else { i += 1; continue }
                var j = i
                while j < b.count, b[j] == byte { j += 1 }
                let run = j - i
                let before = i > 0 ? Unicode.Scalar(UTF8Scan.scalar(b, at: UTF8Scan.start(b, before: i))) : nil
                let after = j < b.count ? Unicode.Scalar(UTF8Scan.scalar(b, at: j)) : nil
                if ReportPlaceholders.isPlaceholder(byte, run: run, before: before, after: after) {
                    let key = String(repeating: String(UnicodeScalar(byte)), count: run)
                    if counts[key] == nil { order.append(key) }
                    counts[key, default: 0] += 1
                }
                i = j
            }
        }
        return order.map { ($0, counts[$0]!) }
    }
}

/// Label cuts, scalar counts, Chinese numerals and placeholder reports read from bytes or
/// scalars give what the character and string versions gave: on every line of the samples
/// and seeds and on strings made to trip them (combining marks, emoji, CR LF, U+3000, BOM,
/// zero-width spaces, ideographs at the edges of the lead bytes the scans pass over).
@Suite struct TextPathSamenessTests {
    static let odd = ["", "一", "、", "e\u{301}", "\u{301}", "👍🏽", "\r\n", "\u{3000}", "\u{FEFF}", "\u{200B}", "a", "1", "倀", "鿿", "䷀", "丁",
                      "\u{4DBF}", "\u{F9D1}", "가", "X", "XX", "*", "**", "中X", "X中", "XML", "1*2", "。", "，"]

    static func generated() -> [String] {
        var texts: [String] = []
        for a in odd { for b in odd { for c in ["", "第一章", "abc", "（一）"] { texts += [a + b + c, c + a + b, a + c + b] } } }
        return texts
    }

    static func texts() throws -> [String] { try TestSupport.sampleAndSeedLines() + generated() }

    @Test func labelCutsAreTheCharacterCuts() throws {
        var wrong: [String] = []
        for t in try Self.texts() {
            for n in 0...26 {
                let new = [Inline.text(t)].split(at: n)
                let old = TextPathReference.split(t, at: n)
                if String(reflecting: new).utf8.elementsEqual(String(reflecting: old).utf8) == false { wrong.append("\(t.debugDescription) at \(n)") }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) differ: \(wrong.prefix(5))")
    }

    @Test func characterCountsAreTheCharacterCounts() throws {
        let texts = try Self.texts()
        let wrong = texts.filter { $0.characterCount != $0.count || $0.dropFirst().characterCount != $0.dropFirst().count }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
        #expect([Inline.text("e\u{301}中"), .strong([.text("👍🏽\r\n")])].characterCount == 4)
    }

    @Test func scalarCountsAreTheScalarViewsCount() throws {
        let texts = try Self.texts() + (0..<20).map { String(repeating: "a中é😀", count: $0) + String(repeating: "x", count: $0 % 8) }
        let wrong = texts.filter { $0.scalarCount != $0.unicodeScalars.count }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }

    @Test func chineseNumeralsByScalarAreTheStringParse() {
        let alphabet: [Unicode.Scalar] = ["〇", "零", "一", "二", "两", "三", "五", "九", "十", "百", "千", "万", "a", "\u{301}", "\u{F9D1}"]
        var wrong: [String] = []
        var count = 0
        func visit(_ s: [Unicode.Scalar]) {
            count += 1
            let text = String(String.UnicodeScalarView(s))
            if ChineseNumerals.parse(scalars: s) != ChineseNumerals.parse(text) { wrong.append(text) }
            guard s.count < 4 else { return }
            for c in alphabet { visit(s + [c]) }
        }
        visit([])
        #expect(count > 50_000)
        #expect(ChineseNumerals.parse(scalars: Array("一百零五".unicodeScalars)) == 105)
        // They differ only where the label parser never gives these scalars: a combining mark
        // joins the numeral before it into another character, and U+F9D1 (canonically 六) is
        // mapped to 六 first (`LabelScalars`).
        #expect(!wrong.isEmpty && wrong.allSatisfy { $0.unicodeScalars.contains { $0 == "\u{301}" || $0 == "\u{F9D1}" } }, "\(wrong.prefix(5))")
    }

    @Test func placeholderReportsAreTheDictionaryCounts() throws {
        var texts = try Self.texts()
        for k in 0..<12 { texts += [String(repeating: "中", count: k) + "XX年X月**日", String(repeating: "X", count: k) + "中" + String(repeating: "*", count: k)] }
        #expect(texts.contains { !ReportPlaceholders.placeholders(in: $0).isEmpty })
        let wrong = texts.filter { t in
            let (a, b) = (ReportPlaceholders.placeholders(in: t), TextPathReference.placeholders(in: t))
            return a.map(\.text) != b.map(\.text) || a.map(\.count) != b.map(\.count)
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }
}
