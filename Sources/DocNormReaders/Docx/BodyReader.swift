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
    /// Pictures of the file left in it (no `--extract-media`): said once, so none goes silently.
    var imagesNotWritten = 0
    /// Pieces of hidden text (`w:vanish`) left out.
    var hiddenLeftOut = 0
    /// Symbols with no Unicode character, left out: "Symbol F0F0", in order of first use.
    var unmappedSymbols: [String] = []
    /// The first letter of the next paragraph, held by a drop-cap frame.
    var dropCap: [Inline] = []
    /// Text of paragraphs in an Author style.
    var authors: [String] = []
    /// Inside a content control of the Table of Contents gallery (how deep).
    var tocControls = 0
    /// TOC fields whose result runs on into the next paragraph: a TOC field begins in its
    /// first entry and ends in its last.
    var openTOCFields = 0
    /// A page break or section break came after the last text read: the next paragraph with
    /// text starts a page.
    var pageBreakPending = false
    /// Bookmarks that start between paragraphs: they mark the next one.
    var pendingBookmarks: [String] = []
    /// Notes whose reference shows the author's own mark (`customMarkFollows`): id → mark.
    var customNoteMarks: [String: String] = [:]
    /// The body's last section properties: how the last section numbers its notes.
    var finalSection: XMLElement?
    /// Charts and SmartArt diagrams, read before the body: their blocks by part path.
    var graphics: [String: [Block]] = [:]
    /// Paragraph styles already resolved through their `w:basedOn` chain, by styleId (nil: the default).
    var resolvedStyles: [String?: StylesPart.Resolved] = [:]
    /// Each paragraph style the document uses, numbered in the order of first use.
    var styleNumbers: [String: Int] = [:]
    /// Character styles' bold and italic, by styleId, as runs meet them.
    var characterStyles: [String: (bold: Bool?, italic: Bool?)] = [:]

    init(styles: StylesPart, numbering: NumberingPart, relationships: [Relationship], part: String, options: DocxReader.Options) {
        self.styles = styles
        self.numbering = numbering
        self.relationships = Dictionary(relationships.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.part = part
        self.options = options
    }

    /// Reads another part (notes, headers) with the same counters and warnings, but that
    /// part's relationships.
    mutating func reading(part path: String, rels: [Relationship], _ body: (inout BodyReader) -> [Block]) -> [Block] {
        let savedRels = relationships
        let savedPart = part
        let savedIndex = paragraphIndex
        let savedBreak = pageBreakPending
        pageBreakPending = false
        part = path
        relationships = Dictionary(rels.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        defer {
            relationships = savedRels
            part = savedPart
            paragraphIndex = savedIndex
            pageBreakPending = savedBreak
        }
        return body(&self)
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
            appendParagraph(e, to: &out)
        case "w:tbl":
            out.append(.table(table(e)))
            // A break in a cell starts its page inside the table (so for the streamed body's tables).
            pageBreakPending = false
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
        case "w:bookmarkStart":
            if let name = Self.bookmarkName(e) { pendingBookmarks.append(name) }
        case "w:sectPr":
            finalSection = e
        case "w:del", "w:moveFrom", "w:bookmarkEnd", "w:proofErr", "w:permStart",
             "w:permEnd", "w:commentRangeStart", "w:commentRangeEnd", "w:moveFromRangeStart", "w:moveFromRangeEnd",
             "w:moveToRangeStart", "w:moveToRangeEnd", "w:tblPr", "w:tcPr", "w:sdtPr", "w:sdtEndPr", "w:customXmlPr",
             "w:smartTagPr":
            return
        default:
            if e.name.hasPrefix("w:") || e.name.hasPrefix("m:") { unknownElement(e.name) }
        }
    }

    /// One branch of `mc:AlternateContent`: the first choice, unless only the fallback has
    /// text to read (a choice whose text box lives in another part, as Word 2010 writes
    /// `wps:linkedTxbx`, while the VML fallback holds the text itself).
    func alternate(_ e: XMLElement) -> XMLElement? {
        let choice = e.first("mc:Choice"), fallback = e.first("mc:Fallback")
        if let choice, let fallback, !Self.hasText(choice), Self.hasText(fallback) { return fallback }
        return choice ?? fallback
    }

    /// Whether a branch holds any text (`w:t`), looked for without recursion.
    static func hasText(_ e: XMLElement) -> Bool {
        var stack = [e]
        while let top = stack.popLast() {
            for child in top.elements {
                if child.name == "w:t", !child.text.isEmpty { return true }
                stack.append(child)
            }
        }
        return false
    }

    // MARK: - Warnings

    mutating func warn(_ code: String, _ message: String, at position: SourcePosition? = nil) {
        warnings.append(Warning(code: code, message: message, position: position ?? .paragraph(max(1, paragraphIndex))))
    }

    mutating func unknownElement(_ name: String) {
        if let u = unknown[name] { unknown[name] = (u.count + 1, u.first) } else { unknown[name] = (1, max(1, paragraphIndex)) }
    }

    mutating func unmappedSymbol(_ code: UInt32, font: String?) {
        let name = (font ?? "symbol font") + " " + String(code, radix: 16, uppercase: true)
        if !unmappedSymbols.contains(name) { unmappedSymbols.append(name) }
    }

    /// Warnings for unknown elements, hidden text and symbols, once per kind.
    func finalWarnings() -> [Warning] {
        var out = warnings
        for (name, u) in unknown.sorted(by: { $0.key < $1.key }) {
            out.append(Warning(code: "unknown-element", message: "element \(name) is not understood and was skipped (\(u.count)×)",
                               position: .paragraph(u.first)))
        }
        if hiddenLeftOut > 0 {
            out.append(Warning(code: "hidden-text", message: "hidden text (w:vanish) was left out (\(hiddenLeftOut) piece(s)); --hidden keeps it"))
        }
        if imagesNotWritten > 0 {
            out.append(Warning(code: "images-not-written",
                               message: "\(imagesNotWritten) picture\(imagesNotWritten == 1 ? " was" : "s were") not written (one with alt text shows it); --extract-media DIR writes them",
                               severity: .info))
        }
        if !unmappedSymbols.isEmpty {
            out.append(Warning(code: "unmapped-symbol", message: "symbols with no Unicode character were left out: " + unmappedSymbols.prefix(8).joined(separator: ", ")))
        }
        return out
    }
}
