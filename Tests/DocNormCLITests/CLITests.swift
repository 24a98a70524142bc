import DocNormTestSupport
import Foundation
import Testing

let BatchJournalName = ".docnorm-journal.jsonl"

/// Runs the built `docnorm` binary as a user would.
@Suite struct CLITests {
    static var binary: String {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("docnorm").path,
            TestSupport.packageRoot.appendingPathComponent(".build/debug/docnorm").path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
    }

    func docnorm(_ args: [String], stdin: Data? = nil, in dir: URL? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        try TestSupport.run(Self.binary, args, stdin: stdin, currentDirectory: dir)
    }

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    var seed: String { TestSupport.sampleTexts()[1].path }

    @Test func oneFileGoesToStandardOutput() throws {
        let r = try docnorm(["convert", seed])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("# 省住建厅机关党委书记2022年度述职报告\n"))
        #expect(r.stdout.contains("\n## 一、工作成效\n"))
        // Its two warnings (a province typed as `*`, as the report came; a quote it never
        // closes) are said; -q says nothing.
        #expect(r.stderr == "\(seed): line 3: template placeholders left in the text (1): * ×1\n"
            + "\(seed): line 8: unbalanced “: opened before 清风住建廉洁倡议书，打造… and never closed\n", "\(r.stderr)")
        #expect(try docnorm(["convert", seed, "-q"]).stderr.isEmpty)
    }

    /// One file converted alone says what was left out or looks wrong, at most ten lines, and
    /// keeps its notes (labels rewritten) for -v.
    @Test func oneFileSaysItsWarnings() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lines = ["报告", "(一)总体", "正文。"] + (1...12).map { "第\($0)项由XX负责。" }
        let input = dir.appendingPathComponent("t.txt")
        try lines.joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8)
        let r = try docnorm(["convert", input.path, "-o", dir.appendingPathComponent("t.md").path])
        #expect(r.status == 0)
        let said = r.stderr.split(separator: "\n")
        #expect(said.count == 11 && said.prefix(10).allSatisfy { $0.contains("template placeholders") }, "\(r.stderr)")
        #expect(said.last == "\(input.path): 2 more warnings; -v lists them all", "\(r.stderr)")
        #expect(!r.stderr.contains("written as"))
        let all = try docnorm(["convert", input.path, "-o", dir.appendingPathComponent("t.md").path, "-v"])
        #expect(all.stderr.contains("label (一) written as （一）") && all.stderr.split(separator: "\n").count == 13, "\(all.stderr)")
    }

    /// A long file alone uses the threads -j allows, to standard output and into a directory,
    /// and writes what one thread writes.
    @Test func aLongFileWritesTheSameOnAnyNumberOfJobs() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let one = try Data(contentsOf: URL(fileURLWithPath: seed)) + Data("\n".utf8)
        try Data([Data](repeating: one, count: 120).joined()).write(to: dir.appendingPathComponent("long.txt"))
        let single = try docnorm(["convert", "long.txt", "-t", "md", "-j", "1", "-o", "-"], in: dir)
        let double = try docnorm(["convert", "long.txt", "-t", "md", "-j", "2", "-o", "-"], in: dir)
        #expect(single.status == 0 && double.status == 0)
        #expect(single.stdout.utf8.count > 200_000 && double.stdout == single.stdout)
        for jobs in ["1", "2"] {
            let r = try docnorm(["convert", "long.txt", "-t", "txt", "-t", "json", "-j", jobs, "-q", "-o", "out" + jobs], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
        }
        for name in ["long.txt", "long.json"] {
            let a = try Data(contentsOf: dir.appendingPathComponent("out1/" + name))
            let b = try Data(contentsOf: dir.appendingPathComponent("out2/" + name))
            #expect(!a.isEmpty && a == b, "\(name)")
        }
    }

    @Test func convertIsTheDefaultCommand() throws {
        let r = try docnorm([seed, "-t", "txt"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("省住建厅机关党委书记2022年度述职报告\n"))
    }

    @Test func dashReadsStandardInput() throws {
        let r = try docnorm(["convert", "-", "-t", "json"], stdin: Data("报告\n一、成效\n（一）加强学习。全年学习。\n".utf8))
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"schemaVersion\": 1"))
        #expect(r.stdout.contains("\"text\": \"加强学习\""))
    }

    @Test func outlinePrintsTheHeadingTree() throws {
        let r = try docnorm(["outline", TestSupport.sampleTexts()[4].path])
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").prefix(4) == ["# 2022年支部书记抓基层党建工作述职暨述责述廉报告", "## 一、主要做法和成效",
                                                               "### （一）抓基层党建工作主要做法和成效", "#### 1.不断加强党的政治建设，坚决做到两个维护"])
    }

    @Test func numberingModes() throws {
        let keep = try docnorm(["outline", "--numbering", "keep", TestSupport.sampleTexts()[4].path])
        #expect(keep.stdout.contains("#### 1．不断加强"))
        let strip = try docnorm(["outline", "--numbering", "strip", TestSupport.sampleTexts()[4].path])
        #expect(strip.stdout.contains("## 主要做法和成效\n"))
    }

    @Test func outputDirectoryMirrorsTheInputTree() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in/sub")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: seed, toPath: input.appendingPathComponent("report.txt").path)
        try Data("报告\n正文。".utf8).write(to: dir.appendingPathComponent("in/top.txt"))
        try Data("ignored".utf8).write(to: dir.appendingPathComponent("in/notes.pdf"))
        let r = try docnorm(["convert", "in", "-o", "out", "-t", "md", "-t", "json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let files = FileManager.default.enumerator(atPath: dir.appendingPathComponent("out").path)?.compactMap { $0 as? String }.sorted()
        #expect(files == [BatchJournalName, "sub", "sub/report.json", "sub/report.md", "top.json", "top.md"])
    }

    /// A report of several megabytes is written to its files in pieces; the files hold
    /// exactly what standard output shows.
    @Test func largeOutputsAreWrittenWhole() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = "年度工作报告\n"
        for k in 1...160 {
            text += "\(k).第\(k)项工作\n" + String(repeating: "全年组织专题学习，推动工作落实，成效明显。", count: 400) + "\n"
        }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("in"), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: dir.appendingPathComponent("in/big.txt"))
        let r = try docnorm(["convert", "in", "-o", "out", "-t", "txt", "-t", "md", "-t", "html", "-t", "json", "-q"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        for (flag, ext) in [("txt", "txt"), ("md", "md"), ("html", "html"), ("json", "json")] {
            let shown = try docnorm(["convert", "in/big.txt", "-t", flag], in: dir)
            let written = try String(contentsOf: dir.appendingPathComponent("out/big.\(ext)"), encoding: .utf8)
            #expect(written.utf8.count > 3 << 20)
            #expect(written == shown.stdout, "out/big.\(ext)")
        }
    }

    @Test func aBadFileFailsAloneWithExitStatusOne() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data([0x00, 0x01, 0x02, 0xFF]).write(to: dir.appendingPathComponent("binary.txt"))
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data("报告\n正文。".utf8).write(to: dir.appendingPathComponent("good.txt"))
        let r = try docnorm(["convert", ".", "-o", "out", "-t", "txt"], in: dir)
        #expect(r.status == 1)
        // One line per failure as it happens, then the summary listing them again.
        let lines = r.stderr.split(separator: "\n").map(String.init)
        let failures = lines.filter { $0.hasPrefix("./") }.sorted()
        #expect(failures.count == 2)
        #expect(failures[0].hasPrefix("./binary.txt: ") && failures[0].contains("binary"))
        #expect(failures[1] == "./empty.txt: the file is empty")
        #expect(lines.contains { $0.hasPrefix("1 converted, 0 skipped, 2 failed, 0 warnings in ") })
        #expect(lines.contains("  ./empty.txt: the file is empty"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/good.txt").path))
    }

    @Test func missingFileIsOneLineAndStatusOne() throws {
        let r = try docnorm(["convert", "/nonexistent/report.txt"])
        #expect(r.status == 1)
        #expect(r.stderr == "/nonexistent/report.txt: no such file\n")
    }

    @Test(arguments: [["convert"], ["convert", "a.txt", "b.txt"], ["convert", "a.txt", "-t", "md", "-t", "html"],
                      ["convert", "a.txt", "--numbering", "sideways"], ["convert", "a.txt", "-t", "pdf"], ["frobnicate", "--x"]])
    func usageErrorsExitWithTwo(args: [String]) throws {
        let r = try docnorm(args)
        #expect(r.status == 2, "\(args): \(r.stderr)")
        #expect(!r.stderr.isEmpty)
    }

    @Test func helpExitsZero() throws {
        let r = try docnorm(["convert", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("--numbering"))
    }
}

