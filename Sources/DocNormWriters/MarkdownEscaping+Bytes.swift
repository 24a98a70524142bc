import DocNormModel

/// `MarkdownEscaping.inline` on UTF-8 bytes: the same escapes without splitting the text into
/// characters (grapheme breaking), which cost more than all the rest of writing a paragraph.
/// Bytes and characters agree when every special byte is a character of its own: when the
/// scalars beside it are ASCII or CJK, which never join a character with their neighbour.
/// Anything else (a combining mark after `*`) is left to the character path: nil.
extension MarkdownEscaping {
    /// `\ ` * _ [ ] < > ~ | $`, escaped wherever they stand.
    static let alwaysEscaped: (low: UInt64, high: UInt64) = mask("\\`*_[]<>~|$")
    /// The same and `&`, `!`, which are escaped only before an entity and a `[`.
    static let specialMask: (low: UInt64, high: UInt64) = mask("\\`*_[]<>~|&!$")

    static func mask(_ s: String) -> (low: UInt64, high: UInt64) {
        var low: UInt64 = 0, high: UInt64 = 0
        for b in s.utf8 { if b < 64 { low |= 1 << UInt64(b) } else { high |= 1 << UInt64(b - 64) } }
        return (low, high)
    }

    @inline(__always)
    static func isIn(_ m: (low: UInt64, high: UInt64), _ b: UInt8) -> Bool {
        b < 64 ? (m.low >> UInt64(b)) & 1 == 1 : b < 128 && (m.high >> UInt64(b - 64)) & 1 == 1
    }

    /// The escaped text, the text itself when nothing needs escaping, or nil when the
    /// character path must decide.
    static func inlineBytes(_ text: String) -> String? {
        let original = text
        var text = text
        return text.withUTF8 { b -> String? in
            let n = b.count
            // The next special byte: words of non-ASCII bytes only (CJK text) are passed whole.
            func nextSpecial(_ from: Int) -> Int {
                UTF8Scan.firstIndex(b, from: from, block: { $0 & 0x8080_8080_8080_8080 != 0x8080_8080_8080_8080 },
                                    byte: { isIn(specialMask, $0) }) ?? n
            }
            let first = nextSpecial(0)
            if first == n { return nil }
            // The stretches between special bytes are slices of the text, appended as they are:
            // no bytes to validate again as a new string.
            var out = ""
            out.reserveCapacity(n + 16)
            let u = original.utf8
            func copy(_ from: Int, _ to: Int) {
                guard from < to else { return }
                out.append(contentsOf: Substring(u[u.index(u.startIndex, offsetBy: from)..<u.index(u.startIndex, offsetBy: to)]))
            }
            copy(0, first)
            var i = first
            while i < n {
                let c = b[i]
                guard isIn(specialMask, c) else {
                    let j = nextSpecial(i + 1)
                    copy(i, j)
                    i = j
                    continue
                }
                guard standsAlone(b, i) else { return nil }
                if isIn(alwaysEscaped, c) {
                    out.unicodeScalars.append("\\")
                } else if c == UInt8(ascii: "&") {
                    switch entity(b, from: i + 1) {
                    case nil: return nil
                    case true?: out.unicodeScalars.append("\\")
                    case false?: break
                    }
                } else if c == UInt8(ascii: "!"), i + 1 < n, b[i + 1] == UInt8(ascii: "[") {
                    out.unicodeScalars.append("\\")
                }
                out.unicodeScalars.append(Unicode.Scalar(c))
                i += 1
            }
            return out
        }
    }

    /// The byte at `i` is a character of its own: the scalars before and after it are ASCII
    /// (a special byte is never CR or LF) or scalars that neither prepend nor extend (CJK,
    /// Latin, Cyrillic, Arabic letters: `CharacterClass.standsAlone`).
    static func standsAlone(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        if i + 1 < b.count, b[i + 1] >= 0x80, !joinsNothing(UTF8Scan.scalar(b, at: i + 1)) { return false }
        if i > 0, b[i - 1] >= 0x80, !joinsNothing(UTF8Scan.scalar(b, at: UTF8Scan.start(b, before: i))) { return false }
        return true
    }

    @inline(__always)
    static func joinsNothing(_ v: UInt32) -> Bool {
        isPlainCJK(v) || Unicode.Scalar(v).map(CharacterClass.standsAlone) == true
    }

    /// Ideographs, CJK punctuation (without the combining tone marks U+302A–302F), full-width
    /// ASCII forms and curly quotes: none has a grapheme-joining property.
    static func isPlainCJK(_ v: UInt32) -> Bool {
        switch v {
        case 0x4E00...0x9FFF, 0x3000...0x3029, 0x3030...0x303F, 0xFF01...0xFF5E, 0x2018, 0x2019, 0x201C, 0x201D: return true
        default: return false
        }
    }

    /// `looksLikeEntity` on bytes: `#`? then 1–32 ASCII letters or digits, then `;`. Nil when
    /// the `;` has a non-ASCII scalar after it, which could make it another character.
    static func entity(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Bool? {
        var j = i
        if j < b.count, b[j] == UInt8(ascii: "#") { j += 1 }
        let start = j
        while j < b.count, j - start < 32, b[j] < 0x80, isAlphanumeric(b[j]) { j += 1 }
        guard j > start && j < b.count && b[j] == UInt8(ascii: ";") else { return false }
        return j + 1 < b.count && b[j + 1] >= 0x80 ? nil : true
    }

    static func isAlphanumeric(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }
}
