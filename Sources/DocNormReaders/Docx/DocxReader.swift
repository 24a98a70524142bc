internal import CLibXML2
import DocNormModel

/// Reads a .docx (a zip of XML parts, through libzip and libxml2) into the document model:
/// paragraphs with Word's signals as hints, tables, notes and metadata. The structure rules
/// then treat it like text.
public struct DocxReader: Sendable {
    /// What the .docx reader keeps besides the body text.
    public struct Options: Sendable, Equatable {
        /// Keep comments, as notes.
        public var keepComments: Bool
        /// Keep page headers and footers (before and after the body).
        public var keepHeadersFooters: Bool
        /// Read the images' bytes into `Document.media`; image inlines link to them by their
        /// path in the archive. Otherwise an image is its alt text only.
        public var extractMedia: Bool
        /// Keep hidden text (`w:vanish`); otherwise it is left out, with one warning.
        public var keepHidden: Bool

        /// Options; by default comments, headers and footers, image bytes and hidden text are left out.
        public init(keepComments: Bool = false, keepHeadersFooters: Bool = false, extractMedia: Bool = false,
                    keepHidden: Bool = false) {
            self.keepComments = keepComments
            self.keepHeadersFooters = keepHeadersFooters
            self.extractMedia = extractMedia
            self.keepHidden = keepHidden
        }
    }

    /// What this reader keeps.
    public var options: Options

    /// A reader with `options`.
    public init(options: Options = Options()) {
        self.options = options
        _ = Self.parserReady
    }

    /// libxml2 is initialised once, before any parallel use.
    static let parserReady: Void = {
        xmlInitParser()
        docnorm_xmlSilenceErrors()
    }()

    /// The decompressed size of the XML parts of a .docx, from its zip directory alone: what
    /// reading it will hold in memory scales with this. Zero when it is not a zip.
    package static func xmlSize(_ source: DocxSource) -> Int {
        guard let entries = try? ZipArchive.entries(source) else { return 0 }
        return entries.filter { $0.name.hasSuffix(".xml") }.reduce(0) { $0 + Int(min($1.size, 1 << 31)) }
    }

    /// Reads a .docx held in memory.
    public func read(_ bytes: [UInt8]) throws(ReaderError) -> Document {
        try read(.bytes(bytes))
    }

    /// Reads a .docx from memory or from a file (read as libzip needs it, never whole).
    public func read(_ source: DocxSource) throws(ReaderError) -> Document {
        try DocxPackage.withPackage(source) { package throws(ReaderError) in try read(&package) }
    }

    /// Reads the document from its package: styles and numbering first, then the body as it
    /// streams, headers and footers, notes, properties and media.
    func read(_ package: inout DocxPackage) throws(ReaderError) -> Document {
        let parts = package.parts
        // Everything else the reading needs, in one pass over the archive.
        var wanted = ["styles", "numbering", "footnotes", "endnotes"].compactMap(parts.target)
        if options.keepComments, let c = parts.target("comments") { wanted.append(c) }
        // How notes are numbered (`w:footnotePr`, `w:endnotePr`) is in the settings.
        if parts.target("footnotes") != nil || parts.target("endnotes") != nil, let s = parts.target("settings") { wanted.append(s) }
        if options.keepHeadersFooters { wanted += parts.headersFooters.map(\.path) }
        wanted += wanted.map(PackageParts.relsPath(for:))
        wanted.append(parts.coreProperties)
        let graphicParts = parts.graphics
        wanted += graphicParts.map(\.path)
        try package.load(wanted)
        let styles = package.childByChild(parts.target("styles"), StylesPart()) { $0.add($1) }
        let numbering = package.childByChild(parts.target("numbering"), NumberingPart()) { $0.add($1) }
        var reader = BodyReader(styles: styles, numbering: numbering, relationships: parts.rels, part: parts.main, options: options)
        for (kind, path) in graphicParts {
            guard let root = try? package.parse(path) else { continue }
            reader.graphics[path] = kind == "chart" ? ChartData(root).blocks : SmartArtReader.blocks(root)
        }

        var doc = Document()
        doc.metadata.sourceFormat = "docx"
        var blocks = try body(&package, reader: &reader)
        if options.keepHeadersFooters {
            blocks = headersFooters(&package, reader: &reader, around: blocks)
        }
        doc.blocks = blocks
        NotesReader.read(&package, reader: &reader, options: options, into: &doc)
        package.warnings += NotesReader.dropMissingReferences(&doc)

        if let core = try? package.parse(parts.coreProperties) {
            func field(_ name: String) -> String? {
                core.first(name).map { $0.text.trimmingCharacters(in: " \n\t") }.flatMap { $0.isEmpty ? nil : $0 }
            }
            doc.metadata.title = field("dc:title")
            doc.metadata.author = field("dc:creator")
            doc.metadata.created = field("dcterms:created")
            doc.metadata.modified = field("dcterms:modified")
        }

        if options.extractMedia, !reader.imageOrder.isEmpty {
            for (path, data) in try package.media(reader.imageOrder) {
                if let data {
                    doc.media.append(MediaFile(path: path, bytes: data))
                } else {
                    package.warnings.append(Warning(code: "missing-media", message: "image \(path) is missing from the archive"))
                }
            }
        }
        if !reader.authors.isEmpty { doc.metadata.author = reader.authors.joined(separator: "; ") }
        doc.warnings = package.warnings + numbering.warnings + reader.finalWarnings()
        return doc
    }

