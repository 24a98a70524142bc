import DocNormModel

/// What a paragraph shows, run by run: text, tabs and breaks, symbols, note references,
/// drawings, and the containers runs sit in (hyperlinks, fields, content controls, tracked
/// insertions, smart tags).
extension BodyReader {
    /// Collects what a paragraph shows, run by run, with the state of complex fields.
    struct ContentCollector {
        var base: DocxRun.Format
        var segments: [Segment] = []
        var textBoxes: [Block] = []
        /// Open complex fields: instruction text, and where their result starts once separated.
        var fields: [(instruction: String, resultStart: Int?)] = []
        var link: String?
        var keepHidden = false
        /// Hidden pieces left out.
        var hiddenLeftOut = 0

        /// A TOC field, or a PAGEREF to a `_Toc` bookmark (a TOC entry's page number), was met.
        var sawTOCField = false
        /// Page breaks (`w:br w:type="page"`): how many segments came before each.
        var pageBreaks: [Int] = []
        /// The bookmarks that start here, which internal links may point to.
        var bookmarks: [String] = []

        /// True while inside a field's instruction: text there is code, not content.
        var inInstruction: Bool { fields.contains { $0.resultStart == nil } }

        /// `TOC \o "1-3" \h`, `PAGEREF _Toc123 \h`.
        static func isTOC(_ instruction: String) -> Bool {
            let words = instruction.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let first = words.first?.uppercased() else { return false }
            return first == "TOC" || (first == "PAGEREF" && words.dropFirst().first?.hasPrefix("_Toc") == true)
        }

        mutating func append(_ inline: Inline, _ format: DocxRun.Format) {
            guard !inInstruction else { return }
            if format.hidden && !keepHidden {
                hiddenLeftOut += 1
                return
            }
            segments.append(Segment(inline: inline, format: format, link: link))
        }
    }

    /// A bookmark's name, where a link may point (`_GoBack`, Word's last edit, is none;
    /// Word's names are at most 40 characters, longer ones are not kept).
    static func bookmarkName(_ e: XMLElement) -> String? {
        guard let name = e.attribute("w:name"), !name.isEmpty, name != "_GoBack", name.unicodeScalars.count <= 100 else { return nil }
        return name
    }

    mutating func content(_ container: XMLElement, into c: inout ContentCollector) {
        for case .element(let e) in container.children {
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
            case "w:bookmarkStart":
                if let name = Self.bookmarkName(e) { c.bookmarks.append(name) }
            case "w:del", "w:moveFrom", "w:pPr", "w:bookmarkEnd", "w:proofErr", "w:permStart", "w:permEnd",
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
        let rPr = r.first("w:rPr")
        var format = DocxRun.format(rPr, base: c.base) { characterFormatting($0) }
        let fonts = rPr?.first("w:rFonts")
        let font = fonts?.attribute("w:ascii") ?? fonts?.attribute("w:hAnsi")
        if let named = fonts?.attribute("w:eastAsia") ?? font { format.font = named }
        // After a reference with `customMarkFollows`, the run's text is the note's mark.
        var customMark: String?
        for case .element(let e) in r.children {
            switch e.name {
            case "w:rPr":
                continue
            case "w:t":
                var unmapped: [UInt32] = []
                let text = SymbolFonts.text(e.text, font: font, unmapped: &unmapped)
                if let id = customMark {
                    customNoteMarks[id, default: ""] += text
                } else {
                    c.append(.text(text), format)
                }
                for code in unmapped { unmappedSymbol(code, font: font) }
            case "w:instrText", "w:fldChar":
                fieldCode(e, into: &c)
            case "w:tab", "w:ptab":
                c.append(.text("\t"), format)
            case "w:br":
                let type = e.attribute("w:type") ?? "textWrapping"
                if type == "textWrapping" { c.append(.lineBreak, format) }
                if type == "page" { c.pageBreaks.append(c.segments.count) }
            case "w:cr":
                c.append(.lineBreak, format)
            case "w:noBreakHyphen":
                c.append(.text("\u{2011}"), format)
            case "w:softHyphen":
                c.append(.text("\u{00AD}"), format)
            case "w:sym":
                if let code = e.attribute("w:char").flatMap({ UInt32($0, radix: 16) }) {
                    if let s = SymbolFonts.symbol(code, font: e.attribute("w:font")) {
                        if let id = customMark { customNoteMarks[id, default: ""] += s } else { c.append(.text(s), format) }
                    } else {
                        unmappedSymbol(code, font: e.attribute("w:font"))
                    }
                }
            case "w:footnoteReference", "w:endnoteReference":
                // A note mark is shown raised by Word; the model's note reference carries that itself.
                guard let id = e.attribute("w:id") else { break }
                let note = (e.name == "w:footnoteReference" ? "footnote-" : "endnote-") + id
                c.append(.noteReference(note), DocxRun.Format())
                if DocxRun.isOn(e.attribute("w:customMarkFollows")) { customMark = note; customNoteMarks[note] = "" }
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
            case "w:lastRenderedPageBreak", "w:footnoteRef", "w:endnoteRef", "w:annotationRef", "w:separator",
                 "w:continuationSeparator", "w:delText", "w:delInstrText", "w:dayShort", "w:dayLong", "w:monthShort",
                 "w:monthLong", "w:yearShort", "w:yearLong", "w:pgNum", "w:contentPart":
                continue
            default:
                if e.name.hasPrefix("w:") { unknownElement(e.name) }
            }
        }
    }

    /// Bold and italic of a character style, resolved through its `w:basedOn` chain once per
    /// style: runs name their style far more often than a document has styles.
    mutating func characterFormatting(_ id: String) -> (bold: Bool?, italic: Bool?) {
        if let known = characterStyles[id] { return known }
        let resolved = styles.characterFormatting(id)
        characterStyles[id] = resolved
        return resolved
    }
}
