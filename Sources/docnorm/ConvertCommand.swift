import ArgumentParser
import DocNorm
import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct ConvertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert files or directories (walked for .txt, .docx, .md and .html).",
        discussion: """
            Where the result goes, as in pandoc:
              no -o, -o -   standard output (one input, one format)
              -o FILE       that file, in the format of its extension (.md .html
                            .txt .json .docx .jsonl) unless -t is given; never an input
              -o DIR        one output per input and format, mirroring the input
                            tree (DIR/sub/report.md). -o is a directory when it is
                            one, ends in /, or there are several inputs or formats;
                            with several inputs each input directory keeps its
                            name (DIR/reportsA/..., DIR/reportsB/...).
            Inputs: .txt, .docx, .md/.markdown (read by cmark-gfm) and .html/.htm
            (read by libxml2's HTML parser), detected by content and name, or
            as -f says; Markdown and HTML headings and numbering are normalized
            like any report's.
            - reads standard input. Markdown is GitHub Flavored Markdown
            (CommonMark with GFM tables, task lists and footnotes; a table with
            merged cells is HTML inside it).

            Examples:
              docnorm convert report.txt                   Markdown on standard output
              docnorm convert report.docx -o report.md     the file report.md
              docnorm convert report.docx -o report.html   HTML, from the extension
              docnorm convert - -f docx -t txt < report.docx
              docnorm convert notes.md -o notes.html
              docnorm convert - -f html -o page.md < page.html
              docnorm convert reportsA reportsB -o out -t md -t json
              docnorm convert report.docx -o report.jsonl --chunk-size 500
            """
    )

    @Argument(help: "Files or directories to convert; - for standard input.", completion: .inputFiles)
    var inputs: [String]

    @Option(name: [.customShort("t"), .customLong("to")],
            help: ArgumentHelp("Output format: md (GitHub Flavored Markdown; also markdown, gfm, commonmark), html (html5), txt (plain), json, docx, chunks (section chunks as JSON Lines, .jsonl). Repeatable; default md, or the -o file's extension.",
                               valueName: "format"))
    var formats: [OutputFormat] = []

    @Option(name: [.customShort("f"), .customLong("from")],
            help: ArgumentHelp("Read every input as this format instead of detecting it (also standard input); md is also markdown, gfm, commonmark, and html html5.", valueName: "format"),
            completion: .list(InputFormat.allValueStrings))
    var from: InputFormat?

    @Option(name: [.customShort("o"), .customLong("output")],
            help: ArgumentHelp("Output file, - for standard output, or directory (see above).", valueName: "file|-|dir"),
            completion: .file())
    var output: String?

    @Option(name: .customLong("chunk-size"),
            help: ArgumentHelp("-t chunks: the most characters (Unicode scalars) in a chunk, at least \(Chunker.minimumLimit); default \(WriterOptions.defaultChunkSize), or chunkSize in docnorm.yaml.", valueName: "n"))
    var chunkSize: Int?

    @OptionGroup var structure: StructureOptions

    @Flag(help: "Markdown: start with YAML front matter (title, author, dates).")
    var frontMatter = false

    @Flag(help: "HTML: write only the body content, not a whole page.")
    var fragment = false

    @Flag(help: ".docx: keep comments, as notes.")
    var comments = false

    @Flag(name: .customLong("headers-footers"), help: "Keep page headers and footers (.docx) and page-number lines such as `- 3 -` (text).")
    var headersFooters = false

    @Flag(name: .customLong("hidden"), help: ".docx: keep hidden text (w:vanish); left out by default, with a warning.")
    var hidden = false

    @Option(name: .customLong("extract-media"), help: ArgumentHelp(".docx: write images into DIR and link them (one folder per document with -o).", valueName: "dir"),
            completion: .directory)
    var extractMedia: String?

    @Option(name: [.customShort("j"), .customLong("jobs")], help: "Files converted at once (default: all cores); a lone long text file uses them for its parts. Same output on any number.")
    var jobs: Int?

    @Flag(name: [.customShort("v"), .customLong("verbose")], help: "Print every file and every warning on stderr, and the peak memory in the summary.")
    var verbose = false

    @Flag(name: [.customShort("q"), .customLong("quiet")], help: "No progress, summary or warnings; failures are still printed.")
    var quiet = false

    @Flag(help: "Convert even files whose outputs are up to date (made by an earlier run with the same options).")
    var force = false

    @Flag(name: .customLong("keep-extension"), help: "Name outputs after the whole input name (a.docx → a.docx.md), so a.docx and a.txt do not collide.")
    var keepExtension = false

    @Option(help: "Convert only shard K of N (K from 0 to N-1), chosen by a stable hash of each path.")
    var shard: String?

    @Option(name: .customLong("manifest"), help: ArgumentHelp("Write one JSON line per input (path, size, sha256, status, outputs, warnings, error, milliseconds).", valueName: "file"),
            completion: .file())
    var manifestPath: String?

    /// Usage checks run after parsing, so an unknown option is reported before them.
    func checkUsage() throws(UsageLine) -> Destination {
        if let jobs, jobs < 1 { throw UsageLine("--jobs must be at least 1") }
        if let shard, Shard(shard) == nil { throw UsageLine("--shard takes K/N with 0 <= K < N, such as 0/4") }
        if quiet && verbose { throw UsageLine("--quiet and --verbose cannot be used together") }
        if let chunkSize, chunkSize < Chunker.minimumLimit { throw UsageLine("--chunk-size must be at least \(Chunker.minimumLimit) (characters)") }
        let destination = try Destination.choose(output: output, inputs: inputs, formats: explicitFormats)
        if case .directory = destination {} else if manifestPath != nil || shard != nil {
            throw UsageLine("--manifest and --shard need an output directory (-o DIR)")
        }
        // Like pandoc: a .docx is bytes a terminal would show as garbage; `-o -` insists.
        if destination == .standardOutput(.docx), output == nil, isatty(STDOUT_FILENO) == 1 {
            throw UsageLine("refusing to write a .docx to the terminal: redirect it (> report.docx) or give -o report.docx (-o - writes it anyway)")
        }
        return destination
    }

    /// The formats given with -t, each once, in order.
    var explicitFormats: [OutputFormat] {
        var seen: [OutputFormat] = []
        for f in formats where !seen.contains(f) { seen.append(f) }
        return seen
    }

    var selectedFormats: [OutputFormat] { explicitFormats.isEmpty ? [.markdown] : explicitFormats }

    func makeConverter() throws -> Converter {
        let size = try chunkSize ?? structure.configurationFile()?.chunkSize ?? WriterOptions.defaultChunkSize
        return Converter(options: ConversionOptions(normalization: try structure.normalization(),
                                             writer: WriterOptions(frontMatter: frontMatter, fragment: fragment, chunkSize: size),
                                             docx: DocxReader.Options(keepComments: comments, keepHeadersFooters: headersFooters,
                                                                      extractMedia: extractMedia != nil, keepHidden: hidden),
                                             from: from))
    }

    func run() async throws {
        switch try checkUsage() {
        case .directory(let url): try await runBatch(outputDirectory: url)
        case .standardOutput(let format): try runSingle(inputs[0], format: format, to: nil)
        case .file(let url, let format): try runSingle(inputs[0], format: format, to: url)
        }
    }

    func runBatch(outputDirectory: URL) async throws {
        let verbosity: BatchReporter.Verbosity = quiet ? .quiet : (verbose ? .verbose : .normal)
        let (files, missing) = InputFiles.expand(inputs)
        // Nothing to convert (inputs missing, directories empty): the reasons alone, nothing written.
        if files.isEmpty && !missing.isEmpty {
            missing.forEach { Console.error($0.description) }
            throw ExitCode.failure
        }
        let (jobs, refused) = BatchPlan.jobs(for: files, formats: selectedFormats, outputDirectory: outputDirectory,
                                             keepExtension: keepExtension, shard: shard.flatMap(Shard.init),
                                             mediaDirectory: extractMedia)
        // Outputs that would collide or overwrite an input stop the batch before anything is written.
        if !refused.isEmpty {
            refused.forEach { Console.error($0.description) }
            throw ExitCode(2)
        }
        if !jobs.isEmpty, let problem = Batch.problem(writingInto: outputDirectory) {
            missing.forEach { Console.error($0.description) }
            Console.error("cannot write into \(outputDirectory.path): \(problem)")
            throw ExitCode.failure
        }
        let reporter = BatchReporter(total: jobs.count, verbosity: verbosity)
        missing.forEach { reporter.errorLine($0) }
        let numbering = NumberingReport()
        let batch = Batch(converter: try makeConverter(), jobs: jobsOrCores(self.jobs), force: force,
                          keepDocuments: verbosity != .quiet && jobs.count > 1)
        let journal = BatchJournal(outputDirectory: outputDirectory, optionsFingerprint: batch.optionsFingerprint(formats: selectedFormats, mediaDirectory: extractMedia))
        if let problem = journal.problem { Console.error("warning: \(problem)") }
        let manifest = try manifestPath.map { path in
            do { return try Manifest(url: URL(fileURLWithPath: path)) } catch {
                throw ValidationError("cannot write the manifest \(path)")
            }
        }
        let interrupt = Interrupt()
        interrupt.install {
            Console.error("\ninterrupted: finishing the files in progress (Ctrl-C again to stop at once)")
        }
        reporter.startProgress()
        await batch.run(jobs, journal: journal, manifest: manifest, isCancelled: { interrupt.isSet }) { result in
            if let doc = result.document { numbering.add(file: result.job.input.displayName, document: doc) }
            reporter.record(result)
        }
        reporter.finish(cancelled: interrupt.isSet)
        if verbosity != .quiet && jobs.count > 1 { Console.error(numbering.text().trimmingCharacters(in: .newlines)) }
        if interrupt.isSet { throw ExitCode(130) }
        if reporter.failures > 0 { throw ExitCode.failure }
    }
}
