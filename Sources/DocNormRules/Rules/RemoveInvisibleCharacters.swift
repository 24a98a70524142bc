import DocNormModel

/// Removes zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and control characters
/// other than tab and newline. Reports nothing.
public struct RemoveInvisibleCharacters: Rule {
    public let name = "remove-invisible-characters"
    public let phase = RulePhase.cleanup
    public init() {}

    public func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        workspace.mapParagraphs { p in
            p.content = p.content.mapText { text, _, _ in
                guard Self.hasInvisibleNoise(text) else { return text }
                var scalars = String.UnicodeScalarView()
                scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !CharacterClass.isInvisibleNoise($0) })
                return String(scalars)
            }
        }
    }

    /// `CharacterClass.isInvisibleNoise` for some scalar, found in the UTF-8 bytes: controls
    /// (below 20 but tab and LF, 7F), C1 controls (C2 80–9F), U+200B–200D (E2 80 8B–8D),
    /// U+2060 (E2 81 A0) and U+FEFF (EF BB BF).
    static func hasInvisibleNoise(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            let n = b.count
            var i = 0
            while i < n {
                let c = b[i]
                // Most bytes are none of those that start one: skipped on one test.
                if c >= 0x20 && c < 0x7F || c >= 0x80 && c != 0xC2 && c != 0xE2 && c != 0xEF { i += 1; continue }
                if c < 0x20 { if c != 0x09 && c != 0x0A { return true } }
                else if c == 0x7F { return true }
                else if c == 0xC2, i + 1 < n, b[i + 1] >= 0x80 && b[i + 1] <= 0x9F { return true }
                else if c == 0xE2, i + 2 < n, b[i + 1] == 0x80 && b[i + 2] >= 0x8B && b[i + 2] <= 0x8D || b[i + 1] == 0x81 && b[i + 2] == 0xA0 { return true }
                else if c == 0xEF, i + 2 < n, b[i + 1] == 0xBB && b[i + 2] == 0xBF { return true }
                i += 1
            }
            return false
        }
    }
}
