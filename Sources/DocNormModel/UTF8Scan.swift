/// Scalars read straight from valid UTF-8 bytes, for scans that look at a few of them.
/// Public, with package members only: Swift 6.3 does not inline the `@inlinable` static
/// members of a package type into other modules, and these run on every byte of a text.
public enum UTF8Scan {
    /// The value of the scalar whose sequence starts at `i`.
    @inlinable
    package static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32 {
        let lead = UInt32(b[i])
        @inline(__always) func cont(_ k: Int) -> UInt32 { i + k < b.count ? UInt32(b[i + k] & 0x3F) : 0 }
        if lead < 0x80 { return lead }
        if lead < 0xE0 { return (lead & 0x1F) << 6 | cont(1) }
        if lead < 0xF0 { return (lead & 0x0F) << 12 | cont(1) << 6 | cont(2) }
        return (lead & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3)
    }

    /// Where the scalar that ends right before `i` starts (`i` > 0).
    @inlinable
    package static func start(_ b: UnsafeBufferPointer<UInt8>, before i: Int) -> Int {
        var k = i - 1
        while k > 0 && b[k] & 0xC0 == 0x80 { k -= 1 }
        return k
    }
}

extension UTF8Scan {
    /// The first offset at or after `start` of a byte for which `byte` is true. `block` says
    /// whether eight bytes, read as one little-endian word, may hold one (it must be true
    /// whenever `byte` is for one of them): words it clears are skipped whole.
    @inlinable @inline(__always)
    package static func firstIndex(_ b: UnsafeBufferPointer<UInt8>, from start: Int,
                                  block: (UInt64) -> Bool, byte: (UInt8) -> Bool) -> Int? {
        guard let base = b.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        var i = max(start, 0)
        while i + 8 <= b.count {
            if block(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                for k in i..<(i + 8) where byte(b[k]) { return k }
            }
            i += 8
        }
        while i < b.count {
            if byte(b[i]) { return i }
            i += 1
        }
        return nil
    }

    /// `byte` summed over the bytes, `block` over eight of them at a time.
    @inlinable @inline(__always)
    package static func count(_ b: UnsafeBufferPointer<UInt8>, block: (UInt64) -> Int, byte: (UInt8) -> Int) -> Int {
        guard let base = b.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var total = 0
        var i = 0
        while i + 8 <= b.count {
            total &+= block(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        while i < b.count {
            total &+= byte(b[i])
            i += 1
        }
        return total
    }

    /// The first offset at or after `start` of a byte for which `byte` is true, where `lanes`
    /// gives a word's `zeroLanes` for the bytes wanted (ORed): its lowest lane is always a byte
    /// wanted, so the offset is read from it, with no byte-by-byte look at the word.
    @inlinable @inline(__always)
    package static func firstIndex(_ b: UnsafeBufferPointer<UInt8>, from start: Int,
                                  lanes: (UInt64) -> UInt64, byte: (UInt8) -> Bool) -> Int? {
        guard let base = b.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        var i = max(start, 0)
        while i + 8 <= b.count {
            let m = lanes(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            if m != 0 { return i + m.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < b.count {
            if byte(b[i]) { return i }
            i += 1
        }
        return nil
    }

    /// The top bit of each byte of `x` that is `c`, and perhaps of some bytes above the lowest
    /// such byte (a borrow runs up): the lowest lane set is always a `c`, none set means none.
    @inlinable @inline(__always)
    package static func zeroLanes(_ x: UInt64, _ c: UInt8) -> UInt64 {
        let v = x ^ spread(c)
        return (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080
    }

    /// The byte `c` in every byte of a word.
    @inlinable @inline(__always)
    package static func spread(_ c: UInt8) -> UInt64 { UInt64(c) &* 0x0101_0101_0101_0101 }

    /// Some byte of `x` is `c` (the classic zero-byte test on `x ^ spread(c)`).
    @inlinable @inline(__always)
    package static func has(_ x: UInt64, _ c: UInt8) -> Bool {
        let v = x ^ spread(c)
        return (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 != 0
    }

    /// Some byte of `x` is below `n` (`n` at most 128).
    @inlinable @inline(__always)
    package static func hasBelow(_ x: UInt64, _ n: UInt8) -> Bool {
        (x &- spread(n)) & ~x & 0x8080_8080_8080_8080 != 0
    }
}
