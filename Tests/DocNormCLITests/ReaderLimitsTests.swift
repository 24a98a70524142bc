import DocNormTestSupport
import Foundation
import Testing

/// Inputs whose cost could grow with something other than their content, measured on the
/// built binary as a user runs it.
@Suite struct ReaderLimitsTests {
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Peak resident memory in bytes of `docnorm ARGS`, through /usr/bin/time; nil without it.
    func peakMemory(_ args: [String]) throws -> (status: Int32, bytes: Int)? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else { return nil }
        let r = try TestSupport.run("/usr/bin/time", ["-f", "peak %M", CLITests.binary] + args)
        guard let line = r.stderr.split(separator: "\n").last(where: { $0.hasPrefix("peak ") }),
              let kb = Int(line.dropFirst(5)) else { return nil }
        return (r.status, kb * 1024)
    }

    /// 8 MB of blank lines between two paragraphs. Memory was ~56 bytes per input byte
    /// (a stored line per newline); now the bytes and the decoded text are about all there is.
    @Test func blankLinesCostMemoryByParagraphsNotBytes() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let small = dir.appendingPathComponent("small.txt")
        let big = dir.appendingPathComponent("big.txt")
        let size = 8 << 20
        try Data("标题\n\n正文。\n".utf8).write(to: small)
        try Data("标题\n".utf8 + [UInt8](repeating: 0x0A, count: size) + "正文。\n".utf8).write(to: big)
        guard let base = try peakMemory(["convert", small.path, "-t", "txt"]),
              let blank = try peakMemory(["convert", big.path, "-t", "txt"]) else { return }
        #expect(base.status == 0 && blank.status == 0)
        let perByte = Double(blank.bytes - base.bytes) / Double(size)
        #expect(perByte < 8, "\(perByte) bytes of memory per input byte")
    }
}
