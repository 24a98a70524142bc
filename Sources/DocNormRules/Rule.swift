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
        for i in items.indices { items[i].block.mapParagraphs(transform) }
        for i in notes.indices {
            for k in notes[i].blocks.indices { notes[i].blocks[k].mapParagraphs(transform) }
        }
    }
}

extension Block {
    /// Changes the paragraphs in place. The block is taken out of `self` first, so its storage
    /// is not shared and a large table is changed where it is, never copied whole.
    mutating func mapParagraphs(_ transform: (inout Paragraph) -> Void) {
        switch self {
        case .paragraph(var p):
            self = .thematicBreak
            transform(&p)
            self = .paragraph(p)
        case .table(var t):
            self = .thematicBreak
            for r in t.rows.indices {
                for c in t.rows[r].cells.indices {
                    for k in t.rows[r].cells[c].blocks.indices { t.rows[r].cells[c].blocks[k].mapParagraphs(transform) }
                }
            }
            self = .table(t)
        case .blockQuote(var blocks):
            self = .thematicBreak
            for k in blocks.indices { blocks[k].mapParagraphs(transform) }
            self = .blockQuote(blocks)
        case .list(var l):
            self = .thematicBreak
            for i in l.items.indices {
                for k in l.items[i].blocks.indices { l.items[i].blocks[k].mapParagraphs(transform) }
            }
            self = .list(l)
        case .heading(var h):
            self = .thematicBreak
            var p = Paragraph(content: h.content, position: h.position)
            h.content = []
            transform(&p)
            h.content = p.content
            self = .heading(h)
        case .thematicBreak:
            return
        }
    }
}
