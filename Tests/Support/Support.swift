import DocNorm
import Foundation
import Testing

/// Paths and helpers shared by the test targets.
public enum TestSupport {
    /// The package root, found from this file's location.
    public static let packageRoot: URL = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }()

    public static var samplesDirectory: URL { packageRoot.appendingPathComponent("Samples") }
    public static var expectedDirectory: URL { samplesDirectory.appendingPathComponent("expected") }
    public static var fixturesDirectory: URL { packageRoot.appendingPathComponent("Tests/Fixtures") }

    /// `../shared` beside the repository, present on the project's machines and absent in a user's clone.
    public static var sharedDirectory: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("corpus").path) ? url : nil
    }

    /// Whether ../shared is there, for `.enabled(if:)`: a test that needs it is then reported
    /// as skipped, with `corpusAbsent` as the reason, instead of passing without checking.
    public static var hasCorpus: Bool { sharedDirectory != nil }
    public static let corpusAbsent: Comment = "../shared/corpus is not present in this checkout"

    /// The seed reports in Samples/, sorted by name.
    public static func sampleTexts() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: samplesDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { samplesDirectory.appendingPathComponent($0) }
    }

    /// Every line of the text samples and, where ../shared is there, of the seed reports: what
    /// a rule's old and new implementations are compared on.
    public static func sampleAndSeedLines() throws -> [String] {
        var folders = [samplesDirectory]
        if let seeds = sharedDirectory?.appendingPathComponent("seeds") { folders.append(seeds) } else { print("../shared absent: samples only") }
        var lines: [String] = []
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".txt") {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                lines += text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
            }
        }
        return lines
    }

    /// A raw document of one text paragraph per line, as the text reader would give it.
    public static func rawDocument(_ lines: [String]) -> Document {
        TextReader().read(text: lines.joined(separator: "\n"))
    }

    /// Reads, normalizes: the model the writers see.
    public static func normalize(_ text: String, options: NormalizationOptions = NormalizationOptions()) -> Document {
        Normalizer(options: options).normalize(TextReader().read(text: text))
    }

    /// The outline lines of a text.
    public static func outline(_ text: String, options: NormalizationOptions = NormalizationOptions()) -> [String] {
        Outline.render(normalize(text, options: options)).split(separator: "\n").map(String.init)
    }

    /// Runs a rule alone over a workspace made from `lines`.
    package static func apply(_ rules: [any Rule], to lines: [String], options: NormalizationOptions = NormalizationOptions()) -> Workspace {
        var ws = Workspace(document: rawDocument(lines))
        for rule in rules { rule.apply(to: &ws, options: options) }
        return ws
    }

    /// Runs a program and returns its exit status, standard output and standard error.
    public static func run(_ executable: String, _ arguments: [String], stdin: Data? = nil,
                           currentDirectory: URL? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    /// Finds an executable on PATH.
    public static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = String(dir) + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Letters and digits only: what "content" means when checking nothing was lost.
    public static func contentCharacters(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
    }
}
