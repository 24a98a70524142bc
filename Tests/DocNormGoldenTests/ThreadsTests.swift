import DocNorm
import DocNormTestSupport
import Foundation
import Testing

/// A long document read, normalized and written on several threads gives, byte for byte, what
/// one thread gives: the same outputs in every format and the same warnings in the same order.
@Suite struct ThreadsTests {
    /// The sample reports one after another, often enough that every pass cuts them in parts.
    static let longText: [UInt8] = {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: TestSupport.samplesDirectory.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        let one = names.flatMap { (try? [UInt8](Data(contentsOf: TestSupport.samplesDirectory.appendingPathComponent($0)))) ?? [] }
        return Array([[UInt8]](repeating: one + [0x0A], count: 40).joined())
    }()

    @Test(arguments: [2, 3])
    func outputsAreTheSameOnAnyNumberOfThreads(threads: Int) throws {
        let one = Converter()
        let many = Converter(options: ConversionOptions(threads: threads))
        let alone = one.normalize(try one.read(Self.longText, name: "reports.txt"))
        let together = many.normalize(try many.read(Self.longText, name: "reports.txt"))
        // Long enough that the rules and writers cut it in parts on these threads.
        #expect(alone.blocks.count >= threads * Parallel.minimumPart)
        #expect(together.warnings.map(\.description) == alone.warnings.map(\.description))
        #expect(together == alone)
        for format in OutputFormat.textual {
            #expect(Array(many.render(together, as: format).utf8) == Array(one.render(alone, as: format).utf8), "\(format)")
        }
    }
}
