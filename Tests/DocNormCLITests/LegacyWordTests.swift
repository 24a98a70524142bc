import DocNormTestSupport
import Foundation
import Testing

/// Old binary Word documents go through LibreOffice when it is installed, and are one line
/// with the hint to install it when it is not.
@Suite struct LegacyWordTests {
    static let office = ["/usr/bin/soffice", "/usr/local/bin/soffice"].first { FileManager.default.isExecutableFile(atPath: $0) }

    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-legacy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The start of an OLE compound file that names a WordDocument stream, as a .doc does.
    var wordLikeBytes: [UInt8] {
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 500)
            + "WordDocument".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } + [UInt8](repeating: 0, count: 100)
    }

    @Test func withoutLibreOfficeADocIsOneLineWithTheHint() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(wordLikeBytes).write(to: dir.appendingPathComponent("old.doc"))
        try Data(wordLikeBytes).write(to: dir.appendingPathComponent("old.docx"))
        let env = ["PATH=/nonexistent", CLITests.binary, "convert"]
        let doc = try TestSupport.run("/usr/bin/env", env + ["old.doc"], currentDirectory: dir)
        #expect(doc.status == 1)
        #expect(doc.stderr == "old.doc: the file is an old binary Word document (.doc); install LibreOffice (apt-get install libreoffice-writer) to convert it\n")
        let named = try TestSupport.run("/usr/bin/env", env + ["old.docx"], currentDirectory: dir)
        #expect(named.status == 1)
        #expect(named.stderr.hasPrefix("old.docx: the file is an old binary Word document (.doc), not a .docx; install LibreOffice"))
    }

    @Test(.enabled(if: office != nil, "LibreOffice (soffice) is not installed"))
    func aDocIsConvertedThroughLibreOffice() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let docx = TestSupport.samplesDirectory.appendingPathComponent("005_auto_numbered.docx").path
        let made = try TestSupport.run(Self.office!, ["-env:UserInstallation=file://\(dir.path)/profile", "--headless",
                                                      "--convert-to", "doc", "--outdir", dir.path, docx])
        try #require(made.status == 0, "soffice could not make the .doc: \(made.stderr)")
        // Its own temporary directory, to see that the conversion leaves nothing in it.
        let tmp = dir.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        let fromDoc = try TestSupport.run("/usr/bin/env", ["TMPDIR=\(tmp.path)", CLITests.binary, "convert", "005_auto_numbered.doc", "-t", "txt"],
                                          currentDirectory: dir)
        #expect(fromDoc.status == 0, "\(fromDoc.stderr)")
        #expect(fromDoc.stdout.contains("\n一、主要做法和成效\n（一）抓基层党建工作主要做法和成效\n1.不断加强党的政治建设，坚决做到两个维护\n"))
        let json = try TestSupport.run(CLITests.binary, ["convert", "005_auto_numbered.doc", "-t", "json"], currentDirectory: dir)
        #expect(json.stdout.contains("\"sourceFormat\": \"doc\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path) == [])
    }
}
