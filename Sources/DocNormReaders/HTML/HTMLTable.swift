internal import CLibXML2
import DocNormModel

/// `<table>`: its rows (directly or in thead, tbody, tfoot), cells with their spans.
/// A row is a header row in `<thead>` or when all its cells are `<th>`.
enum HTMLTable {
    /// Spans beyond what HTML allows (1000 columns, 65534 rows) are clamped, never trusted.
    static func rows(of table: HTMLWalker.Node, walker: inout HTMLWalker, depth: Int) -> [TableRow]? {
        var rows: [TableRow] = []
        for child in HTMLWalker.children(table) {
            switch HTMLWalker.name(child) {
            case "tr":
                if let r = row(child, inHead: false, walker: &walker, depth: depth + 1) { rows.append(r) }
            case "thead", "tbody", "tfoot":
                for tr in HTMLWalker.children(child) where HTMLWalker.name(tr) == "tr" {
                    if let r = row(tr, inHead: HTMLWalker.name(child) == "thead", walker: &walker, depth: depth + 2) { rows.append(r) }
                }
            default: continue
            }
        }
        return rows.isEmpty ? nil : rows
    }

    static func row(_ tr: HTMLWalker.Node, inHead: Bool, walker: inout HTMLWalker, depth: Int) -> TableRow? {
        var cells: [TableCell] = []
        var allHeaders = true
        for cell in HTMLWalker.children(tr) {
            let name = HTMLWalker.name(cell)
            guard name == "td" || name == "th" else { continue }
            if name == "td" { allHeaders = false }
            let columns = span(HTMLWalker.attribute(cell, "colspan"), max: 1000)
            let rows = span(HTMLWalker.attribute(cell, "rowspan"), max: 65534)
            cells.append(TableCell(blocks: walker.flow(cell, depth: depth + 1), columnSpan: columns, rowSpan: rows))
        }
        return cells.isEmpty ? nil : TableRow(cells: cells, isHeader: inHead || allHeaders)
    }

    static func span(_ value: String?, max limit: Int) -> Int {
        guard let value, let n = Int(value.filter { !$0.isWhitespace }) else { return 1 }
        return min(limit, Swift.max(1, n))
    }
}
