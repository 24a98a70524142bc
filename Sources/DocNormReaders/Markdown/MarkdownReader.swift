internal import CCmarkGFM
import DocNormModel

/// Reads Markdown (CommonMark with GitHub's tables, strikethrough, task lists, autolinks and
/// footnotes) through cmark-gfm into the document model: headings become paragraphs with a
/// heading level, as a .docx heading style gives them, so the rules find their labels and
/// levels like any report's. The cmark tree never leaves `read(text:)`.
public struct MarkdownReader: Sendable {
    /// A Markdown reader.
    public init() {}

    /// Reads a Markdown file's bytes, in whatever encoding is detected.
    public func read(_ bytes: [UInt8]) throws(ReaderError) -> Document {
        try TextDecoder.document(from: bytes) { read(text: $0) }
    }

    /// Registering cmark-gfm's extensions is not thread-safe; a static is initialised once.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Reads Markdown text.
    public func read(text: String) -> Document {
        _ = Self.registered
        var doc = Document()
        doc.metadata.sourceFormat = "markdown"
        guard let parser = cmark_parser_new(CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8) else { return doc }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "tasklist", "autolink"] {
            if let ext = cmark_find_syntax_extension(name) { _ = cmark_parser_attach_syntax_extension(parser, ext) }
        }
        let utf8 = text.utf8CString
        utf8.withUnsafeBufferPointer { buffer in
            cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
        }
        guard let root = cmark_parser_finish(parser) else { return doc }
        defer { cmark_node_free(root) }
        var walker = MarkdownWalker()
        doc.blocks = walker.blocks(in: root, depth: 0)
        doc.notes = walker.notes
        doc.warnings = walker.warnings
        if walker.flattened {
            doc.warnings.append(Warning(code: "deep-nesting",
                                        message: "content nested deeper than \(MarkupBlocks.maxDepth) levels was read as plain text"))
        }
        return doc
    }
}
