/// libFuzzer's own mutations, most of the time; otherwise one number in an attribute value
/// (`w:val="12"`, `w:id="-3"`) is replaced by a value at the edge of some range. libFuzzer's
/// byte mutations almost never turn `w:start w:val="1"` into exactly `9223372036854775807`
/// (a dictionary word is inserted beside the old digits, or over the wrong bytes), and
/// reading numbers is where the document's arithmetic starts.
@_silgen_name("LLVMFuzzerMutate")
func libFuzzerMutate(_ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maxSize: Int) -> Int

@_cdecl("LLVMFuzzerCustomMutator")
public func customMutator(_ data: UnsafeMutablePointer<UInt8>?, _ size: Int, _ maxSize: Int, _ seed: UInt32) -> Int {
    guard let data else { return 0 }
    var random = NumberMutation.Random(seed)
    if random.next(4) == 0, let n = NumberMutation.replaceOne(data, size: size, maxSize: maxSize, random: &random) { return n }
    return libFuzzerMutate(data, size, maxSize)
}

enum NumberMutation {
    /// Int64's ends and just past them, Int32's and UInt32's, the reader's clamps and theirs
    /// plus one, the sizes that once blew up (10^8 columns, a 10^15 letter label), and the
    /// small values where off-by-one errors live.
    static let edges = ["9223372036854775807", "-9223372036854775808", "9223372036854775808", "-9223372036854775809",
                        "99999999999999999999999", "2147483647", "-2147483648", "2147483648", "4294967295", "4294967296",
                        "32767", "32768", "-32768", "65535", "65536", "4096", "4097", "100000000", "1000000000000000",
                        "-1", "0", "1", "2", "9", "10", "26", "27", "702", "703", "3999", "4000"].map { Array($0.utf8) }

    struct Random {
        var state: UInt64
        init(_ seed: UInt32) { state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1 }
        mutating func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
    }

    /// The digits (with a sign) of every attribute value that is a number: `="` digits `"`.
    static func numbers(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = 0
        let quote = UInt8(ascii: "\""), equals = UInt8(ascii: "=")
        while i + 2 < bytes.count {
            defer { i += 1 }
            guard bytes[i] == equals, bytes[i + 1] == quote else { continue }
            var j = i + 2
            if j < bytes.count, bytes[j] == UInt8(ascii: "-") || bytes[j] == UInt8(ascii: "+") { j += 1 }
            let digits = j
            while j < bytes.count, bytes[j] >= UInt8(ascii: "0"), bytes[j] <= UInt8(ascii: "9") { j += 1 }
            if j > digits, j < bytes.count, bytes[j] == quote { found.append((i + 2)..<j) }
        }
        return found
    }

    /// The new size, or nil when the input has no number to replace or no room for it.
    static func replaceOne(_ data: UnsafeMutablePointer<UInt8>, size: Int, maxSize: Int, random: inout Random) -> Int? {
        let places = numbers(UnsafeBufferPointer(start: data, count: size))
        guard !places.isEmpty else { return nil }
        let place = places[random.next(places.count)]
        let value = edges[random.next(edges.count)]
        let newSize = size - place.count + value.count
        guard newSize <= maxSize else { return nil }
        // Move the tail (the regions overlap: copyMemory is a memmove), then write the value.
        UnsafeMutableRawPointer(data + place.lowerBound + value.count).copyMemory(from: data + place.upperBound, byteCount: size - place.upperBound)
        value.withUnsafeBytes { UnsafeMutableRawPointer(data + place.lowerBound).copyMemory(from: $0.baseAddress!, byteCount: value.count) }
        return newSize
    }
}
