import DocNormModel

/// A short unlabeled paragraph that looks exactly like the document's own unlabeled heading
/// (the same font size, centring and bold as a paragraph in a heading style) is a heading of
/// that level: templates merged from several sources give `投标人须知前附表` Heading 2 and its
/// twin `投标人须知正文`, set the same way, Normal (STRUCTURE.md §5). Only a look that sets
/// headings apart counts (larger than the body's text), one look names
/// one level, and only after the cover (the first text or contents line) and the first such
/// heading. Never a sentence, a label, a line in a table, a title, a line set as the title is
/// (a form's own cover) or a contents line; only in Chinese reports. Reports nothing.
package struct HeadingsByLook: Rule {
    package let name = "headings-by-look"
    package let phase = RulePhase.classification
    package let requires = ["detect-language", "detect-labels", "discount-body-outline-levels", "detect-title"]
    package init() {}

    struct Look: Hashable {
        var size: Int
        var centered: Bool
        var bold: Bool
    }

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        // Outside Chinese reports headings have heading styles, and a look alike is formatting.
        guard workspace.metadata.language == "zh" else { return }
        let items = workspace.items
        guard let body = DetectTitle.bodySize(items) else { return }
        // The cover ends where the text or the contents begin: its large lines name nothing.
        guard let coverEnd = items.firstIndex(where: { item in
            item.role == .tableOfContents || item.role == .body
                && (item.paragraph?.content.plainText.unicodeScalars.count ?? 0) > options.maxHeadingLength
        }) else { return }
        // Lines set as the title is are a cover's, wherever they are (a form's own cover).
        let titleLooks = Set(items.compactMap { $0.role == .title ? $0.paragraph.flatMap { Self.look($0, body: body) } : nil })
        // The looks of unlabeled styled headings, and the level each names (nil: two levels).
        var levels: [Look: Int?] = [:]
        var first: Int?
        for i in items.indices where i > coverEnd && items[i].role == .body {
            guard let p = items[i].paragraph, p.label == nil, let level = p.hints.styleHeadingLevel,
                  let look = Self.look(p, body: body) else { continue }
            first = first ?? i
            if let known = levels[look], known != level { levels[look] = .some(nil) } else { levels[look] = level }
        }
        guard let start = first else { return }
        for i in items.indices where i > start && items[i].role == .body && !items[i].listedInContents {
            guard var p = items[i].paragraph, p.label == nil, p.hints.styleHeadingLevel == nil, p.hints.outlineLevel == nil,
                  !p.hints.isTableOfContents, p.hints.automaticNumbering == nil,
                  let look = Self.look(p, body: body), !titleLooks.contains(look), let found = levels[look], let level = found,
                  Self.readsAsHeading(p.content.plainText, options: options) else { continue }
            p.hints.styleHeadingLevel = level
            workspace.items[i].paragraph = p
        }
    }

    /// The paragraph's look, when it sets it apart from the body's text.
    static func look(_ p: Paragraph, body: Int) -> Look? {
        guard let size = p.hints.fontSize, size > body else { return nil }
        return Look(size: size, centered: p.hints.isCentered, bold: p.hints.isBold)
    }

    /// Short, with a letter, and not closed like a sentence or a list item.
    static func readsAsHeading(_ text: String, options: NormalizationOptions) -> Bool {
        TextKey.endsOpen(text, atMost: options.maxHeadingLength, closedBy: closings) && DiscountBodyOutlineLevels.hasLetter(text)
    }
    static let closings = TextKey.sentenceOrItemEnds.union(["：", ":"])
}
