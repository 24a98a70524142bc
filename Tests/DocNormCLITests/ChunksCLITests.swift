import DocNormTestSupport
import Foundation
import Testing

/// `-t chunks`: section chunks as JSON Lines, from the built binary.
@Suite struct ChunksCLITests {
    func docnorm(_ args: [String], in dir: URL? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        try TestSupport.run(CLITests.binary, args, currentDirectory: dir)
    }

    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-chunks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func records(_ jsonl: String) throws -> [[String: Any]] {
        try jsonl.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    var report: String { TestSupport.sampleTexts()[1].path }  // 001: 一、工作成效 / （一）…

    @Test func chunksToStandardOutputAreRecordsOfTheCleanText() throws {
        let r = try docnorm(["convert", report, "-t", "chunks"])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try docnorm(["convert", report, "-t", "txt"]).stdout
        let clean = Array(text.unicodeScalars)
        let all = try records(r.stdout)
        #expect(all.count >= 3)
        for (k, rec) in all.enumerated() {
            #expect(rec["chunk"] as? Int == k)
            #expect(rec["path"] as? String == report)
            #expect(rec["documentId"] as? String == String(report.dropLast(4)))
            let size = try #require(rec["size"] as? Int)
            #expect(size <= 1000)
            let start = try #require(rec["start"] as? Int), end = try #require(rec["end"] as? Int)
            let body = String(String.UnicodeScalarView(clean[start..<end]))
            let header = (rec["repeatedHeader"] as? String).map { $0 + "\n" } ?? ""
            #expect(rec["text"] as? String == header + body)
        }
        let paths = all.compactMap { $0["headings"] as? [String] }
        #expect(paths.contains { $0.first == "一、工作成效" && $0.count == 2 && $0[1].hasPrefix("（") })
    }

    @Test func chunkSizeBoundsEveryRecord() throws {
        let big = try records(try docnorm(["convert", report, "-t", "chunks"]).stdout)
        let r = try docnorm(["convert", report, "-t", "chunks", "--chunk-size", "120"])
        #expect(r.status == 0, "\(r.stderr)")
        let small = try records(r.stdout)
        #expect(small.count > big.count)
        #expect(small.allSatisfy { ($0["size"] as? Int ?? 1000) <= 120 })
        #expect(small.contains { $0["split"] as? String == "sentence" })
        let tooSmall = try docnorm(["convert", report, "-t", "chunks", "--chunk-size", "5"])
        #expect(tooSmall.status == 2)
        #expect(tooSmall.stderr.contains("--chunk-size must be at least 16"))
    }

    @Test func aJSONLinesFileNameAsksForChunksAndABatchNamesEachInput() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report.jsonl").path
        let r = try docnorm(["convert", report, "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        let file = try String(contentsOfFile: out, encoding: .utf8)
        #expect(file == (try docnorm(["convert", report, "-t", "chunks"]).stdout))
        // A batch: one .jsonl per input, each record naming the input by its relative path.
        let tree = dir.appendingPathComponent("in/sub")
        try FileManager.default.createDirectory(at: tree, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: report, toPath: tree.appendingPathComponent("a.txt").path)
        let batch = try docnorm(["convert", dir.appendingPathComponent("in").path, "-o", dir.appendingPathComponent("out").path, "-t", "chunks", "-q"])
        #expect(batch.status == 0, "\(batch.stderr)")
        let written = try records(try String(contentsOfFile: dir.appendingPathComponent("out/sub/a.jsonl").path, encoding: .utf8))
        #expect(written.first?["path"] as? String == "sub/a.txt")
        #expect(written.first?["id"] as? String == "sub/a#0")
    }

    @Test func theConfigurationFileSetsTheChunkSize() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "chunkSize: 200\n".write(to: dir.appendingPathComponent("docnorm.yaml"), atomically: true, encoding: .utf8)
        let r = try docnorm(["convert", report, "-t", "chunks"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let fromFile = try records(r.stdout)
        #expect(fromFile.allSatisfy { ($0["size"] as? Int ?? 1000) <= 200 })
        #expect(fromFile.contains { ($0["size"] as? Int ?? 0) > 120 })
        // The flag wins over the file.
        let flag = try records(try docnorm(["convert", report, "-t", "chunks", "--chunk-size", "120"], in: dir).stdout)
        #expect(flag.allSatisfy { ($0["size"] as? Int ?? 1000) <= 120 })
        try "chunkSize: 3\n".write(to: dir.appendingPathComponent("docnorm.yaml"), atomically: true, encoding: .utf8)
        let bad = try docnorm(["convert", report, "-t", "chunks"], in: dir)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("chunkSize must be a whole number of at least 16"))
    }

    @Test func helpDescribesChunks() throws {
        let r = try docnorm(["convert", "--help"])
        let help = r.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("chunks (section chunks as JSON Lines, .jsonl)"))
        #expect(help.contains("docnorm convert report.docx -o report.jsonl --chunk-size 500"))
        #expect(r.stdout.contains("--chunk-size"))
    }
}
