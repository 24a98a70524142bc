#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes the bytes of a text file whose encoding nobody told us:
/// UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, or GB18030/GBK.
public enum TextDecoder {
    public struct Decoded: Sendable, Equatable {
        public var text: String
        /// `UTF-8`, `UTF-16LE`, `UTF-16BE` or `GB18030`.
        public var encoding: String
    }

    public static func decode(_ bytes: [UInt8]) throws(ReaderError) -> Decoded {
        if bytes.isEmpty { throw ReaderError(.empty, "the file is empty") }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let s = utf8(bytes[3...]) else {
                throw ReaderError(.notText, "the file starts with a UTF-8 byte order mark but is not valid UTF-8")
            }
            return try checked(Decoded(text: s, encoding: "UTF-8"))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            guard let s = utf16(bytes[2...], littleEndian: little) else {
                throw ReaderError(.notText, "the file starts with a UTF-16 byte order mark but is not valid UTF-16")
            }
            return try checked(Decoded(text: s, encoding: little ? "UTF-16LE" : "UTF-16BE"))
        }
        if bytes.contains(0) {
            throw ReaderError(.notText, "the file is binary, not text (it contains NUL bytes)")
        }
        if let s = utf8(bytes[...]) {
            return try checked(Decoded(text: s, encoding: "UTF-8"))
        }
        if looksLikeGB18030(bytes), let s = gb18030(bytes) {
            return try checked(Decoded(text: s, encoding: "GB18030"))
        }
        throw ReaderError(.notText, "the file is not valid text in UTF-8, UTF-16 or GB18030 (binary data or mixed encodings)")
    }

    /// Refuses decoded text that is mostly control characters: binary data that happened to decode.
    private static func checked(_ d: Decoded) throws(ReaderError) -> Decoded {
        // Control characters are single bytes in UTF-8; counting bytes is enough here.
        var controls = 0
        let total = d.text.utf8.count
        for b in d.text.utf8 where b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09 && b != 0x0C { controls += 1 }
        if total > 0 && controls * 20 > total {
            throw ReaderError(.notText, "the file is binary, not text (\(controls) control characters)")
        }
        return d
    }

    static func utf8(_ bytes: ArraySlice<UInt8>) -> String? {
        String(validating: bytes, as: UTF8.self)
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String? {
        guard bytes.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        return String(validating: units, as: UTF16.self)
    }

    /// GB18030 byte structure check: most double-byte characters fall in GB2312's common range.
    /// Catches UTF-8 with a few broken bytes, which GB18030 would otherwise decode as nonsense.
    static func looksLikeGB18030(_ bytes: [UInt8]) -> Bool {
        var i = 0
        var pairs = 0
        var common = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            guard b >= 0x81 && b <= 0xFE, i + 1 < bytes.count else { return false }
            let t = bytes[i + 1]
            if t >= 0x30 && t <= 0x39 {  // four-byte sequence
                guard i + 3 < bytes.count else { return false }
                i += 4
                pairs += 1
                continue
            }
            guard (t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFE) else { return false }
            pairs += 1
            if b >= 0xA1 && b <= 0xF7 && t >= 0xA1 && t <= 0xFE { common += 1 }
            i += 2
        }
        return pairs > 0 && common * 10 >= pairs * 7
    }

    static func gb18030(_ bytes: [UInt8]) -> String? {
        let cd = iconv_open("UTF-8", "GB18030")
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        let capacity = output.count
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outLeft = outBuf.count
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                if r == -1 || inLeft != 0 { return nil }
                return capacity - outLeft
            }
        }
        guard let produced else { return nil }
        output.removeSubrange(produced...)
        return String(validating: output, as: UTF8.self)
    }
}
