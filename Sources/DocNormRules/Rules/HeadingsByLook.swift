import DocNormModel

/// A short unlabeled paragraph that looks exactly like the document's own unlabeled heading
/// (the same font size, centring and bold as a paragraph in a heading style) is a heading of
/// that level: templates merged from several sources give `投标人须知前附表` Heading 2 and its
/// twin `投标人须知正文`, set the same way, Normal (STRUCTURE.md §5). Only a look that sets
/// headings apart counts (larger than the body's text), one look names
/// one level, and only after the cover (the first text or contents line) and the first such
/// heading. Never a sentence, a label, a line in a table, a title, a line set as the title is
/// (a form's own cover) or a contents line; only in Chinese reports. In a chapter without
/// sections of its own, two or more centred lines of one such look, each over its text, are
/// its sections (`sectionsByLook`). Reports nothing.
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
        sectionsByLook(&workspace, body: body, after: coverEnd, titleLooks: titleLooks, options: options)
    }

    /// HIT's Heading 1 `哈尔滨工业大学学位论文原创性声明和使用权限` over `学位论文原创性声明` and
    /// `学位论文使用权限`, centred at 15 pt (the body at 12): in a chapter with no sections in
    /// a heading style or at an outline level, two or more centred short lines of one look
    /// larger than the body, each over a paragraph of text, are its sections, one level below.
    func sectionsByLook(_ workspace: inout Workspace, body: Int, after coverEnd: Int, titleLooks: Set<Look>, options: NormalizationOptions) {
        var chapter: (index: Int, level: Int, sectioned: Bool)?
        var found: [Look: [Int]] = [:]
        func close() {
            defer { found = [:] }
            guard let c = chapter, !c.sectioned else { return }
            for (_, lines) in found where lines.count >= 2 {
                for i in lines {
                    guard var p = workspace.items[i].paragraph else { continue }
                    p.hints.styleHeadingLevel = c.level + 1
                    workspace.items[i].paragraph = p
                }
            }
        }
        let items = workspace.items
        for i in items.indices where i > coverEnd && items[i].role == .body {
            guard let p = items[i].paragraph else { continue }
            if let level = p.hints.styleHeadingLevel ?? p.hints.outlineLevel {
                if let c = chapter, level > c.level { chapter?.sectioned = true; continue }
                close()
                chapter = p.hints.styleHeadingLevel.map { (i, $0, false) }
                continue
            }
            guard chapter != nil, p.label == nil, p.hints.isCentered, p.hints.automaticNumbering == nil, !p.hints.isTableOfContents,
                  let look = Self.look(p, body: body), !titleLooks.contains(look), i + 1 < items.count, items[i + 1].role == .body,
                  let next = items[i + 1].paragraph, next.hints.styleHeadingLevel == nil, next.hints.outlineLevel == nil,
                  next.content.plainText.unicodeScalars.count > options.maxHeadingLength,
                  Self.readsAsHeading(p.content.plainText, options: options) else { continue }
            found[look, default: []].append(i)
        }
        close()
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
