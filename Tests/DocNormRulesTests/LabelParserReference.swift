import DocNormModel
@testable import DocNormRules

/// The label parser as it was on `[Character]`, kept as the reference the scalar parser must
/// agree with on every input (`LabelParserSamenessTests`). Do not change it.
enum ReferenceLabelParser {
    typealias Match = LabelParser.Match

    /// Characters that, right after a digit label's delimiter, show the digits were a quantity.
    static let units: Set<Character> = ["万", "亿", "元", "%", "％", "‰"]
    /// Typed bullets, with those symbol fonts show (Wingdings ❖ ⚫ ⮚ …).
    static let bullets: Set<Character> = ["•", "●", "○", "◆", "◇", "■", "□", "▪", "▫", "▶", "►", "➢", "✓", "√", "·", "◦",
                                          "⚫", "⬤", "❖", "✔", "♦", "◼", "◾", "⬥", "⬧", "⮚", "➔", "➤"]
    static let chineseDelimiters: Set<Character> = ["、", ".", "．", "，"]
    static let digitDelimiters: Set<Character> = [".", "．", "、"]
    static let openParens: Set<Character> = ["(", "（"]
    static let closeParens: Set<Character> = [")", "）"]

    static func parse(_ text: String) -> Match? {
        mayStart(text) ? parseAny(text) : nil
    }

    /// False when no label can start with the text's first scalar: an ideograph that is
    /// neither 第 nor a numeral, as most paragraphs of a report start (a test holds it to
    /// `parseAny` for every ideograph). Its first character would be that ideograph alone:
    /// unified ideographs never combine into another character.
    static func mayStart(_ text: some StringProtocol) -> Bool {
        guard let s = text.unicodeScalars.first, (0x4E00...0x9FFF).contains(s.value) else { return true }
        return s == "第" || ChineseNumerals.isNumeral(Character(s))
    }

    static func parseAny(_ text: String) -> Match? {
        // Characters made from scalars where each is one (nearly always): no grapheme breaking.
        let chars = text.prefixOfSimpleCharacters(24).map { $0.prefix.unicodeScalars.map(Character.init) } ?? Array(text.prefix(24))
        guard let first = chars.first else { return nil }
        if first == "第", let m = ordinal(chars) { return m }
        if openParens.contains(first), let m = parenthesized(chars) { return m }
        if let m = enclosed(chars) { return m }
        if ChineseNumerals.isNumeral(first), let m = chineseNumber(chars) { return m }
        if first.isASCII && first.isNumber, let m = digits(chars) { return m }
        if first.isASCII && first.isLetter, let m = letter(chars) { return m }
        if let m = bullet(chars) { return m }
        return nil
    }

    // MARK: - Forms

    /// 第一章 第一编 第一部分 第一节 第一条 (also with Arabic digits: 第1章).
    static func ordinal(_ c: [Character]) -> Match? {
        var i = 1
        let (value, style, next) = number(c, from: i)
        guard let value else { return nil }
        i = next
        let rest = String(c[i...])
        let units: [(String, LabelRank)] = [("部分", .chapter), ("章", .chapter), ("编", .chapter), ("卷", .chapter), ("节", .section), ("条", .article)]
        for (unit, rank) in units where rest.hasPrefix(unit) {
            i += unit.count
            let form = LabelForm(numerals: style, prefix: "第", suffix: unit)
            let original = String(c[0..<i])
            let length = i + spaces(c, from: i)
            // 第一条 needs text after it; 第一章 may stand alone.
            return .label(NumberingLabel(original: original, rank: rank, number: value, form: form), length: length)
        }
        return nil
    }

    /// （一） (一) （1） (1) and the mixed-width pairs.
    static func parenthesized(_ c: [Character]) -> Match? {
        let digitsStart = 1 + innerSpaces(c, from: 1)
        let (value, style, digitsEnd) = number(c, from: digitsStart)
        let next = digitsEnd + innerSpaces(c, from: digitsEnd)
        guard let value, next < c.count, closeParens.contains(c[next]) else { return nil }
        let rank: LabelRank = style == .chinese ? .parenthesizedChinese : .parenthesizedArabic
        if style == .arabic && digitsEnd - digitsStart > 3 { return nil }  // （2022） is a year, not a label
        let form = LabelForm(numerals: style, prefix: String(c[0]), suffix: String(c[next]))
        let end = next + 1
        return .label(NumberingLabel(original: String(c[0..<end]), rank: rank, number: value, form: form),
                      length: end + spaces(c, from: end))
    }

