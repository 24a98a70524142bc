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

    @Option(name: [.customShort("t"), .customLong("to")], help: "Output format: md, html, txt, json (repeatable; default md).")
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

    @Option(name: .customLong("extract-media"), help: ".docx: write images into DIR and link them (one folder per document with -o).")
    var extractMedia: String?

    @Option(name: [.customShort("j"), .customLong("jobs")], help: "Files converted at once (default: all cores).")
    var jobs: Int?

    @Flag(name: [.customShort("v"), .customLong("verbose")], help: "Print every warning on stderr.")
    var verbose = false

    mutating func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
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

    var converter: Converter {
        Converter(options: ConversionOptions(normalization: structure.normalization,
                                             writer: WriterOptions(frontMatter: frontMatter, fragment: fragment),
                                             docx: DocxReader.Options(keepComments: comments, keepHeadersFooters: headersFooters,
                                                                      mediaDirectory: extractMedia)))
    }

    func run() async throws {
        if let output {
            try await runBatch(outputDirectory: URL(fileURLWithPath: output))
        } else {
            try runSingle(inputs[0])
        }
    }

    func runSingle(_ input: String) throws {
        let converter = self.converter
        do {
            let doc: Document
            if input == "-" {
                let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
                doc = converter.normalize(try converter.read(bytes, name: "standard input"))
            } else {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue {
                    throw ValidationError("\(input) is a directory: give an output directory (-o DIR)")
                }
                doc = try converter.load(URL(fileURLWithPath: input), displayName: input)
            }
            if verbose { doc.warnings.forEach { Console.error("\(input): \($0)") } }
            try converter.writeMedia(doc, displayName: input)
            Console.out(converter.render(doc, as: selectedFormats[0]))
        } catch let error as ConversionError {
            Console.error(error.description)
            throw ExitCode.failure
        }
    }

    func runBatch(outputDirectory: URL) async throws {
        let (files, missing) = InputFiles.expand(inputs)
        missing.forEach { Console.error($0.description) }
        let batch = Batch(converter: converter, formats: selectedFormats, outputDirectory: outputDirectory,
                          jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let failures = Counter()
        let verbose = self.verbose
        await batch.run(files) { result in
            if let error = result.error {
                failures.increment()
                Console.error(error.description)
            } else if verbose {
                result.warnings.forEach { Console.error("\(result.input.displayName): \($0)") }
            }
        }
        if failures.value > 0 || !missing.isEmpty || files.isEmpty && missing.isEmpty && false {
            throw ExitCode.failure
        }
    }
}

/// A count shared by concurrent callbacks.
final class Counter: @unchecked Sendable {
    private var count = 0
    private let lock = NSLock()

    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
