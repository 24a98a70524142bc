#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level helpers for the hot paths: Character iteration runs grapheme breaking and
/// normalization on every step, which most checks do not need.
extension String {
    /// True when the UTF-8 holds the byte `byte` (the C library's vectorized search).
    package func containsByte(_ byte: UInt8) -> Bool {
        var s = self
        return s.withUTF8 { b in
            guard let base = b.baseAddress, !b.isEmpty else { return false }
            return memchr(base, Int32(byte), b.count) != nil
        }
    }

    /// True when the UTF-8 bytes contain any of `bytes` (ASCII only).
    package func containsASCII(anyOf bytes: Set<UInt8>) -> Bool {
        containsASCII(ASCIIMask(bytes))
    }

    /// True when the UTF-8 bytes contain any byte of `mask`: a mask made once, for the
    /// writers and rules that ask this of every text.
    package func containsASCII(_ mask: ASCIIMask) -> Bool {
        let low = mask.low, high = mask.high
        let wanted = { (b: UInt8) -> Bool in b < 64 ? (low >> UInt64(b)) & 1 == 1 : b < 0x80 && (high >> UInt64(b - 64)) & 1 == 1 }
        // Eight bytes at a time past words of non-ASCII bytes only (CJK text is mostly those).
        let scan = { (buffer: UnsafeBufferPointer<UInt8>) -> Bool in
            UTF8Scan.firstIndex(buffer, from: 0, block: { $0 & 0x8080_8080_8080_8080 != 0x8080_8080_8080_8080 }, byte: wanted) != nil
        }
        if let found = utf8.withContiguousStorageIfAvailable(scan) { return found }
        return Array(utf8).withUnsafeBufferPointer(scan)
    }

    /// True when the UTF-8 bytes contain `needle` (byte-exact, no Unicode equivalence).
    package func containsBytes(_ needle: String) -> Bool {
        byteRange(of: needle) != nil
    }

    /// The UTF-8 offsets of the first byte-exact occurrence of `needle`.
    package func byteRange(of needle: String, from start: Int = 0) -> Range<Int>? {
        let n = Array(needle.utf8)
        guard !n.isEmpty else { return nil }
        return utf8.withContiguousStorageIfAvailable { hay -> Range<Int>? in
            guard let base = hay.baseAddress, start >= 0 else { return nil }
            // The first byte by memchr (vectorized in the C library), then the rest compared.
            var i = start
            while hay.count - i >= n.count {
                guard let found = memchr(base + i, Int32(n[0]), hay.count - n.count + 1 - i) else { return nil }
                i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                if n.withUnsafeBytes({ memcmp(base + i, $0.baseAddress!, n.count) }) == 0 { return i..<(i + n.count) }
                i += 1
            }
            return nil
        } ?? {
            let hay = Array(utf8)
            guard hay.count >= n.count else { return nil }
            for i in start...(hay.count - n.count) where hay[i..<(i + n.count)].elementsEqual(n) { return i..<(i + n.count) }
            return nil
        }()
    }

    /// Every byte-exact occurrence of `needle` replaced by `replacement`.
    package func replacingBytes(_ needle: String, with replacement: String) -> String {
        guard var range = byteRange(of: needle) else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        let bytes = Array(utf8)
        var last = 0
        while true {
            out.append(contentsOf: bytes[last..<range.lowerBound])
            out.append(contentsOf: replacement.utf8)
            last = range.upperBound
            guard let next = byteRange(of: needle, from: last) else { break }
            range = next
        }
        out.append(contentsOf: bytes[last...])
        return String(decoding: out, as: UTF8.self)
    }
}

extension Array where Element == String {
    /// The strings joined into storage of exactly their length. `joined()` leaves room to
    /// grow, which a document of many paragraphs pays for once per paragraph.
    package func joinedCompactly() -> String {
        let total = reduce(0) { $0 + $1.utf8.count }
        return String(unsafeUninitializedCapacity: total) { buffer in
            var at = 0
            for var part in self {
                at = part.withUTF8 { bytes in
                    guard let base = bytes.baseAddress else { return at }
                    UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[at..<(at + bytes.count)])
                        .copyMemory(from: UnsafeRawBufferPointer(start: base, count: bytes.count))
                    return at + bytes.count
                }
            }
            return at
        }
    }
}

