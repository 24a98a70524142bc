import ArgumentParser
import DocNorm
import Foundation

struct ConvertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert files or directories (walked for .txt and .docx).",
        discussion: """
            One input and no -o: the result goes to standard output; - reads standard input.
            With -o DIR: one output per input and format, mirroring the input tree
            (DIR/sub/report.md).

            Examples:
              docnorm convert report.txt                   Markdown on standard output
              docnorm convert report.docx -t html > r.html
              docnorm convert reports/ -o out -t md -t json
            """
    )

    @Argument(help: "Files or directories to convert; - for standard input.")
    var inputs: [String]

    @Option(name: [.customShort("t"), .customLong("to")], help: "Output format: md, html, txt, json, docx (repeatable; default md).")
    var formats: [OutputFormat] = []

    @Option(name: [.customShort("o"), .customLong("output")], help: "Directory for the outputs.")
    var output: String?

    @OptionGroup var structure: StructureOptions

    @Flag(help: "Markdown: start with YAML front matter (title, author, dates).")
    var frontMatter = false

    @Flag(help: "HTML: write only the body content, not a whole page.")
    var fragment = false

    @Flag(help: ".docx: keep comments, as notes.")
    var comments = false

    @Flag(name: .customLong("headers-footers"), help: ".docx: keep page headers and footers.")
    var headersFooters = false

    @Flag(name: .customLong("hidden"), help: ".docx: keep hidden text (w:vanish); left out by default, with a warning.")
    var hidden = false

    @Option(name: .customLong("extract-media"), help: ".docx: write images into DIR and link them (one folder per document with -o).")
    var extractMedia: String?

    @Option(name: [.customShort("j"), .customLong("jobs")], help: "Files converted at once (default: all cores).")
    var jobs: Int?

    @Flag(name: [.customShort("v"), .customLong("verbose")], help: "Print every file and every warning on stderr, and the peak memory in the summary.")
    var verbose = false

    @Flag(name: [.customShort("q"), .customLong("quiet")], help: "No progress and no summary; failures are still printed.")
    var quiet = false

    @Flag(help: "Convert even files whose outputs are up to date (made by an earlier run with the same options).")
    var force = false

    @Flag(name: .customLong("keep-extension"), help: "Name outputs after the whole input name (a.docx → a.docx.md), so a.docx and a.txt do not collide.")
    var keepExtension = false

    @Option(help: "Convert only shard K of N (K from 0 to N-1), chosen by a stable hash of each path.")
    var shard: String?

    @Option(name: .customLong("manifest"), help: "Write one JSON line per input (path, size, sha256, status, outputs, warnings, error, milliseconds).")
    var manifestPath: String?

    mutating func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard takes K/N with 0 <= K < N, such as 0/4") }
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
        if output == nil, manifestPath != nil || shard != nil {
            throw ValidationError("--manifest and --shard need an output directory (-o DIR)")
        }
        if output == nil {
            if inputs.count > 1 { throw ValidationError("several inputs need an output directory (-o DIR)") }
            if selectedFormats.count > 1 { throw ValidationError("several formats need an output directory (-o DIR)") }
        } else if inputs.contains("-") {
            throw ValidationError("standard input (-) writes to standard output; leave out -o")
        }
    }

    var selectedFormats: [OutputFormat] {
        var seen: [OutputFormat] = []
        for f in formats where !seen.contains(f) { seen.append(f) }
        return seen.isEmpty ? [.markdown] : seen
    }

    func makeConverter() throws -> Converter {
        Converter(options: ConversionOptions(normalization: try structure.normalization(),
                                             writer: WriterOptions(frontMatter: frontMatter, fragment: fragment),
                                             docx: DocxReader.Options(keepComments: comments, keepHeadersFooters: headersFooters,
                                                                      extractMedia: extractMedia != nil, keepHidden: hidden)))
    }

    func run() async throws {
        if let output {
            try await runBatch(outputDirectory: URL(fileURLWithPath: output))
        } else {
            try runSingle(inputs[0])
        }
    }

    func runSingle(_ input: String) throws {
        var converter = try makeConverter()
        // A .docx copy embeds the images, so their bytes are read for it.
        if selectedFormats[0] == .docx { converter.options.docx.extractMedia = true }
        var isDirectory: ObjCBool = false
        if input != "-", FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ValidationError("\(input) is a directory: give an output directory (-o DIR)")
        }
        do throws(ConversionError) {
            var doc = try converter.loadInput(input)
            if let extractMedia {
                let protected: Set<String> = input == "-" ? [] : [Converter.realPath(URL(fileURLWithPath: input))]
                doc = try converter.extractMedia(doc, into: URL(fileURLWithPath: extractMedia), linkPrefix: extractMedia.hasSuffix("/") ? extractMedia : extractMedia + "/",
                                                 protecting: protected, displayName: input)
            }
            if verbose { doc.warnings.forEach { Console.error("\(input): \($0)") } }
            if selectedFormats[0] == .docx {
                FileHandle.standardOutput.write(Data(converter.output(doc, as: .docx)))
            } else {
                Console.out(converter.render(doc, as: selectedFormats[0]))
            }
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
    }

    func runBatch(outputDirectory: URL) async throws {
        let verbosity: BatchReporter.Verbosity = quiet ? .quiet : (verbose ? .verbose : .normal)
        let (files, missing) = InputFiles.expand(inputs)
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
        let batch = Batch(converter: try makeConverter(), jobs: self.jobs ?? ProcessInfo.processInfo.activeProcessorCount, force: force,
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
