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
