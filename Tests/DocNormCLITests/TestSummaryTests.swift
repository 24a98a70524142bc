import DocNormTestSupport
import Foundation
import Testing

/// `make test` ends with scripts/test-summary.py: the skipped tests, which Swift Testing's own
/// summary counts as run, are named with their reasons.
@Suite struct TestSummaryTests {
    func summarize(_ log: String) throws -> (status: Int32, stdout: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-log-\(UUID().uuidString).log")
        try Data(log.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = TestSupport.packageRoot.appendingPathComponent("scripts/test-summary.py").path
        let r = try TestSupport.run("/usr/bin/env", ["python3", script, file.path])
        return (r.status, r.stdout)
    }

    @Test func skippedTestsAreNamedWithTheirReasons() throws {
        let r = try summarize("""
            Test Suite 'All tests' started at 2026-12-01 09:35:52.741
            /src/Tests/X.swift:6: X.testOld : Test skipped - no network here
            \t Executed 3 tests, with 1 test skipped and 0 failures (0 unexpected) in 0.0 (0.0) seconds
            ◇ Test run started.
            ➜ Test corpusIsPresent() skipped: "../shared/corpus is not present in this checkout"
            ◇ Test unreadableFilesAndDirectories() started.
            ➜ Test unreadableFilesAndDirectories() was cancelled after 0.002 seconds: "cannot run as nobody"
            ✔ Test oneFileGoesToStandardOutput() passed after 0.213 seconds.
            ✔ Test run with 289 tests in 81 suites passed after 77.750 seconds.

            """)
        #expect(r.status == 0)
        #expect(r.stdout == """
            summary: 292 tests, 3 skipped (not run):
              X.testOld: no network here
              corpusIsPresent(): ../shared/corpus is not present in this checkout
              unreadableFilesAndDirectories(): cannot run as nobody

            """)
    }

    @Test func aRunWithoutSkipsSaysSo() throws {
        let r = try summarize("✔ Test a() passed after 0.1 seconds.\n✔ Test run with 12 tests in 3 suites passed after 1.0 seconds.\n")
        #expect(r.stdout == "summary: 12 tests, none skipped\n")
    }
}
