internal import CLibXML2
import DocNormModel

/// Reads HTML through libxml2's HTML parser, which recovers from what browsers forgive
/// (unclosed tags, stray end tags), into the document model: h1–h6 become paragraphs with
/// a heading level, as a .docx heading style gives them, so the rules find their labels and
/// levels like any report's; scripts, styles and the head are dropped, and `<title>` is the
/// metadata title. The libxml2 tree never leaves `parse`.
public struct HTMLReader: Sendable {
    /// An HTML reader.
    public init() {}

    /// Reads an HTML file's bytes, its encoding detected as for plain text.
    public func read(_ bytes: [UInt8]) throws(ReaderError) -> Document {
        guard bytes.count < Int(Int32.max) else { throw ReaderError(.tooLarge, "the HTML file is larger than 2 GB, which the HTML parser cannot read") }
        return try TextDecoder.document(from: bytes) { read(text: $0) }
    }

    /// Reads HTML text.
    public func read(text: String) -> Document {
        var doc = Document()
        doc.metadata.sourceFormat = "html"
        let result = parse(text, lineOffset: 0)
        doc.blocks = result.blocks
        doc.warnings = result.warnings
        doc.metadata.title = result.title
        return doc
    }

    /// HTML inside Markdown (an HTML block): its blocks, positions counted from `firstLine`.
    func readFragment(_ html: String, firstLine: SourcePosition?) -> (blocks: [Block], warnings: [Warning]) {
        var offset = 0
        if case .line(let n)? = firstLine { offset = n - 1 }
        let result = parse(html, lineOffset: offset)
        return (result.blocks, result.warnings)
    }

    /// libxml2 stops reading at 256 open elements unless told otherwise, and drops the rest
    /// of the page; its HTML parser and tree freeing do not recurse, and the walk is bounded.
    private static let huge = UInt32(XML_PARSE_HUGE.rawValue)

    private func parse(_ text: String, lineOffset: Int) -> (blocks: [Block], warnings: [Warning], title: String?) {
        let options = HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
            | HTML_PARSE_RECOVER.rawValue | Self.huge

        var utf8 = Array(text.utf8)
        guard !utf8.isEmpty, utf8.count < Int(Int32.max) else { return ([], [], nil) }
        let parsed = utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", Int32(options))
            }
        }
        guard let doc = parsed else { return ([], [], nil) }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return ([], [], nil) }
        var walker = HTMLWalker(lineOffset: lineOffset)
        let blocks = walker.flow(root, depth: 0)
        var warnings = walker.warnings
        if walker.flattened {
            warnings.append(Warning(code: "deep-nesting",
                                    message: "content nested deeper than \(MarkupBlocks.maxDepth) levels was read as plain text"))
        }
        return (blocks, warnings, walker.title)
    }
}
