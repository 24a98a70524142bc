import DocNorm
import DocNormTestSupport
import Foundation
import Testing

/// Golden outputs for every sample in every format, in Samples/expected.
/// `make golden` (DOCNORM_RECORD=1) re-records them; review the diff before committing.
@Suite struct GoldenTests {
    static let recording = ProcessInfo.processInfo.environment["DOCNORM_RECORD"] == "1"

    static var samples: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: TestSupport.samplesDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".docx") }.sorted()
            .map { TestSupport.samplesDirectory.appendingPathComponent($0) }
    }

    @Test func everySampleHasGoldenFiles() {
        #expect(Self.samples.count >= 5)
    }

    @Test(arguments: GoldenTests.samples)
    func sampleMatchesGoldenFiles(sample: URL) throws {
        let converter = Converter()
        let doc = try converter.load(sample)
        for format in OutputFormat.textual {
            let output = converter.render(doc, as: format)
            let base = sample.deletingPathExtension().lastPathComponent
            let url = TestSupport.expectedDirectory.appendingPathComponent(base + "." + format.fileExtension)
            if Self.recording {
                try FileManager.default.createDirectory(at: TestSupport.expectedDirectory, withIntermediateDirectories: true)
                try Data(output.utf8).write(to: url)
                continue
            }
            guard let expectedData = try? Data(contentsOf: url) else {
                Issue.record("no golden file \(url.lastPathComponent): run make golden and review it")
                continue
            }
            // Bytes, not String equality, which would let a change of Unicode normalization pass.
            let expected = String(decoding: expectedData, as: UTF8.self)
            if Array(output.utf8) != [UInt8](expectedData) {
                Issue.record("\(url.lastPathComponent) differs from the golden file at line \(firstDifference(output, expected)); run make golden and review the diff")
            }
            // The CLI writes the same output piece by piece into a file: the same bytes.
            let streamed = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID().uuidString).\(format.fileExtension)")
            defer { try? FileManager.default.removeItem(at: streamed) }
            try converter.write(doc, as: format, to: streamed, displayName: url.lastPathComponent)
            if try Data(contentsOf: streamed) != expectedData {
                Issue.record("\(url.lastPathComponent) written to a file differs from the golden file")
            }
        }
    }

    func firstDifference(_ a: String, _ b: String) -> Int {
        let la = a.split(separator: "\n", omittingEmptySubsequences: false)
        let lb = b.split(separator: "\n", omittingEmptySubsequences: false)
        for k in 0..<min(la.count, lb.count) where la[k] != lb[k] { return k + 1 }
        return min(la.count, lb.count) + 1
    }
}
