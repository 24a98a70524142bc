@testable import DocNormRules
import Testing

/// The first-scalar test that skips most paragraphs agrees with the parser it guards.
@Suite struct LabelStartTests {
    @Test func noIdeographItRefusesStartsALabel() {
        var refused = 0
        var wrong: [String] = []
        for v in UInt32(0x4E00)...0x9FFF {
            let c = String(Unicode.Scalar(v)!)
            for text in [c + "、总则", c + "是", c + "章 总则", c + "．5万", c, c + "十、x"] where !LabelParser.mayStart(text) {
                refused += 1
                if LabelParser.parseAny(text) != nil { wrong.append(text) }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
        #expect(refused > 100_000)
    }

    @Test func labelsStillStart() {
        for text in ["第一章 总则", "一、总则", "十一、x", "（一）x", "1. x", "a. x", "• x", "① x", "零、x", "两、x"] {
            #expect(LabelParser.mayStart(text), "\(text)")
        }
        #expect(!LabelParser.mayStart("本人带头"))
        #expect(LabelParser.parse("本、x") == nil)
    }
}
