import DocNormModel

/// A heading its author split over two paragraphs of the same heading style is one heading
/// (STRUCTURE.md §4): a paragraph that holds only its label (`第六章`, or Word's number on an
/// empty line) followed by the text in the same style, without a label of its own
/// (`投标文件有关格式`). Reports nothing.
package struct JoinSplitHeadings: Rule {
    package let name = "join-split-headings"
    package let phase = RulePhase.classification
    package let requires = ["detect-labels"]
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        var i = 0
        while i + 1 < workspace.items.count {
            defer { i += 1 }
            guard var first = workspace.items[i].paragraph, first.label != nil, first.content.plainText.allSatisfy(\.isWhitespace),
                  let level = first.hints.styleHeadingLevel ?? first.hints.outlineLevel,
                  let second = workspace.items[i + 1].paragraph, second.label == nil,
                  (second.hints.styleHeadingLevel ?? second.hints.outlineLevel) == level,
                  !second.content.plainText.isEmpty, second.content.plainText.count <= options.maxHeadingLength else { continue }
            first.label?.separated = true
            first.content = second.content
            workspace.items[i].paragraph = first
            workspace.items.remove(at: i + 1)
        }
    }
}
