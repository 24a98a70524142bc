import DocNormModel

/// Full-width digits and Latin letters become half-width (`２０２２` → `2022`). Full-width
/// punctuation is left alone: it belongs to Chinese text. Reports nothing.
package struct HalfWidthAlphanumerics: Rule {
    package let name = "half-width-alphanumerics"
    package let phase = RulePhase.cleanup
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        guard options.halfWidthAlphanumerics else { return }
        workspace.mapParagraphs(clean)
    }

    /// The rule on one paragraph (`CleanUpText` runs it with the other clean-up rules).
    func clean(_ p: inout Paragraph) {
        p.content = p.content.mapText { text, _, _ in Self.convert(text) }
    }

    static func convert(_ text: String) -> String {
        guard hasFullWidthAlphanumeric(text) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if isFullWidthAlphanumeric(s), let h = Unicode.Scalar(s.value - 0xFEE0) {
                out.append(h)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// A byte scan for U+FF10–FF19, FF21–FF3A, FF41–FF5A (EF BC 90–99, EF BC A1–BA, EF BD 81–9A):
    /// far cheaper than decoding every scalar of every paragraph.
    static func hasFullWidthAlphanumeric(_ text: String) -> Bool {
        let scan = { (b: UnsafeBufferPointer<UInt8>) -> Bool in
            var i = 0
            while i + 2 < b.count {
                if b[i] == 0xEF && startsFullWidthAlphanumeric(b, at: i) { return true }
                i += 1
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? Array(text.utf8).withUnsafeBufferPointer(scan)
    }

    /// The sequence at `i`, whose first byte is EF, is a full-width digit or Latin letter.
    @inline(__always)
    static func startsFullWidthAlphanumeric(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + 2 < b.count else { return false }
        let (x, y) = (b[i + 1], b[i + 2])
        if x == 0xBC && ((0x90...0x99).contains(y) || (0xA1...0xBA).contains(y)) { return true }
        return x == 0xBD && (0x81...0x9A).contains(y)
    }

    static func isFullWidthAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        (0xFF10...0xFF19).contains(s.value) || (0xFF21...0xFF3A).contains(s.value) || (0xFF41...0xFF5A).contains(s.value)
    }
}
