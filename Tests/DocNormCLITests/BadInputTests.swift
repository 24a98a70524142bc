import DocNormTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Every kind of bad input in one batch: each is one line naming the file and what is wrong,
/// and everything else converts.
@Suite struct BadInputTests {
    func docnorm(_ args: [String], in dir: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        try TestSupport.run(CLITests.binary, args, currentDirectory: dir)
    }

    func write(_ dir: URL, _ name: String, _ bytes: [UInt8]) throws {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func docxParts(document: String) throws -> [(name: String, data: [UInt8])] {
        try ZipWriter.docxParts(body: "").map { $0.name == "word/document.xml" ? ($0.name, Array(document.utf8)) : $0 }
    }

    @Test func everyBadFileIsOneLineAndTheRestConverts() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-bad-\(UUID().uuidString)")
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        let good = try ZipWriter.docx(body: "<w:p><w:r><w:t>正文。</w:t></w:r></w:p>")
        let gbk = try #require(Encoding.gb18030("述职报告"))
        var bomb = Array("<w:document \(w)><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>".utf8)
        bomb += [UInt8](repeating: 0x20, count: 64 << 20)
        let laughs = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY e SYSTEM \"file:///etc/passwd\">]><w:document \(w)><w:body><w:p><w:r><w:t>安全&c;&e;</w:t></w:r></w:p></w:body></w:document>"
        let deep = "<w:document \(w)><w:body>" + String(repeating: "<w:sdt><w:sdtContent>", count: 100_000) + "</w:body></w:document>"
        let encrypted = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 100)
            + Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })

        let bad: [(String, [UInt8], String)] = [
            ("empty.txt", [], "the file is empty"),
            ("empty.docx", [], "the file is empty"),
            ("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "binary"),
            ("binary.docx", (0..<512).map { UInt8(truncatingIfNeeded: $0 &* 31) }, "not a .docx"),
            ("truncated.docx", Array(good.prefix(good.count / 2)), "truncated"),
            ("nodocument.docx", try ZipWriter.zip([("hello.txt", Array("hi".utf8))]), "no Word document part"),
            ("old.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 100), "old binary Word document (.doc)"),
            ("opendocument.docx", try ZipWriter.zip([("mimetype", Array("application/vnd.oasis.opendocument.text".utf8)), ("content.xml", Array("<a/>".utf8))]), "OpenDocument"),
            ("password.docx", encrypted, "password-protected"),
            ("badxml.docx", try ZipWriter.zip(try docxParts(document: "\u{1}\u{2}<<<")), "not well-formed XML"),
            ("invalid-utf8.txt", [0x41, 0xC3, 0x28, 0xFF, 0x41], "not valid text"),
            ("mixed.txt", Array("一、工作成效\n".utf8) + gbk + Array("。\n".utf8), "not valid text"),
            ("bomb.docx", try ZipWriter.zip(try docxParts(document: "").map { $0.name == "word/document.xml" ? ($0.name, bomb) : $0 }), "zip bomb"),
            ("deep.docx", try ZipWriter.zip(try docxParts(document: deep)), "nested too deeply"),
        ]
        for (name, bytes, _) in bad { try write(input, name, bytes) }
        try write(input, "good.docx", good)
        try write(input, "laughs.docx", try ZipWriter.zip(try docxParts(document: laughs)))
        try write(input, "good.txt", Array("报告\n一、成效\n正文。".utf8))
        // A directory symbolic link loop is walked once.
        try FileManager.default.createSymbolicLink(at: input.appendingPathComponent("loop"), withDestinationURL: input)

        let r = try docnorm(["convert", "in", "-o", "out", "-t", "md", "-q", "--keep-extension"], in: dir)
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n").map(String.init).sorted()
        #expect(lines.count == bad.count, "\(r.stderr)")
        for (name, _, reason) in bad {
            let line = lines.first { $0.hasPrefix("in/\(name): ") }
            #expect(line?.contains(reason) == true, "\(name): \(line ?? "no line")")
        }
        let written = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(written == ["good.docx.md", "good.txt.md", "laughs.docx.md"])
        let laughsOut = try String(contentsOf: dir.appendingPathComponent("out/laughs.docx.md"), encoding: .utf8)
        #expect(laughsOut.contains("安全") && !laughsOut.contains("aaaa") && !laughsOut.contains("root:"))
    }

    /// A 200 MB document.xml, shaped as Word writes one (revision ids, paragraph and run
    /// properties around the text), a quarter of it one table, converts while holding less
    /// memory than the part itself: the body, and the table, are streamed, never held whole.
    @Test func aLargeDocumentIsStreamed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let rPr = "<w:rPr><w:rFonts w:ascii=\"仿宋_GB2312\" w:eastAsia=\"仿宋_GB2312\" w:hAnsi=\"仿宋_GB2312\" w:hint=\"eastAsia\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr>"
        let text = String(repeating: "全年组织专题学习，推动工作落实，成效明显。", count: 2)
        let run = "<w:r w:rsidRPr=\"00D4E5F6\">\(rPr)<w:t>\(text)</w:t></w:r>"
        let paragraph = Array(("<w:p w:rsidR=\"00A1B2C3\" w:rsidRDefault=\"00A1B2C3\" w:rsidP=\"00D4E5F6\"><w:pPr><w:spacing w:line=\"560\" w:lineRule=\"exact\"/>"
            + "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>\(rPr)</w:pPr>\(run)\(run)\(run)</w:p>").utf8)
        let cell = "<w:tc><w:tcPr><w:tcW w:w=\"4000\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr>\(rPr)</w:pPr>\(run)</w:p></w:tc>"
        let row = Array("<w:tr w:rsidR=\"00A1B2C3\"><w:trPr><w:trHeight w:val=\"400\"/></w:trPr>\(cell)\(cell)</w:tr>".utf8)
        let size = 200 << 20
        let paragraphs = size * 3 / 4 / paragraph.count
        let rows = size / 4 / row.count + 1
        var xml = Array("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>".utf8)
        xml.reserveCapacity(size + 4096)
        for _ in 0..<paragraphs { xml.append(contentsOf: paragraph) }
        xml += Array("<w:tbl><w:tblPr><w:tblW w:w=\"8000\" w:type=\"dxa\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"4000\"/><w:gridCol w:w=\"4000\"/></w:tblGrid>".utf8)
        for _ in 0..<rows { xml.append(contentsOf: row) }
        xml += Array("</w:tbl><w:p><w:r><w:t>全文完。</w:t></w:r></w:p></w:body></w:document>".utf8)
        #expect(xml.count > size)
        let parts = try ZipWriter.docxParts(body: "").map { $0.name == "word/document.xml" ? ($0.name, xml) : $0 }
        xml = []
        try Data(try ZipWriter.zip(parts)).write(to: dir.appendingPathComponent("large.docx"))

        let out = dir.appendingPathComponent("out")
        // The verbose summary gives the program's own peak (a parent's memory before exec left out).
        let r = try docnorm(["convert", "large.docx", "-o", "out", "-t", "txt", "-t", "json", "-v"], in: dir)
        #expect(r.status == 0)
        let summary = try #require(r.stderr.split(separator: "\n").first { $0.hasPrefix("1 converted, 0 skipped, 0 failed") }, "\(r.stderr)")
        let peak = try #require(summary.split(separator: ", ").last.flatMap { $0.hasPrefix("peak memory ") ? Int($0.dropFirst(12).dropLast(3)) : nil })
        // Under a sanitizer (make sanitize) shadow memory and quarantine make the figure meaningless.
        if ProcessInfo.processInfo.environment["DOCNORM_SANITIZER"] == nil {
            #expect(peak < size >> 20, "peak memory \(peak) MB for a \(size >> 20) MB document.xml")
        }
        let lines = try String(contentsOf: out.appendingPathComponent("large.txt"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == paragraphs + rows + 1)
        #expect(lines.first == Substring(text + text + text) && lines.last == "全文完。")
        #expect(lines[paragraphs] == Substring(text + "\t" + text))
        let json = try FileHandle(forReadingFrom: out.appendingPathComponent("large.json"))
        defer { try? json.close() }
        try json.seek(toOffset: try json.seekToEnd() - 200)
        #expect(String(decoding: json.readDataToEndOfFile(), as: UTF8.self).contains("\"text\": \"全文完。\""))
    }

    /// As root every file is readable, so the binary then runs as `nobody` (through setpriv),
    /// for whom the locked file and folder really are unreadable.
    static let asNobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    static let canLockFilesAway = getuid() != 0 || (try? TestSupport.run(asNobody[0], Array(asNobody.dropFirst()) + [CLITests.binary, "--version"]))?.status == 0

    @Test(.enabled(if: canLockFilesAway, "running as root, and the binary cannot be run as nobody through setpriv"))
    func unreadableFilesAndDirectories() throws {
        let command = (getuid() == 0 ? Self.asNobody : []) + [CLITests.binary]
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-perm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("in/locked"), withIntermediateDirectories: true)
        defer {
            chmod(dir.appendingPathComponent("in/locked").path, 0o755)
            try? FileManager.default.removeItem(at: dir)
        }
        try write(dir.appendingPathComponent("in"), "secret.txt", Array("报告".utf8))
        try write(dir.appendingPathComponent("in"), "open.txt", Array("公开报告\n一、成效\n".utf8))
        chmod(dir.path, 0o777)
        chmod(dir.appendingPathComponent("in").path, 0o755)
        chmod(dir.appendingPathComponent("in/open.txt").path, 0o644)
        chmod(dir.appendingPathComponent("in/secret.txt").path, 0)
        chmod(dir.appendingPathComponent("in/locked").path, 0)
        let r = try TestSupport.run(command[0], Array(command.dropFirst()) + ["convert", "in", "-o", "out", "-q"], currentDirectory: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("in/secret.txt: permission denied"))
        #expect(r.stderr.contains("in/locked: directory cannot be read"))
        let converted = try String(contentsOf: dir.appendingPathComponent("out/open.md"), encoding: .utf8)
        #expect(converted.contains("## 一、成效"))
    }
}

