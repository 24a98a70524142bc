import DocNormModel

/// Drops paragraphs left with no text (blank lines, lines that held only noise markers,
/// indentation or line breaks). Paragraphs holding only an image or a note reference stay. Reports nothing.
package struct DropEmptyParagraphs: Rule {
    package let name = "drop-empty-paragraphs"
    package let phase = RulePhase.cleanup
    package let requires = ["remove-noise-markers", "remove-invisible-characters", "trim-indentation"]
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        workspace.items.removeAll { item in
            guard let p = item.paragraph else { return false }
            return p.content.isBlank
        }
    }
}
