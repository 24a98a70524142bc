import DocNormModel

/// Drops paragraphs left with no text (blank lines, lines that held only noise markers,
/// indentation or line breaks). Paragraphs holding only an image or a note reference stay. Reports nothing.
public struct DropEmptyParagraphs: Rule {
    public let name = "drop-empty-paragraphs"
    public let phase = RulePhase.cleanup
    public let requires = ["remove-noise-markers", "remove-invisible-characters", "trim-indentation"]
    public init() {}

    public func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        workspace.items.removeAll { item in
            guard let p = item.paragraph else { return false }
            return p.content.isBlank
        }
    }
}
