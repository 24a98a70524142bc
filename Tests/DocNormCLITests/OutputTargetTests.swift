import DocNormTestSupport
import Foundation
import Testing

/// Where `convert -o` writes, as pandoc users expect it: a file named like its format,
/// standard output for `-o -`, a directory only when one is needed.
@Suite struct OutputTargetTests {
    func docnorm(_ args: [String], stdin: Data? = nil, in dir: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        try TestSupport.run(CLITests.binary, args, stdin: stdin, currentDirectory: dir)
    }

    /// A scratch directory holding the sample report as a.txt and the Word sample as r.docx.
    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-target-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestSupport.sampleTexts()[1], to: url.appendingPathComponent("a.txt"))
        try FileManager.default.copyItem(at: TestSupport.samplesDirectory.appendingPathComponent("005_auto_numbered.docx"),
                                         to: url.appendingPathComponent("r.docx"))
        return url
    }

    func isDirectory(_ url: URL) -> Bool {
        var d: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &d) && d.boolValue
    }

    func names(_ dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
    }

    @Test(arguments: [("md", "md"), ("markdown", "md"), ("html", "html"), ("txt", "txt"), ("json", "json")])
    func oneInputAndAFileNameWriteThatFileInItsFormat(ext: String, flag: String) throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try docnorm(["convert", "a.txt", "-o", "out.\(ext)", "-q"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty && r.stderr.isEmpty)
        let file = dir.appendingPathComponent("out.\(ext)")
        #expect(!isDirectory(file))
        let shown = try docnorm(["convert", "a.txt", "-t", flag], in: dir)
        #expect(try String(contentsOf: file, encoding: .utf8) == shown.stdout)
        // Written through a temporary renamed into place: nothing else is left.
        #expect(names(dir) == ["a.txt", "out.\(ext)", "r.docx"])
    }

    @Test func aDocxFileNameWritesAWordCopy() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try docnorm(["convert", "a.txt", "-o", "copy.docx"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent("copy.docx")))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let back = try docnorm(["convert", "copy.docx", "-t", "txt"], in: dir)
        #expect(back.status == 0)
        #expect(back.stdout.contains("\n一、工作成效\n"))
    }

    @Test func toOverridesTheExtensionAndReplacesAnExistingFile() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("old".utf8).write(to: dir.appendingPathComponent("page.md"))
        let r = try docnorm(["convert", "a.txt", "-t", "html", "-o", "page.md"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("page.md"), encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    }

    @Test func standardInputToAFile() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try docnorm(["convert", "-", "-o", "s.txt"], stdin: Data("报告\n一、成效\n正文。\n".utf8), in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("s.txt"), encoding: .utf8) == "报告\n一、成效\n正文。\n")
    }

    @Test func aNameWithoutAKnownExtensionIsAskedAbout() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try docnorm(["convert", "a.txt", "-o", "result"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr == "cannot tell the output format from the name result: give -t md|html|txt|json|docx|chunks, or end it with / for a directory\n")
        #expect(names(dir) == ["a.txt", "r.docx"])
    }

    @Test func dashIsStandardOutput() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try docnorm(["convert", "a.txt", "-o", "-", "-t", "txt"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("省住建厅机关党委书记2022年度述职报告\n"))
        #expect(names(dir) == ["a.txt", "r.docx"])
    }

    @Test func theOutputIsNeverTheInput() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = try Data(contentsOf: dir.appendingPathComponent("a.txt"))
        let r = try docnorm(["convert", "a.txt", "-o", "a.txt"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("a.txt: the output ") && r.stderr.hasSuffix("/a.txt is the input itself; give another name\n"))
        // Nor through a link to it.
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.txt").path, withDestinationPath: "a.txt")
        let linked = try docnorm(["convert", "a.txt", "-o", "link.txt"], in: dir)
        #expect(linked.status == 2)
        #expect(linked.stderr.contains("is the input itself"))
        #expect(try Data(contentsOf: dir.appendingPathComponent("a.txt")) == before)
    }

    @Test func anExistingDirectoryOrATrailingSlashIsADirectory() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("there.md"), withIntermediateDirectories: true)
        let existing = try docnorm(["convert", "a.txt", "-o", "there.md", "-q"], in: dir)
        #expect(existing.status == 0, "\(existing.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("there.md/a.md").path))
        let slash = try docnorm(["convert", "a.txt", "-o", "new/", "-q"], in: dir)
        #expect(slash.status == 0, "\(slash.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("new/a.md").path))
    }

    @Test(arguments: [["a.txt", "r.docx", "-o", "many"], ["a.txt", "-t", "md", "-t", "txt", "-o", "many"]])
    func severalInputsOrFormatsMakeADirectory(args: [String]) throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try docnorm(["convert"] + args + ["-q"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(isDirectory(dir.appendingPathComponent("many")))
        #expect(names(dir.appendingPathComponent("many")).filter { !$0.hasPrefix(".") }.count == 2)
    }

    @Test(arguments: [(["a.txt", "r.docx"], "exist.md is a file, not a directory: several inputs need an output directory (-o DIR)\n"),
                      (["a.txt", "-t", "md", "-t", "html"], "exist.md is a file, not a directory: several formats need an output directory (-o DIR)\n")])
    func anExistingFileWhereADirectoryIsNeededIsOneLine(args: [String], message: String) throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("mine".utf8).write(to: dir.appendingPathComponent("exist.md"))
        let r = try docnorm(["convert"] + args + ["-o", "exist.md"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr == message)
        let slash = try docnorm(["convert", "a.txt", "-o", "exist.md/"], in: dir)
        #expect(slash.status == 2)
        #expect(slash.stderr == "exist.md is a file, not a directory\n")
        #expect(try String(contentsOf: dir.appendingPathComponent("exist.md"), encoding: .utf8) == "mine")
    }

    @Test func standardInputCannotGoIntoADirectory() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try docnorm(["convert", "-", "-o", "out/"], stdin: Data("报告\n".utf8), in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("standard input (-) has no name to write into a directory"))
    }
}
