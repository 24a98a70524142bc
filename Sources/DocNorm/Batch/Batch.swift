import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Converts many files in parallel and writes one output per file and format. One bad file
/// never stops the batch; results are reported one by one and never collected, so memory
/// stays bounded whatever the batch size.
package struct Batch: Sendable {
    package var converter: Converter
    /// How many files are converted at once.
    package var jobs: Int
    /// Convert even when an earlier run's outputs are up to date.
    package var force: Bool

    /// Hand each converted document to the report callback (it is not kept after that).
    package var keepDocuments: Bool
    /// Roughly how much memory the files being converted at once may take together. A file
    /// larger than this still runs, alone: a batch's peak stays near the largest file's need.
    package var memoryBudget: Int = 64 << 20

    package init(converter: Converter, jobs: Int, force: Bool = false, keepDocuments: Bool = false) {
        self.converter = converter
        self.jobs = max(1, jobs)
        self.force = force
        self.keepDocuments = keepDocuments
    }

    package struct Result: Sendable {
        package enum Status: String, Sendable { case converted, skipped, failed }
        package var job: BatchJob
        package var status: Status
        package var warnings: [Warning]
        package var error: ConversionError?
        package var size: Int?
        package var sha256: String?
        package var milliseconds: Int
        /// The converted document, when `keepDocuments` asks for it (check and its report).
        package var document: Document?
        /// The input as it was before it was read, when it did not change until its outputs
        /// were written: what the journal records.
        var identity: FileIdentity?
    }

    /// Nil when outputs can be written into `directory` (made if missing), or the reason they
    /// cannot: a batch checks once, instead of failing each file alike.
    package static func problem(writingInto directory: URL) -> String? {
        OutputWriting.checkDirectory(directory)
    }

    /// The writer options for one job's outputs: chunk records name the input by the path
    /// its outputs mirror (`sub/report.docx`).
    func writerOptions(for job: BatchJob) -> WriterOptions {
        var options = converter.options.writer
        options.documentPath = job.input.relativePath
        return options
    }

    /// A string that changes whenever an option that shapes the outputs changes.
    package func optionsFingerprint(formats: [OutputFormat], mediaDirectory: String? = nil) -> String {
        let o = converter.options
        let n = o.normalization
        // Spelled out: a dictionary's description changes order from one run to the next.
        let scheme = n.scheme.forms.map { "\($0.key.description)=\($0.value.description)" }.sorted().joined(separator: ",")
        // `from` only when given, so fingerprints of runs without -f stay as they were.
        let text = ([DocNormVersion.current, formats.map(\.rawValue).joined(separator: ","), n.numbering.rawValue, "\(n.renumber)", n.tableOfContents.rawValue, n.runIn.rawValue,
                    "\(n.splitEnumerations)", n.noiseMarkers.joined(separator: ","), scheme, "\(n.fixPunctuation)",
                    "\(n.halfWidthAlphanumerics)", "\(n.maxHeadingLength)", "\(n.maxTitleLength)",
                    "\(o.writer.frontMatter)", "\(o.writer.fragment)", "\(o.docx.keepComments)", "\(o.docx.keepHeadersFooters)", "\(o.docx.keepHidden)",
                    mediaDirectory ?? "-"] + (o.from.map { ["from=" + $0.rawValue] } ?? [])
                    + (formats.contains(.chunks) ? ["chunkSize=\(o.writer.chunkSize)"] : [])).joined(separator: "|")
        return String(FNV1a.hash(text), radix: 16)
    }

    /// Runs the jobs. `report` is called once per job as it finishes, in any order, from any
    /// thread. Once `isCancelled` returns true no new job starts; the ones running finish.
    package func run(_ jobs: [BatchJob], journal: BatchJournal? = nil, manifest: Manifest? = nil,
                    isCancelled: @escaping @Sendable () -> Bool = { false },
                    report: @escaping @Sendable (Result) -> Void) async {
        OutputWriting.removeStaleTemporaries(in: Set(jobs.flatMap { $0.outputs.map { $0.url.deletingLastPathComponent() } }))
        let gate = MemoryGate(limit: memoryBudget)
        let reserved = Self.reservedPaths(jobs)
        // A full disk or a read-only file system fails every later file too: start no more.
        let stopped = Flag()
        // The threads each file may use: the ones its batch leaves it (all of them for a batch
        // of one file, one when there are at least as many files as jobs).
        let threads = max(1, self.jobs / max(1, min(self.jobs, jobs.count)))
        await withTaskGroup(of: Void.self) { group in
            var next = 0
            func add() {
                guard next < jobs.count, !isCancelled(), !stopped.isSet else { return }
                let job = jobs[next]
                next += 1
                group.addTask {
                    let result = self.process(job, journal: journal, hash: manifest != nil, gate: gate, reserved: reserved, threads: threads)
                    if result.error?.stopsBatch == true { stopped.set() }
                    if result.status == .converted, let identity = result.identity { journal?.record(job, identity: identity) }
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
    package func process(_ job: BatchJob, journal: BatchJournal? = nil, hash: Bool = false) -> Result {
        process(job, journal: journal, hash: hash, gate: nil, reserved: Self.reservedPaths([job]), threads: 1)
    }

    /// What no extracted image may overwrite: every input and output of the run.
    static func reservedPaths(_ jobs: [BatchJob]) -> Set<String> {
        var paths = Set<String>()
        for job in jobs {
            paths.insert(Converter.realPath(job.input.url))
            for output in job.outputs {
                paths.insert(output.url.standardizedFileURL.path)
                paths.insert(Converter.realPath(output.url))
            }
        }
        return paths
    }

    func process(_ job: BatchJob, journal: BatchJournal?, hash: Bool, gate: MemoryGate?, reserved: Set<String>, threads: Int) -> Result {
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
            // Taken before anything is read: an edit during the conversion must not be taken
            // as converted.
            let before = FileIdentity(url)
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
            converter.options.threads = threads
            // A .docx copy embeds the images, so their bytes are read for it even when they are
            // not written out.
            let wantsDocx = job.outputs.contains { $0.format == .docx }
            converter.options.docx.extractMedia = job.mediaDirectory != nil || wantsDocx
            var doc = converter.normalize(try converter.readFile(url, name: name))
            var withoutFiles: Document?
            if let media = job.mediaDirectory, !doc.media.isEmpty, let first = job.outputs.first {
                // Links from the outputs to the images, relative to where the outputs are.
                let directory = URL(fileURLWithPath: media).standardizedFileURL
                let relative = RelativePath.from(first.url.deletingLastPathComponent(), to: directory)
                doc = try converter.extractMedia(doc, into: directory, linkPrefix: relative.isEmpty ? "" : relative + "/",
                                                 protecting: reserved, displayName: name)
            } else if !doc.media.isEmpty {
                // No files to link to: the other formats show the alt text only.
                var plain = doc.mappingImageSources { _ in nil }
                plain.media = []
                withoutFiles = plain
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
                } else if let writer = output.format.writer(options: writerOptions(for: job)) {
                    try OutputWriting.write(withoutFiles ?? doc, with: writer, to: output.url, displayName: job.input.displayName)
                }
            }
            var warnings = doc.warnings
            let unchanged = before != nil && FileIdentity(url) == before
            if !unchanged {
                warnings.append(Warning(code: "input-changed", message: "the file changed while it was converted: its outputs may be of the old content, and the next run converts it again"))
            }
            return Result(job: job, status: .converted, warnings: warnings, error: nil, size: size, sha256: digest,
                          milliseconds: elapsed(), document: keepDocuments ? doc : nil, identity: unchanged ? before : nil)
        } catch {
            return Result(job: job, status: .failed, warnings: [], error: error, size: size, sha256: digest, milliseconds: elapsed())
        }
    }
}

/// A flag set once, read from any thread.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    func set() { lock.lock(); value = true; lock.unlock() }
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

/// The version written into option fingerprints and `--version`.
package enum DocNormVersion {
    package static let current = "0.3.0"
}
