import DocNorm
import Foundation

/// Where `convert` writes, decided as pandoc users expect: standard output without -o or
/// with `-o -`; the file named by -o for one input and one format; a directory when -o is
/// one, ends in `/`, or several inputs or formats (or an input directory) need one.
enum Destination: Equatable {
    case standardOutput(OutputFormat)
    case file(URL, OutputFormat)
    case directory(URL)

    /// The format a file name asks for, by its extension.
    static func format(forFileName name: String) -> OutputFormat? {
        switch (name as NSString).pathExtension.lowercased() {
        case "md", "markdown": return .markdown
        case "html", "htm": return .html
        case "txt": return .text
        case "json": return .json
        case "docx": return .docx
        case "jsonl": return .chunks
        default: return nil
        }
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The destination, or the one-line usage error that says why there is none.
    static func choose(output: String?, inputs: [String], formats: [OutputFormat]) throws(UsageLine) -> Destination {
        guard let output, output != "-" else {
            if inputs.count > 1 { throw UsageLine("several inputs need an output directory (-o DIR)") }
            if formats.count > 1 { throw UsageLine("several formats need an output directory (-o DIR)") }
            return .standardOutput(formats.first ?? .markdown)
        }
        let directoryInput = inputs.first { $0 != "-" && isDirectory($0) }
        let why: String?
        if isDirectory(output) { why = nil }
        else if output.hasSuffix("/") { why = "a name ending in /" }
        else if inputs.count > 1 { why = "several inputs" }
        else if formats.count > 1 { why = "several formats" }
        else if let directoryInput { why = "an input directory (\(directoryInput))" }
        else {
            guard let format = formats.first ?? format(forFileName: output) else {
                throw UsageLine("cannot tell the output format from the name \(output): give -t md|html|txt|json|docx|chunks, or end it with / for a directory")
            }
            return .file(URL(fileURLWithPath: output), format)
        }
        // `exist.md/` does not exist as a path (ENOTDIR), but the file exist.md is in the way.
        var bare = output
        while bare.count > 1 && bare.hasSuffix("/") { bare.removeLast() }
        if let why, FileManager.default.fileExists(atPath: bare) {
            if output != bare { throw UsageLine("\(bare) is a file, not a directory") }
            throw UsageLine("\(output) is a file, not a directory: \(why) need\(why.hasPrefix("several") ? "" : "s") an output directory (-o DIR)")
        }
        if inputs.contains("-") {
            throw UsageLine("standard input (-) has no name to write into a directory: give -o FILE (such as -o out.md) or leave out -o")
        }
        return .directory(URL(fileURLWithPath: output))
    }
}
