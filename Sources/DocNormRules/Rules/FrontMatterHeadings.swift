import DocNormModel

/// A thesis or report heads its front matter by look alone: `声  明`, `摘  要`, `ABSTRACT`,
/// a task sheet's `…任务书（……届）`, centred and set apart (larger than the body's text, or
/// bold) over text that is not, before the first chapter, in no heading style. Such a line
/// is a section of the top level, as the chapters after it are (STRUCTURE.md, Decisions). A
/// line set the same way right above it (`新 疆 大 学` over `本科毕业论文（设计）任务书`) is part
/// of its name. Only in Chinese .docx; never the title, a label, a contents line or a line in
/// a table. Reports nothing.
package struct FrontMatterHeadings: Rule {
    package let name = "front-matter-headings"
    package let phase = RulePhase.classification
    package let requires = ["detect-language", "detect-labels", "set-aside-table-of-contents", "detect-title"]
    package init() {}

    /// Names of front matter, squeezed and lower-cased.
    static let names: Set<String> = ["摘要", "中文摘要", "英文摘要", "abstract", "声明", "原创性声明", "致谢", "前言", "序言"]

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        guard workspace.metadata.language == "zh", workspace.metadata.sourceFormat == "docx" else { return }
        let items = workspace.items
        // The first chapter: the first paragraph in a heading style or with an outline level.
        guard let firstChapter = items.firstIndex(where: { item in
            item.role == .body && item.hints.map { $0.styleHeadingLevel != nil || $0.outlineLevel != nil } == true
        }), let top = items[firstChapter...].compactMap({ $0.hints.flatMap { $0.styleHeadingLevel ?? $0.outlineLevel } }).min(),
              let body = DetectTitle.bodySize(items) else { return }
        var i = 0
        var end = firstChapter
        while i < end {
            defer { i += 1 }
            guard Self.isFrontMatterLine(i, workspace.items, body: body) else { continue }
            var p = workspace.items[i].paragraph!
            p.hints.styleHeadingLevel = top
            workspace.items[i].paragraph = p
            if i > 0, Self.continuesUpward(workspace.items[i - 1], p, options: options), var above = workspace.items[i - 1].paragraph {
                above.content = (above.content + p.content).pruned()
                above.hints.styleHeadingLevel = top
                workspace.items[i - 1].paragraph = above
                workspace.items.remove(at: i)
                i -= 1
                end -= 1
            }
        }
    }

    static func isFrontMatterLine(_ i: Int, _ items: [Item], body: Int) -> Bool {
        guard items[i].role == .body, !items[i].listedInContents, let p = items[i].paragraph, p.label == nil,
              p.hints.styleHeadingLevel == nil, p.hints.outlineLevel == nil,
              p.hints.automaticNumbering == nil, p.hints.isCentered, !p.hints.isTableOfContents,
              p.hints.isBold || (p.hints.fontSize ?? 0) > body,
              // Over its own text, which is not centred: a cover's lines under a `摘要` that a
              // generator put in the title's place are centred too.
              i + 1 < items.count, items[i + 1].paragraph.map({ !$0.content.isBlank && !$0.hints.isCentered }) == true else { return false }
        let key = TextKey.squeezed(p.content.plainText).lowercased()
        if names.contains(key) { return true }
        // `本科毕业论文（设计）任务书（……届）`: a task sheet, its remark after it.
        var name = Substring(key)
        if name.hasSuffix("）"), let open = name.lastIndex(of: "（") { name = name[..<open] }
        return name.hasSuffix("任务书") && key.count <= 30
    }

    /// The line right above, in the same look and short, without a label: the first line of
    /// the name.
    static func continuesUpward(_ item: Item, _ p: Paragraph, options: NormalizationOptions) -> Bool {
        guard item.role == .body, let above = item.paragraph, above.label == nil, above.hints.styleHeadingLevel == nil,
              above.hints.outlineLevel == nil, above.hints.automaticNumbering == nil,
              above.hints.isCentered == p.hints.isCentered, above.hints.isBold == p.hints.isBold, above.hints.fontSize == p.hints.fontSize,
              !above.content.isBlank else { return false }
        let text = above.content.plainText
        guard let last = text.unicodeScalars.last(where: { !CharacterClass.isIndentSpace($0) }), !CharacterClass.isCJKPunctuation(last) else { return false }
        return text.count + p.content.plainText.count <= options.maxHeadingLength
    }
}
