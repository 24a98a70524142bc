import DocNormModel

/// Reads the body of the main document (and of notes, comments, headers, text boxes) into
/// blocks. Paragraphs carry Word's own signals (heading styles, outline levels, automatic
/// numbering) as hints for the structure rules. Anything not understood becomes a warning
/// naming the element; nothing fails the file.
struct BodyReader {
    /// The widest span a cell may claim; Word's own tables stop at 63 columns.
    static let maxGridSpan = 4096
    let styles: StylesPart
    let numbering: NumberingPart
    /// Relationships of the part being read, by id.
    var relationships: [String: Relationship]
    /// The part being read, to resolve relationship targets.
    var part: String
    var options: DocxReader.Options

    var counters = NumberingCounters()
    var paragraphIndex = 0
    var warnings: [Warning] = []
    /// Unknown elements and how often they were met, reported once per name.
    var unknown: [String: (count: Int, first: Int)] = [:]
    /// Images referenced: zip path → the name they get when extracted.
    /// The archive paths of the images linked so far, and their order of first use.
    var images: Set<String> = []
    var imageOrder: [String] = []
    /// The first letter of the next paragraph, held by a drop-cap frame.
    var dropCap: [Inline] = []
    /// Text of paragraphs in an Author style.
    var authors: [String] = []
    /// Inside a content control of the Table of Contents gallery (how deep).
    var tocControls = 0
    /// TOC fields whose result runs on into the next paragraph: a TOC field begins in its
    /// first entry and ends in its last.
    var openTOCFields = 0
    /// Paragraph styles already resolved through their `w:basedOn` chain, by styleId (nil: the default).
    var resolvedStyles: [String?: StylesPart.Resolved] = [:]

    init(styles: StylesPart, numbering: NumberingPart, relationships: [Relationship], part: String, options: DocxReader.Options) {
        self.styles = styles
        self.numbering = numbering
        self.relationships = Dictionary(relationships.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.part = part
        self.options = options
    }

    // MARK: - Blocks

    /// The blocks of a container (body, cell, note, text box).
    mutating func blocks(_ container: XMLElement) -> [Block] {
        var out: [Block] = []
        let saved = dropCap
        dropCap = []
        for e in container.elements { append(e, to: &out) }
        dropCap = saved
        return out
    }

    /// Reads one child of a body-like container onto `out`.
    mutating func append(_ e: XMLElement, to out: inout [Block]) {
        switch e.name {
        case "w:p":
            var produced = paragraph(e)
            // A drop cap is a frame paragraph holding the first letter of the next paragraph.
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
        case "w:tbl":
            out.append(.table(table(e)))
        case "w:sdt":
            let gallery = e.first("w:sdtPr")?.first("w:docPartObj")?.first("w:docPartGallery")?.attribute("w:val")
            let isTOC = gallery?.lowercased().hasPrefix("table of contents") == true
            if isTOC { tocControls += 1 }
            if let content = e.first("w:sdtContent") { for c in content.elements { append(c, to: &out) } }
            if isTOC { tocControls -= 1 }
        case "w:customXml", "w:ins", "w:moveTo", "w:smartTag":
            for c in e.elements { append(c, to: &out) }
        case "mc:AlternateContent":
            if let branch = alternate(e) { for c in branch.elements { append(c, to: &out) } }
        case "w:altChunk":
            warn("embedded-document", "an embedded document (w:altChunk) was not read")
        case "w:del", "w:moveFrom", "w:sectPr", "w:bookmarkStart", "w:bookmarkEnd", "w:proofErr", "w:permStart",
             "w:permEnd", "w:commentRangeStart", "w:commentRangeEnd", "w:moveFromRangeStart", "w:moveFromRangeEnd",
             "w:moveToRangeStart", "w:moveToRangeEnd", "w:tblPr", "w:tcPr", "w:sdtPr", "w:sdtEndPr", "w:customXmlPr",
             "w:smartTagPr":
            return
        default:
            if e.name.hasPrefix("w:") || e.name.hasPrefix("m:") { unknownElement(e.name) }
        }
    }

    /// One branch of `mc:AlternateContent`: the first choice, else the fallback.
    func alternate(_ e: XMLElement) -> XMLElement? {
        e.first("mc:Choice") ?? e.first("mc:Fallback")
    }

    // MARK: - Paragraphs

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
        }
        var hints = ParagraphHints()
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
        let inTOCField = openTOCFields > 0
        collector.fields = Array(repeating: (instruction: "TOC", resultStart: 0), count: openTOCFields)
        content(p, into: &collector)
        openTOCFields = collector.fields.filter { $0.resultStart != nil && ContentCollector.isTOC($0.instruction) }.count

