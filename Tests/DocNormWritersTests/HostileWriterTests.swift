import DocNormModel
@testable import DocNormWriters
import DocNormTestSupport
import Foundation
import Testing

/// Documents built to hurt the writers: many runs, odd characters where syntax is.
@Suite struct HostileWriterTests {
    /// 100 000 runs in one paragraph. The work is linear: well under a second; the bound is
    /// only there to catch a quadratic renderer (which took 84 s).
    @Test func manyRunsInOneParagraphAreLinear() {
        var content: [Inline] = []
        for k in 0..<50_000 { content.append(.text("字\(k)")); content.append(.emphasis([.text("斜")])) }
        let doc = paragraphDoc(content)
        let clock = ContinuousClock()
        var md = ""
        let elapsed = clock.measure { md = MarkdownWriter().write(doc) }
        #expect(md.hasPrefix("字0*斜*字1"))
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }
}
