import DocNormModel
#if canImport(Glibc)
import Glibc
#endif

/// Reads plain text: one line is one paragraph (or one hard-wrapped block, joined back).
/// The result is a flat list of paragraphs; the structure rules find headings and lists.
public struct TextReader: Sendable {
    /// Keep the lines that are only a page's number (`- 3 -`, `第 3 页`, `3 / 12`), which text
    /// taken out of a PDF carries; by default they are left out, with a note, as a .docx's
    /// footers are. A bare number may be a table's cell: it always stays.
    public var keepPageNumbers: Bool

    /// A plain-text reader.
    public init(keepPageNumbers: Bool = false) {
        self.keepPageNumbers = keepPageNumbers
    }

    /// Reads a text file's bytes, its encoding detected (UTF-8, UTF-16, GB18030 …).
    public func read(_ bytes: [UInt8]) throws(ReaderError) -> Document {
        if let doc = readUTF8(bytes) { return doc }
        return try TextDecoder.document(from: bytes) { read(text: $0) }
    }

    /// Reads text that is already a string.
    public func read(text: String) -> Document {
        document(LineSplitter.lines(text))
    }

    /// UTF-8, the common case, split into lines straight from the bytes, so a large file is
    /// never held as one string beside its paragraphs. Nil for whatever `TextDecoder` must
    /// judge (another encoding, NUL bytes, control characters, blank or invalid text): it
    /// then decides, and explains, exactly as for any file.
    func readUTF8(_ bytes: [UInt8]) -> Document? {
        bytes.withUnsafeBufferPointer { all -> Document? in
            let bom = all.starts(with: [0xEF, 0xBB, 0xBF])
            let body = UnsafeBufferPointer(rebasing: all[(bom ? 3 : 0)...])
            guard TextDecoder.passesUTF8Checks(body), let lines = LineSplitter.lines(utf8: body) else { return nil }
            var doc = document(lines)
            doc.metadata.sourceEncoding = "UTF-8"
            return doc
        }
    }

    func document(_ lines: [LineSplitter.Line]) -> Document {
        let paragraphs = HardWrapJoiner.paragraphs(from: lines)
        var doc = Document()
        doc.metadata.sourceFormat = "text"
        doc.blocks.reserveCapacity(paragraphs.count)
        var lineIndex = 0
        var pageNumbers = 0
        for k in paragraphs.indices {
            if !keepPageNumbers, Self.isPageNumberLine(paragraphs[k].text) {
                pageNumbers += 1
                continue
            }
            var hints = ParagraphHints()
            hints.startsPage = k > 0 && Self.followsPageNumber(paragraphs[k], paragraphs[k - 1], lines, &lineIndex)
            doc.blocks.append(.paragraph(Paragraph(content: [.text(paragraphs[k].text)], position: .line(paragraphs[k].number), hints: hints)))
        }
        if pageNumbers > 0 {
            doc.warnings.append(Warning(code: "page-numbers", message: "\(pageNumbers) page-number line\(pageNumbers == 1 ? "" : "s") (such as `- 3 -` or `第 3 页`) left out; --headers-footers keeps them",
                                        severity: .info, position: nil))
        }
        return doc
    }

    /// A line that is only a page's number, told apart from a table's number by what is
    /// around it (`- 68 -`, `第 3 页`, `3 / 12`; a bare `3` is no such line).
    static func isPageNumberLine(_ text: String) -> Bool {
        LineStart.isPageNumber(text) && text.unicodeScalars.contains { !LineStart.isDigit($0) && !CharacterClass.isIndentSpace($0) }
    }

    /// The paragraph comes right after a page-number line (`- 68 -`, `第 3 页`), nothing but blank
    /// lines between: it is the first of its page. A page number met inside a wrapped
    /// paragraph is written after it, and then the next line of the file is that paragraph's,
    /// not this one's. `lineIndex` only moves forward, so the lines are searched once.
    static func followsPageNumber(_ paragraph: HardWrapJoiner.JoinedLine, _ previous: HardWrapJoiner.JoinedLine,
                                  _ lines: [LineSplitter.Line], _ lineIndex: inout Int) -> Bool {
        // A bare number may as well be a table's cell taken out of a PDF.
        guard isPageNumberLine(previous.text) else { return false }
        while lineIndex < lines.count, lines[lineIndex].number < previous.number { lineIndex += 1 }
        guard lineIndex + 1 < lines.count, lines[lineIndex].number == previous.number else { return false }
        return lines[lineIndex + 1].number == paragraph.number
    }
}

extension TextDecoder {
    /// A document read from text in whatever encoding the bytes are, the encoding noted:
    /// what the text, Markdown and HTML readers share.
    static func document(from bytes: [UInt8], _ read: (String) -> Document) throws(ReaderError) -> Document {
        let decoded = try decode(bytes)
        var doc = read(decoded.text)
        doc.metadata.sourceEncoding = decoded.encoding
        return doc
    }

    /// True when `decode` would take these bytes (after any UTF-8 byte order mark), if they
    /// are valid UTF-8, as UTF-8 without a complaint: no NUL (which sends them to the UTF-16
    /// tests), fewer control characters than `checked` refuses, and a scalar that is not
    /// white space. Validity itself is checked line by line.
    static func passesUTF8Checks(_ body: UnsafeBufferPointer<UInt8>) -> Bool {
        if let base = body.baseAddress, memchr(base, 0, body.count) != nil { return false }
        let control = { (b: UInt8) in b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09 && b != 0x0C ? 1 : 0 }
        let controls = UTF8Scan.count(body, block: { x in
            guard UTF8Scan.hasBelow(x, 0x20) else { return 0 }
            var n = 0
            for k in 0..<8 { n &+= control(UInt8(truncatingIfNeeded: x >> (8 * UInt64(k)))) }
            return n
        }, byte: control)
        guard controls * 20 <= body.count else { return false }
        // Not blank: the first scalar that is neither white space nor U+FEFF (decoded only as
        // far as it; invalid bytes are found by the lines).
        var i = 0
        while i < body.count {
            let lead = body[i]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard i + length <= body.count else { return false }
            var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> (length + 1))
            for k in 1..<max(length, 1) { value = value << 6 | UInt32(body[i + k] & 0x3F) }
            if !CharacterClass.isWhiteSpace(value) && value != 0xFEFF { return true }
            i += length
        }
        return false
    }
}
