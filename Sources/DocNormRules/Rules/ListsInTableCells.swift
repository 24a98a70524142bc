import DocNormModel

/// Word's numbered paragraphs inside table cells keep the numbers Word shows: consecutive
/// ones become a list in that cell, each item with its label (`1.` `2.` `（一）`), instead of
/// paragraphs that lost their numbers. Cells are never headings, so nothing else of the
/// structure rules applies there. Reports nothing.
package struct ListsInTableCells: Rule {
    package let name = "lists-in-table-cells"
    package let phase = RulePhase.classification
    package let requires = ["unwrap-layout-tables"]
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        for i in workspace.items.indices {
            guard case .table = workspace.items[i].block else { continue }
            var block = workspace.items[i].block
            workspace.items[i].block = .thematicBreak
            Self.listify(&block)
            workspace.items[i].block = block
        }
    }

    static func listify(_ block: inout Block) {
        guard case .table(var table) = block else { return }
        block = .thematicBreak
        for r in table.rows.indices {
            for c in table.rows[r].cells.indices {
                var blocks = table.rows[r].cells[c].blocks
                for k in blocks.indices { listify(&blocks[k]) }
                table.rows[r].cells[c].blocks = lists(blocks)
            }
        }
        block = .table(table)
    }

    /// Runs of automatically numbered paragraphs, each made a list.
    static func lists(_ blocks: [Block]) -> [Block] {
        guard blocks.contains(where: { if case .paragraph(let p) = $0 { return p.hints.automaticNumbering != nil } else { return false } }) else { return blocks }
        var out: [Block] = []
        var items: [ListItem] = []
        var ordered = true
        func flush() {
            if !items.isEmpty { out.append(.list(ListBlock(ordered: ordered, items: items))) }
            items = []
        }
        for block in blocks {
            guard case .paragraph(let p) = block, let auto = p.hints.automaticNumbering else {
                flush()
                out.append(block)
                continue
            }
            let label = DetectLabels.label(forAutomatic: auto)
            if items.isEmpty { ordered = !auto.isBullet }
            items.append(ListItem(label: label, blocks: [.paragraph(Paragraph(content: p.content, position: p.position))], position: p.position))
        }
        flush()
        return out
    }
}
