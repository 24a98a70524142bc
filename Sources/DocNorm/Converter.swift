import Foundation

/// Everything that shapes a conversion.
public struct ConversionOptions: Sendable, Equatable {
    /// What the rules do: label forms, recounting, contents, run-in headings, clean-up.
    public var normalization: NormalizationOptions
    /// What the writers add: front matter, HTML fragments, chunk size.
    public var writer: WriterOptions
    /// What the .docx reader keeps (comments, headers and footers, images).
    public var docx: DocxReader.Options
    /// Read every input as this format instead of sniffing it (`-f`); nil: detect.
    public var from: InputFormat?
    /// How many threads one document may use for its per-paragraph passes (at least 1). The
    /// output is the same on any number; only a long plain-text document gains from more.
    public var threads: Int

    /// The options of `docnorm convert` without flags, unless given.
    public init(normalization: NormalizationOptions = NormalizationOptions(), writer: WriterOptions = WriterOptions(),
                docx: DocxReader.Options = DocxReader.Options(), from: InputFormat? = nil, threads: Int = 1) {
        self.normalization = normalization
        self.writer = writer
        self.docx = docx
        self.from = from
        self.threads = threads
    }
}

/// A file that could not be converted, and why, in plain words.
public struct ConversionError: Error, Sendable, CustomStringConvertible {
    /// The file as the caller named it (its path, or a name such as `standard input`).
    public var file: String
    /// What is wrong and why, in plain words (`the .docx is truncated or damaged …`).
    public var reason: String
    /// The cause will fail every other file too (a full disk, a read-only file system): a
    /// batch stops starting new files.
    package var stopsBatch = false
    /// The reason is a whole sentence that names the file itself (`no .txt or .docx files
    /// under DIR`): the description is the reason alone.
    package var standsAlone = false

    /// An error for `file`; its description is `file: reason`.
    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { standsAlone ? reason : "\(file): \(reason)" }
}

/// Reads a file, normalizes its structure and writes it in the formats asked for.
/// Safe to use from many threads at once: it holds no shared state.
public struct Converter: Sendable {
    /// The options every conversion of this converter uses.
    public var options: ConversionOptions

    /// A converter with `options` (by default, those of `docnorm convert` without flags).
    public init(options: ConversionOptions = ConversionOptions()) {
        self.options = options
    }

    /// Reads bytes into the raw (not yet normalized) document.
    package func read(_ bytes: [UInt8], name: String) throws(ConversionError) -> Document {
        try threaded { () throws(ConversionError) in try readRaw(bytes, name: name) }
    }

    private func readRaw(_ bytes: [UInt8], name: String) throws(ConversionError) -> Document {
        do {
            switch try InputFormat.detect(bytes, name: name, as: options.from) {
            case .text: return try TextReader(keepPageNumbers: options.docx.keepHeadersFooters).read(bytes)
            case .docx: return try DocxReader(options: options.docx).read(bytes)
            case .markdown: return try MarkdownReader().read(bytes)
            case .html: return try HTMLReader().read(bytes)
            case .doc:
                var doc = try DocxReader(options: options.docx).read(try LegacyWord.convert(bytes, claimedDocx: name.lowercased().hasSuffix(".docx")))
                doc.metadata.sourceFormat = "doc"
                return doc
            }
        } catch {
            throw ConversionError(file: name, reason: error.reason)
        }
    }

    /// Reads a file from disk and normalizes it.
    public func load(_ url: URL, displayName: String? = nil) throws(ConversionError) -> Document {
        normalize(try readFile(url, name: displayName ?? url.path))
    }

    /// Reads a file from disk into the raw document. A .docx is read from the file as libzip
    /// needs it, never held whole in memory.
    package func readFile(_ url: URL, name: String) throws(ConversionError) -> Document {
        let bytes: [UInt8]
        do throws(ReaderError) {
            if options.from == nil || options.from == .docx, InputFormat.startsLikeZip(try FileReading.head(of: url, count: 4)) {
                return try DocxReader(options: options.docx).read(.file(url.path))
            }
            bytes = try FileReading.bytes(of: url)
        } catch {
            throw ConversionError(file: name, reason: error.reason)
        }
        return try read(bytes, name: name)
    }

    /// Runs the rules over a document as read: headings found and leveled, labels
    /// normalized, contents set aside, noise removed, problems reported as warnings.
    public func normalize(_ document: consuming Document) -> Document {
        let normalizer = Normalizer(options: options.normalization)
        var document = Optional(document)
        return threaded { normalizer.normalize(document.take()!) }
    }

    /// A text format as a string (for .docx, the bytes of `output` would not be text: use that).
    public func render(_ document: Document, as format: OutputFormat) -> String {
        guard let writer = format.writer(options: options.writer) else { return String(decoding: output(document, as: format), as: UTF8.self) }
        return threaded { writer.write(document) }
    }

    /// Writes a text format piece by piece to `emit`, so a large output is never held whole.
    /// False, and nothing emitted, for a format that is not text (.docx: use `output`).
    public func stream(_ document: Document, as format: OutputFormat, to emit: (String) -> Void) -> Bool {
        guard let writer = format.writer(options: options.writer) else { return false }
        threaded { writer.write(document, emit: emit) }
        return true
    }

    /// Writes the document in `format` to the file `url` as a batch writes its outputs:
    /// through a temporary file in the same directory renamed into place, so the file is
    /// never left half-written. Its directory is made when missing.
    public func write(_ document: Document, as format: OutputFormat, to url: URL, displayName: String) throws(ConversionError) {
        if let writer = format.writer(options: options.writer) {
            try threaded { () throws(ConversionError) in try OutputWriting.write(document, with: writer, to: url, displayName: displayName) }
        } else {
            try OutputWriting.write(output(document, as: format), to: url, displayName: displayName)
        }
    }

    /// Any format as the bytes of its file.
    public func output(_ document: Document, as format: OutputFormat) -> [UInt8] {
        if format == .docx { return DocxWriter().data(document) }
        return Array(render(document, as: format).utf8)
    }
}

extension Converter {
    /// `body` with `Parallel.threads` set to this converter's threads; a body that cannot
    /// throw (`E` is `Never`) is called without `try`.
    private func threaded<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        let threads = max(1, options.threads)
        if threads == Parallel.threads { return try body() }
        return try Parallel.$threads.withValue(threads) { Result { () throws(E) in try body() } }.get()
    }

    /// Writes the document's images (read with `DocxReader.Options.extractMedia`) into
    /// `directory` and links them from the document, each link `linkPrefix` + its file name.
    /// Names are made safe and unique; no image replaces a file in `protecting` (real paths:
    /// the inputs and outputs of the run) or any existing file that is not the same image.
    public func extractMedia(_ document: Document, into directory: URL, linkPrefix: String,
                             protecting reserved: Set<String>, displayName: String) throws(ConversionError) -> Document {
        try MediaPlacement(directory: directory, linkPrefix: linkPrefix, reserved: reserved).place(document, displayName: displayName)
    }

    /// The real path of a file (its folder's links resolved), as `extractMedia` compares them.
    package static func realPath(_ url: URL) -> String {
        url.standardizedFileURL.resolvingSymlinksInPath().path
    }
}
