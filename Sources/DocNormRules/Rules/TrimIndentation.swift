import DocNormModel

/// Removes indentation at the start of a paragraph (spaces, tabs, U+3000, no-break spaces:
/// `　　2022年，…` → `2022年，…`) and spaces at its end, and line breaks at either end.
/// Reports nothing.
public struct TrimIndentation: Rule {
    public let name = "trim-indentation"
    public init() {}

    public func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        workspace.mapParagraphs { p in
            var content = p.content.trimming(CharacterClass.isIndentSpace)
            while content.first == .lineBreak || content.last == .lineBreak {
                if content.first == .lineBreak { content.removeFirst() }
                if content.last == .lineBreak { content.removeLast() }
                content = content.trimming(CharacterClass.isIndentSpace)
            }
            p.content = content
        }
    }
}