/// The .docx side of the command line.
@Suite struct DocxCLITests {
    func docnorm(_ args: [String], in dir: URL? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        try TestSupport.run(CLITests.binary, args, currentDirectory: dir)
    }

    var sample: String { TestSupport.samplesDirectory.appendingPathComponent("005_auto_numbered.docx").path }

    @Test func docxToStandardOutput() throws {
        let r = try docnorm(["convert", sample, "-t", "txt"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\n一、主要做法和成效\n（一）抓基层党建工作主要做法和成效\n1.不断加强党的政治建设，坚决做到两个维护\n"))
    }

    @Test func imagesAreExtractedAndLinkedFromTheOutputs() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-media-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let rels = "<Relationship Id=\"rI\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/image1.png\"/>"
        let body = """
            <w:p><w:r><w:t>图示。</w:t></w:r><w:r><w:drawing><wp:inline><wp:docPr id="1" name="p" descr="架构图"/><a:graphic><a:graphicData>
            <pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rI"/></pic:blipFill></pic:pic>
            </a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
            """
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 9, 9]
        var parts = try ZipWriter.docxParts(body: body, documentRels: rels)
        parts.append(("word/media/image1.png", png))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("in"), withIntermediateDirectories: true)
        try Data(try ZipWriter.zip(parts)).write(to: dir.appendingPathComponent("in/report.docx"))
        let r = try docnorm(["convert", "in", "-o", "out", "--extract-media", "media", "-t", "md"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect([UInt8](try Data(contentsOf: dir.appendingPathComponent("media/report/image1.png"))) == png)
        let md = try String(contentsOf: dir.appendingPathComponent("out/report.md"), encoding: .utf8)
        #expect(md.contains("![架构图](../media/report/image1.png)"))
    }
}

@Suite struct CheckCLITests {
    func docnorm(_ args: [String], in dir: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        try TestSupport.run(CLITests.binary, args, currentDirectory: dir)
    }

    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func problemsAreListedAndTheExitStatusSaysSo() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("报告\n一、甲\n正文。\n三、乙\n(一)子\n正文。\n".utf8).write(to: dir.appendingPathComponent("messy.txt"))
        try Data("报告\n一、甲\n正文。\n二、乙\n正文。\n".utf8).write(to: dir.appendingPathComponent("clean.txt"))
        let messy = try docnorm(["check", "messy.txt"], in: dir)
        #expect(messy.status == 1)
        #expect(messy.stdout == """
            messy.txt:4: 三、 → 二、 (number-skipped) 三、 skips a number; it should be 二、
            messy.txt:5: (一) → （一） (half-width-brackets) (一) has half-width brackets; it should be （一）

