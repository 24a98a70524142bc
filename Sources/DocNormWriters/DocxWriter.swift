internal import CLibZip
import DocNormModel

/// A .docx of the normalized document: the title in Word's Title style, headings in heading
/// styles with their labels (typed in, or as Word's automatic numbering when they came from
/// it), paragraphs, lists with their labels, tables with merged cells, links, footnotes and
/// the images the document carries the bytes of. Formatting beyond that (fonts, sizes) is not
/// carried: this is the normalized copy `check --fix` and `-t docx` write.
public struct DocxWriter: Sendable {
    /// A .docx writer.
    public init() {}

    /// The document as the bytes of a .docx file.
    public func data(_ document: Document) -> [UInt8] {
        var builder = Builder(notes: NoteNumbering(document))
        builder.images = DocxImages(document.media)
        for block in document.blocks { builder.block(block, depth: 0) }
        let body = builder.body
        var parts: [(String, String)] = [
            ("_rels/.rels", Self.packageRels),
            ("docProps/core.xml", Self.core(document.metadata)),
            ("word/styles.xml", Self.styles),
            ("word/document.xml", Self.head + "<w:body>" + body + "<w:sectPr/></w:body></w:document>"),
        ]
        var rels = "<Relationship Id=\"rIdStyles\" Type=\"\(Self.relType)/styles\" Target=\"styles.xml\"/>"
        if !document.notes.isEmpty {
            var notes = Builder(notes: builder.notes)
            notes.numbering = builder.numbering
            var xml = Self.notesHead + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
            for note in builder.notes.ordered(document.notes) {
                notes.body = ""
                for b in note.blocks { notes.block(b, depth: 0) }
                xml += "<w:footnote w:id=\"\(builder.notes.numbers[note.id] ?? 0)\">\(notes.body)</w:footnote>"
            }
            builder.links += notes.links
            builder.numbering = notes.numbering
            parts.append(("word/footnotes.xml", xml + "</w:footnotes>"))
            rels += "<Relationship Id=\"rIdNotes\" Type=\"\(Self.relType)/footnotes\" Target=\"footnotes.xml\"/>"
        }
        for (k, url) in builder.links.enumerated() {
            rels += "<Relationship Id=\"rIdL\(k + 1)\" Type=\"\(Self.relType)/hyperlink\" Target=\"\(Self.escape(url))\" TargetMode=\"External\"/>"
        }
        if let numbering = builder.numbering.part(head: Self.numberingHead) {
            parts.append(("word/numbering.xml", numbering))
            rels += "<Relationship Id=\"rIdNumbering\" Type=\"\(Self.relType)/numbering\" Target=\"numbering.xml\"/>"
        }
        for image in builder.images.images {
            rels += "<Relationship Id=\"\(image.relationship)\" Type=\"\(Self.relType)/image\" Target=\"\(image.part)\"/>"
        }
        parts.append(("word/_rels/document.xml.rels", Self.relsHead + rels + "</Relationships>"))
        let extensions = Set(builder.images.images.map { DocxImages.fileExtension($0.part) })
        parts.insert(("[Content_Types].xml", Self.contentTypes(notes: !document.notes.isEmpty, numbering: !builder.numbering.keys.isEmpty,
                                                               images: extensions)), at: 0)
        if builder.links.isEmpty == false, !document.notes.isEmpty {
            parts.append(("word/_rels/footnotes.xml.rels", Self.relsHead + builder.links.enumerated().map { k, url in
                "<Relationship Id=\"rIdL\(k + 1)\" Type=\"\(Self.relType)/hyperlink\" Target=\"\(Self.escape(url))\" TargetMode=\"External\"/>"
            }.joined() + "</Relationships>"))
        }
        return Self.zip(parts.map { ($0.0, Array($0.1.utf8)) } + builder.images.images.map { ("word/" + $0.part, $0.bytes) })
    }

    struct Builder {
        var notes: NoteNumbering
        var body = ""
        var links: [String] = []
        var images = DocxImages([])
        var numbering = DocxNumbering()
        var bookmarkCount = 0

