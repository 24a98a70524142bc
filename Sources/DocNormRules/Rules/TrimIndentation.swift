import DocNormModel

/// Removes indentation at the start of a paragraph (spaces, tabs, U+3000, no-break spaces:
/// `　　2022年，…` → `2022年，…`) and spaces at its end, and line breaks at either end.
/// Reports nothing.
package struct TrimIndentation: Rule {
    package let name = "trim-indentation"
    package let phase = RulePhase.cleanup
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        workspace.mapParagraphs { p in
            // Most paragraphs are one run that needs nothing trimmed.
            if p.content.count == 1, case .text(let s) = p.content[0], let f = s.unicodeScalars.first, let l = s.unicodeScalars.last,
               !CharacterClass.isIndentSpace(f), !CharacterClass.isIndentSpace(l) {
                return
            }
            p.content = Self.trimmed(p.content)
        }
    }

    /// The content without indentation, trailing spaces or line breaks at either end.
    static func trimmed(_ content: [Inline]) -> [Inline] {
        var content = content.trimming(CharacterClass.isIndentSpace)
        while content.first == .lineBreak || content.last == .lineBreak {
            if content.first == .lineBreak { content.removeFirst() }
            if content.last == .lineBreak { content.removeLast() }
            content = content.trimming(CharacterClass.isIndentSpace)
        }
        return content
    }
}
