extension Block {
    /// The block with every run of inlines in it (headings, paragraphs, list items, cells,
    /// quotes, at any depth) passed through `transform`.
    package func mappingInlines(_ transform: ([Inline]) -> [Inline]) -> Block {
        switch self {
        case .heading(var h): h.content = transform(h.content); return .heading(h)
        case .paragraph(var p): p.content = transform(p.content); return .paragraph(p)
        case .list(var l):
            for i in l.items.indices { l.items[i].blocks = l.items[i].blocks.map { $0.mappingInlines(transform) } }
            return .list(l)
        case .table(var t):
            for r in t.rows.indices {
                for c in t.rows[r].cells.indices { t.rows[r].cells[c].blocks = t.rows[r].cells[c].blocks.map { $0.mappingInlines(transform) } }
            }
            return .table(t)
        case .blockQuote(let q): return .blockQuote(q.map { $0.mappingInlines(transform) })
        case .thematicBreak: return self
        }
    }
}

extension Block {
    /// Every run of inlines in the block, in reading order, read without copying the block.
    package func forEachInlines(_ body: ([Inline]) -> Void) {
        switch self {
        case .heading(let h): body(h.content)
        case .paragraph(let p): body(p.content)
        case .list(let l): for item in l.items { for b in item.blocks { b.forEachInlines(body) } }
        case .table(let t): for row in t.rows { for cell in row.cells { for b in cell.blocks { b.forEachInlines(body) } } }
        case .blockQuote(let q): for b in q { b.forEachInlines(body) }
        case .thematicBreak: break
        }
    }
}

extension Inline {
    /// The note references in the inlines, at any depth, in reading order.
    package static func forEachNoteReference(_ inlines: [Inline], _ body: (String) -> Void) {
        for i in inlines {
            if case .noteReference(let id) = i { body(id) } else if let c = i.children { forEachNoteReference(c, body) }
        }
    }
}