        mutating func block(_ block: Block, depth: Int) {
            switch block {
            case .heading(let h):
                let style = h.level == 1 ? "Title" : "Heading\(h.level - 1)"
                let numPr = h.label.flatMap { automatic($0, level: h.level - 2) }
                paragraph(style: style, label: numPr == nil ? h.label.map(shown) : nil, content: h.content, indent: 0, numPr: numPr,
                          bookmarks: h.anchor.map { [$0] } ?? [])
            case .paragraph(let p):
                paragraph(style: nil, label: nil, content: p.content, indent: depth, bookmarks: p.hints.bookmarks)
            case .list(let l):
                for item in l.items {
                    for (k, b) in item.blocks.enumerated() {
                        if k == 0, case .paragraph(let p) = b {
                            // List levels come after the heading levels (0…4), so a list stays below its heading.
                            let numPr = item.label.flatMap { automatic($0, level: 5 + depth) }
                            let typed = numPr == nil ? item.label.map(shown) ?? (l.ordered ? nil : "• ") : nil
                            paragraph(style: nil, label: typed, content: p.content, indent: depth + 1, numPr: numPr, bookmarks: p.hints.bookmarks)
                        } else {
                            self.block(b, depth: depth + 1)
                        }
                    }
                }
            case .table(let t):
                table(t)
            case .blockQuote(let blocks):
                for b in blocks {
                    if case .paragraph(let p) = b { paragraph(style: "Quote", label: nil, content: p.content, indent: depth) } else { self.block(b, depth: depth) }
                }
            case .thematicBreak:
                body += "<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"auto\"/></w:pBdr></w:pPr></w:p>"
            }
        }

        func shown(_ label: NumberingLabel) -> String { label.shown }

        /// Word's numbering for a label Word's numbering made, as shown; nil for typed labels.
        mutating func automatic(_ label: NumberingLabel, level: Int) -> String? {
            guard label.automatic, let shown = label.display, !shown.isEmpty else { return nil }
            // A label ranked by its list level keeps that level; others take their depth.
            var ilvl = level
            if case .listLevel(let l) = label.rank { ilvl = l }
            return numbering.properties(text: shown, level: ilvl, bullet: label.rank == .bullet)
        }

        mutating func paragraph(style: String?, label: String?, content: [Inline], indent: Int, numPr: String? = nil, bookmarks: [String] = []) {
            var props = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
            if let numPr { props += numPr }
            if indent > 0 { props += "<w:ind w:left=\"\(420 * indent)\"/>" }
            body += "<w:p>" + (props.isEmpty ? "" : "<w:pPr>\(props)</w:pPr>")
            // Where the copy's internal links (`w:hyperlink w:anchor`) lead.
            for name in bookmarks {
                bookmarkCount += 1
                body += "<w:bookmarkStart w:id=\"\(bookmarkCount)\" w:name=\"\(DocxWriter.escape(name))\"/><w:bookmarkEnd w:id=\"\(bookmarkCount)\"/>"
            }
            if let label, !label.isEmpty { body += run(label, Format()) }
            inlines(content, Format())
            body += "</w:p>"
        }

        struct Format {
            var bold = false, italic = false, underline = false, strike = false, sup = false, sub = false
            var properties: String {
                var s = ""
                if bold { s += "<w:b/>" }
                if italic { s += "<w:i/>" }
                if underline { s += "<w:u w:val=\"single\"/>" }
                if strike { s += "<w:strike/>" }
                if sup { s += "<w:vertAlign w:val=\"superscript\"/>" }
                if sub { s += "<w:vertAlign w:val=\"subscript\"/>" }
                return s.isEmpty ? "" : "<w:rPr>\(s)</w:rPr>"
            }
        }

        func run(_ text: String, _ f: Format) -> String {
            // Tabs are their own element in WordprocessingML.
            let pieces = text.split(separator: "\t", omittingEmptySubsequences: false)
            return "<w:r>\(f.properties)" + pieces.enumerated().map { k, piece in
                (k > 0 ? "<w:tab/>" : "") + (piece.isEmpty ? "" : "<w:t xml:space=\"preserve\">\(DocxWriter.escape(String(piece)))</w:t>")
            }.joined() + "</w:r>"
        }