            """)
        let clean = try docnorm(["check", "clean.txt"], in: dir)
        #expect(clean.status == 0 && clean.stdout.isEmpty)
        let usage = try docnorm(["check", "clean.txt", "--fix"], in: dir)
        #expect(usage.status == 2)
    }

    @Test func jsonForMachines() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("报告\n一、甲\n正文。\n三、乙\n正文。\n".utf8).write(to: dir.appendingPathComponent("a.txt"))
        let r = try docnorm(["check", "a.txt", "--format", "json"], in: dir)
        #expect(r.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let files = json?["files"] as? [[String: Any]]
        let problem = (files?.first?["problems"] as? [[String: Any]])?.first
        #expect(files?.first?["path"] as? String == "a.txt")
        #expect(problem?["code"] as? String == "number-skipped")
        #expect(problem?["line"] as? Int == 4)
        #expect(problem?["found"] as? String == "三、" && problem?["expected"] as? String == "二、")
        #expect((json?["summary"] as? [String: Any])?["problems"] as? Int == 1)
    }

    @Test func fixWritesNormalizedTextCopies() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("报告\n一、甲\n正文。\n三、乙\n(一)子\n正文。\n".utf8).write(to: dir.appendingPathComponent("messy.txt"))
        let r = try docnorm(["check", "messy.txt", "--fix", "--renumber", "-o", "fixed"], in: dir)
        #expect(r.status == 1)
        let fixed = try String(contentsOf: dir.appendingPathComponent("fixed/messy.txt"), encoding: .utf8)
        #expect(fixed == "报告\n一、甲\n正文。\n二、乙\n（一）子\n正文。\n")
        let recheck = try docnorm(["check", "fixed/messy.txt"], in: dir)
        #expect(recheck.status == 0)
    }

    @Test func aConfigurationFileInTheWorkingDirectory() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("报告\n一、甲\n1.子\n正文。\n2.丑\n正文。\n".utf8).write(to: dir.appendingPathComponent("a.txt"))
        try Data("scheme:\n  arabic: \"1．\"\n".utf8).write(to: dir.appendingPathComponent("docnorm.yaml"))
        let r = try docnorm(["outline", "a.txt"], in: dir)
        #expect(r.stdout.contains("### 1．子") && r.stdout.contains("### 2．丑"))
        let flag = try docnorm(["outline", "a.txt", "--numbering", "keep"], in: dir)
        #expect(flag.stdout.contains("### 1.子"))
        try Data("numberng: keep\n".utf8).write(to: dir.appendingPathComponent("bad.yaml"))
        let bad = try docnorm(["outline", "a.txt", "--config", "bad.yaml"], in: dir)
        #expect(bad.status == 2 && bad.stderr.contains("bad.yaml: unknown setting numberng"))
    }
}

@Suite struct CheckFixDocxTests {
    @Test func fixWritesANormalizedDocx() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-fixdocx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let body = ["报告", "一、甲", "正文。", "三、乙", "(一)子", "正文。"].map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined()
        try Data(try ZipWriter.docx(body: body)).write(to: dir.appendingPathComponent("messy.docx"))
        let r = try TestSupport.run(CLITests.binary, ["check", "messy.docx", "--fix", "--renumber", "-o", "fixed"], currentDirectory: dir)
        #expect(r.status == 1)
        #expect(r.stdout.contains("messy.docx:¶4: 三、 → 二、 (number-skipped)"))
        let recheck = try TestSupport.run(CLITests.binary, ["check", "fixed/messy.docx"], currentDirectory: dir)
        #expect(recheck.status == 0, "\(recheck.stdout)")
        let outline = try TestSupport.run(CLITests.binary, ["outline", "fixed/messy.docx"], currentDirectory: dir)
        #expect(outline.stdout == "# 报告\n## 一、甲\n## 二、乙\n### （一）子\n")
    }
}

@Suite struct OutputOptionTests {
    var seed: String { TestSupport.sampleTexts()[2].path }

    @Test func frontMatterAndFragment() throws {
        let md = try TestSupport.run(CLITests.binary, ["convert", seed, "--front-matter"])
        #expect(md.stdout.hasPrefix("---\ntitle: \"2023年党总支部书记抓基层党建工作述职报告\"\nclaimedLength: 2946\nlang: \"zh\"\n---\n\n# "))
        let html = try TestSupport.run(CLITests.binary, ["convert", seed, "-t", "html", "--fragment"])
        #expect(html.stdout.hasPrefix("<h1 id=\"title\">") && !html.stdout.contains("<html"))
    }

    @Test func docxToStandardOutputIsAWordFile() throws {
        let r = try TestSupport.run(CLITests.binary, ["convert", seed, "-t", "docx"])
        #expect(r.status == 0)
        #expect(r.stdout.utf8.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    @Test func versionAndHelp() throws {
        let v = try TestSupport.run(CLITests.binary, ["--version"])
        #expect(v.status == 0 && !v.stdout.isEmpty)
        let h = try TestSupport.run(CLITests.binary, ["--help"])
        #expect(h.stdout.contains("check") && h.stdout.contains("outline"))
    }
}