/// A batch killed at random points and run again ends with exactly the outputs of one clean
/// run, and never leaves a partial file.
@Suite struct KillAndResumeTests {
    @Test func killedBatchesFinishIdentically() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-kill-\(UUID().uuidString)")
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let samples = try FileManager.default.contentsOfDirectory(atPath: TestSupport.samplesDirectory.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".docx") }
        for copy in 0..<25 {
            for name in samples {
                try FileManager.default.copyItem(at: TestSupport.samplesDirectory.appendingPathComponent(name),
                                                 to: input.appendingPathComponent("\(copy)-\(name)"))
            }
        }
        let args = ["convert", "in", "-t", "md", "-t", "html", "-t", "txt", "-t", "json", "-q", "-j", "2"]
        let clean = try TestSupport.run(CLITests.binary, args + ["-o", "clean"], currentDirectory: dir)
        #expect(clean.status == 0)

        var generator = SystemRandomNumberGenerator()
        for _ in 0..<4 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CLITests.binary)
            process.arguments = args + ["-o", "resumed"]
            process.currentDirectoryURL = dir
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 20_000...250_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        let final = try TestSupport.run(CLITests.binary, args + ["-o", "resumed"], currentDirectory: dir)
        #expect(final.status == 0)

        func listing(_ name: String) throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent(name).path).filter { !$0.hasPrefix(".") }.sorted()
        }
        let expected = try listing("clean")
        let resumed = try listing("resumed")
        #expect(Set(resumed).symmetricDifference(expected).isEmpty, "only in resumed: \(Set(resumed).subtracting(expected).sorted().prefix(5)); missing: \(Set(expected).subtracting(resumed).sorted().prefix(5))")
        #expect(expected.count == samples.count * 25 * 4)
        for name in expected {
            let a = try Data(contentsOf: dir.appendingPathComponent("clean/\(name)"))
            let b = try Data(contentsOf: dir.appendingPathComponent("resumed/\(name)"))
            #expect(a == b, "\(name) differs")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("resumed").path).filter { $0.hasPrefix(".dn-") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    }
}

