import Foundation

/// One file to convert and the outputs it will write.
package struct BatchJob: Sendable {
    package var input: InputFile
    package var outputs: [(format: OutputFormat, url: URL)]
    /// Where this document's images go, when images are extracted.
    package var mediaDirectory: String?
    /// The output directory the outputs must stay inside.
    package var outputRoot: URL

    package init(input: InputFile, outputs: [(format: OutputFormat, url: URL)], mediaDirectory: String?, outputRoot: URL) {
        self.input = input
        self.outputs = outputs
        self.mediaDirectory = mediaDirectory
        self.outputRoot = outputRoot
    }
}

/// A share of a corpus: shard `index` of `count` (0-based), chosen by a stable hash of each
/// file's relative path, so machines can split one corpus with no coordinator.
package struct Shard: Sendable, Equatable, CustomStringConvertible {
    package var index: Int
    package var count: Int

    package init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, k >= 0, k < n else { return nil }
        index = k
        count = n
    }

    package func contains(_ file: InputFile) -> Bool {
        Int(FNV1a.hash(file.relativePath) % UInt64(count)) == index
    }

    package var description: String { "\(index)/\(count)" }
}

/// Turns input files into jobs, and refuses, before anything is written, a batch that would
/// write one output twice, write over an input, or write outside the output directory.
package enum BatchPlan {
    package static func jobs(for files: [InputFile], formats: [OutputFormat], outputDirectory: URL, keepExtension: Bool,
                            shard: Shard?, mediaDirectory: String?) -> (jobs: [BatchJob], errors: [ConversionError]) {
        let root = outputDirectory.standardizedFileURL
        let inputs = Set(files.map { Converter.realPath($0.url) })
        var owner: [String: InputFile] = [:]
        var jobs: [BatchJob] = []
        var errors: [ConversionError] = []
        for file in files where shard?.contains(file) ?? true {
            let stem = keepExtension ? file.relativePath : Self.stem(file.relativePath)
            var outputs: [(OutputFormat, URL)] = []
            var refused = false
            for format in formats {
                let url = root.appendingPathComponent(stem + "." + format.fileExtension).standardizedFileURL
                guard url.path.hasPrefix(root.path.hasSuffix("/") ? root.path : root.path + "/") else {
                    errors.append(ConversionError(file: file.displayName, reason: "its output \(url.path) would be outside the output directory"))
                    refused = true
                    continue
                }
                if inputs.contains(url.resolvingSymlinksInPath().path) {
                    errors.append(ConversionError(file: file.displayName, reason: "its output \(url.path) would overwrite an input file"))
                    refused = true
                    continue
                }
                if let other = owner[url.path] {
                    // --keep-extension only tells apart names that differ in their extension.
                    let hint = !keepExtension && other.relativePath != file.relativePath ? " (use --keep-extension)" : ""
                    errors.append(ConversionError(file: file.displayName,
                        reason: "it and \(other.displayName) would both write \(url.path)\(hint)"))
                    refused = true
                    continue
                }
                owner[url.path] = file
                outputs.append((format, url))
            }
            if refused { continue }
            let media = mediaDirectory.map { URL(fileURLWithPath: $0).appendingPathComponent(stem).standardizedFileURL.path }
            jobs.append(BatchJob(input: file, outputs: outputs, mediaDirectory: media, outputRoot: root))
        }
        return (jobs, errors)
    }

    static func stem(_ path: String) -> String {
        if let dot = path.lastIndex(of: "."), !path[dot...].contains("/") { return String(path[..<dot]) }
        return path
    }
}
