import DocNormModel

/// Turns the classified items into the document's blocks:
/// - the title becomes the only level-1 heading;
/// - a heading keeps its label and loses a final 。; deeper than level 6 it becomes a
///   paragraph with a bold lead-in;
/// - a run-in heading becomes a heading (its first sentence, without the final 。) and a
///   paragraph with the rest, or with `--run-in keep` one paragraph whose first sentence is bold;
/// - consecutive list items become one list, nested by the label tree;
/// - an article (`第一条`) is a paragraph with its label in bold.
/// Reports nothing.
package struct AssembleBlocks: Rule {
    package let name = "assemble-blocks"
    package let phase = RulePhase.assembly
    package let requires = ["assign-levels", "apply-numbering-mode"]
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        // Taken over and let go item by item, so a large document's old and new blocks are
        // never all held at once.
        var items = workspace.items
        workspace.items = []
        var blocks: [Block] = []
        blocks.reserveCapacity(items.count)
        var contentsLists: [Int] = []
        var i = 0
        while i < items.count {
            let item = items[i]
            var next = i + 1
            if let p = item.paragraph {
                switch item.role {
                case .title:
                    blocks.append(.heading(Self.marked(Heading(level: 1, content: Self.unbolded(p.content), position: p.position), by: p)))
                case .heading:
                    blocks.append(contentsOf: heading(p, level: item.level ?? 2))
                case .runInHeading:
                    blocks.append(contentsOf: runIn(p, level: item.level ?? 2, options: options))
                case .listItem:
                    while next < items.count, items[next].role == .listItem { next += 1 }
                    blocks.append(contentsOf: list(Array(i..<next), items: items))
                case .article:
                    var content: [Inline] = []
                    if let label = p.label?.display { content = [.strong([.text(label)]), .text("\u{3000}")] }
                    blocks.append(.paragraph(Paragraph(content: (content + p.content).pruned(), position: p.position, hints: p.hints)))
                case .tableOfContents:
                    while next < items.count, items[next].role == .tableOfContents { next += 1 }
                    if options.tableOfContents == .keep {
                        var lines = (i..<next).compactMap { items[$0].paragraph }
                        // Its own heading (目录) stays a line before the entries.
                        if let head = lines.first, SetAsideTableOfContents.isContentsHeading(head.content.plainText) {
                            blocks.append(.paragraph(Paragraph(content: [.strong(head.content)], position: head.position)))
                            lines.removeFirst()
                        }
                        // The page column's names and Word's note that a list is empty
                        // (`No table of figures entries found.`) are no entries.
                        lines.removeAll { SetAsideTableOfContents.namesColumns($0.content.plainText)
                            || SetAsideTableOfContents.isEmptyListNote($0.content.plainText) }
                        let entries = lines.map {
                            ListItem(blocks: [.paragraph(Paragraph(content: SetAsideTableOfContents.entryText($0.content).unlinked, position: $0.position))],
                                     position: $0.position)
                        }
                        if !entries.isEmpty {
                            contentsLists.append(blocks.count)
                            blocks.append(.list(ListBlock(ordered: false, items: entries)))
                        }
                    }
                case .body, .enumeration, .subtitle:
                    blocks.append(p.label == nil ? item.block : .paragraph(Paragraph(content: p.content, position: p.position, hints: p.hints)))
                }
            } else {
                blocks.append(item.block)
            }
            for k in i..<next { items[k].block = .thematicBreak }
            i = next
        }
        if !contentsLists.isEmpty { Self.linkContents(&blocks, lists: contentsLists) }
        workspace.blocks = groupQuotes(blocks)
    }

    func heading(_ p: Paragraph, level: Int) -> [Block] {
        var content = p.content
        if content.count == 1, case .text(let s) = content[0], let last = s.lastSimpleScalar {
            // One run whose last character is a scalar of its own: cut on the scalars.
            if last == "。" {
                let t = s.unicodeScalars.dropLast()
                content = t.isEmpty ? [] : [.text(String(Substring(t)))]
            }
        } else if let last = content.plainText.last, last == "。" {
            content = content.split(at: content.characterCount - 1).head
        }
        // A tab inside a heading separates its number from its title (`1⇥接收…`, typed with
        // Word's numbering switched off): a heading shows each run of tabs and spaces as one
        // space, and none at its ends.
        if content.plainText.utf8.contains(0x09) {
            content = content.mapText { s, previous, _ in
                var out = String.UnicodeScalarView()
                var last = previous.flatMap { $0.unicodeScalars.last }
                for u in s.unicodeScalars {
                    let gap = u == " " || u == "\t"
                    if gap, last == " " || last == "\t" { last = u; continue }
                    out.append(gap ? " " : u)
                    last = u
                }
                return String(out)
            }.trimming { $0 == " " || $0 == "\t" }
        }
        if level > 6 {
            return [.paragraph(Paragraph(content: [.strong(labelInlines(p.label) + content)].pruned(), position: p.position, hints: Self.marks(of: p)))]
        }
        return [.heading(Self.marked(Heading(level: level, label: p.label, content: Self.unbolded(content), position: p.position), by: p))]
    }

    /// The heading made from `p`, with `p`'s bookmarks.
    static func marked(_ h: Heading, by p: Paragraph) -> Heading {
        guard p.hints.hasBookmarks else { return h }
        var h = h
        h.bookmarks = p.hints.bookmarks
        return h
    }

    /// Hints that keep only `p`'s bookmarks: a list item's or a bold line's paragraph.
    static func marks(of p: Paragraph) -> ParagraphHints {
        guard p.hints.hasBookmarks else { return ParagraphHints() }
        var hints = ParagraphHints()
        hints.bookmarks = p.hints.bookmarks
        return hints
    }

    /// The hints without bookmarks, which the heading beside took.
    static func unmarked(_ hints: ParagraphHints) -> ParagraphHints {
        guard hints.hasBookmarks else { return hints }
        var hints = hints
        hints.bookmarks = []
        return hints
    }

    func runIn(_ p: Paragraph, level: Int, options: NormalizationOptions) -> [Block] {
        if options.runIn != .keep, level <= 6, p.content.count == 1, case .text(let s) = p.content[0],
           let (title, rest) = Self.runInParts(s) {
            return [
                .heading(Self.marked(Heading(level: level, label: p.label, content: title.isEmpty ? [] : [.text(title)], position: p.position), by: p)),
                .paragraph(Paragraph(content: rest.isEmpty ? [] : [.text(rest)], position: p.position, hints: Self.unmarked(p.hints))),
            ]
        }
        let text = p.content.plainText
        let sentence = ClassifyParagraphs.firstSentence(text)
        let (head, tail) = p.content.split(at: sentence.characterCount)
        let rest = tail.trimming(CharacterClass.isIndentSpace)
        if options.runIn == .keep || level > 6 {
            let lead: [Inline] = [.strong(labelInlines(p.label) + head)]
            return [.paragraph(Paragraph(content: (lead + rest).pruned(), position: p.position, hints: p.hints))]
        }
        let title = head.split(at: max(0, head.characterCount - 1)).head
        return [
            .heading(Self.marked(Heading(level: level, label: p.label, content: Self.unbolded(title), position: p.position), by: p)),
            .paragraph(Paragraph(content: rest, position: p.position, hints: Self.unmarked(p.hints))),
        ]
    }

    /// A run-in heading's title (its first sentence without the sentence's last character)
    /// and the text after it without the indentation around it, cut on the scalars of one run
    /// of text where the characters at both cuts are scalars of their own; nil otherwise, for
    /// the cut by characters.
    static func runInParts(_ s: String) -> (title: String, rest: String)? {
        let sentence = ClassifyParagraphs.firstSentence(s)
        let scalars = sentence.unicodeScalars
        guard let last = scalars.last, CharacterClass.standsAlone(last) else { return nil }
        let lastStart = scalars.index(before: scalars.endIndex)
        if lastStart > scalars.startIndex, !CharacterClass.standsAlone(scalars[scalars.index(before: lastStart)]) { return nil }
        let after = s.unicodeScalars[sentence.endIndex...]
        if let next = after.first, !CharacterClass.standsAlone(next) { return nil }
        let rest = after.trimming(CharacterClass.isIndentSpace)
        return (String(Substring(scalars[..<lastStart])), String(Substring(rest)))
    }

    /// Headings are bold already: bold inside them is dropped, other formatting kept.
    static func unbolded(_ content: [Inline]) -> [Inline] {
        // One run of text has no bold to drop.
        if content.count == 1, case .text(let s) = content[0] { return s.isEmpty ? [] : content }
        return content.flatMap { inline -> [Inline] in
            if case .strong(let c) = inline { return unbolded(c) }
            if let c = inline.children { return [inline.replacingChildren(unbolded(c))] }
            return [inline]
        }.pruned()
    }

    func labelInlines(_ label: NumberingLabel?) -> [Inline] {
        guard let display = label?.display, !display.isEmpty else { return [] }
        return [.text(display + Self.separator(after: label!))]
    }

    /// What stands between a label and its text: a space after a Western label, nothing in Chinese.
    static func separator(after label: NumberingLabel) -> String {
        if case .western = label.rank { return " " }
        if case .bullet = label.rank { return " " }
        return ""
    }

    /// Builds lists from a run of consecutive list items. Items that descend from an item
    /// (by the label tree) nest inside it; top-level items of another rank start a new list.
    func list(_ run: [Int], items: [Item]) -> [Block] {
        list(run, items: items, parents: Self.indentParents(run, items: items))
    }

    func list(_ run: [Int], items: [Item], parents: [Int: Int]?) -> [Block] {
        var blocks: [Block] = []
        var current: ListBlock?
        var currentRank: LabelRank?
        var k = 0
        while k < run.count {
            let top = run[k]
            var m = k + 1
            while m < run.count, Self.isDescendant(run[m], of: top, items: items, parents: parents) { m += 1 }
            let p = items[top].paragraph!
            let nested = m > k + 1 ? list(Array(run[(k + 1)..<m]), items: items, parents: parents) : []
            let item = ListItem(label: p.label, blocks: [.paragraph(Paragraph(content: p.content, position: p.position, hints: Self.marks(of: p)))] + nested,
                                position: p.position)
            let rank = p.labelRank
            if var c = current, rank == currentRank {
                c.items.append(item)
                current = c
            } else {
                if let c = current { blocks.append(.list(c)) }
                current = ListBlock(ordered: rank != .bullet, items: [item])
                currentRank = rank
            }
            k = m
        }
        if let c = current { blocks.append(.list(c)) }
        return blocks
    }

    /// Whether `ancestor` is above `i` in `parents`, or in the label tree when there are none.
    static func isDescendant(_ i: Int, of ancestor: Int, items: [Item], parents: [Int: Int]?) -> Bool {
        var p = parents.map { $0[i] } ?? items[i].parent
        while let q = p {
            if q == ancestor { return true }
            p = parents.map { $0[q] } ?? items[q].parent
        }
        return false
    }

    /// Word's own list items nest as Word shows them, by where their text stands: in a stretch
    /// of items that carry Word's numbers and indents, an item goes under the nearest one
    /// before it that stands further left (by more than half a character); one list's items of
    /// one level are siblings; of two that stand alike, a list's higher level holds its lower
    /// one, and for two lists the label tree says. Those furthest left hang where the
    /// stretch's first item hangs (a typed `5.1.1`'s `a)` … `n)`). A standard's `a) 引言` at
    /// 846 twips holds the `1) 目的` at 1272 after it, each `1)` a list of its own, where the
    /// label ranks would put `b)` under `2)`. Other items keep the label tree's parents, but
    /// a typed clause the tree hung under Word's items goes on from its own series. Nil when
    /// nothing differs from the label tree.
    static func indentParents(_ run: [Int], items: [Item]) -> [Int: Int]? {
        guard run.count > 1 else { return nil }
        func indent(_ i: Int) -> Int? {
            guard let hints = items[i].hints, hints.automaticNumbering != nil else { return nil }
            return hints.leftIndent
        }
        func listLevel(_ i: Int) -> (list: Int, level: Int) {
            let n = items[i].hints?.automaticNumbering
            return (n?.listID ?? 0, n?.level ?? 0)
        }
        var parents: [Int: Int] = [:]
        var changed = false
        var k = 0
        while k < run.count {
            guard let first = indent(run[k]) else {
                let i = run[k]
                if let p = items[i].parent { parents[i] = p }
                // A typed clause the label tree hung under Word's items goes on from the clause
                // before them instead (`5.4.4` after `5.4.3`'s `a)` … `2)`).
                if let p = items[i].parent, indent(p) != nil, let label = items[i].label,
                   let before = run[..<k].last(where: { j in
                       indent(j) == nil && items[j].label.map { $0.rank == label.rank && $0.number + 1 == label.number
                           && $0.parts.dropLast() == label.parts.dropLast() } == true
                   }) {
                    parents[i] = parents[before]
                    changed = true
                }
                k += 1
                continue
            }
            var end = k + 1
            while end < run.count, indent(run[end]) != nil { end += 1 }
            var open: [(index: Int, indent: Int)] = []
            for i in run[k..<end] {
                let x = indent(i)!, mine = listLevel(i)
                while let last = open.last {
                    let theirs = listLevel(last.index)
                    // One list's items of one level are siblings, however their author indented them.
                    if theirs == mine { open.removeLast(); break }
                    if last.indent + halfCharacter < x { break }
                    if x + halfCharacter < last.indent { open.removeLast(); continue }
                    // Alike: a higher level of the same list holds it (a list whose levels all
                    // stand at 0 still shows `1.1` under `1.`); of another list, the labels say.
                    if theirs.list == mine.list ? theirs.level < mine.level
                        : isDescendant(i, of: last.index, items: items, parents: nil) { break }
                    open.removeLast()
                }
                // Left of the stretch's first item, an item is not its sibling: the label tree says.
                let p = open.last?.index ?? (x + halfCharacter < first ? items[i].parent : items[run[k]].parent)
                if let p { parents[i] = p }
                if p != items[i].parent { changed = true }
                open.append((i, x))
            }
            k = end
        }
        return changed ? parents : nil
    }
    /// Half a 五号 character, in twips: nearer than that, two indents are one.
    static let halfCharacter = 100

    /// Consecutive paragraphs in a quote style become one block quote.
    func groupQuotes(_ blocks: [Block]) -> [Block] {
        // Most documents quote nothing (plain text never does): the blocks stand as they are.
        guard blocks.contains(where: { block in
            if case .paragraph(let p) = block { return p.hints.isQuote }
            return false
        }) else { return blocks }
        var out: [Block] = []
        out.reserveCapacity(blocks.count)
        var quote: [Block] = []
        for b in blocks {
            if case .paragraph(let p) = b, p.hints.isQuote {
                quote.append(b)
                continue
            }
            if !quote.isEmpty { out.append(.blockQuote(quote)); quote = [] }
            out.append(b)
        }
        if !quote.isEmpty { out.append(.blockQuote(quote)) }
        return out
    }
}
