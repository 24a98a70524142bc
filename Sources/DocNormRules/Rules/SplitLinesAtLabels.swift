import DocNormModel

/// A line break followed by a numbering label starts a new paragraph: authors who end lines
/// with Shift+Enter write a heading and its sections in one paragraph (`进入系统配置页面`↵
/// `1.1 通过任何页面的系统配置链接进入系统管理页面`), and a reader sees separate lines.
/// Lines without a label stay with the line before them. The paragraphs split off are
/// plain paragraphs: a heading style or Word's number stays with the first. Not in code,
/// tables or lines that a label cannot start. Reports nothing.
package struct SplitLinesAtLabels: Rule {
    package let name = "split-lines-at-labels"
    package let phase = RulePhase.cleanup
    package let requires = ["trim-indentation"]
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        // Most documents have no line break at all: nothing is copied.
        guard workspace.items.contains(where: { $0.paragraph.map(Self.hasLineBreak) ?? false }) else { return }
        var items: [Item] = []
        items.reserveCapacity(workspace.items.count)
        for item in workspace.items {
            guard let p = item.paragraph, !p.hints.isPreformatted, Self.hasLineBreak(p) else { items.append(item); continue }
            let parts = Self.split(p, options: options)
            if parts.count == 1 { items.append(item); continue }
            for (k, part) in parts.enumerated() {
                var q = p
                q.content = part
                if k > 0 {
                    q.label = nil
                    q.hints.styleHeadingLevel = nil
                    q.hints.outlineLevel = nil
                    q.hints.automaticNumbering = nil
                    q.hints.isTitle = false
                    q.hints.isSubtitle = false
                }
                items.append(Item(block: .paragraph(q)))
            }
        }
        workspace.items = items
    }

    static func hasLineBreak(_ p: Paragraph) -> Bool {
        p.content.contains { $0 == .lineBreak }
    }

    /// The paragraph's content cut before each line that starts with a label.
    static func split(_ p: Paragraph, options: NormalizationOptions) -> [[Inline]] {
        var parts: [[Inline]] = [[]]
        var line: [Inline] = []
        func endLine() {
            let trimmed = line.trimming(CharacterClass.isIndentSpace)
            if !parts[parts.count - 1].isEmpty, startsWithLabel(trimmed) {
                parts.append(trimmed)
            } else {
                if !parts[parts.count - 1].isEmpty { parts[parts.count - 1].append(.lineBreak) }
                parts[parts.count - 1].append(contentsOf: line)
            }
            line = []
        }
        for inline in p.content {
            if inline == .lineBreak { endLine() } else { line.append(inline) }
        }
        endLine()
        // A labeled line short enough for a heading, with lines after it, is a heading and
        // its text: the text goes on as a paragraph of its own.
        var result: [[Inline]] = []
        // Word's own number labels the first line. A heading style or outline level makes the
        // first part one heading of several lines (`附　录　A`↵`（资料性附录）`↵`安全要素关联矩阵`).
        let numbered = p.hints.automaticNumbering.map { !$0.isBullet } ?? false
        let styled = p.hints.styleHeadingLevel != nil || p.hints.outlineLevel != nil
        for (k, part) in parts.enumerated() where !part.isEmpty {
            guard k > 0 || !styled, startsWithLabel(part) || k == 0 && numbered, let cut = part.firstIndex(of: .lineBreak),
                  HeadingsByLook.readsAsHeading(Array(part[..<cut]).plainText, options: options) else {
                result.append(TrimIndentation.trimmed(part))
                continue
            }
            result.append(TrimIndentation.trimmed(Array(part[..<cut])))
            let rest = TrimIndentation.trimmed(Array(part[(cut + 1)...]))
            if !rest.isEmpty { result.append(rest) }
        }
        return result.filter { !$0.isEmpty }
    }

    /// A section or list label a heading or item starts with (not a bullet, an article or a
    /// bare number), or a number of two parts typed straight before a Chinese word (`2.1查看数据`
    /// beside `2.1.1工具区`): whether that one is a label `DetectLabels` decides from the
    /// document's outline, and a line of its own it is in any case.
    static func startsWithLabel(_ line: [Inline]) -> Bool {
        let prefix = line.plainPrefix(24)
        guard LabelParser.mayStart(prefix) else { return false }
        guard case .label(let label, _)? = LabelParser.parse(prefix) else { return DetectLabels.joinedDecimal(prefix) != nil }
        return label.rank.isStructural
    }
}
