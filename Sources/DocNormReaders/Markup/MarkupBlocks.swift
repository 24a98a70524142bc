import DocNormModel

/// What the Markdown and HTML readers build the same way, so both inputs reach the rules
/// in the shape a .docx does: headings as paragraphs with a heading level (fixed headings,
/// labels found by the rules), quotes as paragraphs in a quote, list numbers as labels.
enum MarkupBlocks {
    /// Nesting deeper than this is read as the plain text it holds: a hostile file cannot
    /// exhaust the stack, and no report nests this deep.
    static let maxDepth = 48

    /// A heading of level `level` (1–6) as a .docx heading style gives it.
    static func heading(_ content: [Inline], level: Int, position: SourcePosition?) -> Block? {
        let content = trimmed(content)
        guard !content.isEmpty else { return nil }
        var hints = ParagraphHints()
        hints.styleHeadingLevel = min(6, max(1, level))
        return .paragraph(Paragraph(content: content, position: position, hints: hints))
    }

    static func paragraph(_ content: [Inline], position: SourcePosition?, preformatted: Bool = false) -> Block? {
        let content = preformatted ? content.coalesced() : trimmed(content)
        guard !content.isEmpty else { return nil }
        var hints = ParagraphHints()
        hints.isPreformatted = preformatted
        return .paragraph(Paragraph(content: content, position: position, hints: hints))
    }

    /// Preformatted text: its lines joined by line breaks, the final newline dropped.
    static func code(_ text: String, position: SourcePosition?) -> Block? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        var content: [Inline] = []
        for (k, line) in lines.enumerated() {
            if k > 0 { content.append(.lineBreak) }
            content.append(.text(line))
        }
        return paragraph(content, position: position, preformatted: true)
    }

    /// A quote made of paragraphs is read like Word's `Quote` style (the rules group it back
    /// into one block quote); one holding lists, tables or quotes stays a block quote.
    static func quote(_ blocks: [Block]) -> [Block] {
        let paragraphs = blocks.compactMap { block -> Paragraph? in
            if case .paragraph(var p) = block { p.hints.styleHeadingLevel = nil; p.hints.isQuote = true; return p }
            return nil
        }
        let nested = blocks.contains { if case .paragraph(let p) = $0 { return p.hints.isQuote } else { return false } }
        if paragraphs.count == blocks.count && !nested { return paragraphs.map(Block.paragraph) }
        // A quote inside this one (paragraphs marked as quoted) stays a quote inside it.
        var out: [Block] = []
        var inner: [Block] = []
        for block in blocks {
            if case .paragraph(let p) = block, p.hints.isQuote { inner.append(block); continue }
            if !inner.isEmpty { out.append(.blockQuote(inner)); inner = [] }
            out.append(block)
        }
        if !inner.isEmpty { out.append(.blockQuote(inner)) }
        return out.isEmpty ? [] : [.blockQuote(out)]
    }

    /// The label of item `number` of an ordered list: `3.` or `3)`, the number kept.
    static func orderedLabel(_ number: Int, delimiter: String = ".", numerals: NumeralStyle = .arabic) -> NumberingLabel {
        // Letters and Roman numerals are a list's own form, never a section's (as a Word list in them).
        let rank: LabelRank = switch numerals {
        case .lowerLetter, .upperLetter: .circled
        case .lowerRoman, .upperRoman: .listLevel(0)
        default: .arabic
        }
        let form = LabelForm(numerals: numerals, suffix: delimiter)
        var label = NumberingLabel(original: form.render(number), rank: rank, number: number, form: form)
        label.separated = true
        return label
    }

    /// A list item; its number runs into Chinese text as a typed one does (`1.第一项`).
    static func item(label: NumberingLabel?, blocks: [Block], position: SourcePosition?) -> ListItem {
        var label = label
        if label?.separated == true, case .paragraph(let p)? = blocks.first,
           NumberingLabel.runsInto(label?.original ?? "", p.content.plainPrefix(24)) {
            label?.separated = false
        }
        return ListItem(label: label, blocks: blocks, position: position)
    }

    /// The numerals of an HTML `<ol type>`: `a` `A` `i` `I`, else digits.
    static func numerals(ofListType type: String?) -> NumeralStyle {
        switch type?.trimmingCharacters(in: " \t\n") {
        case "a": return .lowerLetter
        case "A": return .upperLetter
        case "i": return .lowerRoman
        case "I": return .upperRoman
        default: return .arabic
        }
    }

    /// A GFM task list item's box, as Word's check boxes are read.
    static func taskLabel(checked: Bool) -> NumberingLabel {
        let box = checked ? "☑" : "☐"
        return NumberingLabel(original: box, rank: .bullet, number: 1, form: LabelForm(numerals: .bullet(box)))
    }

    /// A link target the project keeps, or nil with the unsafe-link warning.
    static func link(_ url: String, position: SourcePosition?, warnings: inout [Warning]) -> String? {
        if let safe = LinkPolicy.safe(url) { return safe }
        warnings.append(LinkPolicy.warning(for: url, position: position))
        return nil
    }

    /// An image; a source the link policy refuses (a `data:` URI, a script) is left out, the
    /// alternative text kept.
    static func image(alt: String, source: String) -> Inline {
        let safe = LinkPolicy.safe(source)
        return .image(alt: alt, source: safe.flatMap { $0.isEmpty ? nil : $0 })
    }

    /// Spaces and line breaks at either end of a paragraph are layout, not text.
    static func trimmed(_ content: [Inline]) -> [Inline] {
        var c = content.coalesced()
        while let last = c.last, last == .lineBreak { c.removeLast() }
        while let first = c.first, first == .lineBreak { c.removeFirst() }
        if case .text(let s)? = c.first {
            let t = String(s.unicodeScalars.drop(while: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(Character.init))
            if t.isEmpty { c.removeFirst() } else { c[0] = .text(t) }
        }
        if case .text(let s)? = c.last {
            var scalars = Array(s.unicodeScalars)
            while let l = scalars.last, l == " " || l == "\n" || l == "\t" { scalars.removeLast() }
            let t = String(String.UnicodeScalarView(scalars))
            if t.isEmpty { c.removeLast() } else { c[c.count - 1] = .text(t) }
        }
        return c
    }
}
