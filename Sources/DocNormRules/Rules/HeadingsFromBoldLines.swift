import DocNormModel

/// Notes with no structure of their own (no heading style, outline level, contents or heading
/// found by any other rule) that set short lines in bold over their text head their blocks
/// with them: `车价认定`, `保单：`, `还款意愿` in a Word file of 信贷审核要点. Only where such
/// lines are at least three, each followed by text that is not bold, and none is a sentence,
/// a label or a field with its value (`审车：车价…；`); only in Chinese .docx, where the rest
/// of the document gives the gap to fill. Reports nothing.
package struct HeadingsFromBoldLines: Rule {
    package let name = "headings-from-bold-lines"
    package let phase = RulePhase.classification
    package let requires = ["detect-language", "detect-labels", "classify-paragraphs"]
    package init() {}

    /// Scalars, at most, of such a line.
    static let maxLength = 16

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        guard workspace.metadata.language == "zh", workspace.metadata.sourceFormat != "text" else { return }
        let items = workspace.items
        // Any sign of structure: the document has its headings, the gap is not there.
        guard !items.contains(where: { item in
            item.role == .heading || item.role == .runInHeading || item.role == .tableOfContents
                || item.hints.map { $0.styleHeadingLevel != nil || $0.outlineLevel != nil } == true
        }) else { return }
        let leads = items.indices.filter { Self.isBoldLead($0, items) }
        guard leads.count >= 3 else { return }
        for i in leads { workspace.items[i].role = .heading }
    }

    static func isBoldLead(_ i: Int, _ items: [Item]) -> Bool {
        guard items[i].role == .body, i + 1 < items.count, let p = items[i].paragraph, !p.hasLabel, p.hints.isBold,
              p.hints.automaticNumbering == nil, let next = items[i + 1].paragraph, !next.hints.isBold,
              !next.content.isBlank else { return false }
        let text = p.content.plainText
        guard TextKey.endsOpen(text, atMost: maxLength, closedBy: TextKey.sentenceOrItemEnds),
              DiscountBodyOutlineLevels.hasLetter(text) else { return false }
        // `保单：` names its block; `审车：车价…` is a field and its value.
        let scalars = text.unicodeScalars
        if let colon = scalars.firstIndex(where: { $0 == "：" || $0 == ":" }), scalars.index(after: colon) != scalars.endIndex {
            return false
        }
        return true
    }
}
