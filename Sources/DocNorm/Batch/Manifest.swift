import Foundation

/// One line per input in a JSON Lines file: what happened to it, for data pipelines.
package final class Manifest: @unchecked Sendable {
    package struct Line: Codable, Sendable {
        package var path: String
        package var size: Int?
        package var sha256: String?
        /// `converted`, `skipped` or `failed`.
        package var status: String
        package var outputs: [String]
        package var warnings: Int
        package var error: String?
        package var milliseconds: Int
    }

    private let handle: FileHandle
    private let lock = NSLock()
    private let encoder = JSONLines.encoder()

    package init(url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        handle = try FileHandle(forWritingTo: url)
    }

    deinit { try? handle.close() }

    package func write(_ line: Line) {
        guard var data = try? encoder.encode(line) else { return }
        data.append(UInt8(ascii: "\n"))
        lock.lock()
        defer { lock.unlock() }
        try? handle.write(contentsOf: data)
    }
}

/// How the batch's JSON Lines files (manifest, journal) are encoded: keys in a fixed order,
/// so the same run writes the same lines.
enum JSONLines {
    static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }
}
