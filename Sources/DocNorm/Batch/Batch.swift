import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Converts many files in parallel and writes one output per file and format. One bad file
/// never stops the batch; results are reported one by one and never collected, so memory
/// stays bounded whatever the batch size.
public struct Batch: Sendable {
    public var converter: Converter
    /// How many files are converted at once.
    public var jobs: Int
    /// Convert even when an earlier run's outputs are up to date.
    public var force: Bool

    /// Hand each converted document to the report callback (it is not kept after that).
    public var keepDocuments: Bool
    /// Roughly how much memory the files being converted at once may take together. A file
    /// larger than this still runs, alone: a batch's peak stays near the largest file's need.
    public var memoryBudget: Int = 64 << 20

    public init(converter: Converter, jobs: Int, force: Bool = false, keepDocuments: Bool = false) {
        self.converter = converter
        self.jobs = max(1, jobs)
        self.force = force
        self.keepDocuments = keepDocuments
    }

    public struct Result: Sendable {
        public enum Status: String, Sendable { case converted, skipped, failed }
        public var job: BatchJob
        public var status: Status
        public var warnings: [Warning]
        public var error: ConversionError?
        public var size: Int?
        public var sha256: String?
        public var milliseconds: Int
        /// The converted document, when `keepDocuments` asks for it (check and its report).
        public var document: Document?
    }

    /// A string that changes whenever an option that shapes the outputs changes.
    public func optionsFingerprint(formats: [OutputFormat]) -> String {
        let o = converter.options
        let n = o.normalization
        // Spelled out: a dictionary's description changes order from one run to the next.
        let scheme = n.scheme.forms.map { "\($0.key.description)=\($0.value.description)" }.sorted().joined(separator: ",")
        let text = [DocNormVersion.current, formats.map(\.rawValue).joined(separator: ","), n.numbering.rawValue, n.runIn.rawValue,
                    "\(n.splitEnumerations)", n.noiseMarkers.joined(separator: ","), scheme, "\(n.fixPunctuation)",
                    "\(n.halfWidthAlphanumerics)", "\(n.maxHeadingLength)", "\(n.maxTitleLength)",
                    "\(o.writer.frontMatter)", "\(o.writer.fragment)", "\(o.docx.keepComments)", "\(o.docx.keepHeadersFooters)",
                    o.docx.mediaDirectory ?? "-"].joined(separator: "|")
        return String(FNV1a.hash(text), radix: 16)
    }

    /// Runs the jobs. `report` is called once per job as it finishes, in any order, from any
    /// thread. Once `isCancelled` returns true no new job starts; the ones running finish.
    public func run(_ jobs: [BatchJob], journal: BatchJournal? = nil, manifest: Manifest? = nil,
                    isCancelled: @escaping @Sendable () -> Bool = { false },
                    report: @escaping @Sendable (Result) -> Void) async {
        OutputWriting.removeStaleTemporaries(in: Set(jobs.flatMap { $0.outputs.map { $0.url.deletingLastPathComponent() } }))
        let gate = MemoryGate(limit: memoryBudget)
        await withTaskGroup(of: Void.self) { group in
            var next = 0
            func add() {
                guard next < jobs.count, !isCancelled() else { return }
                let job = jobs[next]
                next += 1
                group.addTask {
                    let result = self.process(job, journal: journal, hash: manifest != nil, gate: gate)
                    if result.status != .failed { journal?.record(job) }
                    manifest?.write(Manifest.Line(
                        path: job.input.displayName, size: result.size, sha256: result.sha256, status: result.status.rawValue,
                        outputs: result.status == .failed ? [] : job.outputs.map(\.url.path), warnings: result.warnings.count,
                        error: result.error?.reason, milliseconds: result.milliseconds))
                    report(result)
                }
            }
            for _ in 0..<min(self.jobs, jobs.count) { add() }
            while await group.next() != nil { add() }
        }
    }

