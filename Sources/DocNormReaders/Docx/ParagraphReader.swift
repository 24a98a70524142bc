import DocNormModel

/// A paragraph: its content, and Word's signals as hints for the structure rules (style
/// heading level, outline level, title and quote styles, automatic numbering, bold, size,
/// centring, table of contents). Text boxes it anchors follow it.
extension BodyReader {
    /// A paragraph onto `out`. A drop cap is a frame paragraph holding the first letter of
    /// the next paragraph: it joins that one.
    mutating func appendParagraph(_ e: XMLElement, to out: inout [Block]) {
        var produced = paragraph(e)
        let frame = e.first("w:pPr")?.first("w:framePr")?.attribute("w:dropCap")
        if frame == "drop" || frame == "margin", case .paragraph(let p)? = produced.first {
            dropCap += p.content
            produced.removeFirst()
            out.append(contentsOf: produced)
            return
        }
        if !dropCap.isEmpty, case .paragraph(var p)? = produced.first {
            p.content = (dropCap + p.content).pruned()
            produced[0] = .paragraph(p)
            dropCap = []
        }
        out.append(contentsOf: produced)
    }

    mutating func paragraph(_ p: XMLElement) -> [Block] {
        paragraphIndex += 1
        let position = SourcePosition.paragraph(paragraphIndex)
        let pPr = p.first("w:pPr")
        let styleID = pPr?.value(of: "w:pStyle")
        let style: StylesPart.Resolved
        if let known = resolvedStyles[styleID] {
            style = known
        } else {
            style = styles.resolve(paragraphStyle: styleID)
            resolvedStyles[styleID] = style
            if let styleID { styleNumbers[styleID] = styleNumbers.count }
        }
        var hints = ParagraphHints()
        hints.styleNumber = styleID.flatMap { styleNumbers[$0] }
        hints.styleHeadingLevel = style.headingLevel
        if style.metadataLine == nil, let o = pPr?.value(of: "w:outlineLvl").flatMap({ Int($0) }) ?? style.outlineLevel, o >= 0, o < 9 {
            hints.outlineLevel = o + 1
        }
        hints.isTitle = style.isTitle
        hints.isSubtitle = style.isSubtitle
        hints.isQuote = style.isQuote
        hints.isPreformatted = style.isPreformatted
        hints.isListParagraph = style.isListParagraph

        var base = DocxRun.Format()
        base.bold = style.bold
        base.italic = style.italic
        base.size = style.size
        var collector = ContentCollector(base: base)
        collector.keepHidden = options.keepHidden
        let inTOCField = openTOCFields > 0
        collector.fields = Array(repeating: (instruction: "TOC", resultStart: 0), count: openTOCFields)
        // Text boxes read inside the content start no page of their own.
        let pagePending = pageBreakPending
        pageBreakPending = false
        content(p, into: &collector)
        hiddenLeftOut += collector.hiddenLeftOut
        openTOCFields = collector.fields.filter { $0.resultStart != nil && ContentCollector.isTOC($0.instruction) }.count

        // Automatic numbering: the paragraph's own numPr, else its style's.
        let numPr = pPr?.first("w:numPr")
        let numID = numPr?.value(of: "w:numId").flatMap { Int($0) } ?? style.numID
        if numID == 0, let styled = style.numID, styled != 0 { hints.numberingSwitchedOff = true }
        // An empty paragraph that only carries a section break is not counted by Word.
        // The segments that show text: what decides bold, size and tables of contents below.
        let texts = collector.segments.filter { if case .text(let t) = $0.inline { return Self.showsText(t) } else { return false } }
        let onlySectionBreak = pPr?.first("w:sectPr") != nil && texts.isEmpty && collector.segments.allSatisfy(\.isText)
        if let numID, numID != 0, !onlySectionBreak {
            var ilvl = numPr?.value(of: "w:ilvl").flatMap { Int($0) } ?? style.numLevel
            if ilvl == nil, let styleID, let abstract = numbering.abstractID(for: numID, styles: styles) {
                ilvl = numbering.level(linkedTo: styleID, abstractID: abstract)
            }
            let level = max(0, min(8, ilvl ?? 0))
            // A paragraph that shows nothing but hidden text, or whose mark is hidden, is counted
            // and shows no number (a template's `[` in w:vanish that moves a list on).
            let markHidden = DocxRun.toggle(pPr?.first("w:rPr")?.first("w:vanish")) ?? false
            let hiddenAlone = texts.isEmpty && (markHidden || collector.hiddenLeftOut > 0)
            if let label = counters.next(numID: numID, ilvl: level, numbering: numbering, styles: styles), !hiddenAlone {
                hints.automaticNumbering = AutomaticNumbering(listID: numID, level: level, text: label.text, format: label.format,
                                                              separated: label.separated)
                // Where the item stands: its own indent, else its list level's over its style's
                // (the style's own first when the style brings the list).
                hints.leftIndent = StylesPart.leftIndent(pPr?.first("w:ind"))
                    ?? (numPr != nil ? label.leftIndent ?? style.leftIndent : style.leftIndent ?? label.leftIndent)
            } else if numbering.instances[numID] == nil {
                warn("numbering", "a paragraph refers to list \(numID), which numbering.xml does not define", at: position)
            }
        }

        let inlines = MathReader.displayingAlone(SegmentBuilder.inlines(collector.segments))
        if style.metadataLine == "author" || style.metadataLine == "作者", authors.count < 8 {
            authors.append(inlines.plainText)
        }
        hints.isBold = !texts.isEmpty && texts.allSatisfy { $0.format.bold }
        hints.fontSize = texts.compactMap(\.format.size).max()
        hints.setApartLeadLength = Self.setApartLead(texts)
        hints.isCentered = pPr?.value(of: "w:jc").map { $0 == "center" } ?? style.centered
        // Entries that link to Word's `_Toc` bookmarks are a table of contents, whatever holds them.
        let linked = texts.filter { $0.link?.hasPrefix("#_Toc") == true }
        // Characters are counted only where there are such links.
        let linkedToTOC = linked.isEmpty ? 0 : linked.reduce(0) { $0 + $1.inline.plainText.count }
        hints.isTableOfContents = style.isTableOfContents || tocControls > 0 || inTOCField || collector.sawTOCField
            || (linkedToTOC > 0 && linkedToTOC * 2 >= texts.reduce(0) { $0 + $1.inline.plainText.count })
        hints.contentsLevel = style.contentsLevel
        markPageStart(&hints, collector, pending: pagePending, pPr: pPr, style: style, showsText: !texts.isEmpty)
        if !pendingBookmarks.isEmpty || !collector.bookmarks.isEmpty {
            hints.bookmarks = pendingBookmarks + collector.bookmarks
            pendingBookmarks = []
        }
        var out: [Block] = [.paragraph(Paragraph(content: inlines, position: position, hints: hints))]
        out.append(contentsOf: collector.textBoxes)
        return out
    }

