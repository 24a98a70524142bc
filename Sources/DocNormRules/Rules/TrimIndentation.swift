import DocNormModel

/// Removes indentation at the start of a paragraph (spaces, tabs, U+3000, no-break spaces:
/// `　　2022年，…` → `2022年，…`) and spaces at its end. Reports nothing.
public struct TrimIndentation: Rule {
    public let name = "trim-indentation"
    public init() {}

    public func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        workspace.mapParagraphs { p in
            p.content = p.content.trimming(CharacterClass.isIndentSpace)
        }
    }
}