extension String {
    /// `unicodeScalars.count`, eight bytes at a time: every byte but a continuation byte
    /// (10xxxxxx) starts a scalar.
    package var scalarCount: Int {
        var text = self
        return text.withUTF8 { b in
            UTF8Scan.count(b, block: { x in
                let lead = (~x | (x << 1)) & 0x8080_8080_8080_8080
                return Int(truncatingIfNeeded: ((lead >> 7) &* 0x0101_0101_0101_0101) >> 56)
            }, byte: { $0 & 0xC0 != 0x80 ? 1 : 0 })
        }
    }
}

extension String {
    /// The first `n` characters, found by counting scalars in the UTF-8, when each of them and
    /// the scalar after them is a character by itself (`CharacterClass.standsAlone`); nil
    /// otherwise, for `prefix(n)` to find by grapheme breaking. Also how many characters it holds.
    package func prefixOfSimpleCharacters(_ n: Int) -> (prefix: Substring, count: Int)? {
        guard let end = walkSimpleCharacters(n, { _ in }) else { return nil }
        return (self[..<utf8.index(utf8.startIndex, offsetBy: end.bytes)], end.count)
    }

    /// The scalars of `prefixOfSimpleCharacters(n)`, one per character, read in the same walk.
    package func scalarsOfSimpleCharacters(_ n: Int) -> [Unicode.Scalar]? {
        // Written straight into the array's storage: appending one by one checked capacity
        // and uniqueness for every scalar.
        var simple = true
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: Swift.max(0, Swift.min(n, utf8.count))) { buffer, count in
            var k = 0
            simple = walkSimpleCharacters(n, { buffer[k] = $0; k += 1 }) != nil
            count = k
        }
        return simple ? scalars : nil
    }

    /// Where the first `n` simple characters end and how many there are, each one's scalar
    /// given to `visit`; nil when one of them or the scalar after them does not stand alone.
    @inline(__always)
    private func walkSimpleCharacters(_ n: Int, _ visit: (Unicode.Scalar) -> Void) -> (bytes: Int, count: Int)? {
        var text = self
        return text.withUTF8 { b in
            var i = 0
            var count = 0
            while i < b.count {
                let lead = b[i]
                // E5–E9 lead U+5000–U+9FFF, ideographs that all stand alone: nothing to test.
                if lead &- 0xE5 < 5 {
                    if count == n { break }
                    visit(Unicode.Scalar(UTF8Scan.scalar(b, at: i))!)
                    count += 1
                    i += 3
                    continue
                }
                let v = lead < 0x80 ? UInt32(lead) : UTF8Scan.scalar(b, at: i)
                guard let s = Unicode.Scalar(v), CharacterClass.standsAlone(s) else { return nil }
                if count == n { break }
                visit(s)
                count += 1
                i += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            }
            return (Swift.min(i, b.count), count)
        }
    }
}

extension UTF8Scan {
    /// How many scalars the bytes hold when every one of them stands alone
    /// (`CharacterClass.standsAlone`), which makes each a character; nil otherwise.
    @inline(__always)
    static func simpleCharacterCount(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        var count = 0
        while i < b.count {
            let lead = b[i]
            if lead &- 0xE5 < 5 { count += 1; i += 3; continue }  // U+5000–U+9FFF
            let v = lead < 0x80 ? UInt32(lead) : UTF8Scan.scalar(b, at: i)
            guard let s = Unicode.Scalar(v), CharacterClass.standsAlone(s) else { return nil }
            count += 1
            i += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        }
        return count
    }
}

extension String {
    /// `count`, counted in scalars when each is a character (report text nearly always is),
    /// by grapheme breaking otherwise.
    package var characterCount: Int {
        var text = self
        return text.withUTF8 { UTF8Scan.simpleCharacterCount($0) } ?? count
    }
}

extension Substring {
    /// `count`, as `String.characterCount` counts it.
    package var characterCount: Int {
        var text = self
        return text.withUTF8 { UTF8Scan.simpleCharacterCount($0) } ?? count
    }
}

