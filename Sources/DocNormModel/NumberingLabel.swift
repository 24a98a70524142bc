/// A numbering label at the start of a heading, list item or paragraph (`一、`, `（一）`, `1.`).
/// It keeps what was written, its rank and number, and what writers show.
public struct NumberingLabel: Sendable, Equatable {
    /// The label exactly as written or as Word rendered it.
    public var original: String
    /// Which level of the numbering hierarchy the label belongs to (`一、` above `（一）`).
    public var rank: LabelRank
    /// The number the label counts (1-based). For a Western outline, the last part.
    public var number: Int
    /// All parts of a Western outline label (`1.2.3` → [1, 2, 3]); `[number]` otherwise.
    public var parts: [Int]
    /// How the number is written and delimited.
    public var form: LabelForm
    /// What writers show; nil when the label is stripped.
    public var display: String?
    /// The label was produced by Word's automatic numbering, not typed.
    public var automatic: Bool
    /// The document separates the label from its text (a space, U+3000, or the tab after
    /// Word's number): `第一章 总则`, `1.1 定义`.
    public var separated = false

    /// A label as found: `parts` default to `[number]`, `display` to `original`.
    public init(original: String, rank: LabelRank, number: Int, parts: [Int]? = nil, form: LabelForm, display: String? = nil,
                automatic: Bool = false) {
        self.automatic = automatic
        self.original = original
        self.rank = rank
        self.number = number
        self.parts = parts ?? [number]
        self.form = form
        self.display = display ?? original
    }
}

extension NumberingLabel {
    /// The label as writers show it, with a space before the text where one belongs: after a
    /// Western outline number and a bullet (unless Word's list puts nothing there), after other labels when the document had
    /// one and the label does not end in full-width punctuation (`一、` `（一）` need none; a typed
    /// `1.` keeps the space typed after it). "" when
    /// the label is stripped.
    public var shown: String {
        guard let display, !display.isEmpty else { return "" }
        switch rank {
        // Word's own numbers are followed by what the list says (w:suff), even nothing.
        case .western, .bullet: return automatic && !separated ? display : display + " "
        default:
            guard separated, let last = display.unicodeScalars.last else { return display }
            // Word's tab after its own `1.` or `a)` is a space; a Chinese label's full-width
            // punctuation (`一、` `（一）` `1．`) needs none.
            if automatic, last == "." || last == ")" { return display + " " }
            // A typed `D. Place` or `1) Порядковый` keeps the space its author put after the
            // ASCII mark: without it the words run into the label.
            if last.isASCII, original.unicodeScalars.last?.isASCII == true { return display + " " }
            return Self.closingPunctuation.contains(last) ? display : display + " "
        }
    }

    /// A typed label that ends in an ASCII mark (`1.` `a)` `(1)` `Fig.1:`) runs into CJK text
    /// in the house style, space typed or not (`1.项目概述`, `1.{{股东名称}}`, `1.《规范》`);
    /// before a Western word its space stays (`D. Place`). The first letter or digit decides.
    public static func runsInto<S: StringProtocol>(_ original: String, _ text: S) -> Bool {
        guard let last = original.unicodeScalars.last, ".),:]".unicodeScalars.contains(last),
              let next = text.unicodeScalars.first(where: {
                  CharacterClass.isCJK($0) || $0.properties.isAlphabetic || $0.properties.numericType != nil
              }) else { return false }
        return CharacterClass.isCJK(next)
    }

    static let closingPunctuation: Set<Unicode.Scalar> = ["、", "．", ".", "，", ",", "）", ")", "：", ":", "】", "]", "〕"]
}

