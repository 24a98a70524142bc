import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What earlier runs finished, kept in the output directory (`.docnorm-journal.jsonl`, one line
/// per finished input, appended as each finishes), so a batch killed halfway and started again
/// skips the done part. An input is done when its journal line has the same options, the file
/// is the same one, unchanged (device, inode, size, modification and change times), and all
/// its outputs exist and are newer than it.
///
/// Several processes may share one output tree (shards of one corpus): each line is one
/// write(2) to a file opened for appending, and the journal is compacted only by a process
/// that holds it alone.
package final class BatchJournal: @unchecked Sendable {
    package static let fileName = ".docnorm-journal.jsonl"

    struct Entry: Codable {
        var input: String
        var options: String
        var identity: FileIdentity?
    }

    private let url: URL
    private let options: String
    private var done: [String: Entry] = [:]
    private let lock = NSLock()
    private var fd: Int32 = -1
    private let encoder = JSONLines.encoder()
    /// Why this run keeps no journal, when it cannot (the path is a link, or cannot be written).
    package private(set) var problem: String?

    /// Opens (or starts) the journal of `outputDirectory` for a run with `optionsFingerprint`.
    package init(outputDirectory: URL, optionsFingerprint: String) {
        url = outputDirectory.appendingPathComponent(Self.fileName)
        options = optionsFingerprint
        _ = OutputWriting.makeDirectories(outputDirectory.path)
        guard open() else { return }
        // Compact only when no other process has the journal open: they append to this file.
        if flock(fd, LOCK_EX | LOCK_NB) == 0 {
            let lines = load()
            // Reruns append a line per input each time: keep the file to one line per input.
            if lines > 2 * done.count + 64, compact() {
                close(fd)
                fd = -1
                guard open() else { return }
            }
        }
        // Shared from here on: it keeps a later process from compacting under this one.
        while fd >= 0 {
            _ = flock(fd, LOCK_SH)
            if isCurrent() { break }
            // Another process replaced the file while this one waited: open the new one.
            close(fd)
            fd = -1
            guard open() else { return }
        }
        if done.isEmpty { _ = load() }
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Opens the journal for reading and appending, never through a symbolic link.
    private func open() -> Bool {
        fd = Glibc.open(url.path, O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, 0o644)
        guard fd >= 0 else {
            let code = errno
            problem = code == ELOOP
                ? "\(url.path) is a symbolic link: it is not followed, and this run keeps no journal"
                : "\(url.path) cannot be opened (\(String(cString: strerror(code)))): this run keeps no journal"
            return false
        }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            fd = -1
            problem = "\(url.path) is not a regular file: this run keeps no journal"
            return false
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return true
    }

    /// Whether the open file is still the one at the journal's path.
    private func isCurrent() -> Bool {
        var open = stat(), named = stat()
        guard fstat(fd, &open) == 0, lstat(url.path, &named) == 0 else { return false }
        return open.st_dev == named.st_dev && open.st_ino == named.st_ino
    }

    /// Reads every line of the open file; returns how many there were.
    private func load() -> Int {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var offset: off_t = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, offset) }
            if n < 0 { if errno == EINTR { continue }; break }
            if n == 0 { break }
            data.append(contentsOf: buffer[..<n])
            offset += off_t(n)
        }
        var lines = 0
        let decoder = JSONDecoder()
        for line in data.split(separator: UInt8(ascii: "\n")) {
            lines += 1
            // A line cut short by a kill is not valid JSON and is ignored.
            if let e = try? decoder.decode(Entry.self, from: Data(line)) { done[e.input] = e }
        }
        return lines
    }

    /// Rewrites the journal with the latest line of each input, through a temporary file.
    private func compact() -> Bool {
        var data = [UInt8]()
        for entry in done.values.sorted(by: { $0.input < $1.input }) {
            guard let line = try? encoder.encode(entry) else { continue }
            data.append(contentsOf: line)
            data.append(UInt8(ascii: "\n"))
        }
        guard let temporary = Temporary(in: url.deletingLastPathComponent().path) else { return false }
        guard data.withUnsafeBytes({ OutputWriting.writeAll(temporary.fd, $0) }) else { temporary.discard(); return false }
        return temporary.commit(to: url.path) == 0
    }

    /// True when `job` was finished by an earlier run with the same options and nothing changed since.
    package func isDone(_ job: BatchJob) -> Bool {
        lock.lock()
        let entry = done[job.input.url.standardizedFileURL.path]
        lock.unlock()
        guard let entry, entry.options == options, let recorded = entry.identity,
              let now = FileIdentity(job.input.url), now == recorded else { return false }
        return job.outputs.allSatisfy { output in
            guard let out = FileIdentity(output.url) else { return false }
            return out.modified >= now.modified
        }
    }

    /// Records that `job` finished: its outputs are all written from the input as it was
    /// when `identity` was taken, before it was read.
    package func record(_ job: BatchJob, identity: FileIdentity) {
        let entry = Entry(input: job.input.url.standardizedFileURL.path, options: options, identity: identity)
        guard var line = try? encoder.encode(entry) else { return }
        line.append(UInt8(ascii: "\n"))
        lock.lock()
        defer { lock.unlock() }
        done[entry.input] = entry
        guard fd >= 0 else { return }
        // One write per line: appends from other processes never land inside it.
        _ = line.withUnsafeBytes { OutputWriting.writeAll(fd, $0) }
    }
}

/// Which file an input is and what state it is in: a different file at the same path, or the
/// same file written since, gives a different identity.
package struct FileIdentity: Codable, Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    /// Modification and status-change times, in nanoseconds.
    var modified: Int64
    var changed: Int64

    /// The identity of what `url` names now (following links), or nil when it cannot be seen.
    package init?(_ url: URL) {
        var st = stat()
        guard stat(url.path, &st) == 0 else { return nil }
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
        size = Int64(st.st_size)
        modified = Int64(st.st_mtim.tv_sec) &* 1_000_000_000 &+ Int64(st.st_mtim.tv_nsec)
        changed = Int64(st.st_ctim.tv_sec) &* 1_000_000_000 &+ Int64(st.st_ctim.tv_nsec)
    }
}
