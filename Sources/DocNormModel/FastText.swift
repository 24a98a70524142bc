/// Byte-level helpers for the hot paths: Character iteration runs grapheme breaking and
/// normalization on every step, which most checks do not need.
extension String {
    /// True when the UTF-8 bytes contain any of `bytes` (ASCII only).
    @inlinable
    public func containsASCII(anyOf bytes: Set<UInt8>) -> Bool {
        utf8.contains { $0 < 0x80 && bytes.contains($0) }
    }

    /// True when the UTF-8 bytes contain `needle` (byte-exact, no Unicode equivalence).
    public func containsBytes(_ needle: String) -> Bool {
        byteRange(of: needle) != nil
    }

    /// The UTF-8 offsets of the first byte-exact occurrence of `needle`.
    public func byteRange(of needle: String, from start: Int = 0) -> Range<Int>? {
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
    public func replacingBytes(_ needle: String, with replacement: String) -> String {
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
