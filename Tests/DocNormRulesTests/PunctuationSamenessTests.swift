import DocNormModel
@testable import DocNormRules
import DocNormTestSupport
import Testing

/// `FullWidthCJKPunctuation.convert` as it was before it copied bytes: an array of the
/// text's scalars rebuilt one by one. The oracle of `PunctuationSamenessTests`.
enum ReferencePunctuation {
    static func fullWidth(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s {
        case ",": return "，"
        case ".": return "。"
        case ";": return "；"
        case ":": return "："
        case "!": return "！"
        case "?": return "？"
        default: return nil
        }
    }

    static func convert(_ text: String, before: Character?, after: Character?) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        let beforeScalar = before?.unicodeScalars.last
        let afterScalar = after?.unicodeScalars.first
        for (i, c) in scalars.enumerated() {
            guard let wide = fullWidth(c) else { out.append(c); continue }
            let prev = i > 0 ? scalars[i - 1] : beforeScalar
            let next = i + 1 < scalars.count ? scalars[i + 1] : afterScalar
            if FullWidthCJKPunctuation.isCJKLetter(prev) && (next == nil || next.map(CharacterClass.isCJK) == true) {
                out.append(wide)
            } else {
                out.append(c)
            }
        }
        return String(out)
    }
}

/// The byte copy of `FullWidthCJKPunctuation.convert` gives the bytes the scalar rebuild gave,
/// with and without neighbouring characters: on every line of the samples and seeds and on
/// strings with marks beside every kind of character, at every offset of a word.
@Suite struct PunctuationSamenessTests {
    static let contexts: [(Character?, Character?)] = [(nil, nil), ("中", "文"), ("a", nil), (nil, "，"), ("”", "a"), ("》", "e\u{301}")]

    func differences(_ texts: [String]) -> [String] {
        var wrong: [String] = []
        for t in texts {
            for (before, after) in Self.contexts {
                let old = ReferencePunctuation.convert(t, before: before, after: after)
                let new = FullWidthCJKPunctuation.convert(t, before: before, after: after)
                if Array(old.utf8) != Array(new.utf8) { wrong.append("\(t.debugDescription) \(String(describing: before)) \(String(describing: after)): \(old) vs \(new)") }
            }
        }
        return wrong
    }

    @Test func everyParagraphOfTheSamplesAndSeeds() throws {
        let lines = try TestSupport.sampleAndSeedLines()
        #expect(lines.count >= 200)
        let wrong = differences(lines)
        #expect(wrong.isEmpty, "\(wrong.count) differ: \(wrong.prefix(5))")
    }

    @Test func generatedStrings() {
        let marks = [",", ".", ";", ":", "!", "?", ",,", ".,", "，"]
        let sides = ["", "中", "a", "1", "。", "”", "’", "）", "》", "（", "e\u{301}", "😀", "\u{3000}", "ｱ", "한", "〇", "々", "\u{20000}"]
        var texts: [String] = []
        for m in marks {
            for a in sides {
                for b in sides { texts += [a + m + b, a + m + b + m, m + a + m + b, a + b + m] }
            }
            for k in 0..<17 {
                for pad in ["中", "a", "é"] { texts.append(String(repeating: pad, count: k) + m + String(repeating: pad, count: k % 5)) }
            }
        }
        #expect(texts.count > 3000)
        #expect(texts.contains { FullWidthCJKPunctuation.convert($0, before: nil, after: nil) != $0 }, "some marks widen")
        let wrong = differences(texts)
        #expect(wrong.isEmpty, "\(wrong.count) differ: \(wrong.prefix(5))")
    }
}
