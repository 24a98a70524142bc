import DocNormModel

/// With `--split-enumerations`, a paragraph that enumerates in prose (`……：一是A；二是B；三是C。`)
/// becomes its lead-in text and a list of the items. Off by default: such paragraphs are
/// paragraphs (STRUCTURE.md §4). Reports nothing.
package struct SplitEnumerations: Rule {
    package let name = "split-enumerations"
    package let phase = RulePhase.assembly
    package let requires = ["assemble-blocks"]
    package init() {}

    static let boundaries: Set<Character> = ["。", "；", "：", "！", "？", "，", ";", ":"]

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        guard options.splitEnumerations else { return }
        workspace.blocks = workspace.blocks.flatMap { block -> [Block] in
            guard case .paragraph(let p) = block, !p.hints.isPreformatted else { return [block] }
            return split(p) ?? [block]
        }
    }

    /// Lead-in paragraph and list, or nil when the paragraph has fewer than two enumerators.
    func split(_ p: Paragraph) -> [Block]? {
        let offsets = Self.enumeratorOffsets(p.content.plainText)
        guard offsets.count >= 2 else { return nil }
        var blocks: [Block] = []
        var rest = p.content
        var consumed = 0
        var pieces: [[Inline]] = []
        for (k, offset) in offsets.enumerated() {
            let (head, tail) = rest.split(at: offset - consumed)
            if k == 0 {
                let lead = head.trimming(CharacterClass.isIndentSpace)
                if !lead.isEmpty { blocks.append(.paragraph(Paragraph(content: lead, position: p.position))) }
            } else {
                pieces.append(head.trimming(CharacterClass.isIndentSpace))
            }
            rest = tail
            consumed = offset
        }
        pieces.append(rest.trimming(CharacterClass.isIndentSpace))
        let items = pieces.map { ListItem(blocks: [.paragraph(Paragraph(content: $0, position: p.position))], position: p.position) }
        blocks.append(.list(ListBlock(ordered: false, items: items)))
        return blocks
    }

    /// Character offsets of 一是, 二是, 三是 … in sequence, each at the start or after a boundary mark.
    static func enumeratorOffsets(_ text: String) -> [Int] {
        let chars = Array(text)
        var offsets: [Int] = []
        var expected = 1
        var i = 0
        while i < chars.count {
            if i == 0 || boundaries.contains(chars[i - 1]) {
                let numeral = Array(ChineseNumerals.format(expected))
                let end = i + numeral.count
                if end < chars.count, Array(chars[i..<end]) == numeral, chars[end] == "是" {
                    offsets.append(i)
                    expected += 1
                    i = end + 1
                    continue
                }
            }
            i += 1
        }
        return offsets
    }
}
