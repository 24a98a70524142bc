import DocNormModel
@testable import DocNormRules
import DocNormTestSupport
import Foundation
import Testing

/// The scalar label parser gives exactly what the `[Character]` one gave (`ReferenceLabelParser`):
/// on every line of the samples and seeds, and on generated tricky strings.
@Suite struct LabelParserSamenessTests {
    /// Both parsers' answers, compared scalar for scalar (`==` on strings would let
    /// canonically equal but different text pass).
    func differences(_ texts: some Sequence<String>) -> [String] {
        var wrong: [String] = []
        for t in texts {
            let old = String(reflecting: ReferenceLabelParser.parseAny(t))
            let new = String(reflecting: LabelParser.parseAny(t))
            if !old.unicodeScalars.elementsEqual(new.unicodeScalars) {
                wrong.append("\(t.unicodeScalars.map { String($0.value, radix: 16) }): \(old) vs \(new)")
            }
        }
        return wrong
    }

    @Test func everyLineOfTheSamplesAndSeeds() throws {
        // As written, and as the rules see it: without the indent.
        let lines = try TestSupport.sampleAndSeedLines().flatMap { line in
            [line, String(line.drop(while: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }))]
        }
        #expect(lines.count > 300)
        let wrong = differences(lines)
        #expect(wrong.isEmpty, "\(wrong.count) differ: \(wrong.prefix(5))")
    }

    /// Every label form of `LabelParserTests`, its false friends, and variants of them.
    static let bases = [
        "第一章 总则", "第三部分　展望", "第二节 方法", "第十二条　本办法", "第1章", "第12编", "第一", "第", "第一部",
        "一、工作成效", "十一、其他", "二．存在问题", "三，下一步", "一是落实责任", "三是加强", "一二三", "一.5", "一、2023年",
        "（一）加强学习", "(二)加强学习", "（三)混合括号", "(四）x", "（1）具体", "(12)具体", "（2022年）", "(2022)", "（0）", "()",
        "1.不断加强", "2．不断加强", "3、不断加强", "4)不断加强", "5）x", "0.x", "1.", "1", "1234.x", "1.5万人次", "3.4亿元",
        "1、2、3号楼", "10.1万", "50%的", "2022年，在市委", "1.1 Background", "2.3.4 Details", "1.1.", "1.1.x", "1.0 x",
        "1.2.3.4.5.6.7 x", "1．2 x", "99999999999999999999.x", "第99999999999999999999章",
        "①第一", "⑵第二", "⑳", "㉑ x", "㊿", "⒇x", "a.第一", "A) x", "h. x", "i. x", "I. Scope", "a.", "Z.x", "b）中",
        "• item", "⚫ Wingdings 2", "❖ Wingdings", "- item", "* x", "+ x", "-x", "••", "·", "· x", "√ 已完成",
        "XX党委", "***党支部", "Introduction", "", "x", " ", "\t",
    ]

    static func variants(_ s: String) -> [String] {
        let widen: [Character: Character] = ["(": "（", ")": "）", ".": "．", " ": "\u{3000}", ",": "，", "%": "％"]
        let narrow = Dictionary(widen.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
        var out = [s, String(s.map { widen[$0] ?? $0 }), String(s.map { narrow[$0] ?? $0 })]
        for after in [" ", "  ", "\t", "\u{00A0}", "\u{3000}", "\u{301}", "\u{20DD}", "\u{FE0F}", "😀", "👨‍👩‍👧", "🇨🇳", "\r\n", "x", "5", "万"] {
            out.append(s + after)
            // After the first character, and after the label's first part.
            if let first = s.first { out.append(String(first) + after + s.dropFirst()) }
            if s.count > 2 { out.append(String(s.prefix(2)) + after + s.dropFirst(2)) }
        }
        return out
    }

    @Test func generatedTrickyStrings() {
        var texts = Self.bases.flatMap(Self.variants)
        let units = ["章", "部分", "编", "节", "条", "部", "分", "年", "是", "、", " "]
        let cjkDigits = (1...99).map(ChineseNumerals.format)
        for n in cjkDigits + (0...99).map(String.init) {
            for u in units { texts += ["第" + n + u, "第" + n + u + " x", "第" + n + u + "\u{301}"] }
            for (o, c) in [("(", ")"), ("（", "）"), ("(", "）"), ("（", ")")] { texts += [o + n + c + "x", o + n + c, o + n + "x"] }
            for d in ["、", ".", "．", "，", ")", "）", "是", "．5", "、5", ".5万", "%"] { texts += [n + d + "x", n + d, n + d + " x"] }
        }
        for c in ["一", "十", "1", "a", "A", "第", "（", "•", "①", "-", "😀", "é", "e\u{301}", "\u{301}", "\u{F9D1}", "\u{0387}", "\u{212A}"] {
            texts += [c, c + "、x", c + ". x", c + "x"]
        }
        // Characters canonically equal to ones labels hold: compatibility ideographs (六 U+F9D1), Greek ano teleia.
        texts += ["\u{F9D1}、x", "第\u{F9D1}章", "（\u{F9D1}）x", "\u{0387} x", "\u{0387}·", "·\u{0387}", "一\u{F9D1}、x"]
        #expect(texts.count > 10_000)
        let wrong = differences(texts)
        #expect(wrong.isEmpty, "\(wrong.count) differ: \(wrong.prefix(5))")
    }

    /// Scalars as a label's first character and as the character after a label: both the
    /// scalars the fast path takes as they are and those that fall back to characters.
    @Test func everyScalarBeforeAndAfterALabel() {
        var wrong: [String] = []
        var texts: [String] = []
        // The whole BMP, emoji, and the supplementary ideographs, tags and variation selectors' starts.
        let ranges: [ClosedRange<UInt32>] = [0...0xFFFF, 0x1F000...0x1FAFF, 0x20000...0x200FF, 0xE0000...0xE01EF]
        for v in ranges.joined() {
            guard let s = Unicode.Scalar(v) else { continue }
            let c = String(s)
            texts += [c + "、x", c + " x", "1." + c, "一" + c, "（" + c + "）x"]
            if texts.count > 50_000 { wrong += differences(texts); texts.removeAll(keepingCapacity: true) }
        }
        wrong += differences(texts)
        #expect(wrong.isEmpty, "\(wrong.count) differ: \(wrong.prefix(5))")
    }

    @Test func mayStartAgreesForEveryIdeographAndOthers() {
        let texts = (UInt32(0x4E00)...0x9FFF).map { String(Unicode.Scalar($0)!) + "、x" } + Self.bases
        #expect(texts.filter { LabelParser.mayStart($0) != ReferenceLabelParser.mayStart($0) }.isEmpty)
    }

    /// The fast path compares scalars as they are: none it takes is canonically equal to another
    /// character a label holds, and no ASCII one is reached through canonical equality.
    @Test func noScalarStandingAloneEqualsAnotherLabelCharacter() {
        var wrong: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v), let key = LabelScalars.labelScalar[Character(s)], key != s else { continue }
            if CharacterClass.standsAlone(s) || key.isASCII { wrong.append(v) }
        }
        #expect(wrong.isEmpty, "\(wrong.map { String($0, radix: 16) })")
    }
}
