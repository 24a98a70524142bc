import ArgumentParser
import Foundation
import DocNorm

extension NormalizationOptions.NumberingMode: ExpressibleByArgument {}
extension NormalizationOptions.RunInMode: ExpressibleByArgument {}
extension NormalizationOptions.TableOfContentsMode: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument.lowercased() {
        // pandoc's names too: docnorm writes one Markdown, GitHub Flavored (CommonMark + GFM).
        case "md", "markdown", "gfm", "commonmark": self = .markdown
        case "html", "htm", "html5": self = .html
        case "txt", "text", "plain": self = .text
        case "json": self = .json
        case "docx": self = .docx
        case "chunks", "jsonl": self = .chunks
        default: return nil
        }
    }
}

extension CompletionKind {
    /// What an input argument completes to: the files docnorm reads, and directories
    /// (the shells' scripts add those). `.doc` too: LibreOffice converts it when installed.
    /// Upper case as well, as files from Windows are often named (REPORT.DOCX).
    static var inputFiles: CompletionKind {
        let names = InputFormat.extensions.sorted() + ["doc"]
        return .file(extensions: names + names.map { $0.uppercased() })
    }
}

extension InputFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { ["txt", "docx", "md", "html"] }
}

/// How the structure is read and rewritten; shared by every command that reads documents.
/// Flags override the configuration file, which overrides the defaults.
struct StructureOptions: ParsableArguments {
    @Option(help: "Labels: normalize (canonical form, the number as shown), keep (as written), strip (none on headings).")
    var numbering: NormalizationOptions.NumberingMode?

    @Flag(help: "Recount typed numbers (一、三、四、 → 一、二、三、, restarting under each parent and attachment); Word's own numbers stay.")
    var renumber = false

    @Option(name: .customLong("toc"), help: "A table of contents: drop (left out, with a note) or keep (a list of its entries linked to their headings, no page numbers).")
    var tableOfContents: NormalizationOptions.TableOfContentsMode?

    @Option(name: .customLong("run-in"), help: "Run-in headings: split (heading + paragraph) or keep (one paragraph, first sentence bold).")
    var runIn: NormalizationOptions.RunInMode?

    @Flag(help: "Turn 一是…；二是…； inside a paragraph into a list.")
    var splitEnumerations = false

    @Option(name: .customLong("noise-marker"), help: "A marker to remove wherever it stands (repeatable; replaces ##paidbegin## and ##paidend##).")
    var noiseMarkers: [String] = []

    @Flag(name: .customLong("no-punctuation-fix"), help: "Keep ASCII punctuation between CJK characters as written.")
    var noPunctuationFix = false

    @Flag(name: .customLong("no-half-width"), help: "Keep full-width digits and Latin letters.")
    var noHalfWidth = false

    @Option(help: ArgumentHelp("A house-style file (YAML); default: docnorm.yaml in the working directory, if there is one.", valueName: "file"),
            completion: .file(extensions: ["yaml", "yml"]))
    var config: String?

    @Option(help: ArgumentHelp("Take only the label forms (scheme:) from this house-style file.", valueName: "file"),
            completion: .file(extensions: ["yaml", "yml"]))
    var scheme: String?

    /// The configuration file given or found, or a one-line reason it cannot be read.
    func configurationFile() throws -> Configuration? {
        guard let path = config ?? Configuration.discover(in: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))?.path else { return nil }
        do {
            return try Configuration.load(URL(fileURLWithPath: path))
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// The options after the configuration file and the flags, or a one-line reason they cannot be read.
    func normalization() throws -> NormalizationOptions {
        var options = NormalizationOptions()
        if let file = try configurationFile() { options = file.applied(to: options) }
        do {
            if let scheme {
                options = try Configuration.load(URL(fileURLWithPath: scheme)).applied(to: options, schemeOnly: true)
            }
        } catch {
            throw ValidationError(error.description)
        }
        if let numbering { options.numbering = numbering }
        if renumber { options.renumber = true }
        if let tableOfContents { options.tableOfContents = tableOfContents }
        if let runIn { options.runIn = runIn }
        if splitEnumerations { options.splitEnumerations = true }
        if !noiseMarkers.isEmpty { options.noiseMarkers = noiseMarkers }
        if noPunctuationFix { options.fixPunctuation = false }
        if noHalfWidth { options.halfWidthAlphanumerics = false }
        return options
    }
}

extension Converter {
    /// One input for the single-file commands: a path, or - for standard input.
    func loadInput(_ input: String) throws(ConversionError) -> Document {
        if input == "-" {
            let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            return normalize(try read(bytes, name: "standard input"))
        }
        return try load(URL(fileURLWithPath: input), displayName: input)
    }
}

/// The workers `-j` asks for: as given, or one per core.
func jobsOrCores(_ jobs: Int?) -> Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }
