import DocNormModel

/// A number Word shows on an empty paragraph, with the paragraph's name typed on the next
/// line, is that paragraph's number: standards number each term this way (`3.1` alone in the
/// term-number style, then `定期安全评价 periodic safety review`). The next paragraph takes
/// the number and the empty one's heading style and outline level, so the number a reader
/// sees is neither lost with the empty paragraph nor counted apart. Only a short name that
/// carries no number, style or label of its own, and does not close like a sentence, is
/// joined; any other empty numbered paragraph is dropped as before. Reports nothing.
package struct JoinNumbersToTheirText: Rule {
    package let name = "join-numbers-to-their-text"
    package let phase = RulePhase.cleanup
    package let requires = ["remove-noise-markers", "remove-invisible-characters", "trim-indentation"]
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        var i = 0
        while i + 1 < workspace.items.count {
            defer { i += 1 }
            guard let empty = workspace.items[i].paragraph, let number = empty.hints.automaticNumbering, !number.isBullet,
                  !number.text.isEmpty, empty.content.isBlank,
                  var next = workspace.items[i + 1].paragraph, Self.isAName(next, options: options) else { continue }
            // The number stood on a line of its own: a space parts it from the name.
            var shown = number
            shown.separated = true
            next.hints.automaticNumbering = shown
            next.hints.styleHeadingLevel = empty.hints.styleHeadingLevel
            next.hints.outlineLevel = empty.hints.outlineLevel
            next.hints.isListParagraph = empty.hints.isListParagraph
            if next.position == nil { next.position = empty.position }
            workspace.items[i + 1].paragraph = next
            // The empty paragraph is left for DropEmptyParagraphs, without its number.
            var left = empty
            left.hints.automaticNumbering = nil
            workspace.items[i].paragraph = left
        }
    }

    /// A short line of text with no number, heading style, outline level or typed label of its own.
    static func isAName(_ p: Paragraph, options: NormalizationOptions) -> Bool {
        guard p.hints.automaticNumbering == nil, p.hints.styleHeadingLevel == nil, p.hints.outlineLevel == nil,
              !p.hints.isTableOfContents, !p.hints.isTitle, !p.content.isBlank else { return false }
        let text = p.content.plainText
        return TextKey.endsOpen(text, atMost: options.maxHeadingLength, closedBy: TextKey.sentenceOrItemEnds)
            && !text.unicodeScalars.contains("\n") && LabelParser.parse(text) == nil
    }
}
