import DocNormModel

/// Reports quotes and brackets that are opened and not closed, or closed and not opened,
/// within one paragraph (“ ” ‘ ’ （ ） ( ) 《 》 【 】 「 」 『 』). The text is not changed.
package struct ReportUnbalancedBrackets: Rule {
    package let name = "report-unbalanced-brackets"
    package let phase = RulePhase.classification
    package let requires = ["detect-labels"]
    package init() {}

    static func closer(for s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s {
        case "“": return "”"
        case "‘": return "’"
        case "（": return "）"
        case "(": return ")"
        case "《": return "》"
        case "【": return "】"
        case "「": return "」"
        case "『": return "』"
        case "〔": return "〕"
        default: return nil
        }
    }

    static func opener(for s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s {
        case "”": return "“"
        case "’": return "‘"
        case "）": return "（"
        case ")": return "("
        case "》": return "《"
        case "】": return "【"
        case "」": return "「"
        case "』": return "『"
        case "〕": return "〔"
        default: return nil
        }
    }

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        workspace.report { item in
            guard let p = item.paragraph, !p.hints.isPreformatted else { return nil }
            // A label's bracket is its form (`1）`, `a)`), not an opened quote.
            guard let problem = Self.firstProblem(in: p.content.plainText) else { return nil }
            return Warning(code: "unbalanced-brackets", message: problem, position: p.position)
        }
    }

    /// A sentence describing the first unbalanced mark, or nil when all are balanced.
    /// Only brackets and quotes change anything: one walk over the UTF-8 bytes decodes a
    /// scalar only at the bytes that can start one (`(` `)`, E2 for quotes, E3 for CJK
    /// brackets, EF for full-width parentheses), and everything else is passed over.
    static func firstProblem(in text: String) -> String? {
        var bytes = text
        return bytes.withUTF8 { b -> String? in
            // Open marks, each with the byte offset where the text after it starts.
            var stack: [(mark: Unicode.Scalar, after: Int)] = []
            var i = 0
            // Eight bytes at a time past words that hold no byte a mark can start with.
            // With the lowest bit cleared, 28 and 29 read 28, E2 and E3 read E2: three tests a word.
            while let at = UTF8Scan.firstIndex(b, from: i, lanes: { x in
                let pairs = x & 0xFEFE_FEFE_FEFE_FEFE
                return UTF8Scan.zeroLanes(pairs, 0x28) | UTF8Scan.zeroLanes(pairs, 0xE2) | UTF8Scan.zeroLanes(x, 0xEF)
            }, byte: { c in c == 0x28 || c == 0x29 || c == 0xE2 || c == 0xE3 || c == 0xEF }) {
                let lead = b[at]
                let next = at + (lead < 0x80 ? 1 : 3)
                i = next
                // Most E3 and EF sequences are other punctuation (。、，：): passed by on their bytes.
                guard lead < 0x80 || isMarkSequence(b, at: at) else { continue }
                let c = Unicode.Scalar(UTF8Scan.scalar(b, at: at)) ?? " "
                let opens = closer(for: c) != nil
                let open = opens ? nil : opener(for: c)
                guard opens || open != nil else { continue }
                if c == "’", at > 0, let p = Unicode.Scalar(UTF8Scan.scalar(b, at: UTF8Scan.start(b, before: at))),
                   p.isASCII, p.properties.isAlphabetic, next < b.count,
                   Unicode.Scalar(UTF8Scan.scalar(b, at: next))?.properties.isAlphabetic == true {
                    continue  // an apostrophe: don’t
                }
                if (c == ")" || c == "）"), stack.last.map({ $0.mark != "(" && $0.mark != "（" }) ?? true,
                   isEnumerationMark(text.unicodeScalars, closingAt: index(text, at)) {
                    continue  // 1） a) in running text: an item's number, not a bracket
                }
                if opens {
                    stack.append((c, next))
                } else if let open {
                    if let last = stack.last, last.mark == open {
                        stack.removeLast()
                    } else if let k = stack.lastIndex(where: { $0.mark == open }) {
                        let unclosed = stack[k + 1]
                        return "unbalanced \(unclosed.mark): opened before \(context(text.unicodeScalars, index(text, unclosed.after)))… and never closed"
                    } else {
                        return "unbalanced \(c): closed before \(context(text.unicodeScalars, index(text, next)))… without being opened"
                    }
                }
            }
            if let first = stack.first {
                return "unbalanced \(first.mark): opened before \(context(text.unicodeScalars, index(text, first.after)))… and never closed"
            }
            return nil
        }
    }

    /// Whether the three bytes at `at` (led by E2, E3 or EF) are one of the marks, all of
    /// which are U+2018–201D (E2 80 98–9D), U+3008–3017 (E3 80 88–97) or U+FF08–FF09 (EF BC 88–89).
    @inline(__always)
    static func isMarkSequence(_ b: UnsafeBufferPointer<UInt8>, at: Int) -> Bool {
        guard at + 2 < b.count else { return true }
        let (x, y) = (b[at + 1], b[at + 2])
        switch b[at] {
        case 0xE2: return x == 0x80 && y &- 0x98 < 6
        case 0xE3: return x == 0x80 && y &- 0x88 < 16
        default: return x == 0xBC && y &- 0x88 < 2
        }
    }

    /// The index of a byte offset at which a scalar starts.
    static func index(_ text: String, _ offset: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    /// A closing parenthesis right after one to three digits or one Latin letter that start
    /// the text or follow a space or punctuation: `……如下：1）…；2）…`.
    static func isEnumerationMark(_ scalars: String.UnicodeScalarView, closingAt close: String.Index) -> Bool {
        var k = close
        var digits = 0, letters = 0
        while k > scalars.startIndex {
            let before = scalars.index(before: k)
            let s = scalars[before]
            if s.isASCII && s.properties.numericType != nil { digits += 1 } else if s.isASCII && s.properties.isAlphabetic { letters += 1 } else { break }
            k = before
        }
        guard (1...3).contains(digits) && letters == 0 || digits == 0 && letters == 1 else { return false }
        guard k > scalars.startIndex else { return true }
        let lead = scalars[scalars.index(before: k)]
        return lead == " " || lead == "\u{3000}" || !(lead.properties.isAlphabetic || lead.properties.numericType != nil)
    }

    /// Up to twelve scalars from `start`, to show where a problem is.
    static func context(_ scalars: String.UnicodeScalarView, _ start: String.Index) -> String {
        let end = scalars.index(start, offsetBy: 12, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return String(scalars[start..<end])
    }
}
