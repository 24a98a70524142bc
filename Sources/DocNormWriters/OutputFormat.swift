import DocNormModel

/// The formats docnorm writes.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// GitHub Flavored Markdown (CommonMark with GFM tables, task lists and footnotes).
    case markdown = "md"
    /// A whole HTML page, or only its body with `WriterOptions.fragment`.
    case html
    /// Clean text: the text without markup, headings and labels kept, notes at the end.
    case text = "txt"
    /// The document model as JSON (schema in docs/schema.json).
    case json
    /// A normalized Word copy (binary: written with `Converter.output`).
    case docx
    /// Section chunks as JSON Lines (`.jsonl`), one record per chunk of the clean text
    /// (see `ChunksWriter`).
    case chunks

    /// The text formats, which `render` writes as strings.
    public static let textual: [OutputFormat] = [.markdown, .html, .text, .json, .chunks]

    /// File extension for outputs of this format.
    public var fileExtension: String { self == .chunks ? "jsonl" : rawValue }
}

/// Options that change how a document is written, not what it contains.
public struct WriterOptions: Sendable, Equatable {
    /// Markdown: start with YAML front matter (title, author, dates).
    public var frontMatter: Bool
    /// HTML: only the body content, no page around it.
    public var fragment: Bool
    /// Chunks: the most Unicode scalars of clean text in one chunk (at least `Chunker.minimumLimit`).
    public var chunkSize: Int
    /// Chunks: the document's path, recorded in every chunk (its id is the path without the extension).
    public var documentPath: String?

    /// The chunk size when none is given: 1,000 Unicode scalars.
    public static let defaultChunkSize = 1000

    /// Options for the writers; every one is off, or its default, unless given.
    public init(frontMatter: Bool = false, fragment: Bool = false, chunkSize: Int = WriterOptions.defaultChunkSize,
                documentPath: String? = nil) {
        self.frontMatter = frontMatter
        self.fragment = fragment
        self.chunkSize = chunkSize
        self.documentPath = documentPath
    }
}

/// Writes a document in one format.
public protocol DocumentWriter: Sendable {
    /// The output in pieces, in order, each passed to `emit` as it is ready, so a large
    /// document's output need not be held whole.
    func write(_ document: Document, emit: (String) -> Void)
}

extension DocumentWriter {
    /// The whole output as one string.
    public func write(_ document: Document) -> String {
        var out = ""
        write(document) { out += $0 }
        return out
    }
}

extension OutputFormat {
    /// The writer of a text format; nil for .docx, which is binary (`DocxWriter`).
    public func writer(options: WriterOptions = WriterOptions()) -> (any DocumentWriter)? {
        switch self {
        case .markdown: return MarkdownWriter(options: options)
        case .html: return HTMLWriter(options: options)
        case .text: return TextWriter()
        case .json: return JSONWriter()
        case .chunks: return ChunksWriter(options: options)
        case .docx: return nil
        }
    }
}



extension Block {
    /// The plain text of a paragraph-like block.
    var plainText: String {
        switch self {
        case .heading(let h): return (h.label?.shown ?? "") + h.content.plainText
        case .paragraph(let p): return p.content.plainText
        case .list(let l): return l.items.map { $0.blocks.map(\.plainText).joined(separator: " ") }.joined(separator: " ")
        case .table(let t): return t.rows.map { $0.cells.map { $0.blocks.map(\.plainText).joined(separator: " ") }.joined(separator: " ") }.joined(separator: " ")
        case .blockQuote(let b): return b.map(\.plainText).joined(separator: " ")
        case .thematicBreak: return ""
        }
    }
}

/// A checkbox bullet (☐ □ ☒ ☑), which Markdown and HTML show as a task list item.
struct TaskBox {
    var checked: Bool

    init?(_ bullet: String) {
        switch bullet {
        // A Chinese form's □ before an option is a box to tick (请在选择项中打"√").
        case "☐", "□": checked = false
        case "☒", "☑": checked = true
        default: return nil
        }
    }
}

/// About how much text a streaming writer gathers before passing it on.
let outputPiece = 1 << 20

/// Passes `out` on and starts it again once it holds a piece's worth.
func emitFullPiece(_ out: inout String, _ emit: (String) -> Void) {
    guard out.utf8.count >= outputPiece else { return }
    emit(out)
    // The next piece reuses the storage instead of growing a new one from nothing.
    out.removeAll(keepingCapacity: true)
}
