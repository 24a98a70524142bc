import DocNormModel

/// One normalization rule. Each rule lives in its own file under `Rules/` and opens with a
/// comment saying what it changes and what it reports.
package protocol Rule: Sendable {
    /// A short stable name (`remove-noise-markers`).
    var name: String { get }
    /// When it runs: every clean-up rule before any classification rule, and those before assembly.
    var phase: RulePhase { get }
    /// The rules whose results it reads, by name: they must run before it.
    var requires: [String] { get }
    /// The names of the rules whose work it does: its own, or those of the rules it runs.
    var provides: [String] { get }
    func apply(to workspace: inout Workspace, options: NormalizationOptions)
}

extension Rule {
    package var requires: [String] { [] }
    package var provides: [String] { [name] }
}

/// The phases of normalization, in order.
package enum RulePhase: Int, Comparable, Sendable {
    /// Text clean-up that needs no structure: noise, invisible characters, widths, punctuation.
    case cleanup
    /// What each paragraph is: contents, labels, title, headings, levels, numbers, reports.
    case classification
    /// The items turned into the document's blocks.
    case assembly

    package static func < (a: RulePhase, b: RulePhase) -> Bool { a.rawValue < b.rawValue }
}

extension Normalizer {
    /// Why `rules` cannot run in this order (a phase out of order, a rule before one it
    /// reads), or nil when they can.
    package static func orderProblem(_ rules: [any Rule]) -> String? {
        var seen: [String: Int] = [:]
        var phase = RulePhase.cleanup
        for (i, rule) in rules.enumerated() {
            if rule.phase < phase { return "\(rule.name) (\(rule.phase)) runs after a \(phase) rule" }
            phase = rule.phase
            for needed in rule.requires where seen[needed] == nil {
                return "\(rule.name) reads what \(needed) finds, but \(needed) does not run before it"
            }
            for done in rule.provides {
                if seen[done] != nil { return "\(done) runs twice" }
                seen[done] = i
            }
        }
        return nil
    }
}

extension Workspace {
    /// Applies `transform` to the content of every paragraph, also inside tables, quotes and
    /// notes. `transform` changes the paragraph it is given and nothing else.
    mutating func mapParagraphs(_ transform: (inout Paragraph) -> Void) {
        // Each paragraph is changed by itself: a long document's parts at the same time.
        Parallel.forEach(&items) { $0.block.mapParagraphs(transform) }
        for i in notes.indices {
            for k in notes[i].blocks.indices { notes[i].blocks[k].mapParagraphs(transform) }
        }
    }
}

extension Block {
    /// Changes the paragraphs in place (a heading's content as a paragraph's). The block is
    /// taken out of `self` first, so its storage is not shared and a large table is changed
    /// where it is, never copied whole. Code is left out unless `code`.
    mutating func mapParagraphs(code: Bool = false, _ transform: (inout Paragraph) -> Void) {
        switch self {
        case .paragraph(var p):
            // Code is left as written: its commas, spaces and markers are the code's own.
            guard code || !p.hints.isPreformatted else { return }
            self = .thematicBreak
            transform(&p)
            self = .paragraph(p)
        case .table(var t):
            self = .thematicBreak
            for r in t.rows.indices {
                for c in t.rows[r].cells.indices {
                    for k in t.rows[r].cells[c].blocks.indices { t.rows[r].cells[c].blocks[k].mapParagraphs(code: code, transform) }
                }
            }
            self = .table(t)
        case .blockQuote(var blocks):
            self = .thematicBreak
            for k in blocks.indices { blocks[k].mapParagraphs(code: code, transform) }
            self = .blockQuote(blocks)
        case .list(var l):
            self = .thematicBreak
            for i in l.items.indices {
                for k in l.items[i].blocks.indices { l.items[i].blocks[k].mapParagraphs(code: code, transform) }
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

extension Workspace {
    /// The warnings `check` finds in each item, at most one per item, added in the items' order;
    /// the parts of a long document are checked at the same time.
    mutating func report(_ check: (Item) -> Warning?) {
        let items = self.items
        let found = Parallel.map(items.count) { part in part.compactMap { check(items[$0]) } }
        for part in found { warnings.append(contentsOf: part) }
    }
}
