import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What earlier runs finished, kept in the output directory (`.docnorm-journal.jsonl`, one line
/// per finished input, appended as each finishes), so a batch killed halfway and started again
/// skips the done part. An input is done when its journal line has the same options, its size
/// and modification time are unchanged, and all its outputs exist and are newer than it.
public final class BatchJournal: @unchecked Sendable {
    public static let fileName = ".docnorm-journal.jsonl"

    struct Entry: Codable {
        var input: String
        var options: String
        var size: Int
        var modified: Double
    }

    private let url: URL
    private let options: String
    private var done: [String: Entry] = [:]
    private let lock = NSLock()
    private var handle: FileHandle?
    private let encoder = JSONLines.encoder()

    /// Opens (or starts) the journal of `outputDirectory` for a run with `optionsFingerprint`.
    public init(outputDirectory: URL, optionsFingerprint: String) {
        url = outputDirectory.appendingPathComponent(Self.fileName)
        options = optionsFingerprint
        var lines = 0
        if let data = try? Data(contentsOf: url) {
            let decoder = JSONDecoder()
            for line in data.split(separator: UInt8(ascii: "\n")) {
                lines += 1
                // A line cut short by a kill is not valid JSON and is ignored.
                if let e = try? decoder.decode(Entry.self, from: Data(line)) { done[e.input] = e }
            }
        }
        // Reruns append a line per input each time: keep the file to one line per input.
        if lines > 2 * done.count + 64 { compact() }
    }

    /// Rewrites the journal with the latest line of each input, through a temporary file.
    private func compact() {
        var data = Data()
        for entry in done.values.sorted(by: { $0.input < $1.input }) {
            guard let line = try? encoder.encode(entry) else { continue }
            data.append(line)
            data.append(UInt8(ascii: "\n"))
        }
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".docnorm-journal-\(UUID().uuidString)")
        do {
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }


    deinit { try? handle?.close() }

    /// True when `job` was finished by an earlier run with the same options and nothing changed since.
    public func isDone(_ job: BatchJob) -> Bool {
        lock.lock()
        let entry = done[job.input.url.standardizedFileURL.path]
        lock.unlock()
        guard let entry, entry.options == options, let (size, modified) = Self.stat(job.input.url),
              entry.size == size, entry.modified == modified else { return false }
        return job.outputs.allSatisfy { output in
            guard let (_, outModified) = Self.stat(output.url) else { return false }
            return outModified >= modified
        }
    }

    /// Records that `job` finished: its outputs are all written.
    public func record(_ job: BatchJob) {
        guard let (size, modified) = Self.stat(job.input.url) else { return }
        let entry = Entry(input: job.input.url.standardizedFileURL.path, options: options, size: size, modified: modified)
        guard var line = try? encoder.encode(entry) else { return }
        line.append(UInt8(ascii: "\n"))
        lock.lock()
        defer { lock.unlock() }
        if handle == nil {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            if !FileManager.default.fileExists(atPath: url.path) { _ = FileManager.default.createFile(atPath: url.path, contents: nil) }
            handle = try? FileHandle(forWritingTo: url)
            _ = try? handle?.seekToEnd()
        }
        try? handle?.write(contentsOf: line)
        done[entry.input] = entry
    }

    static func stat(_ url: URL) -> (Int, Double)? {
        guard let attrs = try? FileManager.default.attributesOfItem(atPath: url.path),
              let size = (attrs[.size] as? NSNumber)?.intValue, let date = attrs[.modificationDate] as? Date else { return nil }
        return (size, date.timeIntervalSince1970)
    }
}
