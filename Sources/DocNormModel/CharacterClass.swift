/// Character classes the readers, rules and writers agree on. Public, with package members
/// only, for its `@inlinable` ones to inline into other modules (as `UTF8Scan`).
public enum CharacterClass {
    /// Han ideographs, kana and Hangul: letters of CJK scripts.
    package static func isCJKLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F,
             0x3040...0x30FF, 0x31F0...0x31FF, 0xAC00...0xD7AF, 0x3005, 0x3007:
            return true
        default:
            return false
        }
    }

    /// CJK punctuation and full-width forms of punctuation (。，、；：？！“”‘’（）《》【】…).
    package static func isCJKPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3000...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65,
             0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2014, 0x00B7, 0xFE10...0xFE1F, 0xFE30...0xFE4F:
            return true
        default:
            return false
        }
    }

    /// A CJK letter or CJK punctuation.
    package static func isCJK(_ s: Unicode.Scalar) -> Bool { isCJKLetter(s) || isCJKPunctuation(s) }

    /// Characters that never reach the output: zero-width characters and controls other than tab and newline.
    package static func isInvisibleNoise(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x200B...0x200D, 0x2060, 0xFEFF: return true
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F, 0x80...0x9F: return true
        default: return false
        }
    }

    /// Spaces that indent a paragraph: ASCII space, tab, ideographic space, no-break space.
    package static func isIndentSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s.value == 0x3000 || s.value == 0x00A0
    }

    /// Unicode's White_Space property, as `Unicode.Scalar.Properties.isWhitespace` answers it,
    /// without its table lookup (a test compares the two over every scalar).
    @inlinable
    package static func isWhiteSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Sentence-ending punctuation in Chinese text.
    package static func isSentenceEnd(_ c: Character) -> Bool { c == "。" || c == "！" || c == "？" }

    /// Display width in terminal columns: CJK counts two.
    /// Counted from UTF-8 lead bytes: one column for ASCII and two-byte sequences (Latin,
    /// Greek, Cyrillic), two for three- and four-byte ones (CJK and other wide scripts).
    @inlinable
    package static func displayWidth<S: StringProtocol>(_ text: S) -> Int {
        if let w = text.utf8.withContiguousStorageIfAvailable(width(utf8:)) { return w }
        return Array(text.utf8).withUnsafeBufferPointer { width(utf8: $0) }
    }

    @usableFromInline
    static func width(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        // One column for every byte that starts a scalar, one more for those of three and four
        // bytes: eight bytes at a time, as it runs over every line of a text. In each byte's
        // top bit: a continuation byte is 10xxxxxx, a long sequence's lead 111xxxxx.
        UTF8Scan.count(bytes, block: { x in
            let high: UInt64 = 0x8080_8080_8080_8080
            // Summed by one multiply, not two bit counts: x86-64's baseline has no popcnt.
            let lead = (~x | (x << 1)) & high
            let long = x & (x << 1) & (x << 2) & high
            return Int(truncatingIfNeeded: (((lead >> 7) &+ (long >> 7)) &* 0x0101_0101_0101_0101) >> 56)
        }, byte: { b in (b & 0xC0 != 0x80 ? 1 : 0) &+ (b >= 0xE0 ? 1 : 0) })
    }

    /// Fraction of letters that are CJK: tells a Chinese document from a Western one.
    package static func cjkRatio<S: StringProtocol>(_ text: S) -> Double {
        var cjk = 0
        var letters = 0
        for s in text.unicodeScalars {
            if isCJKLetter(s) { cjk += 1; letters += 1 } else if s.properties.isAlphabetic { letters += 1 }
        }
        return letters == 0 ? 0 : Double(cjk) / Double(letters)
    }
}

extension Substring.UnicodeScalarView {
    /// These scalars without the ones `drop` matches at either end, as `[Inline].trimming`
    /// trims a paragraph's content.
    package func trimming(_ drop: (Unicode.Scalar) -> Bool) -> Substring.UnicodeScalarView {
        var rest = self
        while let first = rest.first, drop(first) { rest = rest.dropFirst() }
        while let last = rest.last, drop(last) { rest = rest.dropLast() }
        return rest
    }
}
