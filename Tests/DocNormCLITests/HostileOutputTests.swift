import DocNormTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Inputs and output trees set up to hurt: images named after other files, links planted
/// where the journal goes, devices and pipes among the inputs, several writers in one tree,
/// full and read-only disks. Each test builds its hostile setup itself.
@Suite struct HostileOutputTests {
    func docnorm(_ args: [String], in dir: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        try TestSupport.run(CLITests.binary, args, currentDirectory: dir)
    }

    func scratch(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func write(_ url: URL, _ bytes: [UInt8]) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func read(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    /// A .docx whose images are stored under the given archive names, one paragraph each.
    func docx(images: [(target: String, bytes: [UInt8])], alsoMissing: String? = nil) throws -> [UInt8] {
        var rels = ""
        var body = "<w:p><w:r><w:t>图示如下。</w:t></w:r></w:p>"
        var all = images.map { ($0.target, Optional($0.bytes)) }
        if let alsoMissing { all.append((alsoMissing, nil)) }
        for (k, image) in all.enumerated() {
            let target = image.0.replacingOccurrences(of: "\n", with: "&#10;")
            rels += "<Relationship Id=\"rI\(k)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"\(target)\"/>"
            body += """
                <w:p><w:r><w:drawing><wp:inline><wp:docPr id="\(k + 1)" name="p" descr="图\(k)"/><a:graphic><a:graphicData>
                <pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rI\(k)"/></pic:blipFill></pic:pic>
                </a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
                """
        }
        var parts = try ZipWriter.docxParts(body: body, documentRels: rels)
        for image in images { parts.append(("word/" + image.target, image.bytes)) }
        return try ZipWriter.zip(parts)
    }

    /// Image links of a Markdown output: every one names a file that exists, relative to `base`.
    func imageLinks(_ markdown: String) -> [String] {
        markdown.split(separator: "\n").flatMap { line -> [String] in
            line.components(separatedBy: "](").dropFirst().compactMap { $0.split(separator: ")").first.map(String.init) }
        }
    }

    @Test func imagesNeverOverwriteInputsOutputsOrOtherFiles() throws {
        let dir = try scratch("media-evil")
        defer { try? FileManager.default.removeItem(at: dir) }
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 7, 7, 7]
        let longName = String(repeating: "图", count: 120) + ".png"
        let evil = try docx(images: [("media/evil.docx", png), ("media/notes.txt", png + [1]), ("media/.hidden", png + [2]),
                                     ("media/" + longName, png + [3]), ("media/a\nb.png", png + [4])],
                            alsoMissing: "media/gone.png")
        try write(dir.appendingPathComponent("evil.docx"), evil)
        try write(dir.appendingPathComponent("notes.txt"), Array("my notes".utf8))

        // One file, images into the folder the input and a stranger's file sit in.
        let r = try docnorm(["convert", "evil.docx", "--extract-media", "."], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try read(dir.appendingPathComponent("evil.docx")) == evil)
        #expect(try read(dir.appendingPathComponent("notes.txt")) == Array("my notes".utf8))
        let links = imageLinks(r.stdout)
        #expect(links.count == 5, "\(r.stdout)")
        for link in links {
            let name = String(link.dropFirst(2))
            #expect(link.hasPrefix("./") && !name.contains("/") && !name.hasPrefix(".") && name.utf8.count <= 110, "\(link)")
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path), "\(link)")
        }
        // The missing image keeps its alt text and links to nothing.
        #expect(r.stdout.contains("图5") && !r.stdout.contains("gone"))
        // Run again: the same images are found in place, nothing new is written.
        let before = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        let again = try docnorm(["convert", "evil.docx", "--extract-media", "."], in: dir)
        #expect(again.stdout == r.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == before)
    }

    /// A .docx copy keeps the images even when they are not extracted; the other formats
    /// then show the alt text, linked to nothing.
    @Test func aDocxCopyKeepsItsImagesWithoutExtraction() throws {
        let dir = try scratch("media-docx")
        defer { try? FileManager.default.removeItem(at: dir) }
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 4, 0, 0, 0, 4, 8, 6, 0, 0, 0]
        try write(dir.appendingPathComponent("in/a.docx"), try docx(images: [("media/image1.png", png)]))
        let r = try docnorm(["convert", "in", "-o", "out", "-t", "docx", "-t", "md", "-q"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let md = try String(contentsOf: dir.appendingPathComponent("out/a.md"), encoding: .utf8)
        #expect(md.contains("图0") && !md.contains("](") , "\(md)")
        let back = try docnorm(["convert", "out/a.docx", "--extract-media", "back", "-t", "md"], in: dir)
        #expect(back.stdout.contains("](back/"), "\(back.stdout)")
        let single = try TestSupport.run(CLITests.binary, ["convert", "in/a.docx", "-t", "docx"], currentDirectory: dir)
        #expect(single.stdout.utf8.count > 0)
    }

    @Test func imagesNeverTakeAnotherInputsOutput() throws {
        let dir = try scratch("media-batch")
        defer { try? FileManager.default.removeItem(at: dir) }
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 1]
        // in/a.docx extracts into out/a/, where in/a/b.txt's output out/a/b.md goes; in/a/c.txt is
        // an input inside the folder its images would go into with --extract-media in.
        try write(dir.appendingPathComponent("in/a.docx"), try docx(images: [("media/b.md", png), ("media/c.txt", png)]))
        try write(dir.appendingPathComponent("in/a/b.txt"), Array("报告\n一、成效\n正文。".utf8))
        try write(dir.appendingPathComponent("in/a/c.txt"), Array("另一份\n正文。".utf8))
        let r = try docnorm(["convert", "in", "-o", "out", "--extract-media", "out", "-t", "md", "-q"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let b = try String(contentsOf: dir.appendingPathComponent("out/a/b.md"), encoding: .utf8)
        #expect(b.contains("一、成效"))
        let a = try String(contentsOf: dir.appendingPathComponent("out/a.md"), encoding: .utf8)
        for link in imageLinks(a) {
            #expect(try read(dir.appendingPathComponent("out").appendingPathComponent(link)) == png, "\(link)")
        }
        #expect(imageLinks(a).count == 2)

        let s = try docnorm(["convert", "in", "-o", "out2", "--extract-media", "in", "-t", "md", "-q"], in: dir)
        #expect(s.status == 0, "\(s.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("in/a/c.txt"), encoding: .utf8) == "另一份\n正文。")
    }

    @Test func theJournalNeverFollowsALink() throws {
        let dir = try scratch("journal-link")
        defer { try? FileManager.default.removeItem(at: dir) }
        try write(dir.appendingPathComponent("in/a.txt"), Array("报告\n正文。".utf8))
        try write(dir.appendingPathComponent("victim"), Array("keep me".utf8))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("out"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("out/\(BatchJournalName)").path,
                                                   withDestinationPath: dir.appendingPathComponent("victim").path)
        let r = try docnorm(["convert", "in", "-o", "out", "-q"], in: dir)
        #expect(r.status == 0)
        #expect(r.stderr.contains("is a symbolic link: it is not followed"), "\(r.stderr)")
        #expect(try read(dir.appendingPathComponent("victim")) == Array("keep me".utf8))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/a.md").path))
    }

    @Test func devicesPipesAndSocketsAreRefusedByName() throws {
        let dir = try scratch("devices")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in")
        try write(input.appendingPathComponent("good.txt"), Array("报告\n正文。".utf8))
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("zero.txt").path, withDestinationPath: "/dev/zero")
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("random.docx").path, withDestinationPath: "/dev/urandom")
        #expect(mkfifo(input.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        let r = try docnorm(["convert", "in", "-o", "out", "-q"], in: dir)
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n").sorted()
        #expect(lines == ["in/pipe.txt: not a regular file (it is a named pipe)", "in/random.docx: not a regular file (it is a device)",
                          "in/zero.txt: not a regular file (it is a device)"], "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/good.md").path))
        let single = try docnorm(["convert", "/dev/zero"], in: dir)
        #expect(single.status == 1 && single.stderr == "/dev/zero: not a regular file (it is a device)\n")
    }

    /// The README's sharded runs: four processes write one output tree at once; the next run
    /// finds every file done.
    @Test func fourShardsLeaveAJournalThatSkipsEverything() throws {
        let dir = try scratch("shards")
        defer { try? FileManager.default.removeItem(at: dir) }
        let count = 400
        for k in 0..<count { try write(dir.appendingPathComponent("in/\(k / 50)/\(k).txt"), Array("报告\(k)\n一、成效\n正文\(k)。".utf8)) }
        let processes = try (0..<4).map { k -> Process in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: CLITests.binary)
            p.arguments = ["convert", "in", "-o", "out", "-t", "md", "-t", "txt", "-q", "-j", "1", "--shard", "\(k)/4"]
            p.currentDirectoryURL = dir
            try p.run()
            return p
        }
        processes.forEach { $0.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let journal = try String(contentsOf: dir.appendingPathComponent("out/\(BatchJournalName)"), encoding: .utf8)
        let lines = journal.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == count)
        #expect(lines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil })
        let again = try docnorm(["convert", "in", "-o", "out", "-t", "md", "-t", "txt"], in: dir)
        #expect(again.stderr.contains("0 converted, \(count) skipped, 0 failed"), "\(again.stderr)")
    }

    @Test func aLongNameStillFits() throws {
        let dir = try scratch("long-name")
        defer { try? FileManager.default.removeItem(at: dir) }
        // 225 bytes of name: its outputs (…md, …html, …json) fit in 255, a temporary name beside it too.
        let stem = String(repeating: "报", count: 75)
        try write(dir.appendingPathComponent("in/\(stem).txt"), Array("报告\n正文。".utf8))
        let r = try docnorm(["convert", "in", "-o", "out", "-t", "md", "-t", "html", "-t", "json", "-q"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/\(stem).html").path))
    }

    @Test func anOutputDirectoryThatIsAFileIsOneLine() throws {
        let dir = try scratch("out-file")
        defer { try? FileManager.default.removeItem(at: dir) }
        for k in 0..<5 { try write(dir.appendingPathComponent("in/\(k).txt"), Array("报告\n正文。".utf8)) }
        try write(dir.appendingPathComponent("out"), Array("a file".utf8))
        let r = try docnorm(["convert", "in", "-o", "out"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr == "out is a file, not a directory: an input directory (in) needs an output directory (-o DIR)\n", "\(r.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("out"), encoding: .utf8) == "a file")
    }

    /// A small file system of our own (root can mount one; elsewhere these checks are skipped).
    func withFileSystem(_ options: String, _ body: (URL) throws -> Void) throws {
        let mount = try scratch("fs")
        defer { try? FileManager.default.removeItem(at: mount) }
        let status = try TestSupport.run("/bin/mount", ["-t", "tmpfs", "-o", options, "tmpfs", mount.path]).status
        try #require(status == 0, "mounting a tmpfs worked a moment ago and now fails")
        defer { _ = try? TestSupport.run("/bin/umount", [mount.path]) }
        try body(mount)
    }

    static let canMount: Bool = {
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-probe-\(UUID().uuidString)")
        guard (try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)) != nil else { return false }
        defer { try? FileManager.default.removeItem(at: probe) }
        guard (try? TestSupport.run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe.path]))?.status == 0 else { return false }
        _ = try? TestSupport.run("/bin/umount", [probe.path])
        return true
    }()

    @Test(.enabled(if: canMount, "cannot mount a tmpfs here (needs root), so full and read-only disks are not tried"))
    func aFullDiskStopsTheBatchWithItsReason() throws {
        let dir = try scratch("enospc")
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "报告\n" + String(repeating: "全年组织专题学习，推动工作落实，成效明显。\n", count: 400)
        for k in 0..<40 { try write(dir.appendingPathComponent("in/\(k).txt"), Array(text.utf8)) }
        try withFileSystem("size=200k") { mount in
            let r = try docnorm(["convert", "in", "-o", mount.path, "-t", "md", "-j", "1", "-q"], in: dir)
            #expect(r.status == 1)
            let lines = r.stderr.split(separator: "\n")
            #expect(lines.contains { $0.hasSuffix(": no space left on the device") }, "\(r.stderr)")
            #expect(lines.last?.hasPrefix("stopped: cannot write ") == true && lines.count < 10, "\(r.stderr)")
            let names = try FileManager.default.contentsOfDirectory(atPath: mount.path)
            #expect(!names.contains { $0.hasPrefix(".dn-") }, "\(names)")
            // What was written is whole.
            for name in names where name.hasSuffix(".md") {
                #expect(try String(contentsOf: mount.appendingPathComponent(name), encoding: .utf8).hasSuffix("成效明显。\n"))
            }
        }
        try withFileSystem("ro,size=64k") { mount in
            let r = try docnorm(["convert", "in", "-o", mount.path + "/sub"], in: dir)
            #expect(r.status == 1)
            #expect(r.stderr == "cannot write into \(mount.path)/sub: the file system is read-only\n", "\(r.stderr)")
        }
    }
}

