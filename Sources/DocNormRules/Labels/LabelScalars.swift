import DocNormModel

/// The first characters of a text, one scalar each, for the label parser to compare without
/// making `Character`s. Each character's scalar is its own when it is one scalar; a character
/// canonically equal to one the parser looks for (`\u{F9D1}` is 六, `\u{0387}` is ·) gets
/// that one, as `Character` comparison would; any other character of several scalars gets
/// U+FFFF, which no label holds. Properties that look at a character's first scalar
/// (`isNumber`, CJK) and the label's text as written use the text itself.
struct LabelScalars {
    /// One scalar per character, as above.
    private(set) var keys: [Unicode.Scalar]
    /// Characters of several scalars (or mapped ones): each character's first scalar and where it
    /// ends in `text`; nil when every character is its own scalar, as nearly always.
    private var firsts: [Unicode.Scalar]?
    private var ends: [String.Index]?
    private let text: String

    init(_ text: String, limit: Int) {
        self.text = text
        if let simple = text.scalarsOfSimpleCharacters(limit) {
            // `standsAlone` scalars are characters of their own, none canonically equal to another.
            keys = simple
            return
        }
        var keys: [Unicode.Scalar] = [], firsts: [Unicode.Scalar] = [], ends: [String.Index] = []
        var i = text.startIndex
        for c in text.prefix(limit) {
            let scalars = c.unicodeScalars
            keys.append(Self.labelScalar[c] ?? (scalars.count == 1 ? scalars.first! : Self.none))
            firsts.append(scalars.first!)
            i = text.index(after: i)
            ends.append(i)
        }
        self.keys = keys
        self.firsts = firsts
        self.ends = ends
    }

    var count: Int { keys.count }
    var isEmpty: Bool { keys.isEmpty }
    subscript(_ i: Int) -> Unicode.Scalar { keys[i] }

    /// An ASCII digit, which is always a character of one scalar.
    func isASCIIDigit(_ i: Int) -> Bool { keys[i].value &- 0x30 < 10 }
    /// An ASCII letter, likewise.
    func isASCIILetter(_ i: Int) -> Bool { (keys[i].value | 0x20) &- 0x61 < 26 }
    /// `Character.isNumber`: the first scalar has a numeric type.
    func isNumber(_ i: Int) -> Bool {
        let s = firsts?[i] ?? keys[i]
        return s.value &- 0x30 < 10 || (s.value >= 0x80 && s.properties.numericType != nil)
    }
    /// A digit (`5`, `５`, `①`), not an ideograph that also names a number: `4.参与磋商的费用`
    /// and `13.一般要求` are labels with their text.
    func isDigit(_ i: Int) -> Bool {
        let s = firsts?[i] ?? keys[i]
        if s.value &- 0x30 < 10 { return true }
        guard s.value >= 0x80, let type = s.properties.numericType else { return false }
        return type != .numeric || !CharacterClass.isCJKLetter(s)
    }
    /// The character's first scalar.
    func first(_ i: Int) -> Unicode.Scalar { firsts?[i] ?? keys[i] }
    /// Characters `r` as written in the text.
    func string(_ r: Range<Int>) -> String {
        guard let ends else {
            // Every character is its scalar: slice the text at the scalars' UTF-8 offsets.
            let a = keys[..<r.lowerBound].reduce(0) { $0 + UTF8.width($1) }
            let b = keys[r].reduce(a) { $0 + UTF8.width($1) }
            let u = text.utf8
            return String(text[u.index(u.startIndex, offsetBy: a)..<u.index(u.startIndex, offsetBy: b)])
        }
        let start = r.lowerBound == 0 ? text.startIndex : ends[r.lowerBound - 1]
        return String(text[start..<ends[r.upperBound - 1]])
    }
    /// The value of ASCII digits `r`, nil when it does not fit in an `Int` (as `Int(String)`).
    func decimal(_ r: Range<Int>) -> Int? {
        var v = 0
        for i in r {
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int(keys[i].value - 0x30))
            if o1 || o2 { return nil }
            v = s
        }
        return r.isEmpty ? nil : v
    }
    /// `ChineseNumerals.parse` of characters `r`.
    func chineseValue(_ r: Range<Int>) -> Int? {
        // Keys are one scalar per character, canonical equivalents already mapped.
        ChineseNumerals.parse(scalars: keys[r])
    }

    static let none: Unicode.Scalar = "\u{FFFF}"

    /// Every character the parser compares with, keyed by `Character` so that a canonically
    /// equal one finds it.
    static let labelScalar: [Character: Unicode.Scalar] = {
        let all = "第是部分章编卷节条〇零一二两三四五六七八九十百千万亿元%％‰、.．，()（）-*+ \t\u{3000}\u{00A0}"
            + "•●○◆◇■□▪▫▶►➢✓√·◦⚫⬤❖✔♦◼◾⬥⬧⮚➔➤"
        return Dictionary(all.unicodeScalars.map { (Character($0), $0) }, uniquingKeysWith: { a, _ in a })
    }()
}