/// Ctrl-C: the files in progress finish, the summary so far is printed, no partial file is left.
@Suite struct InterruptTests {
    @Test func ctrlCStopsCleanly() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-int-\(UUID().uuidString)")
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let seed = TestSupport.sampleTexts()[4]
        for k in 0..<600 { try FileManager.default.copyItem(at: seed, to: input.appendingPathComponent("\(k).txt")) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLITests.binary)
        process.arguments = ["convert", "in", "-o", "out", "-t", "md", "-t", "html", "-t", "json", "-j", "1"]
        process.currentDirectoryURL = dir
        let err = Pipe()
        process.standardError = err
        try process.run()
        // Interrupt once the batch is under way (the first outputs exist), however slow the start.
        let out = dir.appendingPathComponent("out")
        for _ in 0..<400 {
            if let names = try? FileManager.default.contentsOfDirectory(atPath: out.path), names.contains(where: { $0.hasSuffix(".md") }) { break }
            usleep(25_000)
        }
        kill(process.processIdentifier, SIGINT)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(stderr.contains("interrupted: finishing the files in progress"))
        #expect(stderr.contains("files not started"))
        let outputs = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path)
        #expect(!outputs.contains { $0.hasPrefix(".dn-") })
        // Every input that has any output has all three: nothing was cut in the middle.
        let stems = Dictionary(grouping: outputs.filter { !$0.hasPrefix(".") }) { $0.split(separator: ".").first.map(String.init) ?? "" }
        #expect(stems.values.allSatisfy { $0.count == 3 })
        #expect(stems.count < 600)
    }
}
