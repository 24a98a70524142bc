import DocNorm
import DocNormTestSupport
import Foundation
import Testing

func scratch(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

func file(_ dir: URL, _ rel: String, _ text: String = "报告\n正文。") throws -> InputFile {
    let url = dir.appendingPathComponent(rel)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
    return InputFile(url: url, relativePath: rel, displayName: rel)
}

@Suite struct BatchPlanTests {
    @Test func outputsMirrorTheTree() throws {
        let dir = try scratch("plan")
        defer { try? FileManager.default.removeItem(at: dir) }
        let f = try file(dir, "in/sub/a.txt")
        let (jobs, errors) = BatchPlan.jobs(for: [InputFile(url: f.url, relativePath: "sub/a.txt", displayName: "a")], formats: [.markdown, .json],
                                            outputDirectory: dir.appendingPathComponent("out"), keepExtension: false, shard: nil, mediaDirectory: nil)
        #expect(errors.isEmpty)
        #expect(jobs.first?.outputs.map(\.url.lastPathComponent) == ["a.md", "a.json"])
        #expect(jobs.first?.outputs.first?.url.path == dir.appendingPathComponent("out/sub/a.md").standardizedFileURL.path)
    }

    @Test func collidingOutputsAreRefusedUnlessExtensionsAreKept() throws {
        let dir = try scratch("plan")
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = [try file(dir, "a.txt"), try file(dir, "a.docx")]
        let out = dir.appendingPathComponent("out")
        let refused = BatchPlan.jobs(for: files, formats: [.markdown], outputDirectory: out, keepExtension: false, shard: nil, mediaDirectory: nil)
        #expect(refused.jobs.count == 1)
        #expect(refused.errors.map(\.reason) == ["it and a.txt would both write \(out.appendingPathComponent("a.md").path) (use --keep-extension)"])
        let kept = BatchPlan.jobs(for: files, formats: [.markdown], outputDirectory: out, keepExtension: true, shard: nil, mediaDirectory: nil)
        #expect(kept.errors.isEmpty)
        #expect(kept.jobs.map { $0.outputs[0].url.lastPathComponent } == ["a.txt.md", "a.docx.md"])
    }

    @Test func anOutputOverAnInputIsRefused() throws {
        let dir = try scratch("plan")
        defer { try? FileManager.default.removeItem(at: dir) }
        let f = try file(dir, "a.txt")
        let (jobs, errors) = BatchPlan.jobs(for: [f], formats: [.text], outputDirectory: dir, keepExtension: false, shard: nil, mediaDirectory: nil)
        #expect(jobs.isEmpty)
        #expect(errors.first?.reason.hasSuffix("would overwrite an input file") == true)
    }

    @Test func namesWithDotDotStayInside() throws {
        let dir = try scratch("plan")
        defer { try? FileManager.default.removeItem(at: dir) }
        let f = InputFile(url: dir.appendingPathComponent("x.txt"), relativePath: "../../etc/x.txt", displayName: "x.txt")
        let (jobs, errors) = BatchPlan.jobs(for: [f], formats: [.text], outputDirectory: dir.appendingPathComponent("out"),
                                            keepExtension: false, shard: nil, mediaDirectory: nil)
        #expect(jobs.isEmpty)
        #expect(errors.first?.reason.hasSuffix("would be outside the output directory") == true)
    }

    @Test func shardsPartitionTheInputsStably() {
        let files = (0..<500).map { InputFile(url: URL(fileURLWithPath: "/x/\($0).txt"), relativePath: "d\($0 % 7)/\($0).txt", displayName: "\($0)") }
        var seen: [String: Int] = [:]
        for k in 0..<4 {
            let shard = Shard("\(k)/4")!
            for f in files where shard.contains(f) { seen[f.relativePath, default: 0] += 1 }
        }
        #expect(seen.count == 500)
        #expect(seen.values.allSatisfy { $0 == 1 })
        // Balanced enough: every shard gets a fair share.
        for k in 0..<4 { #expect(files.filter { Shard("\(k)/4")!.contains($0) }.count > 80) }
        #expect(Shard("4/4") == nil && Shard("0/0") == nil && Shard("1") == nil)
    }
}

@Suite struct BatchRunTests {
    func run(_ batch: Batch, _ jobs: [BatchJob], journal: BatchJournal? = nil, manifest: Manifest? = nil) async -> [Batch.Result] {
        let collected = Collected()
        await batch.run(jobs, journal: journal, manifest: manifest) { collected.add($0) }
        return collected.all.sorted { $0.job.input.relativePath < $1.job.input.relativePath }
    }

    @Test func resumesAndSkipsUpToDateOutputs() async throws {
        let dir = try scratch("run")
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = [try file(dir, "in/a.txt"), try file(dir, "in/b.txt", "报告\n一、甲\n正文。")]
        let out = dir.appendingPathComponent("out")
        let jobs = BatchPlan.jobs(for: files, formats: [.markdown], outputDirectory: out, keepExtension: false, shard: nil, mediaDirectory: nil).jobs
        let batch = Batch(converter: Converter(), jobs: 2)
        let fp = batch.optionsFingerprint(formats: [.markdown])
        #expect(await run(batch, jobs, journal: BatchJournal(outputDirectory: out, optionsFingerprint: fp)).map(\.status) == [.converted, .converted])
        #expect(await run(batch, jobs, journal: BatchJournal(outputDirectory: out, optionsFingerprint: fp)).map(\.status) == [.skipped, .skipped])
        // A changed input, other options, or --force convert again.
        try Data("报告\n改过。".utf8).write(to: files[1].url)
        #expect(await run(batch, jobs, journal: BatchJournal(outputDirectory: out, optionsFingerprint: fp)).map(\.status) == [.skipped, .converted])
        #expect(await run(batch, jobs, journal: BatchJournal(outputDirectory: out, optionsFingerprint: "other")).map(\.status) == [.converted, .converted])
        let forced = Batch(converter: Converter(), jobs: 2, force: true)
        #expect(await run(forced, jobs, journal: BatchJournal(outputDirectory: out, optionsFingerprint: "other")).map(\.status) == [.converted, .converted])
        // A deleted output is written again.
        try FileManager.default.removeItem(at: jobs[0].outputs[0].url)
        #expect(await run(batch, jobs, journal: BatchJournal(outputDirectory: out, optionsFingerprint: "other")).map(\.status) == [.converted, .skipped])
    }

    /// An edit that keeps the size and even puts the modification time back is still seen
    /// (the file's change time moves), and an input edited during its conversion is converted
    /// again by the next run instead of keeping outputs of its old content.
    @Test func anInputEditedWhileItConvertsIsConvertedAgain() async throws {
        let dir = try scratch("edited")
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "报告\n" + String(repeating: "全年组织专题学习，推动工作落实，成效明显。\n", count: 40_000)
        let f = try file(dir, "in/a.txt", text)
        let out = dir.appendingPathComponent("out")
        let jobs = BatchPlan.jobs(for: [f], formats: [.text], outputDirectory: out, keepExtension: false, shard: nil, mediaDirectory: nil).jobs
        let batch = Batch(converter: Converter(), jobs: 1)
        #expect(await run(batch, jobs, journal: BatchJournal(outputDirectory: out, optionsFingerprint: "f")).map(\.status) == [.converted])

        let attributes = try FileManager.default.attributesOfItem(atPath: f.url.path)
        try Data(text.replacingOccurrences(of: "成效明显", with: "成效显著").utf8).write(to: f.url)
        try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate]!], ofItemAtPath: f.url.path)
        #expect(await run(batch, jobs, journal: BatchJournal(outputDirectory: out, optionsFingerprint: "f")).map(\.status) == [.converted])

        // Rewritten again and again while it converts.
        let writing = Flag(), started = Flag()
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: f.url.path)!
            while !writing.done { handle.seek(toFileOffset: 0); handle.write(Data("报告".utf8)); started.finish(); usleep(200) }
            try? handle.close()
        }
        writer.start()
        while !started.done { usleep(100) }
        let results = await run(batch, jobs, journal: BatchJournal(outputDirectory: out, optionsFingerprint: "f"))
        writing.finish()
        #expect(results.map(\.status) == [.converted])
        #expect(results.first?.warnings.contains { $0.code == "input-changed" } == true)
        // Nothing was recorded as done for that run: the next one converts it again.
        usleep(50_000)
        #expect(await run(batch, jobs, journal: BatchJournal(outputDirectory: out, optionsFingerprint: "f")).map(\.status) == [.converted])
        #expect(await run(batch, jobs, journal: BatchJournal(outputDirectory: out, optionsFingerprint: "f")).map(\.status) == [.skipped])
    }

    @Test func theJournalStaysOneLinePerInput() async throws {
        let dir = try scratch("journal")
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = try (0..<40).map { try file(dir, "in/\($0).txt") }
        let out = dir.appendingPathComponent("out")
        let jobs = BatchPlan.jobs(for: files, formats: [.text], outputDirectory: out, keepExtension: false, shard: nil, mediaDirectory: nil).jobs
        let forced = Batch(converter: Converter(), jobs: 2, force: true)
        for _ in 0..<4 { _ = await run(forced, jobs, journal: BatchJournal(outputDirectory: out, optionsFingerprint: "f")) }
        let lines = try String(contentsOf: out.appendingPathComponent(BatchJournal.fileName), encoding: .utf8).split(separator: "\n").count
        #expect(lines == 160)
        // Opening it again compacts it to the latest line of each input, and skipping still works.
        let journal = BatchJournal(outputDirectory: out, optionsFingerprint: "f")
        let compacted = try String(contentsOf: out.appendingPathComponent(BatchJournal.fileName), encoding: .utf8).split(separator: "\n").count
        #expect(compacted == 40)
        #expect(await run(Batch(converter: Converter(), jobs: 2), jobs, journal: journal).allSatisfy { $0.status == .skipped })
    }

    @Test func manifestHasOneLinePerInput() async throws {
        let dir = try scratch("manifest")
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = [try file(dir, "in/a.txt"), try file(dir, "in/bad.txt", "")]
        let out = dir.appendingPathComponent("out")
        let jobs = BatchPlan.jobs(for: files, formats: [.markdown, .text], outputDirectory: out, keepExtension: false, shard: nil, mediaDirectory: nil).jobs
        let manifestURL = dir.appendingPathComponent("m.jsonl")
        _ = await run(Batch(converter: Converter(), jobs: 2), jobs, manifest: try Manifest(url: manifestURL))
        let lines = try String(contentsOf: manifestURL, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        let decoded = try lines.map { try JSONDecoder().decode(Manifest.Line.self, from: Data($0.utf8)) }.sorted { $0.path < $1.path }
        #expect(decoded[0].path == "in/a.txt" && decoded[0].status == "converted" && decoded[0].outputs.count == 2)
        #expect(decoded[0].sha256 == SHA256.hex(Array("报告\n正文。".utf8)) && decoded[0].size == Array("报告\n正文。".utf8).count)
        #expect(decoded[1].status == "failed" && decoded[1].error == "the file is empty" && decoded[1].outputs.isEmpty)
    }

    @Test func aSymlinkDoesNotLeadOutputsOutside() async throws {
        let dir = try scratch("symlink")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let elsewhere = dir.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: out.appendingPathComponent("sub"), withDestinationURL: elsewhere)
        let f = try file(dir, "in/sub/a.txt")
        let jobs = BatchPlan.jobs(for: [InputFile(url: f.url, relativePath: "sub/a.txt", displayName: "sub/a.txt")], formats: [.text],
                                  outputDirectory: out, keepExtension: false, shard: nil, mediaDirectory: nil).jobs
        let results = await run(Batch(converter: Converter(), jobs: 1), jobs)
        #expect(results.first?.status == .failed)
        #expect(results.first?.error?.reason.contains("symbolic link") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }

    @Test func cancellingStopsNewWork() async throws {
        let dir = try scratch("cancel")
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = try (0..<20).map { try file(dir, "in/\($0).txt") }
        let jobs = BatchPlan.jobs(for: files, formats: [.text], outputDirectory: dir.appendingPathComponent("out"), keepExtension: false, shard: nil, mediaDirectory: nil).jobs
        let collected = Collected()
        await Batch(converter: Converter(), jobs: 1).run(jobs, isCancelled: { collected.count >= 3 }) { collected.add($0) }
        #expect(collected.count >= 3 && collected.count <= 4)
    }

    @Test func sha256KnownVectors() {
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Batch.Result] = []
    func add(_ r: Batch.Result) { lock.lock(); results.append(r); lock.unlock() }
    var all: [Batch.Result] { lock.lock(); defer { lock.unlock() }; return results }
    var count: Int { all.count }
}

