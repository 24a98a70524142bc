import DocNormModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits text into lines on LF, CRLF and CR, keeping only lines with something on them:
/// a run of blank lines is one flag on the next line, so the memory a file of blank lines
/// takes grows with its paragraphs, not with its bytes.
enum LineSplitter {
    struct Line {
        var text: String
        /// 1-based line number in the file.
        var number: Int
        /// One or more blank lines came before this line (since the previous non-blank one).
        var afterBlank: Bool
    }

    static func lines(_ text: String) -> [Line] {
        var text = text
        // A String is valid UTF-8: its lines always are.
        return text.withUTF8 { lines(utf8: $0) } ?? []
    }

    /// The lines of UTF-8 bytes, each made a string as it is found, so the text is never
    /// one string beside its lines; nil when a line is not valid UTF-8. CR and LF are never
    /// part of a longer sequence, so the bytes are valid exactly when every line is. A long
    /// text is cut after a LF into parts of at least `minimumPart` bytes that are split at the
    /// same time, then numbered on.
    static func lines(utf8 bytes: UnsafeBufferPointer<UInt8>, minimumPart: Int = 1 << 20) -> [Line]? {
        let n = bytes.count
        // Text without a CR (nearly all) is split at each LF by memchr, vectorized in the C library.
        let hasCR = bytes.baseAddress.map { memchr($0, 0x0D, n) != nil } ?? false
        var cuts = [0]
        for part in Parallel.parts(n, minimum: minimumPart).dropFirst() {
            let from = max(part.lowerBound, cuts.last!)
            guard from < n, let base = bytes.baseAddress, let lf = memchr(base + from, 0x0A, n - from) else { break }
            cuts.append(UnsafeRawPointer(base).distance(to: UnsafeRawPointer(lf)) + 1)
        }
        cuts.append(n)
        let parts = Parallel.map(zip(cuts, cuts.dropFirst()).map { $0..<$1 }) { lines(bytes, $0, hasCR: hasCR) }
        guard parts.count > 1 else { return parts[0]?.lines }
        var out: [Line] = []
        out.reserveCapacity(parts.reduce(0) { $0 + ($1?.lines.count ?? 0) })
        var number = 0, blankBefore = false
        for part in parts {
            guard let part else { return nil }
            for var line in part.lines {
                line.number += number
                if blankBefore { line.afterBlank = true; blankBefore = false }
                out.append(line)
            }
            number += part.count
            blankBefore = part.lines.isEmpty ? blankBefore || part.endsBlank : part.endsBlank
        }
        return out
    }

    /// The lines of `bytes[range]`, which starts a line and ends one, numbered from 1: how many
    /// lines it holds, blank ones included, and whether it ends in blank lines.
    private static func lines(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hasCR: Bool)
        -> (lines: [Line], count: Int, endsBlank: Bool)? {
        var out: [Line] = []
        var number = 0
        var blankBefore = false
        var start = range.lowerBound
        var i = range.lowerBound
        let n = range.upperBound
        func add(_ end: Int) -> Bool {
            number += 1
            if start == end { blankBefore = true; return true }
            guard let line = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) else { return false }
            if isBlank(line[...]) { blankBefore = true; return true }
            out.append(Line(text: line, number: number, afterBlank: blankBefore))
            blankBefore = false
            return true
        }
        let upToEnd = UnsafeBufferPointer(rebasing: bytes[..<n])
        func nextBreak(_ from: Int) -> Int? {
            guard hasCR else {
                guard from < n, let base = bytes.baseAddress, let p = memchr(base + from, 0x0A, n - from) else { return nil }
                return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(p))
            }
            return UTF8Scan.firstIndex(upToEnd, from: from, block: { UTF8Scan.has($0, 0x0A) || UTF8Scan.has($0, 0x0D) }, byte: { $0 == 0x0A || $0 == 0x0D })
        }
        while let k = nextBreak(i) {
            guard add(k) else { return nil }
            i = k + (bytes[k] == 0x0D && k + 1 < n && bytes[k + 1] == 0x0A ? 2 : 1)
            start = i
        }
        if start < n { guard add(n) else { return nil } }
        return (out, number, blankBefore)
    }

    /// Only spaces and invisible characters.
    static func isBlank(_ line: Substring) -> Bool {
        // Most lines start with a letter: one byte tells.
        if let b = line.utf8.first, b > 0x20 && b < 0x7F { return false }
        return line.unicodeScalars.allSatisfy { CharacterClass.isIndentSpace($0) || CharacterClass.isInvisibleNoise($0) }
    }
}
