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
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !CharacterClass.isInvisibleNoise($0) })
            return String(scalars)
        }
    }

    /// `CharacterClass.isInvisibleNoise` for some scalar, found in the UTF-8 bytes: controls
    /// (below 20 but tab and LF, 7F), C1 controls (C2 80–9F), U+200B–200D (E2 80 8B–8D),
    /// U+2060 (E2 81 A0) and U+FEFF (EF BB BF).
    static func hasInvisibleNoise(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            let n = b.count
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