    /// Converts one job and writes its outputs (or skips it when a journal says it is done).
    public func process(_ job: BatchJob, journal: BatchJournal? = nil, hash: Bool = false) -> Result {
        process(job, journal: journal, hash: hash, gate: nil)
    }

    func process(_ job: BatchJob, journal: BatchJournal?, hash: Bool, gate: MemoryGate?) -> Result {
        let start = DispatchTime.now()
        func elapsed() -> Int { Int((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000) }
        if !force, let journal, journal.isDone(job) {
            let digest = hash ? try? FileReading.digest(of: job.input.url) : nil
            return Result(job: job, status: .skipped, warnings: [], error: nil, size: digest?.size,
                          sha256: digest?.sha256, milliseconds: elapsed())
        }
        var size: Int?
        var digest: String?
        do throws(ConversionError) {
            let name = job.input.displayName
            let url = job.input.url
            let isZip: Bool
            do throws(ReaderError) {
                if hash {
                    (size, digest) = try FileReading.digest(of: url)
                } else if let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) {
                    size = (attributes[.size] as? NSNumber)?.intValue
                }
                isZip = InputFormat.startsLikeZip(try FileReading.head(of: url, count: 4))
            } catch {
                throw ConversionError(file: name, reason: error.reason)
            }
            // Large files wait until the others are done, so they do not all peak at once.
            let weight = MemoryGate.estimate(url, size: size ?? 0, isZip: isZip)
            gate?.acquire(weight)
            defer {
                gate?.release(weight)
                // glibc keeps what a thread freed in that thread's arena: give a large file's
                // memory back, or every worker's arena would grow to the largest file seen.
                if weight > 16 << 20 { _ = mallocTrim(0) }
            }
            var converter = self.converter
            converter.options.docx.mediaDirectory = job.mediaDirectory
            var doc = converter.normalize(try converter.readFile(url, name: name))
            if job.mediaDirectory != nil, !doc.media.isEmpty, let first = job.outputs.first {
                try converter.writeMedia(doc, displayName: job.input.displayName)
                // Links from the outputs to the images, relative to where the outputs are.
                let from = first.url.deletingLastPathComponent().standardizedFileURL
                doc = doc.mappingImageSources { RelativePath.from(from, to: URL(fileURLWithPath: $0)) }
            }
            for output in job.outputs {
                // A symbolic link inside the output directory must not lead the write outside it.
                let parent = output.url.deletingLastPathComponent()
                try? FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
                let realRoot = job.outputRoot.resolvingSymlinksInPath().path
                let realParent = parent.resolvingSymlinksInPath().path
                guard realParent == realRoot || realParent.hasPrefix(realRoot + "/") else {
                    throw ConversionError(file: job.input.displayName, reason: "its output \(output.url.path) leads outside the output directory through a symbolic link")
                }
                if output.format == .docx {
                    try OutputWriting.write(converter.output(doc, as: .docx), to: output.url, displayName: job.input.displayName)
                } else if let writer = output.format.writer(options: converter.options.writer) {
                    try OutputWriting.write(doc, with: writer, to: output.url, displayName: job.input.displayName)
                }
            }
            return Result(job: job, status: .converted, warnings: doc.warnings, error: nil, size: size, sha256: digest,
                          milliseconds: elapsed(), document: keepDocuments ? doc : nil)
        } catch {
            return Result(job: job, status: .failed, warnings: [], error: error, size: size, sha256: digest, milliseconds: elapsed())
        }
    }
}

/// glibc's malloc_trim, which the C module does not export.
@_silgen_name("malloc_trim")
func mallocTrim(_ pad: Int) -> Int32

/// Admits work while the estimated memory of what runs stays within a limit; one piece of
/// work always runs, whatever its size.
final class MemoryGate: @unchecked Sendable {
    private let condition = NSCondition()
    private var inUse = 0
    private var running = 0
    let limit: Int

