#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes the bytes of a text file whose encoding nobody told us: UTF-8 (with or without
/// BOM), UTF-16 and UTF-32 with a BOM, UTF-16 without one, and the legacy CJK encodings
/// GB18030/GBK, EUC-KR and EUC-JP. Those three share byte ranges, so the choice is made on
/// what the text decodes to (see `legacy`), never by falling back to GB18030.
package enum TextDecoder {
    package struct Decoded: Sendable, Equatable {
        package var text: String
        /// `UTF-8`, `UTF-16LE`, `UTF-16BE`, `UTF-32LE`, `UTF-32BE`, `GB18030`, `EUC-KR` or `EUC-JP`.
        package var encoding: String
    }

    package static func decode(_ bytes: [UInt8]) throws(ReaderError) -> Decoded {
        if bytes.isEmpty { throw ReaderError(.empty, "the file is empty") }
        return try notBlank(try decodeNonEmpty(bytes), hadBOM: hasBOM(bytes))
    }

    static func hasBOM(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
            || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF])
    }

    private static func decodeNonEmpty(_ bytes: [UInt8]) throws(ReaderError) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let s = utf8(bytes[3...]) else {
                throw ReaderError(.notText, "the file starts with a UTF-8 byte order mark but is not valid UTF-8")
            }
            return try checked(Decoded(text: s, encoding: "UTF-8"))
        }
        // FF FE 00 00 is UTF-32LE's mark, and also UTF-16LE's mark before a NUL: UTF-32 when it decodes.
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            if let s = utf32(bytes[4...], littleEndian: little) {
                return try checked(Decoded(text: s, encoding: little ? "UTF-32LE" : "UTF-32BE"))
            }
            if !little { throw ReaderError(.notText, "the file starts with a UTF-32 byte order mark but is not valid UTF-32") }
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            guard let s = utf16(bytes[2...], littleEndian: little) else {
                throw ReaderError(.notText, "the file starts with a UTF-16 byte order mark but is not valid UTF-16")
            }
            return try checked(Decoded(text: s, encoding: little ? "UTF-16LE" : "UTF-16BE"))
        }
        if let s = utf8(bytes[...]), !bytes.contains(0) {
            return try checked(Decoded(text: s, encoding: "UTF-8"))
        }
        // UTF-16 without a mark has NUL bytes wherever it holds ASCII (a line break is enough);
        // without any, it is only tried after the legacy encodings, whose short texts it could mimic.
        if bytes.contains(0) {
            if let d = utf16WithoutBOM(bytes) { return try checked(d) }
            throw ReaderError(.notText, "the file is binary, not text (it contains NUL bytes)")
        }
        if let d = legacy(bytes) ?? utf16WithoutBOM(bytes) { return try checked(d) }
        throw ReaderError(.notText, "the file is not valid text in UTF-8, UTF-16, GB18030, EUC-KR or EUC-JP (binary data or mixed encodings)")
    }

    /// Text of nothing but white space (or a byte order mark alone) is as empty as no bytes.
    private static func notBlank(_ d: Decoded, hadBOM: Bool) throws(ReaderError) -> Decoded {
        guard d.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" }) else { return d }
        throw ReaderError(.empty, d.text.isEmpty && hadBOM ? "the file is empty (it holds only a byte order mark)"
                                                          : "the file is empty (it holds only white space)")
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

    static func utf32(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String? {
        guard bytes.count % 4 == 0 else { return nil }
        var scalars = String.UnicodeScalarView()
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = (0..<4).map { UInt32(bytes[i + $0]) }
            let v = littleEndian ? (b[3] << 24 | b[2] << 16 | b[1] << 8 | b[0]) : (b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3])
            guard let s = Unicode.Scalar(v) else { return nil }
            scalars.append(s)
            i += 4
        }
        return String(scalars)
    }

    /// UTF-16 without a byte order mark, when one byte order gives text nearly all made of
    /// characters text is made of (and the other does not). NUL bytes in ASCII-heavy text and
    /// CJK ideographs in CJK text make that clear for any real file.
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> Decoded? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        // A few stray bytes are not enough to go on.
        var best: (Decoded, Double)?
        for little in [true, false] {
            guard let s = utf16(bytes[...], littleEndian: little) else { continue }
            let share = textShare(s)
            if share >= 0.95, share > (best?.1 ?? 0) { best = (Decoded(text: s, encoding: little ? "UTF-16LE" : "UTF-16BE"), share) }
        }
        return best?.0
    }

    /// The share of characters that are ordinary text: printable ASCII and white space, dashes
    /// and quotes, CJK ideographs and punctuation, kana, Hangul, full-width forms.
    static func textShare(_ s: String) -> Double {
        var total = 0
        var plain = 0
        for u in s.unicodeScalars {
            total += 1
            let v = u.value
            if (0x20...0x7E).contains(v) || v == 0x0A || v == 0x0D || v == 0x09 || (0x2010...0x2026).contains(v) || (0x3000...0x30FF).contains(v) || (0x4E00...0x9FFF).contains(v)
                || (0xAC00...0xD7A3).contains(v) || (0xFF00...0xFFEF).contains(v) {
                plain += 1
            }
        }
        return total == 0 ? 0 : Double(plain) / Double(total)
    }

    /// GB18030, EUC-KR or EUC-JP. Their double-byte ranges overlap (A1–FE twice decodes in all
    /// three), so the bytes are decoded as each and the text judged:
    /// - EUC-JP when kana make up a fifth of the double-byte characters: Japanese writes its
    ///   particles in kana, and Chinese text has none (GB2312 has kana at the same codes, so a
    ///   text of kana alone reads the same either way);
    /// - EUC-KR when nearly all double-byte characters are Hangul syllables (lead bytes B0–C8):
    ///   Korean text is written in Hangul with ASCII punctuation, while Chinese text spreads over
    ///   all of GB2312's rows and has full-width punctuation (，。 are rows A1 and A3);
    /// - GB18030 otherwise, when its byte structure looks like it.
    /// A text of kanji alone, with no kana, cannot be told from Chinese by its bytes.
    static func legacy(_ bytes: [UInt8]) -> Decoded? {
        var pairs = 0
        var kana = 0
        var hangul = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            guard i + 1 < bytes.count else { break }
            let t = bytes[i + 1]
            if b >= 0xA1 && b <= 0xFE && t >= 0xA1 && t <= 0xFE {
                pairs += 1
                if b == 0xA4 || b == 0xA5 { kana += 1 }
                if b >= 0xB0 && b <= 0xC8 { hangul += 1 }
            } else {
                pairs += 1  // GBK's own ranges, or EUC-JP's half-width kana and JIS X 0212
            }
            i += 2
        }
        if pairs > 0, kana * 5 >= pairs, let s = iconv(bytes, from: "EUC-JP") { return Decoded(text: s, encoding: "EUC-JP") }
        if pairs > 0, hangul * 10 >= pairs * 9, let s = iconv(bytes, from: "EUC-KR"),
           s.unicodeScalars.contains(where: { (0xAC00...0xD7A3).contains($0.value) }) {
            return Decoded(text: s, encoding: "EUC-KR")
        }
        if looksLikeGB18030(bytes), let s = iconv(bytes, from: "GB18030") { return Decoded(text: s, encoding: "GB18030") }
        return nil
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

    static func gb18030(_ bytes: [UInt8]) -> String? { iconv(bytes, from: "GB18030") }

    /// The bytes decoded from `encoding` by the C library's iconv; nil unless all of them decode.
    static func iconv(_ bytes: [UInt8], from encoding: String) -> String? {
        let cd = iconv_open("UTF-8", encoding)
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = bytes
        // Two bytes never become more than four of UTF-8, nor one byte more than three.
        var output = [UInt8](repeating: 0, count: bytes.count * 3 + 16)
        let capacity = output.count
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outLeft = outBuf.count
                #if canImport(Glibc)
                let r = Glibc.iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                #else
                let r = Darwin.iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                #endif
                if r == -1 || inLeft != 0 { return nil }
                return capacity - outLeft
            }
        }
        guard let produced else { return nil }
        output.removeSubrange(produced...)
        return String(validating: output, as: UTF8.self)
    }
}