    /// The body, streamed element by element; only a part with a DTD is read whole.
    private func body(_ package: inout DocxPackage, reader: inout BodyReader) throws(ReaderError) -> [Block] {
        let main = package.parts.main
        func checkRoot(_ name: String) throws(ReaderError) {
            guard name == "w:document" || name == "w:glossaryDocument" else {
                throw ReaderError(.unsupportedFormat, "the file is not a Word document: its main part \(main) holds \(name), not w:document")
            }
        }
        var blocks: [Block] = []
        var table: BodyReader.TableBuilder?
        var notes: [Warning] = []
        let outcome = try package.streamBody(root: checkRoot) { event in
            switch event {
            case .element(let e): reader.append(e, to: &blocks)
            case .tableStart: table = reader.startTable()
            case .tablePart(let e): table?.add(e, using: &reader)
            case .tableEnd:
                if let t = table { blocks.append(.table(t.table)) }
                table = nil
                reader.pageBreakPending = false
            case .leftOut(let note):
                notes.append(Warning(code: "text-too-long", message: note))
            }
        }
        package.warnings += notes
        switch outcome {
        case .complete:
            break
        case .broken(let message):
            package.warnings.append(Warning(code: "malformed-xml", message: "\(main) is not well-formed XML (\(message)); what came before was read"))
        case .needsWholePart:
            guard let documentRoot = try package.parse(main, required: true) else {
                throw ReaderError(.corrupt, "\(main) is missing from the archive")
            }
            try checkRoot(documentRoot.name)
            guard let body = documentRoot.first("w:body") else {
                throw ReaderError(.corrupt, "\(main) has no body (w:body)")
            }
            blocks = reader.blocks(body)
        }
        return blocks
    }

    /// Page headers before the body and footers after it, each distinct one once.
    private func headersFooters(_ package: inout DocxPackage, reader: inout BodyReader, around body: [Block]) -> [Block] {
        var headers: [Block] = []
        var footers: [Block] = []
        var seen = Set<String>()
        for (kind, path) in package.parts.headersFooters {
            guard let root = try? package.parse(path) else { continue }
            let partBlocks = reader.reading(part: path, rels: package.relationships(of: path)) { $0.blocks(root) }
            let key = partBlocks.map { "\($0)" }.joined()
            guard !partBlocks.isEmpty, seen.insert(key).inserted else { continue }
            if kind == "header" { headers += partBlocks } else { footers += partBlocks }
        }
        return headers + body + footers
    }

    /// What an archive without a Word document is, in plain words.
    static func whatItIs(_ names: Set<String>) -> String {
        if names.contains("xl/workbook.xml") { return "the file is an Excel workbook, not a .docx" }
        if names.contains("ppt/presentation.xml") { return "the file is a PowerPoint presentation, not a .docx" }
        if names.contains("content.xml") && names.contains("mimetype") { return "the file is an OpenDocument file (.odt), not a .docx" }
        return "the zip archive has no Word document part (word/document.xml), so it is not a .docx"
    }
}