extension CharacterClass {
    /// A scalar that is a character of its own beside any other such scalar: ASCII (not CR),
    /// Latin-1 and Latin Extended-A and B, Cyrillic and Arabic letters, digits and punctuation
    /// (without their combining and prepended marks), CJK ideographs, kana and CJK punctuation
    /// (without their combining marks), full-width forms, general punctuation, enclosed
    /// numbers and shapes. None is a combining mark, joiner, prepended mark, Hangul jamo or
    /// regional indicator, so grapheme breaking puts a boundary between any two of them; none
    /// is canonically equal to another scalar (Greek is left out: U+037E is `;`, U+0387 `·`).
    /// A line feed joins only a carriage return before it, which never stands alone.
    @inlinable
    package static func standsAlone(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A, 0x20...0x7E, 0xA0...0x24F, 0x400...0x482, 0x48A...0x52F, 0x606...0x60F, 0x61B, 0x61D...0x64A,
             0x660...0x66F, 0x671...0x6D5, 0x2010...0x2027, 0x2030...0x205E, 0x2460...0x24FF, 0x25A0...0x25FF,
             0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x30A0...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
            return true
        default:
            return false
        }
    }
}

extension String {
    /// The last character as its one scalar, read from the end of the UTF-8, when it and the
    /// scalar before it stand alone (`CharacterClass.standsAlone`): then `last` is that scalar
    /// and equals no other character. nil otherwise (or when empty), for `last` to decide.
    package var lastSimpleScalar: Unicode.Scalar? {
        var text = self
        return text.withUTF8 { b -> Unicode.Scalar? in
            guard !b.isEmpty else { return nil }
            let start = UTF8Scan.start(b, before: b.count)
            guard let s = Unicode.Scalar(UTF8Scan.scalar(b, at: start)), CharacterClass.standsAlone(s) else { return nil }
            if start > 0 {
                guard let p = Unicode.Scalar(UTF8Scan.scalar(b, at: UTF8Scan.start(b, before: start))),
                      CharacterClass.standsAlone(p) else { return nil }
            }
            return s
        }
    }

    /// How many characters come before the first `：` or `:` and whether a character that is
    /// not white space follows it, found in the UTF-8 when the characters up to the one after
    /// the colon stand alone; `.beyond` when more than `limit` characters come before any
    /// colon; `.unknown` when grapheme breaking must decide.
    package func colonField(within limit: Int) -> ColonField {
        var text = self
        return text.withUTF8 { b -> ColonField in
            var i = 0
            var count = 0
            while i < b.count {
                if count > limit { return .beyond }
                let lead = b[i]
                if lead &- 0xE5 < 5 { count += 1; i += 3; continue }  // U+5000–U+9FFF: no colon
                let v = lead < 0x80 ? UInt32(lead) : UTF8Scan.scalar(b, at: i)
                guard let s = Unicode.Scalar(v), CharacterClass.standsAlone(s) else { return .unknown }
                let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                if s == ":" || s == "：" {
                    let after = i + width
                    guard after < b.count else { return .colon(key: count, valueFollows: false) }
                    let next = b[after]
                    // A letter, digit, ideograph or punctuation right after: a value. White
                    // space or anything else: the characters decide.
                    if next > 0x20 && next < 0x7F || next &- 0xE4 < 6 {
                        let n = UTF8Scan.scalar(b, at: after)
                        if let ns = Unicode.Scalar(n), CharacterClass.standsAlone(ns) {
                            return .colon(key: count, valueFollows: true)
                        }
                    }
                    return .unknown
                }
                count += 1
                i += width
            }
            return .none
        }
    }
}

/// What `String.colonField` found.
package enum ColonField: Equatable {
    /// No colon in the text.
    case none
    /// More characters than the limit before any colon.
    case beyond
    /// The first colon, `key` characters in, and whether a value follows.
    case colon(key: Int, valueFollows: Bool)
    /// The text needs grapheme breaking to say.
    case unknown
}

/// A set of ASCII bytes as two bit masks, for byte scans.
package struct ASCIIMask: Sendable {
    package var low: UInt64 = 0
    package var high: UInt64 = 0

    package init(_ bytes: some Sequence<UInt8>) {
        for b in bytes where b < 0x80 {
            if b < 64 { low |= 1 << UInt64(b) } else { high |= 1 << UInt64(b - 64) }
        }
    }
}
