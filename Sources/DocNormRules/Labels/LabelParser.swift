import DocNormModel

/// Recognizes a numbering label at the start of a paragraph's text.
///
/// A label is only a label at the start, and number-like text is not a label when a digit
/// or a unit follows the delimiter (`1.5万`, `2022年`, `3.4亿元`, `1、2、3号楼`).
package enum LabelParser {
    package enum Match: Equatable, Sendable {
        /// A numbering label and how many characters of the text it takes, with the space after it.
        case label(NumberingLabel, length: Int)
        /// `一是`, `二是`: enumeration written in prose; not a label.
        case enumeration(number: Int)
    }

    /// Characters that, right after a digit label's delimiter, show the digits were a quantity.
    static func isUnit(_ s: Unicode.Scalar) -> Bool {
        switch s { case "万", "亿", "元", "%", "％", "‰": true; default: false }
    }
    /// Typed bullets, with those symbol fonts show (Wingdings ❖ ⚫ ⮚ …).
    static func isBullet(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "•", "●", "○", "◆", "◇", "■", "□", "▪", "▫", "▶", "►", "➢", "✓", "√", "·", "◦",
             "⚫", "⬤", "❖", "✔", "♦", "◼", "◾", "⬥", "⬧", "⮚", "➔", "➤": true
        default: false
        }
    }
    static func isCheckbox(_ s: Unicode.Scalar) -> Bool { s == "□" || s == "■" }
    /// Where a Chinese or Arabic number, or one in brackets, may start.
    static func startsANumber(_ s: Unicode.Scalar) -> Bool {
        isNumeral(s) || isOpenParen(s) || s == "第" || ("0"..."9").contains(s)
    }
    static func isChineseDelimiter(_ s: Unicode.Scalar) -> Bool { s == "、" || s == "." || s == "．" || s == "，" }
    static func isDigitDelimiter(_ s: Unicode.Scalar) -> Bool { s == "." || s == "．" || s == "、" }
    static func isOpenParen(_ s: Unicode.Scalar) -> Bool { s == "(" || s == "（" }
    static func isCloseParen(_ s: Unicode.Scalar) -> Bool { s == ")" || s == "）" }
    /// `ChineseNumerals.isNumeral`, for a scalar.
    static func isNumeral(_ s: Unicode.Scalar) -> Bool {
        switch s { case "〇", "零", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千": true; default: false }
    }

    package static func parse(_ text: String) -> Match? {
        mayStart(text) ? parseAny(text) : nil
    }

    /// False when no label can start with the text's first scalar: an ideograph that is
    /// neither 第 nor a numeral, as most paragraphs of a report start (a test holds it to
    /// `parseAny` for every ideograph). Its first character would be that ideograph alone:
    /// unified ideographs never combine into another character.
    package static func mayStart(_ text: some StringProtocol) -> Bool {
        guard let s = text.unicodeScalars.first, (0x4E00...0x9FFF).contains(s.value) else { return true }
        return s == "第" || isNumeral(s)
    }

    static func parseAny(_ text: String) -> Match? {
        let c = LabelScalars(text, limit: 24)
        guard !c.isEmpty else { return nil }
        let first = c[0]
        if first == "第", let m = ordinal(c) { return m }
        if isOpenParen(first), let m = parenthesized(c) { return m }
        if let m = enclosed(c) { return m }
        if isNumeral(first), let m = chineseNumber(c) { return m }
        if c.isASCIIDigit(0), let m = digits(c) { return m }
        if c.isASCIILetter(0), let m = letter(c) { return m }
        if let m = bullet(c) { return m }
        return nil
    }

    // MARK: - Forms

    /// 第一章 第一编 第一部分 第一卷 第一节 第一条 (also with Arabic digits: 第1章).
    static func ordinal(_ c: LabelScalars) -> Match? {
        var i = 1
        let (value, style, next) = number(c, from: i)
        guard let value else { return nil }
        i = next
        let units: [(String, LabelRank)] = [("部分", .chapter), ("章", .chapter), ("编", .chapter), ("卷", .chapter), ("节", .section), ("条", .article)]
        for (unit, rank) in units where c.keys[i...].starts(with: unit.unicodeScalars) {
            i += unit.unicodeScalars.count
            let form = LabelForm(numerals: style, prefix: "第", suffix: unit)
            let original = c.string(0..<i)
            let length = i + spaces(c, from: i)
            // 第一条 needs text after it; 第一章 may stand alone.
            return .label(NumberingLabel(original: original, rank: rank, number: value, form: form), length: length)
        }
        return nil
    }

    /// （一） (一) （1） (1) and the mixed-width pairs.
    static func parenthesized(_ c: LabelScalars) -> Match? {
        // A space typed inside the brackets is still the label: `（ 二）保密责任`.
        let digitsStart = 1 + innerSpaces(c, from: 1)
        let (value, style, digitsEnd) = number(c, from: digitsStart)
        let next = digitsEnd + innerSpaces(c, from: digitsEnd)
        guard let value, next < c.count, isCloseParen(c[next]) else { return nil }
        let rank: LabelRank = style == .chinese ? .parenthesizedChinese : .parenthesizedArabic
        if style == .arabic && digitsEnd - digitsStart > 3 { return nil }  // （2022） is a year, not a label
        let form = LabelForm(numerals: style, prefix: c.string(0..<1), suffix: c.string(next..<next + 1))
        let end = next + 1
        return .label(NumberingLabel(original: c.string(0..<end), rank: rank, number: value, form: form),
                      length: end + spaces(c, from: end))
    }

    /// ① … ⑳ … ㊿ and ⑴ … ⒇.
    static func enclosed(_ c: LabelScalars) -> Match? {
        // A character of several scalars has a key outside these ranges.
        let s = c[0]
        let style: NumeralStyle
        let n: Int
        switch s.value {
        case 0x2460...0x2473: style = .circled; n = Int(s.value - 0x2460) + 1
        case 0x3251...0x325F: style = .circled; n = Int(s.value - 0x3251) + 21
        case 0x32B1...0x32BF: style = .circled; n = Int(s.value - 0x32B1) + 36
        case 0x2474...0x2487: style = .parenthesizedDigit; n = Int(s.value - 0x2474) + 1
        default: return nil
        }
        let label = NumberingLabel(original: c.string(0..<1), rank: .circled, number: n, form: LabelForm(numerals: style))
        return .label(label, length: 1 + spaces(c, from: 1))
    }

    /// 一、 十一、 一． and the typo 一，; 一是 is an enumeration.
    static func chineseNumber(_ c: LabelScalars) -> Match? {
        var i = 0
        while i < c.count, isNumeral(c[i]) { i += 1 }
        guard i < c.count, let value = c.chineseValue(0..<i), value < 100 else { return nil }
        if c[i] == "是" { return .enumeration(number: value) }
        i += spacesBeforeComma(c, from: i)
        guard isChineseDelimiter(c[i]) else { return nil }
        let end = i + 1
        // 一.5 would be a number, not a label; 一、2023年 is a label.
        if c[i] != "、", end < c.count, c.isNumber(end) { return nil }
        let form = LabelForm(numerals: .chinese, suffix: c.string(i..<end))
        return .label(NumberingLabel(original: c.string(0..<end), rank: .chineseNumber, number: value, form: form),
                      length: end + spaces(c, from: end))
    }

    /// 1. 1． 1、 1) 1） and Western outlines 1.1 / 1.1.1.
    static func digits(_ c: LabelScalars) -> Match? {
        var parts: [Int] = []
        var i = 0
        while true {
            let start = i
            while i < c.count, c.isASCIIDigit(i) { i += 1 }
            guard i > start, i - start <= 3, let v = c.decimal(start..<i) else { return nil }
            parts.append(v)
            guard i < c.count else { return nil }
            let d = c[i]
            // Another part follows: 1.2
            if (d == "." || d == "．"), i + 1 < c.count, c.isASCIIDigit(i + 1), parts.count < 6 {
                i += 1
                continue
            }
            break
        }
        if parts.count >= 2 {
            // 1.1 / 1.1.1: needs a space or a trailing dot and then no digit; 1.5万 is a quantity.
            // Three parts or more are no quantity: `1.5.4标记为` is a label as it stands.
            var end = i
            if end < c.count, c[end] == "." || c[end] == "．" { end += 1 }
            let gap = spaces(c, from: end)
            let joined = parts.count >= 3 && end < c.count && CharacterClass.isCJKLetter(c.first(end)) && !isUnit(c[end])
            guard gap > 0 || joined || (end > i && end < c.count && !c.isNumber(end) && !isUnit(c[end])) else { return nil }
            guard parts.allSatisfy({ $0 >= 1 }) else { return nil }
            let form = LabelForm(numerals: .decimalOutline, suffix: end > i ? "." : "")
            let label = NumberingLabel(original: c.string(0..<end), rank: .western(depth: parts.count),
                                       number: parts.last!, parts: parts, form: form)
            return .label(label, length: end + gap)
        }
        i += spacesBeforeComma(c, from: i)
        let d = c[i]
        let value = parts[0]
        guard value >= 1 else { return nil }
        guard isDigitDelimiter(d) || isCloseParen(d) else { return nil }
        let end = i + 1
        if end < c.count {
            if c.isDigit(end) || isUnit(c[end]) { return nil }
        } else {
            return nil  // a bare "1." is not a paragraph with content
        }
        let form = LabelForm(numerals: .arabic, suffix: c.string(i..<end))
        return .label(NumberingLabel(original: c.string(0..<end), rank: .arabic, number: value, form: form),
                      length: end + spaces(c, from: end))
    }

    /// a. A. a) A): one letter, then a space or CJK text.
    static func letter(_ c: LabelScalars) -> Match? {
        guard c.count >= 3, c[1] == "." || c[1] == ")" || c[1] == "）" else { return nil }
        guard c[2] == " " || CharacterClass.isCJKLetter(c.first(2)) else { return nil }
        let upper = c[0].value < 0x61
        let value = Int(c[0].value - (upper ? 65 : 97)) + 1
        // Only the start of the alphabet counts: "I." or "X." in prose are words, not labels.
        guard value <= 8 else { return nil }
        let form = LabelForm(numerals: upper ? .upperLetter : .lowerLetter, suffix: c.string(1..<2))
        return .label(NumberingLabel(original: c.string(0..<2), rank: .circled, number: value, form: form),
                      length: 2 + spaces(c, from: 2))
    }

    /// • ● ■ and "- " "* " "+ ".
    static func bullet(_ c: LabelScalars) -> Match? {
        let b = c[0]
        if isBullet(b) {
            guard c.count >= 2, c[1] != b else { return nil }
            // A template's checkbox on a numbered line (`□五、服务实施…`, `□（二）验收…`): the
            // line is numbered, the box is the author's text.
            if isCheckbox(b), startsANumber(c[1]) { return nil }
        } else if b == "-" || b == "*" || b == "+" {
            guard c.count >= 3, c[1] == " " else { return nil }
        } else {
            return nil
        }
        let original = c.string(0..<1)
        let label = NumberingLabel(original: original, rank: .bullet, number: 1, form: LabelForm(numerals: .bullet(original)))
        return .label(label, length: 1 + spaces(c, from: 1))
    }

    // MARK: - Pieces

    /// A Chinese or Arabic number at `i`: its value, style and the index after it.
    static func number(_ c: LabelScalars, from i: Int) -> (Int?, NumeralStyle, Int) {
        var j = i
        if j < c.count, c.isASCIIDigit(j) {
            while j < c.count, c.isASCIIDigit(j) { j += 1 }
            return (c.decimal(i..<j).flatMap { $0 >= 1 ? $0 : nil }, .arabic, j)
        }
        while j < c.count, isNumeral(c[j]) { j += 1 }
        guard j > i else { return (nil, .chinese, j) }
        return (c.chineseValue(i..<j), .chinese, j)
    }

    /// The spaces typed before a label's 、 (`一 、`, `3 、报价一览表格式`): the label is the
    /// same label. Zero when no 、 follows them.
    static func spacesBeforeComma(_ c: LabelScalars, from i: Int) -> Int {
        let gap = innerSpaces(c, from: i)
        return gap > 0 && i + gap < c.count && c[i + gap] == "、" ? gap : 0
    }

    /// One or two spaces typed inside a label (`（ 二）`, `3 、`), ASCII or ideographic.
    static func innerSpaces(_ c: LabelScalars, from i: Int) -> Int {
        var j = i
        while j < c.count, j - i < 2, c[j] == " " || c[j] == "\u{3000}" { j += 1 }
        return j - i
    }

    /// Spaces after a label: ASCII, ideographic and no-break.
    static func spaces(_ c: LabelScalars, from i: Int) -> Int {
        var j = i
        while j < c.count, c[j] == " " || c[j] == "\u{3000}" || c[j] == "\u{00A0}" || c[j] == "\t" { j += 1 }
        return j - i
    }
}