final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var done: Bool { lock.lock(); defer { lock.unlock() }; return value }
    func finish() { lock.lock(); value = true; lock.unlock() }
}

/// The batch's numbering summary names ranks by their form and leaves out one-off forms.
@Suite struct NumberingReportTests {
    @Test func formsAPersonReads() {
        let report = NumberingReport()
        for k in 0..<3 { report.add(file: "\(k).txt", document: TestSupport.normalize("报告\n一、甲\n正文。\n二、乙\n正文。")) }
        report.add(file: "odd.txt", document: TestSupport.normalize("报告\n一．甲\n正文。\n二．乙\n正文。"))
        let text = report.text()
        #expect(text.contains("  一、 level: 一、 in 3 (+1 form in one report each)\n"), "\(text)")
        #expect(!text.contains("rank 2"))
    }

    @Test func everyRankHasAName() {
        // The （1） and ① ranks, and a Western outline's two depths written with and without a
        // final point, named as a person reads them.
        let report = NumberingReport()
        for k in 0..<3 {
            report.add(file: "zh\(k).txt", document: TestSupport.normalize("报告\n一、甲\n（1）乙\n正文。\n①丙\n正文。\n二、丁\n（1）戊\n正文。\n①己\n正文。"))
            report.add(file: "en\(k).txt", document: TestSupport.normalize("Report\n1 Scope\nText.\n1.1 Terms\nText.\n1.2. Use\nText.\n2 Rules\nText.\n2.1 Form\nText.\n2.2. Signs\nText."))
        }
        let text = report.text()
        #expect(!text.contains("rank "), "\(text)")
        #expect(text.contains("  （1） level: （1） in 3\n") && text.contains("  ①, a), 1) level: ① in 3\n"), "\(text)")
        #expect(text.contains("  outline 1 level: 1 in 3\n") && text.contains("  1.1 level: 1.1 in 3, 1.1. in 3\n"), "\(text)")
    }
}
