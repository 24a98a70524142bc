import DocNormTestSupport
import Foundation
import Testing

/// The README's library example, type-checked as a program of its own outside the package,
/// against the modules the build made: what a user who copies it gets. Being outside the
/// package, it sees only the public API (not `package` declarations).
@Suite struct ReadmeLibraryExampleTests {
    /// The first ```swift block under "## Use it as a library".
    func example() throws -> String {
        let readme = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Use it as a library\n").dropFirst().first)
        let block = try #require(section.components(separatedBy: "```swift\n").dropFirst().first)
        return try #require(block.components(separatedBy: "\n```").first)
    }

    /// swiftc -typecheck of a program, as its main.swift.
    func typecheck(_ source: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let main = dir.appendingPathComponent("main.swift")
        try Data(source.utf8).write(to: main)
        return try typecheck(files: [main.path])
    }

    /// swiftc -typecheck with the build's modules and every C module map the package uses.
    func typecheck(files: [String], flags: [String] = []) throws -> (status: Int32, stdout: String, stderr: String) {
        let modules = URL(fileURLWithPath: CLITests.binary).deletingLastPathComponent().appendingPathComponent("Modules")
        var arguments = ["swiftc", "-typecheck", "-swift-version", "6", "-I", modules.path, "-Xcc", "-I/usr/include/libxml2"]
        for root in ["Sources", ".build/checkouts"] {
            let base = TestSupport.packageRoot.appendingPathComponent(root)
            let walker = FileManager.default.enumerator(atPath: base.path)
            while let path = walker?.nextObject() as? String {
                if path.hasSuffix("module.modulemap") { arguments += ["-Xcc", "-fmodule-map-file=" + base.appendingPathComponent(path).path] }
            }
        }
        return try TestSupport.run("/usr/bin/env", arguments + flags + files)
    }

    @Test func theExampleCompilesAsAUserProgram() throws {
        let source = try example()
        #expect(source.contains("DocNorm.convert(contentsOf:"))
        let r = try typecheck(source)
        #expect(r.status == 0, "the README's library example does not compile:\n\(r.stderr)")
    }

    /// The Swift blocks of the DocC getting-started article, one after the other as one
    /// program (all but the Package.swift excerpt).
    @Test func theGettingStartedArticleCompiles() throws {
        let article = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Sources/DocNorm/DocNorm.docc/GettingStarted.md"), encoding: .utf8)
        let blocks = article.components(separatedBy: "```swift\n").dropFirst().compactMap { $0.components(separatedBy: "\n```").first }
        let program = blocks.filter { !$0.hasPrefix("// Package.swift") }
        #expect(program.count >= 4)
        let r = try typecheck(program.joined(separator: "\n"))
        #expect(r.status == 0, "the getting-started article's code does not compile:\n\(r.stderr)")
    }

    /// The libFuzzer targets are a package of their own (Fuzz/), built only by make fuzz:
    /// they too may use only the public API.
    @Test(arguments: ["DocNormFuzz", "DocNormFuzzXML"])
    func theFuzzTargetsCompileAgainstThePublicAPI(target: String) throws {
        let dir = TestSupport.packageRoot.appendingPathComponent("Fuzz/Sources/\(target)")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".swift") }
        #expect(!files.isEmpty)
        let r = try typecheck(files: files.map { dir.appendingPathComponent($0).path }, flags: ["-parse-as-library"])
        #expect(r.status == 0, "Fuzz/Sources/\(target) does not compile against the library:\n\(r.stderr)")
    }

    @Test func theCheckFailsOnCodeThatDoesNotCompile() throws {
        // Guards the check itself: a wrong type is an error.
        let r = try typecheck(try example() + "\nlet wrong: Int = try DocNorm.convert(\"一、\", to: .text)\n")
        #expect(r.status != 0)
        #expect(r.stderr.contains("cannot convert"), "\(r.stderr)")
    }
}
