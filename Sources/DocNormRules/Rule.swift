import DocNormModel

/// One normalization rule. Each rule lives in its own file under `Rules/` and opens with a
/// comment saying what it changes and what it reports.
public protocol Rule: Sendable {
    /// A short stable name (`remove-noise-markers`).
    var name: String { get }
    func apply(to workspace: inout Workspace, options: NormalizationOptions)
}

extension Workspace {
    /// Applies `transform` to the content of every paragraph, also inside tables, quotes and notes.
    mutating func mapParagraphs(_ transform: (inout Paragraph) -> Void) {
        for i in items.indices {
            items[i].block = items[i].block.mappingParagraphs(transform)
        }
        for i in notes.indices {
            notes[i].blocks = notes[i].blocks.map { $0.mappingParagraphs(transform) }
        }
    }
}

extension Block {
    func mappingParagraphs(_ transform: (inout Paragraph) -> Void) -> Block {
        switch self {
        case .paragraph(var p):
            transform(&p)
            return .paragraph(p)
        case .table(var t):
            for r in t.rows.indices {
                for c in t.rows[r].cells.indices {
                    t.rows[r].cells[c].blocks = t.rows[r].cells[c].blocks.map { $0.mappingParagraphs(transform) }
                }
            }
            return .table(t)
        case .blockQuote(let blocks):
            return .blockQuote(blocks.map { $0.mappingParagraphs(transform) })
        case .list(var l):
            for i in l.items.indices { l.items[i].blocks = l.items[i].blocks.map { $0.mappingParagraphs(transform) } }
            return .list(l)
        case .heading(var h):
            var p = Paragraph(content: h.content, position: h.position)
            transform(&p)
            h.content = p.content
            return .heading(h)
        case .thematicBreak:
            return self
        }
    }
}
