import DocNormModel
@testable import DocNormRules
import DocNormTestSupport
import Foundation
import Testing

/// The bracket report as it was before it walked the bytes once: the oracle of
/// `BracketReportSamenessTests`.
enum ReferenceBracketReport {
    /// A sentence describing the first unbalanced mark, or nil when all are balanced.
    /// Only brackets and quotes change anything, so the walk jumps from one to the next by
    /// their lead bytes (`(` `)`, E2 for quotes, E3 for CJK brackets, EF for full-width
    /// parentheses) instead of decoding every scalar.
    static func firstProblem(in text: String) -> String? {
        typealias R = ReportUnbalancedBrackets
        let scalars = text.unicodeScalars
        let utf8 = text.utf8
        /// Open marks, each with where the text after it starts.
        var stack: [(mark: Unicode.Scalar, after: String.Index)] = []
        var offset = 0
        while let found = nextLeadByte(text, from: offset) {
            let i = utf8.index(utf8.startIndex, offsetBy: found)
            let c = scalars[i]
            let next = scalars.index(after: i)
            offset = utf8.distance(from: utf8.startIndex, to: next)
            guard R.closer(for: c) != nil || R.opener(for: c) != nil else { continue }
            if c == "’", i > scalars.startIndex, case let p = scalars[scalars.index(before: i)], p.isASCII, p.properties.isAlphabetic,
               next < scalars.endIndex, scalars[next].properties.isAlphabetic {
                continue  // an apostrophe: don’t
            }
            if (c == ")" || c == "）"), stack.last.map({ $0.mark != "(" && $0.mark != "（" }) ?? true,
               R.isEnumerationMark(scalars, closingAt: i) {
                continue  // 1） a) in running text: an item's number, not a bracket
            }
            if R.closer(for: c) != nil {
                stack.append((c, next))
            } else if let open = R.opener(for: c) {
                if let last = stack.last, last.mark == open {
                    stack.removeLast()
                } else if let k = stack.lastIndex(where: { $0.mark == open }) {
                    let unclosed = stack[k + 1]
                    return "unbalanced \(unclosed.mark): opened before \(R.context(scalars, unclosed.after))… and never closed"
                } else {
                    return "unbalanced \(c): closed before \(R.context(scalars, next))… without being opened"
                }
            }
        }
        if let first = stack.first {
            return "unbalanced \(first.mark): opened before \(R.context(scalars, first.after))… and never closed"
        }
        return nil
    }

    /// The UTF-8 offset of the next byte at or after `offset` that can start a bracket or quote.
    static func nextLeadByte(_ text: String, from offset: Int) -> Int? {
        var text = text
        return text.withUTF8 { b in
            UTF8Scan.firstIndex(b, from: offset, block: { x in
                UTF8Scan.has(x, 0x28) || UTF8Scan.has(x, 0x29) || UTF8Scan.has(x, 0xE2) || UTF8Scan.has(x, 0xE3) || UTF8Scan.has(x, 0xEF)
            },
                                byte: { c in c == 0x28 || c == 0x29 || c == 0xE2 || c == 0xE3 || c == 0xEF })
        }
    }
}

/// The byte walk of `ReportUnbalancedBrackets.firstProblem` says what the index walk said,
/// word for word: on every line of the samples and seeds, and on strings made to trip it.
@Suite struct BracketReportSamenessTests {
    func differences(_ texts: some Sequence<String>) -> [String] {
        var wrong: [String] = []
        for t in texts {
            let old = ReferenceBracketReport.firstProblem(in: t)
            let new = ReportUnbalancedBrackets.firstProblem(in: t)
            if old.map({ Array($0.unicodeScalars) }) != new.map({ Array($0.unicodeScalars) }) {
                wrong.append("\(t.debugDescription): \(old ?? "nil") vs \(new ?? "nil")")
            }
        }
        return wrong
    }

    @Test func everyParagraphOfTheSamplesAndSeeds() throws {
        let lines = try TestSupport.sampleAndSeedLines()
        #expect(lines.count >= 200)
        #expect(lines.contains { ReportUnbalancedBrackets.firstProblem(in: $0) != nil }, "the samples have unbalanced marks to report")
        let wrong = differences(lines)
        #expect(wrong.isEmpty, "\(wrong.count) differ: \(wrong.prefix(5))")
    }

    @Test func generatedStrings() {
        let marks = ["“", "”", "‘", "’", "（", "）", "(", ")", "《", "》", "【", "】", "「", "」", "『", "』", "〔", "〕"]
        let fillers = ["", "a", "中", "1", " ", "、", "。", "é", "e\u{301}", "😀", "—", "…", "€", "\u{3000}", "ab", "12", "x1", "，"]
        var texts: [String] = []
        for a in marks {
            for f in fillers {
                for b in marks { texts += [a + f + b, f + a + b + f, a + b + f, f + a + f + b + f] }
                texts += [f + a, a + f, "don" + a + "t", "1" + a + "x", "a" + a + "b", "第" + f + a + "二"]
            }
        }
        // Marks at every offset of the eight-byte words the walk passes over.
        for k in 0..<20 {
            for pad in ["a", "中", "é"] {
                let run = String(repeating: pad, count: k)
                texts += [run + "（" + run + "）", run + "“" + run, run + "）" + run + "x", "(" + run + "】" + run + "「" + run]
            }
        }
        // Enumeration marks and apostrophes in running text.
        texts += ["如下：1）甲；2）乙", "a)x", "（1）甲", "项目(a)的", "it’s ok", "‘it’s’", "一）", " 12) x", "1234) x", "“a”’"]
        let wrong = differences(texts)
        #expect(texts.count > 20_000)
        #expect(wrong.isEmpty, "\(wrong.count) differ: \(wrong.prefix(5))")
    }
}