        mutating func inlines(_ list: [Inline], _ f: Format) {
            var previous: Inline?
            for inline in list {
                defer { previous = inline }
                var g = f
                switch inline {
                case .text(let s): body += run(s, f)
                case .strong(let c): g.bold = true; inlines(c, g)
                case .emphasis(let c): g.italic = true; inlines(c, g)
                case .underline(let c): g.underline = true; inlines(c, g)
                case .strikethrough(let c): g.strike = true; inlines(c, g)
                case .superscript(let c): g.sup = true; inlines(c, g)
                case .subscript(let c): g.sub = true; inlines(c, g)
                case .link(let url, let c):
                    // A target the link policy refuses keeps its text, unlinked.
                    guard let url = LinkPolicy.safe(url) else { inlines(c, f); break }
                    if url.hasPrefix("#") {
                        body += "<w:hyperlink w:anchor=\"\(DocxWriter.escape(String(url.dropFirst())))\">"
                    } else {
                        links.append(url)
                        body += "<w:hyperlink r:id=\"rIdL\(links.count)\">"
                    }
                    inlines(c, f)
                    body += "</w:hyperlink>"
                case .noteReference(let id):
                    guard let n = notes.numbers[id] else { break }  // a note the document does not have
                    body += "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"\(n)\"/></w:r>"
                case .lineBreak: body += "<w:r><w:br/></w:r>"
                case .image(let alt, let source):
                    // Without its bytes the image cannot be in the copy; its description stays as text.
                    if let drawing = images.drawing(source: source, alt: alt) { body += drawing } else if !alt.isEmpty { body += run(alt, f) }
                case .math(let m):
                    // The equation's linear text, which Word can turn back into an equation;
                    // display equations side by side each on a line of their own.
                    if m.display, body.hasSuffix("</w:r>"), case .math? = previous { body += "<w:r><w:br/></w:r>" }
                    body += run(m.text, f)
                }
            }
        }

        /// Where a row's cells stand in the model's grid: a cell of the row, or the place a
        /// cell from a row above still covers.
        enum Placed {
            case cell(TableCell, start: Int, end: Int)
            case covered(start: Int, end: Int)
        }

        /// Every row's cells placed in the grid, spans held to what Int can add up.
        static func layout(_ t: Table) -> [[Placed]] {
            func span(_ n: Int) -> Int { min(max(1, n), Int(Int32.max)) }
            let width = t.rows.map { $0.cells.reduce(0) { $0 + span($1.columnSpan) } }.max() ?? 0
            // Columns still covered by a cell from a row above: (rows left, end column).
            var covered: [Int: (rows: Int, end: Int)] = [:]
            var out: [[Placed]] = []
            for row in t.rows {
                var placed: [Placed] = []
                var column = 0
                var cells = row.cells[...]
                while column < width {
                    if let c = covered[column], c.rows > 0 {
                        placed.append(.covered(start: column, end: c.end))
                        covered[column] = c.rows > 1 ? (c.rows - 1, c.end) : nil
                        column = c.end
                        continue
                    }
                    guard let cell = cells.popFirst() else { break }
                    let end = column + span(cell.columnSpan)
                    if cell.rowSpan > 1 { covered[column] = (cell.rowSpan - 1, end) }
                    placed.append(.cell(cell, start: column, end: end))
                    column = end
                }
                out.append(placed)
            }
            return out
        }