    /// ① … ⑳ … ㊿ and ⑴ … ⒇.
    static func enclosed(_ c: [Character]) -> Match? {
        guard let s = c[0].unicodeScalars.first, c[0].unicodeScalars.count == 1 else { return nil }
        let style: NumeralStyle
        let n: Int
        switch s.value {
        case 0x2460...0x2473: style = .circled; n = Int(s.value - 0x2460) + 1
        case 0x3251...0x325F: style = .circled; n = Int(s.value - 0x3251) + 21
        case 0x32B1...0x32BF: style = .circled; n = Int(s.value - 0x32B1) + 36
        case 0x2474...0x2487: style = .parenthesizedDigit; n = Int(s.value - 0x2474) + 1
        default: return nil
        }
        let label = NumberingLabel(original: String(c[0]), rank: .circled, number: n, form: LabelForm(numerals: style))
        return .label(label, length: 1 + spaces(c, from: 1))
    }

    /// 一、 十一、 一． and the typo 一，; 一是 is an enumeration.
    static func chineseNumber(_ c: [Character]) -> Match? {
        var i = 0
        while i < c.count, ChineseNumerals.isNumeral(c[i]) { i += 1 }
        guard i < c.count, let value = ChineseNumerals.parse(String(c[0..<i])), value < 100 else { return nil }
        if c[i] == "是" { return .enumeration(number: value) }
        i += spacesBeforeComma(c, from: i)
        guard chineseDelimiters.contains(c[i]) else { return nil }
        let end = i + 1
        // 一.5 would be a number, not a label; 一、2023年 is a label.
        if c[i] != "、", end < c.count, c[end].isNumber { return nil }
        let form = LabelForm(numerals: .chinese, suffix: String(c[i]))
        return .label(NumberingLabel(original: String(c[0..<end]), rank: .chineseNumber, number: value, form: form),
                      length: end + spaces(c, from: end))
    }

    /// 1. 1． 1、 1) 1） and Western outlines 1.1 / 1.1.1.
    static func digits(_ c: [Character]) -> Match? {
        var parts: [Int] = []
        var i = 0
        var delimiter: Character?
        while true {
            let start = i
            while i < c.count, c[i].isASCII, c[i].isNumber { i += 1 }
            guard i > start, i - start <= 3, let v = Int(String(c[start..<i])) else { return nil }
            parts.append(v)
            guard i < c.count else { return nil }
            let d = c[i]
            // Another part follows: 1.2
            if (d == "." || d == "．"), i + 1 < c.count, c[i + 1].isASCII, c[i + 1].isNumber, parts.count < 6 {
                delimiter = d
                i += 1
                continue
            }
            break
        }
        if parts.count >= 2 {
            // 1.1 / 1.1.1: needs a space or a trailing dot and then no digit; 1.5万 is a quantity.
            var end = i
            if end < c.count, c[end] == "." || c[end] == "．" { end += 1 }
            let gap = spaces(c, from: end)
            // Three parts or more are no quantity: `1.5.4标记为` is a label as it stands.
            let joined = parts.count >= 3 && end < c.count && c[end].unicodeScalars.first.map(CharacterClass.isCJKLetter) == true
                && !units.contains(c[end])
            guard gap > 0 || joined || (end > i && end < c.count && !c[end].isNumber && !units.contains(c[end])) else { return nil }
            guard parts.allSatisfy({ $0 >= 1 }) else { return nil }
            let form = LabelForm(numerals: .decimalOutline, suffix: end > i ? "." : "")
            _ = delimiter
            let label = NumberingLabel(original: String(c[0..<end]), rank: .western(depth: parts.count),
                                       number: parts.last!, parts: parts, form: form)
            return .label(label, length: end + gap)
        }
        i += spacesBeforeComma(c, from: i)
        let d = c[i]
        let value = parts[0]
        guard value >= 1 else { return nil }
        guard digitDelimiters.contains(d) || closeParens.contains(d) else { return nil }
        let end = i + 1
        if end < c.count {
            let after = c[end]
            let ideograph = after.unicodeScalars.first.map { $0.properties.numericType == .numeric && CharacterClass.isCJKLetter($0) } ?? false
            if after.isNumber && !ideograph || units.contains(after) { return nil }
        } else {
            return nil  // a bare "1." is not a paragraph with content
        }
        let form = LabelForm(numerals: .arabic, suffix: String(d))
        return .label(NumberingLabel(original: String(c[0..<end]), rank: .arabic, number: value, form: form),
                      length: end + spaces(c, from: end))
    }

