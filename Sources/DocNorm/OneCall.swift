import Foundation

/// Converting in one call: read a report, normalize its headings and numbering, write it.
///
/// ```swift
/// let markdown = try DocNorm.convert(contentsOf: URL(fileURLWithPath: "report.docx"), to: .markdown)
/// let html = try DocNorm.convert("一、总体情况\n全年完成……", to: .html)
/// ```
///
/// Every call reads, normalizes with `options.normalization` and writes with
/// `options.writer`, as `docnorm convert` does. For the document itself (its outline,
/// warnings, blocks), load a `Document` instead.
public enum DocNorm {
    /// Converts the file at `url` into `format`: UTF-8 text for the text formats, the zip of
    /// a Word file for `.docx`. The input's format is found from its content and name
    /// (`options.from` overrides).
    public static func convert(contentsOf url: URL, to format: OutputFormat,
                               options: ConversionOptions = ConversionOptions()) throws(ConversionError) -> Data {
        let converter = Converter(options: options)
        return Data(converter.output(try converter.load(url), as: format))
    }

    /// Converts the bytes of a file. `name`, when given, is used as a file name is: its
    /// extension tells Markdown and HTML from plain text, and messages name it.
    public static func convert(_ data: Data, name: String = "input", to format: OutputFormat,
                               options: ConversionOptions = ConversionOptions()) throws(ConversionError) -> Data {
        let converter = Converter(options: options)
        return Data(converter.output(try converter.load(data, name: name), as: format))
    }

    /// Converts text, plain by default (`from: .markdown` or `.html` for those), into a text
    /// format. A `.docx` is not text: ask for it with ``convert(_:name:to:options:)`` on `Data`.
    public static func convert(_ text: String, from: InputFormat = .text, to format: OutputFormat,
                               options: ConversionOptions = ConversionOptions()) throws(ConversionError) -> String {
        guard format != .docx else {
            throw ConversionError(sentence: "a .docx is not text: convert Data to get its bytes")
        }
        let document = try Document(text, from: from, options: options)
        return Converter(options: options).render(document, as: format)
    }
}

extension Document {
    /// Reads the file at `url` and normalizes its headings, lists and numbering with
    /// `options`; `normalize: false` gives the document exactly as read, before any rule.
    public init(contentsOf url: URL, options: ConversionOptions = ConversionOptions(),
                normalize: Bool = true) throws(ConversionError) {
        let converter = Converter(options: options)
        let raw = try converter.readFile(url, name: url.path)
        self = normalize ? converter.normalize(raw) : raw
    }

    /// Reads the bytes of a file (its format found as for a file called `name`) and
    /// normalizes it, unless `normalize` is false.
    public init(_ data: Data, name: String = "input", options: ConversionOptions = ConversionOptions(),
                normalize: Bool = true) throws(ConversionError) {
        self = try Converter(options: options).load(data, name: name, normalize: normalize)
    }

    /// Reads text: plain by default, or Markdown or HTML as `from` says; normalized unless
    /// `normalize` is false.
    public init(_ text: String, from: InputFormat = .text, options: ConversionOptions = ConversionOptions(),
                normalize: Bool = true) throws(ConversionError) {
        guard from != .docx, from != .doc else {
            throw ConversionError(sentence: "a Word file is bytes, not text: read it from Data or a URL")
        }
        var options = options
        options.from = from
        self = try Converter(options: options).load(Data(text.utf8), name: "text", normalize: normalize)
    }

    /// The document written in `format`: UTF-8 text, or the zip of a Word file for `.docx`.
    public func rendered(as format: OutputFormat, options: WriterOptions = WriterOptions()) -> Data {
        Data(Converter(options: ConversionOptions(writer: options)).output(self, as: format))
    }

    /// The document written in a text format; nil for `.docx`, which is not text.
    public func string(as format: OutputFormat, options: WriterOptions = WriterOptions()) -> String? {
        format == .docx ? nil : Converter(options: ConversionOptions(writer: options)).render(self, as: format)
    }
}

extension Converter {
    /// Reads the bytes of a file (its format found as for a file called `name`) and
    /// normalizes it, unless `normalize` is false.
    public func load(_ data: Data, name: String, normalize: Bool = true) throws(ConversionError) -> Document {
        let raw = try read([UInt8](data), name: name)
        return normalize ? self.normalize(raw) : raw
    }
}

extension ConversionError {
    /// An error that is one whole sentence, with no file to name.
    init(sentence: String) {
        self.init(file: "", reason: sentence)
        standsAlone = true
    }
}
