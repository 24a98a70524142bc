/// Byte-level helpers for the hot paths: Character iteration runs grapheme breaking and
/// normalization on every step, which most checks do not need.
extension String {
    /// True when the UTF-8 bytes contain any of `bytes` (ASCII only).
    package func containsASCII(anyOf bytes: Set<UInt8>) -> Bool {
        // A bit mask of the ASCII bytes wanted, then one pass over the UTF-8.
        var low: UInt64 = 0
        var high: UInt64 = 0
        for b in bytes where b < 0x80 {
            if b < 64 { low |= 1 << UInt64(b) } else { high |= 1 << UInt64(b - 64) }
        }
        let scan = { (buffer: UnsafeBufferPointer<UInt8>) -> Bool in
            for b in buffer where b < 0x80 {
                if b < 64 ? (low >> UInt64(b)) & 1 == 1 : (high >> UInt64(b - 64)) & 1 == 1 { return true }
            }
            return false
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
        guard let first = n.first else { return nil }
        return utf8.withContiguousStorageIfAvailable { hay -> Range<Int>? in
            guard hay.count >= n.count else { return nil }
            var i = start
            while i <= hay.count - n.count {
                if hay[i] == first {
                    var k = 1
                    while k < n.count && hay[i + k] == n[k] { k += 1 }
                    if k == n.count { return i..<(i + n.count) }
                }
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
