#if canImport(Glibc)
import Glibc
#endif

/// Encoders the tests need to make inputs in other encodings.
public enum Encoding {
    /// The text in GB18030, through the C library's iconv.
    public static func gb18030(_ text: String) -> [UInt8]? { iconv(text, to: "GB18030") }

    /// The text in any encoding the C library's iconv knows (`EUC-KR`, `EUC-JP`, `UTF-32LE`, …).
    public static func iconv(_ text: String, to encoding: String) -> [UInt8]? {
        let cd = iconv_open(encoding, "UTF-8")
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let capacity = output.count
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outLeft = outBuf.count
                guard Glibc.iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1 else { return nil }
                return capacity - outLeft
            }
        }
        guard let produced else { return nil }
        return Array(output[..<produced])
    }

    /// The text in UTF-16 little-endian with a byte order mark.
    public static func utf16LE(_ text: String) -> [UInt8] {
        [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }
}
