import DocNormTestSupport
import Foundation
import Testing

/// The rest of what pandoc users bring: -f, pandoc's format names, no binary on a terminal,
/// mistyped commands named as such, input directories kept apart.
@Suite struct PandocHabitsTests {
    func docnorm(_ args: [String], stdin: Data? = nil, in dir: URL? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        try TestSupport.run(CLITests.binary, args, stdin: stdin, currentDirectory: dir)
    }

    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-habits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    var text: String { TestSupport.sampleTexts()[1].path }
    var word: String { TestSupport.samplesDirectory.appendingPathComponent("005_auto_numbered.docx").path }

    @Test func fromReadsStandardInputAsWord() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: word))
        let r = try docnorm(["convert", "-", "-f", "docx", "-t", "txt"], stdin: bytes)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\n一、主要做法和成效\n（一）抓基层党建工作主要做法和成效\n"))
        // The same bytes said to be text are refused as binary, not read as Word.
        let asText = try docnorm(["convert", "-", "--from", "txt"], stdin: bytes)
        #expect(asText.status == 1)
        #expect(asText.stderr.hasPrefix("standard input: the file is binary, not text"))
    }

    @Test func fromRefusesWhatTheFileIsNot() throws {
        let r = try docnorm(["convert", text, "-f", "docx"])
        #expect(r.status == 1)
        #expect(r.stderr == "\(text): the file is not a .docx (it is not a zip archive)\n")
        let unknown = try docnorm(["convert", text, "-f", "rtf"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("'rtf'"))
    }

    @Test(arguments: [("markdown", "md"), ("gfm", "md"), ("commonmark", "md"), ("plain", "txt"), ("html5", "html")])
    func pandocFormatNamesAreAliases(alias: String, own: String) throws {
        let a = try docnorm(["convert", text, "-t", alias])
        let b = try docnorm(["convert", text, "-t", own])
        #expect(a.status == 0 && b.status == 0)
        #expect(!a.stdout.isEmpty && a.stdout == b.stdout)
    }

    @Test func helpSaysWhichMarkdownIsWritten() throws {
        let r = try docnorm(["convert", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("GitHub Flavored Markdown"))
        #expect(r.stdout.contains("-f, --from"))
    }

    /// Through a pseudo-terminal (script(1)), as a user at a shell would run it.
    func onTerminal(_ args: [String], in dir: URL) throws -> (status: Int32, output: String) {
        let line = ([CLITests.binary] + args).map { "'" + $0 + "'" }.joined(separator: " ")
        let r = try TestSupport.run("/usr/bin/script", ["-qec", line + " 2>&1", "/dev/null"], currentDirectory: dir)
        return (r.status, r.stdout)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "script(1) is not installed"))
    func aDocxIsNotWrittenToATerminal() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let refused = try onTerminal(["convert", text, "-t", "docx"], in: dir)
        #expect(refused.status == 2)
        #expect(refused.output.hasPrefix("refusing to write a .docx to the terminal: redirect it (> report.docx) or give -o report.docx"))
        #expect(!refused.output.contains("PK"))
        // -o - insists, and a pipe is no terminal.
        // (-q: the sample's warning would share the terminal with the bytes.)
        let insisted = try onTerminal(["convert", text, "-t", "docx", "-o", "-", "-q"], in: dir)
        #expect(insisted.status == 0)
        #expect(insisted.output.hasPrefix("PK"))
        let piped = try docnorm(["convert", text, "-t", "docx"])
        #expect(piped.status == 0)
        #expect(piped.stdout.utf8.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    @Test func aMistypedCommandIsNamed() throws {
        let r = try docnorm(["chek", text])
        #expect(r.status == 2)
        #expect(r.stderr == "unknown command 'chek' — did you mean 'check'?\n")
        let other = try docnorm(["frobnicate"])
        #expect(other.status == 2)
        #expect(other.stderr.hasPrefix("unknown command 'frobnicate' (commands: convert, check, outline"))
        #expect(!other.stderr.contains("no such file"))
    }

    @Test func aFileFirstIsStillConverted() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("报告\n正文。\n".utf8).write(to: dir.appendingPathComponent("report"))
        let bare = try docnorm(["report", "-t", "txt"], in: dir)
        #expect(bare.status == 0, "\(bare.stderr)")
        #expect(bare.stdout == "报告\n正文。\n")
        let missing = try docnorm(["missing.txt"], in: dir)
        #expect(missing.status == 1)
        #expect(missing.stderr == "missing.txt: no such file\n")
    }

    @Test(arguments: [["convert", "a.txt", "b.txt", "--zzz"], ["convert", "-x", "docx", "a.txt"], ["a.txt", "b.txt", "-j", "0", "--zzz"]])
    func unknownOptionsComeBeforeInputs(args: [String]) throws {
        let r = try docnorm(args)
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("Error: Unknown option '"))
        #expect(!r.stderr.contains("several inputs") && !r.stderr.contains("--jobs must"))
    }

    @Test func severalInputDirectoriesKeepTheirNames() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (sub, body) in [("reportsA", "报告甲\n正文。\n"), ("reportsB", "报告乙\n正文。\n")] {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent(sub + "/deep"), withIntermediateDirectories: true)
            try Data(body.utf8).write(to: dir.appendingPathComponent(sub + "/deep/report.txt"))
        }
        let r = try docnorm(["convert", "reportsA", "reportsB/", "-o", "OUT", "-t", "txt", "-q"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("OUT/reportsA/deep/report.txt"), encoding: .utf8).hasPrefix("报告甲"))
        #expect(try String(contentsOf: dir.appendingPathComponent("OUT/reportsB/deep/report.txt"), encoding: .utf8).hasPrefix("报告乙"))
    }

    @Test func directoriesOfOneNameCollideWithoutAHintThatCannotHelp() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        for parent in ["x", "y"] {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent(parent + "/reports"), withIntermediateDirectories: true)
            try Data("报告\n".utf8).write(to: dir.appendingPathComponent(parent + "/reports/a.txt"))
        }
        let r = try docnorm(["convert", "x/reports", "y/reports", "-o", "OUT"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("y/reports/a.txt: it and x/reports/a.txt would both write "))
        #expect(!r.stderr.contains("--keep-extension"))
    }

    @Test(arguments: [["-o", "OUT"], []])
    func anInputDirectoryWithNothingToConvertIsOneLine(output: [String]) throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("empty/sub"), withIntermediateDirectories: true)
        try Data("notes".utf8).write(to: dir.appendingPathComponent("empty/sub/notes.pdf"))
        let r = try docnorm(["convert", "empty"] + output, in: dir)
        #expect(r.status == 1)
        #expect(r.stderr == "no .txt, .docx, .md or .html files under empty\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("OUT").path))
    }
}
