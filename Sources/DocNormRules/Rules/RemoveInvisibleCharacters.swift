import DocNormModel

/// Removes zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and control characters
/// other than tab and newline. Reports nothing.
package struct RemoveInvisibleCharacters: Rule {
    package let name = "remove-invisible-characters"
    package let phase = RulePhase.cleanup
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        workspace.mapParagraphs(clean)
    }

    /// The rule on one paragraph (`CleanUpText` runs it with the other clean-up rules).
    func clean(_ p: inout Paragraph) {
        p.content = p.content.mapText { text, _, _ in
            guard Self.hasInvisibleNoise(text) else { return text }
            return Self.withoutInvisibleNoise(text)
        }
    }

    /// The text without the scalars `CharacterClass.isInvisibleNoise` takes, copied byte by
    /// byte: a scalar at a time through a scalar view was a visible share of reading a .docx.
    static func withoutInvisibleNoise(_ text: String) -> String {
        var text = text
        return text.withUTF8 { b in
            String(unsafeUninitializedCapacity: b.count) { out in
                var i = 0, n = 0
                while i < b.count {
                    let c = b[i]
                    let width = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
                    if c == 0x09 || c == 0x0A || !startsInvisibleNoise(b, at: i) {
                        for k in i..<min(i + width, b.count) { out[n] = b[k]; n += 1 }
                    }
                    i += width
                }
                return n
            }
        }
    }

    /// `CharacterClass.isInvisibleNoise` for some scalar, found in the UTF-8 bytes: controls
    /// (below 20 but tab and LF, 7F), C1 controls (C2 80–9F), U+200B–200D (E2 80 8B–8D),
    /// U+2060 (E2 81 A0) and U+FEFF (EF BB BF).
    static func hasInvisibleNoise(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var from = 0
            // Eight bytes at a time to the next byte that can start one, then that one looked at.
            while let i = UTF8Scan.firstIndex(b, from: from, block: { x in
                UTF8Scan.hasBelow(x, 0x20) || UTF8Scan.has(x, 0x7F) || UTF8Scan.has(x, 0xC2) || UTF8Scan.has(x, 0xE2) || UTF8Scan.has(x, 0xEF)
            }, byte: { c in c < 0x20 && c != 0x09 && c != 0x0A || c == 0x7F || c == 0xC2 || c == 0xE2 || c == 0xEF }) {
                if startsInvisibleNoise(b, at: i) { return true }
                from = i + 1
            }
            return false
        }
    }

    /// The sequence at `i`, whose first byte is below 20 (not tab or LF), 7F, C2, E2 or EF,
    /// is a scalar `CharacterClass.isInvisibleNoise` takes.
    @inline(__always)
    static func startsInvisibleNoise(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let c = b[i]
        let n = b.count
        if c < 0x20 || c == 0x7F { return true }
        if c == 0xC2, i + 1 < n, b[i + 1] >= 0x80 && b[i + 1] <= 0x9F { return true }
        if c == 0xE2, i + 2 < n, b[i + 1] == 0x80 && b[i + 2] >= 0x8B && b[i + 2] <= 0x8D || b[i + 1] == 0x81 && b[i + 2] == 0xA0 { return true }
        if c == 0xEF, i + 2 < n, b[i + 1] == 0xBB && b[i + 2] == 0xBF { return true }
        return false
    }
}
