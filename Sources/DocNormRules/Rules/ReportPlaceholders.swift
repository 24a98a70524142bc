import DocNormModel

/// Reports template placeholders left in the text (`XX`, `X次`, `**`, `***`), one warning per
/// paragraph with the count of each form. The text is not changed.
package struct ReportPlaceholders: Rule {
    package let name = "report-placeholders"
    package let phase = RulePhase.classification
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        workspace.report { item in
            guard let p = item.paragraph, !p.hints.isPreformatted else { return nil }
            let text = p.content.plainText
            let label = p.label?.original ?? ""
            // Most paragraphs have no X or *: label and text are not joined to find none.
            guard Self.mayHavePlaceholder(label) || Self.mayHavePlaceholder(text) else { return nil }
            let found = Self.placeholders(in: label + text)
            guard !found.isEmpty else { return nil }
            let total = found.reduce(0) { $0 + $1.count }
            let list = found.map { "\($0.text) ×\($0.count)" }.joined(separator: ", ")
            return Warning(code: "placeholder", message: "template placeholders left in the text (\(total)): \(list)", position: p.position)
        }
    }

    /// Placeholder runs in order of first appearance, with their counts.
    static func placeholders(in text: String) -> [(text: String, count: Int)] {
        guard mayHavePlaceholder(text) else { return [] }
        // Each form is its byte and run length, counted in a short list (a paragraph holds a
        // few forms): no string is made for a run until the forms are listed.
        var forms: [(byte: UInt8, run: Int, count: Int)] = []
        // X and * are single bytes: runs are found in the UTF-8, eight bytes at a time, their
        // neighbours decoded there.
        var text = text
        text.withUTF8 { b in
            var i = 0
            while let at = UTF8Scan.firstIndex(b, from: i, lanes: { UTF8Scan.zeroLanes($0, 0x58) | UTF8Scan.zeroLanes($0, 0x2A) },
                                               byte: { $0 == 0x58 || $0 == 0x2A }) {
                let byte = b[at]
                var j = at
                while j < b.count, b[j] == byte { j += 1 }
                let run = j - at
                let before = at > 0 ? Unicode.Scalar(UTF8Scan.scalar(b, at: UTF8Scan.start(b, before: at))) : nil
                let after = j < b.count ? Unicode.Scalar(UTF8Scan.scalar(b, at: j)) : nil
                if isPlaceholder(byte, run: run, before: before, after: after) {
                    if let k = forms.firstIndex(where: { $0.byte == byte && $0.run == run }) {
                        forms[k].count += 1
                    } else {
                        forms.append((byte, run, 1))
                    }
                }
                i = j
            }
        }
        return forms.map { (String(repeating: String(UnicodeScalar($0.byte)), count: $0.run), $0.count) }
    }

    /// Whether a run of `run` X or * between these neighbours is a placeholder.
    static func isPlaceholder(_ byte: UInt8, run: Int, before: Unicode.Scalar?, after: Unicode.Scalar?) -> Bool {
        if byte == UInt8(ascii: "*") {
            return run >= 2 || (isCJKOrDigit(before) && isCJKOrDigit(after))
        }
        // X inside a Latin word (XML, XXL) is not a placeholder.
        let latinNeighbour = isLatinLetter(before) || isLatinLetter(after)
        return !latinNeighbour && (run >= 2 || isCJKOrDigit(before) || isCJKOrDigit(after))
    }

    static func mayHavePlaceholder(_ text: String) -> Bool {
        text.containsByte(UInt8(ascii: "X")) || text.containsByte(UInt8(ascii: "*"))
    }

    static func isLatinLetter(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return c.isASCII && c.properties.isAlphabetic
    }

    static func isCJKOrDigit(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return CharacterClass.isCJKLetter(c) || (c.value >= 0x30 && c.value <= 0x39)
    }
}