/// The rank of a label in GB/T 9704 order (lower = higher in the tree), plus the Western
/// decimal outline, articles and bullets, which stand outside that order.
public enum LabelRank: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// A chapter or part: 第一章, 第一编, 第一部分.
    case chapter
    /// A section: 第一节.
    case section
    /// A Chinese numeral with a comma: 一、.
    case chineseNumber
    /// A Chinese numeral in parentheses: （一）.
    case parenthesizedChinese
    /// An Arabic number with a point: 1. (in a Chinese document).
    case arabic
    /// An Arabic number in parentheses: （1）.
    case parenthesizedArabic
    /// A circled or enclosed number, or a letter: ① ⑴ a.
    case circled
    /// A decimal outline in a Western document (1. 1.1 1.1.1), `depth` parts deep.
    case western(depth: Int)
    /// A Word list level whose form is none of the above (i. ii., custom text).
    case listLevel(Int)
    /// 第一条: a clause of a regulation, never a heading.
    case article
    /// A bullet (• ● -): never a heading.
    case bullet

    /// Position in the tree order. Western depths sort after the Chinese ranks.
    public var order: Int {
        switch self {
        case .chapter: return 0
        case .section: return 1
        case .chineseNumber: return 2
        case .parenthesizedChinese: return 3
        case .arabic: return 4
        case .parenthesizedArabic: return 25
        case .circled: return 26
        case .western(let depth): return 10 + depth
        case .listLevel(let level): return 30 + level
        case .article: return 50
        case .bullet: return 60
        }
    }

    public static func < (lhs: LabelRank, rhs: LabelRank) -> Bool { lhs.order < rhs.order }

    /// True for ranks that can become headings.
    public var isStructural: Bool {
        switch self {
        case .article, .bullet: return false
        default: return true
        }
    }

    /// A short name used in JSON and reports (`2` or `W2`).
    public var description: String {
        switch self {
        case .western(let depth): return "W\(depth)"
        case .listLevel(let level): return "L\(level)"
        case .article: return "article"
        case .bullet: return "bullet"
        default: return String(order)
        }
    }
}

/// How a label writes its number: the numeral style and the characters around it.
public struct LabelForm: Sendable, Hashable, CustomStringConvertible {
    /// How the number itself is written (一, 1, ①, i …).
    public var numerals: NumeralStyle
    /// What comes before the number (`第`, `（`).
    public var prefix: String
    /// What comes after the number (`、`, `）`, `章`).
    public var suffix: String

    /// A form such as `（一）`: `LabelForm(numerals: .chinese, prefix: "（", suffix: "）")`.
    public init(numerals: NumeralStyle, prefix: String = "", suffix: String = "") {
        self.numerals = numerals
        self.prefix = prefix
        self.suffix = suffix
    }

    /// The label for `number` (or outline `parts`) in this form.
    public func render(_ number: Int, parts: [Int]? = nil) -> String {
        if numerals == .decimalOutline, let parts, !parts.isEmpty {
            return prefix + parts.map(String.init).joined(separator: ".") + suffix
        }
        return prefix + numerals.render(number) + suffix
    }

    /// The form written with the number 1, e.g. `（一）` or `1．`: how reports name a form.
    public var description: String { render(1, parts: [1]) }
}

/// How a label writes its number.
public enum NumeralStyle: Sendable, Hashable {
    /// Chinese numerals: 一 二 十一.
    case chinese
    /// Arabic digits: 1 2 3.
    case arabic
    /// Every part of an outline number: 1.2.3.
    case decimalOutline
    /// Circled numbers: ① ②.
    case circled
    /// Parenthesized digits that are one character each: ⑴ ⑵.
    case parenthesizedDigit
    /// Lowercase letters: a b.
    case lowerLetter
    /// Uppercase letters: A B.
    case upperLetter
    /// Lowercase Roman numerals: i ii.
    case lowerRoman
    /// Uppercase Roman numerals: I II.
    case upperRoman
    /// A bullet (• ●): the same character for every number.
    case bullet(String)

    /// The number `n` written in this style (3 → `三`, `③`, `iii`).
    public func render(_ n: Int) -> String {
        switch self {
        case .chinese: return ChineseNumerals.format(n)
        case .arabic, .decimalOutline: return String(n)
        case .circled: return NumeralStyle.circled(n) ?? "(\(n))"
        case .parenthesizedDigit: return NumeralStyle.enclosed(n, base: 0x2474, count: 20) ?? "(\(n))"
        case .lowerLetter: return Letters.format(n, upper: false)
        case .upperLetter: return Letters.format(n, upper: true)
        case .lowerRoman: return RomanNumerals.format(n).lowercased()
        case .upperRoman: return RomanNumerals.format(n)
        case .bullet(let b): return b
        }
    }

    /// ① … ⑳, then ㉑ … ㉟ and ㊱ … ㊿: past ⑳, "(21)" would read back as another rank.
    private static func circled(_ n: Int) -> String? {
        if n <= 20 { return enclosed(n, base: 0x2460, count: 20) }
        if n <= 35 { return enclosed(n - 20, base: 0x3251, count: 15) }
        return enclosed(n - 35, base: 0x32B1, count: 15)
    }

    private static func enclosed(_ n: Int, base: UInt32, count: Int) -> String? {
        guard n >= 1 && n <= count, let scalar = Unicode.Scalar(base + UInt32(n - 1)) else { return nil }
        return String(Character(scalar))
    }
}
