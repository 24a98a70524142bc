import DocNormTestSupport
import Foundation
import Testing

/// Every public declaration of the library has a doc comment: scripts/check-api-docs.py reads
/// the symbol graphs of the modules this test build made (public and open symbols only; what
/// is `package` is not the library's API).
@Suite struct PublicAPIDocumentationTests {
    var script: String { TestSupport.packageRoot.appendingPathComponent("scripts/check-api-docs.py").path }
    var modules: String { URL(fileURLWithPath: CLITests.binary).deletingLastPathComponent().appendingPathComponent("Modules").path }

    @Test func everyPublicDeclarationHasADocComment() throws {
        let r = try TestSupport.run("/usr/bin/env", ["python3", script, "--modules", modules])
        #expect(r.status == 0, "public declarations without a doc comment:\n\(r.stdout)\(r.stderr)")
        // All five modules were read, and each has a public surface.
        for module in ["DocNorm", "DocNormModel", "DocNormReaders", "DocNormRules", "DocNormWriters"] {
            #expect(r.stdout.contains("\(module) "), "\(module) missing from: \(r.stdout)")
        }
        #expect(!r.stdout.contains("DocNorm 0 "))
    }

    /// Guards the check itself: a module with one undocumented public function fails it, and
    /// its documented and internal declarations are not named.
    @Test func theCheckNamesAnUndocumentedDeclaration() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-apidocs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = dir.appendingPathComponent("Sample.swift")
        try Data("""
        /// A documented type.
        public struct Sample {
            /// A documented function.
            public func documented() {}
            public func bare() {}
            func hidden() {}
        }
        """.utf8).write(to: source)
        let built = try TestSupport.run("/usr/bin/env", ["swiftc", "-emit-module", "-module-name", "Sample", "-parse-as-library",
                                                        "-emit-module-path", dir.appendingPathComponent("Sample.swiftmodule").path, source.path])
        #expect(built.status == 0, "\(built.stderr)")
        let r = try TestSupport.run("/usr/bin/env", ["python3", script, "--modules", dir.path, "--module", "Sample"])
        #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("method Sample.Sample.bare()"), "\(r.stdout)")
        #expect(!r.stdout.contains("documented()"))
        #expect(!r.stdout.contains("hidden()"))
        #expect(r.stdout.contains("Sample 3 (1 undocumented)"), "\(r.stdout)")
    }
}