        mutating func table(_ t: Table) {
            let rows = Self.layout(t)
            // The grid has a column only between edges some cell has: a span of 10^8 columns
            // is then one grid column with its gridSpan, not 10^8 empty ones.
            var edges = Set<Int>([0])
            for row in rows {
                for p in row {
                    switch p {
                    case .cell(_, let start, let end), .covered(let start, let end): edges.insert(start); edges.insert(end)
                    }
                }
            }
            let sorted = edges.sorted()
            let index = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
            func gridSpan(_ start: Int, _ end: Int) -> String {
                let n = (index[end] ?? 0) - (index[start] ?? 0)
                return n > 1 ? "<w:gridSpan w:val=\"\(n)\"/>" : ""
            }
            body += "<w:tbl><w:tblPr><w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map {
                "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
            }.joined() + "</w:tblBorders></w:tblPr><w:tblGrid>" + String(repeating: "<w:gridCol/>", count: sorted.count - 1) + "</w:tblGrid>"
            for (row, placed) in Swift.zip(t.rows, rows) {
                body += "<w:tr>" + (row.isHeader ? "<w:trPr><w:tblHeader/></w:trPr>" : "")
                for p in placed {
                    switch p {
                    case .covered(let start, let end):
                        body += "<w:tc><w:tcPr>\(gridSpan(start, end))<w:vMerge/></w:tcPr><w:p/></w:tc>"
                    case .cell(let cell, let start, let end):
                        var props = gridSpan(start, end)
                        if cell.rowSpan > 1 { props += "<w:vMerge w:val=\"restart\"/>" }
                        body += "<w:tc>" + (props.isEmpty ? "" : "<w:tcPr>\(props)</w:tcPr>")
                        let before = body.utf8.count
                        for b in cell.blocks { block(b, depth: 0) }
                        if body.utf8.count == before { body += "<w:p/>" }  // a cell needs a paragraph
                        body += "</w:tc>"
                    }
                }
                body += "</w:tr>"
            }
            body += "</w:tbl><w:p/>"
        }
    }

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                // Characters XML 1.0 cannot carry are left out.
                if u.value < 0x20 && u != "\t" && u != "\n" && u != "\r" { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    static let relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"\(relType)\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
    static let head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document \(ns)>"
    static let numberingHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering \(ns)>"
    static let notesHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:footnotes \(ns)>"
    static let relsHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    static let packageRels = relsHead
        + "<Relationship Id=\"rId1\" Type=\"\(relType)/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "</Relationships>"

    static func contentTypes(notes: Bool, numbering: Bool = false, images: Set<String> = []) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + images.sorted().filter { $0 != "xml" && $0 != "rels" }.map {
                "<Default Extension=\"\($0)\" ContentType=\"\(DocxImages.contentTypes[$0] ?? "application/octet-stream")\"/>"
            }.joined()
            + (numbering ? "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>" : "")
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
            + (notes ? "<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>" : "")
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "</Types>"
    }

    static func core(_ m: Metadata) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
            + (m.title.map { "<dc:title>\(escape($0))</dc:title>" } ?? "")
            + (m.author.map { "<dc:creator>\(escape($0))</dc:creator>" } ?? "")
            + "</cp:coreProperties>"
    }

    static let styles: String = {
        var s = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles \(ns)>"
        s += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:rPr><w:rFonts w:eastAsia=\"SimSun\"/></w:rPr></w:style>"
        s += "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"36\"/></w:rPr></w:style>"
        for n in 1...6 {
            s += "<w:style w:type=\"paragraph\" w:styleId=\"Heading\(n)\"><w:name w:val=\"heading \(n)\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"\(n - 1)\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"
        }
        s += "<w:style w:type=\"paragraph\" w:styleId=\"Quote\"><w:name w:val=\"Quote\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:ind w:left=\"720\"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>"
        return s + "</w:styles>"
    }()

    /// 1980-01-01 as an MS-DOS date (year − 1980 << 9 | month << 5 | day).
    static let firstZipDay: UInt16 = 1 << 5 | 1

    /// A zip of the parts, built in memory by libzip.
    static func zip(_ entries: [(String, [UInt8])]) -> [UInt8] {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(nil, 0, 0, &error) else { return [] }
        // Keep the source past zip_close, to read the archive back from it.
        zip_source_keep(source)
        defer { zip_source_free(source) }
        guard let archive = zip_open_from_source(source, ZIP_TRUNCATE, &error) else { return [] }
        var buffers: [UnsafeMutableRawPointer] = []
        defer { buffers.forEach { $0.deallocate() } }
        for (name, bytes) in entries {
            let buffer = UnsafeMutableRawPointer.allocate(byteCount: max(1, bytes.count), alignment: 1)
            buffers.append(buffer)
            bytes.withUnsafeBytes { if let base = $0.baseAddress { buffer.copyMemory(from: base, byteCount: bytes.count) } }
            guard let entry = zip_source_buffer(archive, buffer, UInt64(bytes.count), 0) else { zip_discard(archive); return [] }
            let index = zip_file_add(archive, name, entry, UInt32(ZIP_FL_ENC_UTF_8))
            if index < 0 {
                zip_source_free(entry)
                zip_discard(archive)
                return []
            }
            // One fixed time (1980-01-01 00:00, the zip format's first day) for every part: the
            // same document gives the same bytes whenever it is written.
            _ = zip_file_set_dostime(archive, UInt64(index), 0, Self.firstZipDay, 0)
        }
        guard zip_close(archive) == 0 else { zip_discard(archive); return [] }
        // Read the finished archive out of the source.
        var st = zip_stat_t()
        zip_stat_init(&st)
        guard zip_source_stat(source, &st) == 0, zip_source_open(source) == 0 else { return [] }
        defer { zip_source_close(source) }
        var out = [UInt8](repeating: 0, count: Int(st.size))
        let n = out.withUnsafeMutableBytes { zip_source_read(source, $0.baseAddress, UInt64($0.count)) }
        return n == Int64(st.size) ? out : []
    }
}
