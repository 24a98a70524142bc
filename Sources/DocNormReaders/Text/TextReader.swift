import DocNormModel

/// Reads plain text: one line is one paragraph (or one hard-wrapped block, joined back).
/// The result is a flat list of paragraphs; the structure rules find headings and lists.
public struct TextReader: Sendable {
    /// A plain-text reader.
    public init() {}

    /// Reads a text file's bytes, its encoding detected (UTF-8, UTF-16, GB18030 …).
    public func read(_ bytes: [UInt8]) throws(ReaderError) -> Document {
        try TextDecoder.document(from: bytes) { read(text: $0) }
    }

    /// Reads text that is already a string.
    public func read(text: String) -> Document {
        let lines = LineSplitter.lines(text)
        let paragraphs = HardWrapJoiner.paragraphs(from: lines)
        var doc = Document()
        doc.metadata.sourceFormat = "text"
        doc.blocks = paragraphs.map {
            .paragraph(Paragraph(content: [.text($0.text)], position: .line($0.number)))
        }
        return doc
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
}