    /// a. A. a) A): one letter, then a space or CJK text.
    static func letter(_ c: [Character]) -> Match? {
        guard c.count >= 3, c[1] == "." || c[1] == ")" || c[1] == "）" else { return nil }
        let after = c[2]
        let cjk = after.unicodeScalars.first.map(CharacterClass.isCJKLetter) ?? false
        guard after == " " || cjk else { return nil }
        let upper = c[0].isUppercase
        let value = Int(c[0].asciiValue! - (upper ? 65 : 97)) + 1
        // Only the start of the alphabet counts: "I." or "X." in prose are words, not labels.
        guard value <= 8 else { return nil }
        let form = LabelForm(numerals: upper ? .upperLetter : .lowerLetter, suffix: String(c[1]))
        return .label(NumberingLabel(original: String(c[0...1]), rank: .circled, number: value, form: form),
                      length: 2 + spaces(c, from: 2))
    }

    /// • ● ■ and "- " "* " "+ ".
    static func bullet(_ c: [Character]) -> Match? {
        let b = c[0]
        if bullets.contains(b) {
            guard c.count >= 2, c[1] != b else { return nil }
            if "□■".contains(b), "〇零一二两三四五六七八九十百千(（第0123456789".contains(c[1]) { return nil }
        } else if b == "-" || b == "*" || b == "+" {
            guard c.count >= 3, c[1] == " " else { return nil }
        } else {
            return nil
        }
        let label = NumberingLabel(original: String(b), rank: .bullet, number: 1, form: LabelForm(numerals: .bullet(String(b))))
        return .label(label, length: 1 + spaces(c, from: 1))
    }

    // MARK: - Pieces

    /// A Chinese or Arabic number at `i`: its value, style and the index after it.
    static func number(_ c: [Character], from i: Int) -> (Int?, NumeralStyle, Int) {
        var j = i
        if j < c.count, c[j].isASCII, c[j].isNumber {
            while j < c.count, c[j].isASCII, c[j].isNumber { j += 1 }
            return (Int(String(c[i..<j])).flatMap { $0 >= 1 ? $0 : nil }, .arabic, j)
        }
        while j < c.count, ChineseNumerals.isNumeral(c[j]) { j += 1 }
        guard j > i else { return (nil, .chinese, j) }
        return (ChineseNumerals.parse(String(c[i..<j])), .chinese, j)
    }

    /// The spaces typed before a label's 、; zero when no 、 follows them.
    static func spacesBeforeComma(_ c: [Character], from i: Int) -> Int {
        let gap = innerSpaces(c, from: i)
        return gap > 0 && i + gap < c.count && c[i + gap] == "、" ? gap : 0
    }

    /// One or two spaces typed inside a label (`（ 二）`, `3 、`).
    static func innerSpaces(_ c: [Character], from i: Int) -> Int {
        var j = i
        while j < c.count, j - i < 2, c[j] == " " || c[j] == "\u{3000}" { j += 1 }
        return j - i
    }

    /// Spaces after a label: ASCII, ideographic and no-break.
    static func spaces(_ c: [Character], from i: Int) -> Int {
        var j = i
        while j < c.count, c[j] == " " || c[j] == "\u{3000}" || c[j] == "\u{00A0}" || c[j] == "\t" { j += 1 }
        return j - i
    }
}
