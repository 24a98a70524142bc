import DocNormModel

/// A table used for layout is read as the body it holds (STRUCTURE.md §4): a table of one
/// cell, or of one column whose cells hold whole paragraphs (several, or a heading), as
/// Word and WPS users box a cover or a whole report. Its headings then count like any
/// others. A table of data (more columns, or one column of short cells) stays a table.
/// Reports nothing.
package struct UnwrapLayoutTables: Rule {
    package let name = "unwrap-layout-tables"
    package let phase = RulePhase.classification
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        guard workspace.items.contains(where: { if case .table = $0.block { return true } else { return false } }) else { return }
        var items: [Item] = []
        items.reserveCapacity(workspace.items.count)
        for item in workspace.items {
            guard case .table(let table) = item.block, Self.isLayout(table) else { items.append(item); continue }
            for row in table.rows { for cell in row.cells { items.append(contentsOf: cell.blocks.map { Item(block: $0) }) } }
        }
        workspace.items = items
    }

    static func isLayout(_ table: Table) -> Bool {
        guard !table.rows.isEmpty, table.rows.allSatisfy({ $0.cells.count == 1 }) else { return false }
        let cells = table.rows.map { $0.cells[0] }
        if cells.count == 1 { return true }
        // One column: a layout when every cell holds whole paragraphs with a heading among
        // them, not one value each (a cover's fields are a table of their own).
        return cells.allSatisfy { cell in
            cell.blocks.count >= 2 && cell.blocks.contains { block in
                if case .paragraph(let p) = block { return p.hints.styleHeadingLevel != nil || p.hints.outlineLevel != nil }
                return false
            }
        }
    }
}