        // Automatic numbering: the paragraph's own numPr, else its style's.
        let numPr = pPr?.first("w:numPr")
        let numID = numPr?.value(of: "w:numId").flatMap { Int($0) } ?? style.numID
        // An empty paragraph that only carries a section break is not counted by Word.
        // The segments that show text: what decides bold, size and tables of contents below.
        let texts = collector.segments.filter { if case .text(let t) = $0.inline { return !t.allSatisfy(\.isWhitespace) } else { return false } }
        let onlySectionBreak = pPr?.first("w:sectPr") != nil && texts.isEmpty && collector.segments.allSatisfy(\.isText)
        if let numID, numID != 0, !onlySectionBreak {
            var ilvl = numPr?.value(of: "w:ilvl").flatMap { Int($0) } ?? style.numLevel
            if ilvl == nil, let styleID, let abstract = numbering.abstractID(for: numID, styles: styles) {
                ilvl = numbering.level(linkedTo: styleID, abstractID: abstract)
            }
            let level = max(0, min(8, ilvl ?? 0))
            if let label = counters.next(numID: numID, ilvl: level, numbering: numbering, styles: styles) {
                hints.automaticNumbering = AutomaticNumbering(listID: numID, level: level, text: label.text, format: label.format,
                                                              separated: label.separated)
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
        hints.isCentered = pPr?.value(of: "w:jc").map { $0 == "center" } ?? style.centered
        // Entries that link to Word's `_Toc` bookmarks are a table of contents, whatever holds them.
        let linkedToTOC = texts.filter { $0.link?.hasPrefix("#_Toc") == true }.reduce(0) { $0 + $1.inline.plainText.count }
        let textLength = texts.reduce(0) { $0 + $1.inline.plainText.count }
        hints.isTableOfContents = style.isTableOfContents || tocControls > 0 || inTOCField || collector.sawTOCField
            || (linkedToTOC > 0 && linkedToTOC * 2 >= textLength)
        hints.contentsLevel = style.contentsLevel
        var out: [Block] = [.paragraph(Paragraph(content: inlines, position: position, hints: hints))]
        out.append(contentsOf: collector.textBoxes)
        return out
    }

    /// Collects what a paragraph shows, run by run, with the state of complex fields.
    struct ContentCollector {
        var base: DocxRun.Format
        var segments: [Segment] = []
        var textBoxes: [Block] = []
        /// Open complex fields: instruction text, and where their result starts once separated.
        var fields: [(instruction: String, resultStart: Int?)] = []
        var link: String?

        /// A TOC field, or a PAGEREF to a `_Toc` bookmark (a TOC entry's page number), was met.
        var sawTOCField = false

        /// True while inside a field's instruction: text there is code, not content.
        var inInstruction: Bool { fields.contains { $0.resultStart == nil } }

        /// `TOC \o "1-3" \h`, `PAGEREF _Toc123 \h`.
        static func isTOC(_ instruction: String) -> Bool {
            let words = instruction.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let first = words.first?.uppercased() else { return false }
            return first == "TOC" || (first == "PAGEREF" && words.dropFirst().first?.hasPrefix("_Toc") == true)
        }

        mutating func append(_ inline: Inline, _ format: DocxRun.Format) {
            guard !inInstruction, !format.hidden else { return }
            segments.append(Segment(inline: inline, format: format, link: link))
        }
    }

    mutating func content(_ container: XMLElement, into c: inout ContentCollector) {
        for e in container.elements {
            switch e.name {
            case "w:r":
                run(e, into: &c)
            case "w:hyperlink":
                let target = allowedLink(hyperlinkTarget(e))
                let saved = c.link
                if let target { c.link = target }
                content(e, into: &c)
                c.link = saved
            case "w:fldSimple":
                let start = c.segments.count
                content(e, into: &c)
                if let url = allowedLink(Self.hyperlink(fromInstruction: e.attribute("w:instr") ?? "")) {
                    for k in start..<c.segments.count where c.segments[k].link == nil { c.segments[k].link = url }
                }
            case "w:ins", "w:moveTo", "w:smartTag", "w:customXml", "w:dir", "w:bdo":
                content(e, into: &c)
            case "w:sdt":
                if let inner = e.first("w:sdtContent") { content(inner, into: &c) }
            case "mc:AlternateContent":
                if let branch = alternate(e) { content(branch, into: &c) }
            case "m:oMath", "m:oMathPara":
                var math = MathReader()
                for m in math.equations(e) { c.append(.math(m), c.base) }
                math.unknown.forEach { unknownElement($0) }
            case "w:del", "w:moveFrom", "w:pPr", "w:bookmarkStart", "w:bookmarkEnd", "w:proofErr", "w:permStart", "w:permEnd",
                 "w:commentRangeStart", "w:commentRangeEnd", "w:moveFromRangeStart", "w:moveFromRangeEnd",
                 "w:moveToRangeStart", "w:moveToRangeEnd", "w:sdtPr", "w:sdtEndPr", "w:customXmlPr", "w:lastRenderedPageBreak",
                 "w:smartTagPr":
                continue
            case "w:pict", "w:object", "w:drawing":
                // Shapes outside a run, as some writers place them.
                run(XMLElement(name: "w:r", attributes: [], children: [.element(e)]), into: &c)
            default:
                if e.name.hasPrefix("w:") || e.name.hasPrefix("m:") { unknownElement(e.name) }
            }
        }
    }

    mutating func run(_ r: XMLElement, into c: inout ContentCollector) {
        let format = DocxRun.format(r.first("w:rPr"), base: c.base, styles: styles)
        let fonts = r.first("w:rPr")?.first("w:rFonts")
        let font = fonts?.attribute("w:ascii") ?? fonts?.attribute("w:hAnsi")
        for e in r.elements {
            switch e.name {
            case "w:t":
                var text = e.text
                // Symbol-font text is stored as private-use codes: show the characters meant.
                if text.unicodeScalars.contains(where: { (0xF000...0xF0FF).contains($0.value) }) {
                    text = text.unicodeScalars.map { s in
                        (0xF000...0xF0FF).contains(s.value) ? NumberFormats.symbol(s.value, font: font) : String(Character(s))
                    }.joined()
                }
                c.append(.text(text), format)
            case "w:instrText":
                if let k = c.fields.indices.last, c.fields[k].resultStart == nil { c.fields[k].instruction += e.text }
            case "w:fldChar":
                switch e.attribute("w:fldCharType") {
                case "begin": c.fields.append(("", nil))
                case "separate":
                    if let k = c.fields.indices.last {
                        c.fields[k].resultStart = c.segments.count
                        if ContentCollector.isTOC(c.fields[k].instruction) { c.sawTOCField = true }
                    }
                case "end":
                    guard let field = c.fields.popLast() else { break }
                    if let start = field.resultStart, let url = allowedLink(Self.hyperlink(fromInstruction: field.instruction)) {
                        for k in start..<c.segments.count where c.segments[k].link == nil { c.segments[k].link = url }
                    }
                default: break
                }
            case "w:tab", "w:ptab":
                c.append(.text("\t"), format)
            case "w:br":
                let type = e.attribute("w:type") ?? "textWrapping"
                if type == "textWrapping" { c.append(.lineBreak, format) }
            case "w:cr":
                c.append(.lineBreak, format)
            case "w:noBreakHyphen":
                c.append(.text("\u{2011}"), format)
            case "w:softHyphen":
                c.append(.text("\u{00AD}"), format)
            case "w:sym":
                if let code = e.attribute("w:char").flatMap({ UInt32($0, radix: 16) }) {
                    c.append(.text(NumberFormats.symbol(code, font: e.attribute("w:font"))), format)
                }
            case "w:footnoteReference":
                // A note mark is shown raised by Word; the model's note reference carries that itself.
                if let id = e.attribute("w:id") { c.append(.noteReference("footnote-" + id), DocxRun.Format()) }
            case "w:endnoteReference":
                if let id = e.attribute("w:id") { c.append(.noteReference("endnote-" + id), DocxRun.Format()) }
            case "w:commentReference":
                if options.keepComments, let id = e.attribute("w:id") { c.append(.noteReference("comment-" + id), DocxRun.Format()) }
            case "w:drawing":
                drawing(e, format: format, into: &c)
            case "w:pict", "w:object":
                vml(e, format: format, into: &c)
            case "mc:AlternateContent":
                if let branch = alternate(e) { run(XMLElement(name: "w:r", attributes: [], children: branch.children.filter { if case .element = $0 { return true } else { return false } } + (r.first("w:rPr").map { [.element($0)] } ?? [])), into: &c) }
            case "w:ruby":
                if let base = e.first("w:rubyBase") { content(base, into: &c) }
            case "w:rPr", "w:lastRenderedPageBreak", "w:footnoteRef", "w:endnoteRef", "w:annotationRef", "w:separator",
                 "w:continuationSeparator", "w:delText", "w:delInstrText", "w:dayShort", "w:dayLong", "w:monthShort",
                 "w:monthLong", "w:yearShort", "w:yearLong", "w:pgNum", "w:contentPart":
                continue
            default:
                if e.name.hasPrefix("w:") { unknownElement(e.name) }
            }
        }
    }

    // MARK: - Drawings, text boxes, images

    mutating func drawing(_ d: XMLElement, format: DocxRun.Format, into c: inout ContentCollector) {
        for anchor in d.elements where anchor.name == "wp:inline" || anchor.name == "wp:anchor" {
            let docPr = anchor.first("wp:docPr")
            let alt = docPr?.attribute("descr").flatMap { $0.isEmpty ? nil : $0 } ?? docPr?.attribute("title") ?? ""
            var blips: [String] = []
            var boxes: [XMLElement] = []
            collect(anchor, blips: &blips, boxes: &boxes)
            for id in blips { c.append(image(relationship: id, alt: alt), format) }
            for box in boxes { c.textBoxes.append(contentsOf: blocks(box)) }
        }
    }

    mutating func vml(_ p: XMLElement, format: DocxRun.Format, into c: inout ContentCollector) {
        var blips: [String] = []
        var boxes: [XMLElement] = []
        collect(p, blips: &blips, boxes: &boxes)
        let alt = Self.firstAttribute(p, "o:title") ?? Self.firstAttribute(p, "alt") ?? ""
        for id in blips { c.append(image(relationship: id, alt: alt), format) }
        for box in boxes { c.textBoxes.append(contentsOf: blocks(box)) }
    }

    /// Image relationship ids (`a:blip/@r:embed`, `v:imagedata/@r:id`) and text box contents below `e`.
    func collect(_ e: XMLElement, blips: inout [String], boxes: inout [XMLElement]) {
        for child in e.elements {
            switch child.name {
            case "a:blip":
                if let id = child.attribute("r:embed") ?? child.attribute("r:link") { blips.append(id) }
            case "v:imagedata":
                if let id = child.attribute("r:id") { blips.append(id) }
            case "w:txbxContent":
                boxes.append(child)
            case "mc:AlternateContent":
                if let branch = alternate(child) { collect(branch, blips: &blips, boxes: &boxes) }
            default:
                collect(child, blips: &blips, boxes: &boxes)
            }
        }
    }

    static func firstAttribute(_ e: XMLElement, _ name: String) -> String? {
        if let v = e.attribute(name), !v.isEmpty { return v }
        for child in e.elements { if let v = firstAttribute(child, name) { return v } }
        return nil
    }

    /// An image links to its part in the archive (`word/media/image1.png`) when images are
    /// extracted: where it goes on disk is decided by whoever writes it.
    mutating func image(relationship id: String, alt: String) -> Inline {
        guard let rel = relationships[id], !rel.external else { return .image(alt: alt, source: nil) }
        let path = PackageParts.resolve(rel.target, from: part)
        guard options.extractMedia else { return .image(alt: alt, source: nil) }
        if images.insert(path).inserted { imageOrder.append(path) }
        return .image(alt: alt, source: path)
    }

    // MARK: - Tables

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
            for tc in BodyReader.cells(tr) {
                let tcPr = tc.first("w:tcPr")
                let span = reader.gridNumber(tcPr, "w:gridSpan", in: 1...BodyReader.maxGridSpan) ?? 1
                let vMerge = tcPr?.first("w:vMerge")
                if let vMerge, (vMerge.attribute("w:val") ?? "continue") == "continue", let start = mergeStart[column] {
                    if start.row < table.rows.count { table.rows[start.row].cells[start.cell].rowSpan += 1 }
                    column += span
                    continue
                }
                let cell = TableCell(blocks: reader.blocks(tc), columnSpan: span)
                if vMerge != nil { mergeStart[column] = (table.rows.count, row.cells.count) } else { mergeStart[column] = nil }
                row.cells.append(cell)
                column += span
            }
            table.rows.append(row)
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

    // MARK: - Links and fields

    func hyperlinkTarget(_ e: XMLElement) -> String? {
        if let id = e.attribute("r:id"), let rel = relationships[id] {
            let anchor = e.attribute("w:anchor").map { "#" + $0 } ?? ""
            return rel.target + anchor
        }
        if let anchor = e.attribute("w:anchor") { return "#" + anchor }
        return nil
    }

    /// The link target as outputs may carry it, or nil (with a warning) when the link policy
    /// drops it: the runs then stay plain text.
    mutating func allowedLink(_ url: String?) -> String? {
        guard let url else { return nil }
        if let safe = LinkPolicy.safe(url) { return safe }
        warnings.append(LinkPolicy.warning(for: url, position: .paragraph(max(1, paragraphIndex))))
        return nil
    }

    /// The target of a `HYPERLINK "url" \l "anchor"` field instruction.
    static func hyperlink(fromInstruction instruction: String) -> String? {
        let words = FieldInstruction.words(instruction)
        guard words.first?.uppercased() == "HYPERLINK" else { return nil }
        var url: String?
        var anchor: String?
        var k = 1
        while k < words.count {
            let w = words[k]
            if w == "\\l", k + 1 < words.count { anchor = words[k + 1]; k += 2; continue }
            if w.hasPrefix("\\") { k += (w == "\\o" || w == "\\t") ? 2 : 1; continue }
            if url == nil { url = w }
            k += 1
        }
        if let url { return url + (anchor.map { "#" + $0 } ?? "") }
        return anchor.map { "#" + $0 }
    }

    // MARK: - Warnings

    mutating func warn(_ code: String, _ message: String, at position: SourcePosition? = nil) {
        warnings.append(Warning(code: code, message: message, position: position ?? .paragraph(max(1, paragraphIndex))))
    }

    mutating func unknownElement(_ name: String) {
        if let u = unknown[name] { unknown[name] = (u.count + 1, u.first) } else { unknown[name] = (1, max(1, paragraphIndex)) }
    }

    /// Warnings for unknown elements, once per name.
    func finalWarnings() -> [Warning] {
        var out = warnings
        for (name, u) in unknown.sorted(by: { $0.key < $1.key }) {
            out.append(Warning(code: "unknown-element", message: "element \(name) is not understood and was skipped (\(u.count)×)",
                               position: .paragraph(u.first)))
        }
        return out
    }
}

enum FieldInstruction {
    /// Splits a field instruction into words, keeping quoted strings whole.
    static func words(_ s: String) -> [String] {
        var out: [String] = []
        var current = ""
        var quoted = false
        for c in s {
            if c == "\"" {
                if quoted { out.append(current); current = "" }
                quoted.toggle()
                continue
            }
            if c.isWhitespace && !quoted {
                if !current.isEmpty { out.append(current); current = "" }
                continue
            }
            current.append(c)
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
