import DocNormModel

/// Removes zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and control characters
/// other than tab and newline. Reports nothing.
package struct RemoveInvisibleCharacters: Rule {
    package let name = "remove-invisible-characters"
    package let phase = RulePhase.cleanup
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        workspace.mapParagraphs { p in
            p.content = p.content.mapText { text, _, _ in
                guard text.unicodeScalars.contains(where: CharacterClass.isInvisibleNoise) else { return text }
                var scalars = String.UnicodeScalarView()
                scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !CharacterClass.isInvisibleNoise($0) })
                return String(scalars)
            }
        }
    }
}
