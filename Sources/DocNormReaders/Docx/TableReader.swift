import DocNormModel

/// Tables, row by row (the body stream hands them over so): header rows, grid columns skipped
/// before a row, spans and vertical merges.
extension BodyReader {
    mutating func table(_ tbl: XMLElement) -> Table {
        var builder = startTable()
        for part in tbl.elements { builder.add(part, using: &self) }
        return builder.table
    }

    /// A table read row by row, as the body stream hands its rows over.
    func startTable() -> TableBuilder {
        TableBuilder(table: Table(rows: [], position: .paragraph(paragraphIndex + 1)))
    }

    struct TableBuilder {
        var table: Table
        /// The cell each grid column's vertical merge started in: (row, cell index).
        var mergeStart: [Int: (row: Int, cell: Int)] = [:]

        /// Adds a child of `w:tbl`: a row, or rows wrapped in a content control or custom XML.
        mutating func add(_ part: XMLElement, using reader: inout BodyReader) {
            for tr in BodyReader.rows(part) { add(row: tr, using: &reader) }
        }

        private mutating func add(row tr: XMLElement, using reader: inout BodyReader) {
            let trPr = tr.first("w:trPr")
            var row = TableRow(cells: [], isHeader: DocxRun.toggle(trPr?.first("w:tblHeader")) ?? false)
            var column = reader.gridNumber(trPr, "w:gridBefore", in: 0...BodyReader.maxGridSpan) ?? 0
            // Grid columns a row skips before its first cell (and after its last) are an empty
            // cell, so the row's cells stay under their columns.
            if column > 0 { row.cells.append(TableCell(blocks: [], columnSpan: column)) }
            for tc in BodyReader.cells(tr) {
                let tcPr = tc.first("w:tcPr")
                let span = reader.gridNumber(tcPr, "w:gridSpan", in: 1...BodyReader.maxGridSpan) ?? 1
                let vMerge = tcPr?.first("w:vMerge")
                if let vMerge, (vMerge.attribute("w:val") ?? "continue") == "continue", let start = mergeStart[column] {
                    if start.row < table.rows.count { table.rows[start.row].cells[start.cell].rowSpan += 1 }
                    // Its paragraphs are not read, but they are counted: later positions stay Word's.
                    reader.paragraphIndex += BodyReader.paragraphCount(tc)
                    column += span
                    continue
                }
                let cell = TableCell(blocks: BodyReader.withoutEmptyParagraphs(reader.blocks(tc)), columnSpan: span)
                if vMerge != nil { mergeStart[column] = (table.rows.count, row.cells.count) } else { mergeStart[column] = nil }
                row.cells.append(cell)
                column += span
            }
            if let after = reader.gridNumber(trPr, "w:gridAfter", in: 0...BodyReader.maxGridSpan), after > 0 {
                row.cells.append(TableCell(blocks: [], columnSpan: after))
            }
            table.rows.append(row)
        }
    }

    /// The paragraphs in `element`, nested ones included.
    static func paragraphCount(_ element: XMLElement) -> Int {
        element.elements.reduce(0) { $0 + ($1.name == "w:p" ? 1 : 0) + paragraphCount($1) }
    }

    /// A cell's (or a note's) blocks without its empty paragraphs: Word ends every cell, and
    /// every nested table, with a paragraph, and pads cells and notes with more. A numbered one
    /// stays: it shows its label.
    static func withoutEmptyParagraphs(_ blocks: [Block]) -> [Block] {
        blocks.filter { block in
            guard case .paragraph(let p) = block else { return true }
            return p.hints.automaticNumbering != nil || !p.content.isBlank
        }
    }

    /// A column count of a row or cell, clamped to `range` with a warning: the grid columns
    /// are added up, and no sum may overflow.
    mutating func gridNumber(_ properties: XMLElement?, _ name: String, in range: ClosedRange<Int>) -> Int? {
        let text = properties?.value(of: name)
        guard let n = DocxNumber(text, in: range) else { return nil }
        if n.clamped { warnings.append(DocxNumber.warning(name, text, n.value, position: .paragraph(max(1, paragraphIndex)))) }
        return n.value
    }

    /// The rows in a child of `w:tbl`: the row itself, or those wrapped in content controls,
    /// custom XML or tracked insertions.
    static func rows(_ e: XMLElement) -> [XMLElement] {
        switch e.name {
        case "w:tr": return [e]
        case "w:sdt": return e.first("w:sdtContent").map { $0.elements.flatMap(rows) } ?? []
        case "w:customXml", "w:ins", "w:moveTo": return e.elements.flatMap(rows)
        default: return []
        }
    }

    static func cells(_ tr: XMLElement) -> [XMLElement] {
        var out: [XMLElement] = []
        for e in tr.elements {
            switch e.name {
            case "w:tc": out.append(e)
            case "w:sdt": if let c = e.first("w:sdtContent") { out.append(contentsOf: cells(c)) }
            case "w:customXml", "w:ins", "w:moveTo": out.append(contentsOf: cells(e))
            default: break
            }
        }
        return out
    }
}