    init(limit: Int) { self.limit = limit }

    /// What converting a file holds at its peak, roughly: a multiple of the XML (or text) it parses.
    static func estimate(_ url: URL, size: Int, isZip: Bool) -> Int {
        let xml = isZip ? DocxReader.xmlSize(.file(url.path)) : 0
        return xml > 0 ? size + 3 * xml : 5 * size
    }

    func acquire(_ weight: Int) {
        condition.lock()
        while running > 0 && inUse + weight > limit { condition.wait() }
        inUse += weight
        running += 1
        condition.unlock()
    }

    func release(_ weight: Int) {
        condition.lock()
        inUse -= weight
        running -= 1
        condition.broadcast()
        condition.unlock()
    }
}

enum OutputWriting {
    static func write(_ bytes: [UInt8], to url: URL, displayName: String) throws(ConversionError) {
        try write(to: url, displayName: displayName) { fd in bytes.withUnsafeBytes { writeAll(fd, $0) } }
    }

    static let host: String = ProcessInfo.processInfo.hostName.replacingOccurrences(of: "-", with: "_")
    static let marker = ".docnorm-tmp-"

    /// Writes a text format piece by piece as its writer makes it: a large document's output
    /// is never held whole.
    static func write(_ document: Document, with writer: any DocumentWriter, to url: URL, displayName: String) throws(ConversionError) {
        try write(to: url, displayName: displayName) { fd in
            var ok = true
            writer.write(document) { piece in
                guard ok else { return }
                var piece = piece
                piece.makeContiguousUTF8()
                ok = piece.utf8.withContiguousStorageIfAvailable { writeAll(fd, UnsafeRawBufferPointer($0)) }
                    ?? Array(piece.utf8).withUnsafeBytes { writeAll(fd, $0) }
            }
            return ok
        }
    }

    private static func writeAll(_ fd: Int32, _ raw: UnsafeRawBufferPointer) -> Bool {
        guard let base = raw.baseAddress else { return true }
        var written = 0
        while written < raw.count {
            let n = Glibc.write(fd, base + written, raw.count - written)
            if n < 0 { if errno == EINTR { continue }; return false }
            written += n
        }
        return true
    }

    /// Writes through a temporary file in the target directory, renamed into place: a crash
    /// or a kill never leaves a half-written output under an output's name. `fill` writes the
    /// content to the open file and says whether it could.
    private static func write(to url: URL, displayName: String, fill: (Int32) -> Bool) throws(ConversionError) {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(
            ".\(url.lastPathComponent)\(marker)\(host)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            // Plain POSIX calls: Foundation's own writes go through temporary files of their own,
            // which a kill would leave behind.
            let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
            let ok = fill(fd)
            guard close(fd) == 0, ok else { throw CocoaError(.fileWriteUnknown) }
            if rename(temporary.path, url.path) != 0 { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw ConversionError(file: displayName, reason: "cannot write \(url.path)")
        }
    }
}

extension OutputWriting {
    /// Removes temporary files left by runs on this machine that were killed before they could
    /// rename them. Those of other machines, and of processes still running, are left alone.
    static func removeStaleTemporaries(in directories: Set<URL>) {
        let fm = FileManager.default
        for dir in directories {
            guard let names = try? fm.contentsOfDirectory(atPath: dir.path) else { continue }
            for name in names where name.hasPrefix(".") {
                guard let range = name.range(of: marker) else { continue }
                let parts = name[range.upperBound...].split(separator: "-")
                guard parts.count == 3, String(parts[0]) == host, let pid = Int32(parts[1]) else { continue }
                if pid != getpid(), kill(pid, 0) != 0 { try? fm.removeItem(at: dir.appendingPathComponent(name)) }
            }
        }
    }
}

/// The version written into option fingerprints and `--version`.
public enum DocNormVersion {
    public static let current = "0.3.0"
}