    /// Whether the paragraph is the first of its page, and whether the next one will be:
    /// `pageBreakBefore`, a page break before its text or after it, a section break (a new
    /// section starts a new page unless it says otherwise, which only the next section
    /// tells). A paragraph without text passes a pending break on.
    mutating func markPageStart(_ hints: inout ParagraphHints, _ collector: ContentCollector, pending: Bool, pPr: XMLElement?,
                                style: StylesPart.Resolved, showsText: Bool) {
        var breakBefore = false, breakAfter = false
        if let first = collector.pageBreaks.first, let last = collector.pageBreaks.last {
            let shown = { (s: Segment) in if case .text(let t) = s.inline { return Self.showsText(t) } else { return false } }
            breakBefore = collector.segments.firstIndex(where: shown).map { first <= $0 } ?? true
            breakAfter = collector.segments.lastIndex(where: shown).map { last > $0 } ?? true
        }
        let before = pPr.flatMap { DocxRun.toggle($0.first("w:pageBreakBefore")) } ?? style.pageBreakBefore
        let starts = pending || before || breakBefore
        let sectionEnds = pPr?.first("w:sectPr") != nil
        hints.startsPage = showsText && starts
        pageBreakPending = (showsText ? false : starts) || breakAfter || sectionEnds
    }

    /// The characters (white space left out) of the runs at the start that share the first
    /// run's look (bold, font, size), when most of the rest is in another look: `（一）抓思想。`
    /// in 楷体 over 仿宋 text, as 公文 set a run-in heading. Nil when the paragraph is of one look
    /// (a last `。` in a font of its own sets nothing apart).
    static func setApartLead(_ texts: [Segment]) -> Int? {
        guard texts.count > 1, let first = texts.first?.format else { return nil }
        func same(_ f: DocxRun.Format) -> Bool { f.bold == first.bold && f.font == first.font && f.size == first.size }
        func letters(_ s: Segment) -> Int { s.inline.plainText.unicodeScalars.count { !$0.properties.isWhitespace } }
        let leading = texts.prefix { same($0.format) }
        let rest = texts.dropFirst(leading.count)
        let restLetters = rest.reduce(0) { $0 + letters($1) }
        let restInLeadLook = rest.reduce(0) { $0 + (same($1.format) ? letters($1) : 0) }
        guard restLetters > 0, restInLeadLook * 2 < restLetters else { return nil }
        return leading.reduce(0) { $0 + letters($1) }
    }

    /// Some character of the text is not white space. A character's first scalar decides
    /// (`Character.isWhitespace`), so an ASCII letter, digit or mark first answers at once.
    static func showsText(_ t: String) -> Bool {
        if let first = t.utf8.first, first < 0x80, first > 0x20 { return true }
        return !t.allSatisfy(\.isWhitespace)
    }
}