/// Information (a label written in the house form) is shown with -v, not counted as a warning.
@Suite struct QuietWarningsTests {
    @Test func rewrittenLabelsAreNotCounted() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-quiet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("in"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for k in 0..<2 { try Data("报告\n一、成效\n1、学习\n正文。\n2、调研\n正文。\n".utf8).write(to: dir.appendingPathComponent("in/\(k).txt")) }
        let r = try TestSupport.run(CLITests.binary, ["convert", "in", "-o", "out"], currentDirectory: dir)
        #expect(r.stderr.contains("2 converted, 0 skipped, 0 failed, 0 warnings"), "\(r.stderr)")
        let v = try TestSupport.run(CLITests.binary, ["convert", "in", "-o", "out2", "-v"], currentDirectory: dir)
        #expect(v.stderr.contains("label 1、 written as 1."), "\(v.stderr)")
    }
}

/// An HTML fragment carries no page CSS: its labeled lists hide the browser's own numbers
/// inline, so a number is never shown twice.
@Suite struct FragmentListTests {
    @Test func labeledListsHideTheirMarkersInAFragment() throws {
        let r = try TestSupport.run(CLITests.binary, ["convert", "-", "-t", "html", "--fragment"],
                                    stdin: Data("报告\n一、要求\n1.认真学习，把握好精神实质和核心要义，学以致用；\n2.深入调研，摸清基层实际情况和群众需求，对症下药。\n".utf8))
        #expect(r.stdout.contains("<ol class=\"labeled\" style=\"list-style:none\">"), "\(r.stdout)")
        let page = try TestSupport.run(CLITests.binary, ["convert", "-", "-t", "html"],
                                       stdin: Data("报告\n一、要求\n1.认真学习，把握好精神实质和核心要义，学以致用；\n2.深入调研，摸清基层实际情况和群众需求，对症下药。\n".utf8))
        #expect(page.stdout.contains("<ol class=\"labeled\">"))
    }
}
