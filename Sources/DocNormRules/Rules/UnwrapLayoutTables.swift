import DocNormModel

/// A table used for layout is read as the body it holds (STRUCTURE.md §4): a table of one
/// cell, or of one column whose cells hold whole paragraphs (several, or a heading), as
/// Word and WPS users box a cover or a whole report, or a table of any width where two
/// rows or more open with a paragraph in a heading style (a template's sections beside
/// their fields). Its headings then count like any
/// others. A table of data (more columns, or one column of short cells) stays a table,
/// except a boxed cover: the document's first block, one column of short lines, mostly
/// centred.
/// Reports nothing.
package struct UnwrapLayoutTables: Rule {
    package let name = "unwrap-layout-tables"
    package let phase = RulePhase.classification
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        guard workspace.items.contains(where: { if case .table = $0.block { return true } else { return false } }) else { return }
        var items: [Item] = []
        items.reserveCapacity(workspace.items.count)
        for (i, item) in workspace.items.enumerated() {
            guard case .table(let table) = item.block, Self.isLayout(table) || i == 0 && Self.isCover(table) else {
                items.append(item)
                continue
            }
            for row in table.rows { for cell in row.cells { items.append(contentsOf: cell.blocks.map { Item(block: $0) }) } }
        }
        workspace.items = items
    }

    /// A document that opens with a one-column table of short lines, most of them centred:
    /// its cover, boxed (a standard's 编制说明: `NB/T XXXX－20YY`, its name, `编制说明`, the date).
    static func isCover(_ table: Table) -> Bool {
        guard table.rows.count >= 2, table.rows.count <= 12, table.rows.allSatisfy({ $0.cells.count == 1 }) else { return false }
        var lines = 0
        var centred = 0
        for row in table.rows {
            let blocks = row.cells[0].blocks
            guard blocks.count <= 3 else { return false }
            for block in blocks {
                guard case .paragraph(let p) = block, p.content.plainText.unicodeScalars.count <= 80 else { return false }
                lines += 1
                if p.hints.isCentered { centred += 1 }
            }
        }
        // Chinese covers are boxed this way; elsewhere such a table is data (`BB` `Test`).
        let text = table.rows.flatMap { $0.cells[0].blocks }.compactMap { block -> String? in
            if case .paragraph(let p) = block { p.content.plainText } else { nil }
        }.joined()
        return lines >= 2 && centred * 2 > lines && CharacterClass.cjkRatio(text) >= 0.3
    }

    static func opensASectionBesideItsContent(_ row: TableRow) -> Bool {
        func styled(_ cell: TableCell) -> Bool {
            guard case .paragraph(let p)? = cell.blocks.first else { return false }
            return p.hints.styleHeadingLevel != nil
        }
        guard row.cells.count >= 2, styled(row.cells[0]) else { return false }
        let others = row.cells.dropFirst()
        return !others.contains(where: styled) && others.contains { !$0.blocks.isEmpty }
    }

    static func isLayout(_ table: Table) -> Bool {
        guard !table.rows.isEmpty else { return false }
        // Of any width: rows whose first cell opens with a paragraph in a heading style beside
        // cells that hold other content, a template's sections laid out beside their fields
        // (`第 1 天` in Heading 1 | 目的地：…). A form's section rows across the table and its
        // column labels (`Living Setting` | `Lives With`, all in a heading style) are a table's.
        if table.rows.count >= 2, table.rows.filter(Self.opensASectionBesideItsContent).count >= 2 { return true }
        guard table.rows.allSatisfy({ $0.cells.count == 1 }) else { return false }
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
