import ArgumentParser
import DocNorm
import Foundation

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "List numbering problems without converting: skipped, repeated or restarted numbers, mixed forms, half-width brackets, ranks out of order, quotes, placeholders.",
        discussion: """
            Reads like convert and writes nothing (unless --fix). Each problem is one line:
            FILE:LINE: AS WRITTEN → SHOULD BE (code) explanation.
            Exit status: 0 when no problem was found, 1 when some were (or a file failed), 2 for usage errors.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Files or directories (walked for .txt, .docx, .md and .html).", completion: .inputFiles)
    var inputs: [String]

    @Option(help: "text (one line per problem) or json.")
    var format: Format = .text

    @Flag(help: "Also write normalized copies into the output directory, in each input's format (.txt stays .txt, .docx stays .docx).")
    var fix = false

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Directory for --fix.", valueName: "dir"), completion: .directory)
    var output: String?

    @OptionGroup var structure: StructureOptions

    @Option(name: [.customShort("j"), .customLong("jobs")], help: "Files read at once (default: all cores).")
    var jobs: Int?

    mutating func validate() throws {
        if fix && output == nil { throw ValidationError("--fix needs an output directory (-o DIR)") }
        if !fix && output != nil { throw ValidationError("-o is for --fix") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        var normalization = try structure.normalization()
        // The source's problems, including the forms a conversion corrects.
        normalization.reportsCorrectedForms = true
        let converter = Converter(options: ConversionOptions(normalization: normalization))
        let (files, missing) = InputFiles.expand(inputs)
        let outputDirectory = URL(fileURLWithPath: output ?? FileManager.default.temporaryDirectory.path)
        // --fix writes each report's normalized copy in its own format.
        let isDocx = { (f: InputFile) in f.url.pathExtension.lowercased() == "docx" }
        let text = BatchPlan.jobs(for: files.filter { !isDocx($0) }, formats: fix ? [.text] : [], outputDirectory: outputDirectory,
                                  keepExtension: false, shard: nil, mediaDirectory: nil)
        let word = BatchPlan.jobs(for: files.filter(isDocx), formats: fix ? [.docx] : [], outputDirectory: outputDirectory,
                                  keepExtension: false, shard: nil, mediaDirectory: nil)
        let jobs = text.jobs + word.jobs
        let refused = text.errors + word.errors
        if !refused.isEmpty {
            refused.forEach { Console.error($0.description) }
            throw ExitCode(2)
        }
        let report = NumberingReport()
        let collected = Collected()
        let batch = Batch(converter: converter, jobs: jobsOrCores(self.jobs), force: true, keepDocuments: true)
        await batch.run(jobs) { result in
            if let doc = result.document { report.add(file: result.job.input.displayName, document: doc) }
            collected.add(result)
        }
        let results = collected.sorted()
        var problemCount = 0
        var failed = missing.count
        missing.forEach { Console.error($0.description) }
        var jsonFiles: [[String: Any]] = []
        for result in results {
            if let error = result.error {
                failed += 1
                Console.error(error.description)
                jsonFiles.append(["path": result.job.input.displayName, "error": error.reason, "problems": [Any]()])
                continue
            }
            let problems = result.warnings.filter { NumberingReport.problemCodes.contains($0.code) }.sorted { a, b in
                Self.order(a.position) < Self.order(b.position)
            }
            problemCount += problems.count
            if format == .text {
                for p in problems { Console.out(Self.line(result.job.input.displayName, p) + "\n") }
            } else {
                jsonFiles.append(["path": result.job.input.displayName, "problems": problems.map(Self.json)])
            }
        }
        if format == .json {
            let root: [String: Any] = ["files": jsonFiles, "summary": report.summary().merging(["problems": problemCount, "failed": failed]) { a, _ in a }]
            let data = try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            Console.out(String(decoding: data, as: UTF8.self) + "\n")
        } else if results.count > 1 {
            Console.error(report.text() + "\(problemCount) problem\(problemCount == 1 ? "" : "s") in \(results.count) report\(results.count == 1 ? "" : "s")")
        }
        if problemCount > 0 || failed > 0 { throw ExitCode.failure }
    }

    static func order(_ p: SourcePosition?) -> Int {
        switch p {
        case .line(let n)?, .paragraph(let n)?: return n
        case nil: return 0
        }
    }

    static func line(_ file: String, _ w: Warning) -> String {
        var where_ = file
        switch w.position {
        case .line(let n)?: where_ += ":\(n)"
        case .paragraph(let n)?: where_ += ":¶\(n)"
        case nil: break
        }
        var change = ""
        if let found = w.found { change = found + (w.expected.map { " → " + $0 } ?? "") + " " }
        return "\(where_): \(change)(\(w.code)) \(w.message)"
    }

    static func json(_ w: Warning) -> [String: Any] {
        var out: [String: Any] = ["code": w.code, "message": w.message]
        switch w.position {
        case .line(let n)?: out["line"] = n
        case .paragraph(let n)?: out["paragraph"] = n
        case nil: break
        }
        if let found = w.found { out["found"] = found }
        if let expected = w.expected { out["expected"] = expected }
        return out
    }
}

/// Results gathered from concurrent callbacks, then sorted by input for stable output.
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Batch.Result] = []

    func add(_ r: Batch.Result) { lock.lock(); results.append(r); lock.unlock() }

    func sorted() -> [Batch.Result] {
        lock.lock()
        defer { lock.unlock() }
        return results.sorted { $0.job.input.displayName < $1.job.input.displayName }
    }
}
