internal import CLibXML2
import DocNormModel

/// Reads a .docx (a zip of XML parts, through libzip and libxml2) into the document model:
/// paragraphs with Word's signals as hints, tables, notes and metadata. The structure rules
/// then treat it like text.
public struct DocxReader: Sendable {
    public struct Options: Sendable, Equatable {
        /// Keep comments, as notes.
        public var keepComments: Bool
        /// Keep page headers and footers (before and after the body).
        public var keepHeadersFooters: Bool
        /// Read the images' bytes into `Document.media`; image inlines link to them by their
        /// path in the archive. Otherwise an image is its alt text only.
        public var extractMedia: Bool

        public init(keepComments: Bool = false, keepHeadersFooters: Bool = false, extractMedia: Bool = false) {
            self.keepComments = keepComments
            self.keepHeadersFooters = keepHeadersFooters
            self.extractMedia = extractMedia
        }
    }

    public var options: Options

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
    public static func xmlSize(_ source: DocxSource) -> Int {
        guard let entries = try? ZipArchive.entries(source) else { return 0 }
        return entries.filter { $0.name.hasSuffix(".xml") }.reduce(0) { $0 + Int(min($1.size, 1 << 31)) }
    }

    public func read(_ bytes: [UInt8]) throws(ReaderError) -> Document {
        try read(.bytes(bytes))
    }

    public func read(_ bytes: DocxSource) throws(ReaderError) -> Document {
        let entries = try ZipArchive.entries(bytes)
        let names = Set(entries.map(\.name))
        if entries.contains(where: { $0.encrypted }) {
            throw ReaderError(.encrypted, "the .docx is password-protected")
        }
        var warnings: [Warning] = []
        var parts: [String: [UInt8]] = [:]
        var unreadable: [String: String] = [:]
        /// Reads the parts named that exist and were not read yet.
        func load(_ wanted: [String]) throws(ReaderError) {
            let missing = Set(wanted.filter { names.contains($0) && parts[$0] == nil && unreadable[$0] == nil })
            guard !missing.isEmpty else { return }
            let contents = try ZipArchive.read(bytes, names: missing)
            parts.merge(contents.data) { a, _ in a }
            unreadable.merge(contents.failures) { a, _ in a }
        }

        func parse(_ name: String, required: Bool = false) throws(ReaderError) -> XMLElement? {
            try load([name])
            if let reason = unreadable[name] {
                if required { throw ReaderError(.corrupt, "\(name) cannot be read from the zip archive (\(reason))") }
                warnings.append(Warning(code: "unreadable-part", message: "\(name) cannot be read from the zip archive (\(reason)); the part was skipped"))
                unreadable[name] = nil
                parts[name] = []
                return nil
            }
            guard let data = parts[name], !data.isEmpty else { return nil }
            do {
                let (root, note, leftOut) = try XMLParser.parse(data, part: name)
                if let note { warnings.append(Warning(code: "malformed-xml", message: note)) }
                if let leftOut { warnings.append(Warning(code: "text-too-long", message: leftOut)) }
                return root
            } catch {
                if required { throw error }
                warnings.append(Warning(code: "malformed-xml", message: "\(error.reason); the part was skipped"))
                return nil
            }
        }

        try load(["_rels/.rels", "[Content_Types].xml"])
        let packageRels = (try? parse("_rels/.rels")).map(PackageParts.relationships) ?? []
        let contentTypes = try? parse("[Content_Types].xml")
        guard let main = PackageParts.mainPart(rels: packageRels, contentTypes: contentTypes, entries: names) else {
            throw ReaderError(.unsupportedFormat, Self.whatItIs(names))
        }
        let mainRels = PackageParts.relsPath(for: main)
        try load([mainRels])
        let rels = (try? parse(mainRels)).map(PackageParts.relationships) ?? []
        /// Relationships of another part (notes, headers) live beside it.
        func partRels(_ path: String) -> [Relationship] {
            (try? parse(PackageParts.relsPath(for: path))).map(PackageParts.relationships) ?? []
        }
        func target(_ kind: String) -> String? {
            rels.first { $0.kind == kind && !$0.external }.map { PackageParts.resolve($0.target, from: main) }
        }

        // Everything else the reading needs, in one pass over the archive.
        var wanted = ["styles", "numbering", "footnotes", "endnotes"].compactMap(target)
        if options.keepComments, let c = target("comments") { wanted.append(c) }
        if options.keepHeadersFooters {
            wanted += rels.filter { $0.kind == "header" || $0.kind == "footer" }.map { PackageParts.resolve($0.target, from: main) }
        }
        wanted += wanted.map(PackageParts.relsPath(for:))
        wanted.append(packageRels.first { $0.kind == "core-properties" }.map { PackageParts.resolve($0.target, from: "") } ?? "docProps/core.xml")
        try load(wanted)
        /// A part read child by child into `empty`, so a large one is never one tree; a part that
        /// cannot be (a DTD, broken XML) is parsed whole, with its warnings.
        func childByChild<Part>(_ name: String?, _ empty: Part, _ add: (inout Part, XMLElement) -> Void) -> Part {
            guard let name else { return empty }
            var part = empty
            if (try? load([name])) != nil, unreadable[name] == nil, let data = parts[name],
               XMLParser.eachChild(data, { add(&part, $0) }) {
                return part
            }
            part = empty
            guard let root = try? parse(name) else { return empty }
            for e in root.elements { add(&part, e) }
            return part
        }
        let styles = childByChild(target("styles"), StylesPart()) { $0.add($1) }
        let numbering = childByChild(target("numbering"), NumberingPart()) { $0.add($1) }
        var reader = BodyReader(styles: styles, numbering: numbering, relationships: rels, part: main, options: options)

        var doc = Document()
        doc.metadata.sourceFormat = "docx"
        if let entry = entries.first(where: { $0.name == main }) { try ZipArchive.checkLimits(entry) }
        func checkRoot(_ name: String) throws(ReaderError) {
            guard name == "w:document" || name == "w:glossaryDocument" else {
                throw ReaderError(.unsupportedFormat, "the file is not a Word document: its main part \(main) holds \(name), not w:document")
            }
        }
        // The body is streamed element by element; only a part with a DTD is read whole.
        var blocks: [Block] = []
        var table: BodyReader.TableBuilder?
        let outcome = try PartStream.bodyElements(bytes, part: main, root: checkRoot) { event in
            switch event {
            case .element(let e): reader.append(e, to: &blocks)
            case .tableStart: table = reader.startTable()
            case .tablePart(let e): table?.add(e, using: &reader)
            case .tableEnd:
                if let t = table { blocks.append(.table(t.table)) }
                table = nil
            case .leftOut(let note):
                warnings.append(Warning(code: "text-too-long", message: note))
            }
        }
        switch outcome {
        case .complete:
            break
        case .broken(let message):
            warnings.append(Warning(code: "malformed-xml", message: "\(main) is not well-formed XML (\(message)); what came before was read"))
        case .needsWholePart:
            guard let documentRoot = try parse(main, required: true) else {
                throw ReaderError(.corrupt, "\(main) is missing from the archive")
            }
            try checkRoot(documentRoot.name)
            guard let body = documentRoot.first("w:body") else {
                throw ReaderError(.corrupt, "\(main) has no body (w:body)")
            }
            blocks = reader.blocks(body)
        }

        if options.keepHeadersFooters {
            var headers: [Block] = []
            var footers: [Block] = []
            var seen = Set<String>()
            for rel in rels where rel.kind == "header" || rel.kind == "footer" {
                let path = PackageParts.resolve(rel.target, from: main)
                guard let root = try? parse(path) else { continue }
                let partBlocks = partReader(&reader, path: path, rels: partRels(path)) { $0.blocks(root) }
                let key = partBlocks.map { "\($0)" }.joined()
                guard !partBlocks.isEmpty, seen.insert(key).inserted else { continue }
                if rel.kind == "header" { headers += partBlocks } else { footers += partBlocks }
            }
            blocks = headers + blocks + footers
        }
        doc.blocks = blocks

        for (kind, element, prefix) in [("footnotes", "w:footnote", "footnote-"), ("endnotes", "w:endnote", "endnote-")] {
            guard let path = target(kind), let root = try? parse(path) else { continue }
            let noteRels = partRels(path)
            for note in root.all(element) {
                guard let id = note.attribute("w:id"), note.attribute("w:type").map({ $0 == "normal" }) ?? true else { continue }
                let noteBlocks = partReader(&reader, path: path, rels: noteRels) { $0.blocks(note) }
                doc.notes.append(Note(id: prefix + id, kind: kind == "footnotes" ? .footnote : .endnote, blocks: noteBlocks))
            }
        }
        if options.keepComments, let path = target("comments"), let root = try? parse(path) {
            let commentRels = partRels(path)
            for comment in root.all("w:comment") {
                guard let id = comment.attribute("w:id") else { continue }
                var noteBlocks = partReader(&reader, path: path, rels: commentRels) { $0.blocks(comment) }
                if let author = comment.attribute("w:author"), !author.isEmpty,
                   case .paragraph(var p)? = noteBlocks.first {
                    p.content.insert(.text(author + ": "), at: 0)
                    noteBlocks[0] = .paragraph(p)
                }
                doc.notes.append(Note(id: "comment-" + id, kind: .comment, blocks: noteBlocks))
            }
        }

        // A reference to a note the document lacks would be a dangling mark in every output.
        let known = Set(doc.notes.map(\.id))
        var missing: [String] = []
        func dropMissing(_ inlines: [Inline]) -> [Inline] {
            guard inlines.contains(where: { if case .noteReference = $0 { return true }; return $0.children != nil }) else { return inlines }
            return inlines.compactMap { inline -> Inline? in
                if case .noteReference(let id) = inline, !known.contains(id) { missing.append(id); return nil }
                return inline.children.map { inline.replacingChildren(dropMissing($0)) } ?? inline
            }.pruned()
        }
        doc.blocks = doc.blocks.map { $0.mappingInlines(dropMissing) }
        for k in doc.notes.indices { doc.notes[k].blocks = doc.notes[k].blocks.map { $0.mappingInlines(dropMissing) } }
        for id in missing {
            // Ids are "footnote-3", "endnote-7", "comment-2".
            let parts = id.split(separator: "-", maxSplits: 1).map(String.init)
            let what = parts.count == 2 ? "\(parts[0]) \(parts[1])" : "note \(id)"
            warnings.append(Warning(code: "missing-note", message: "a reference to \(what), which the document does not have, was dropped"))
        }

        let coreName = packageRels.first { $0.kind == "core-properties" }.map { PackageParts.resolve($0.target, from: "") } ?? "docProps/core.xml"
        if let core = try? parse(coreName) {
            func field(_ name: String) -> String? {
                core.first(name).map { $0.text.trimmingCharacters(in: " \n\t") }.flatMap { $0.isEmpty ? nil : $0 }
            }
            doc.metadata.title = field("dc:title")
            doc.metadata.author = field("dc:creator")
            doc.metadata.created = field("dcterms:created")
            doc.metadata.modified = field("dcterms:modified")
        }

        if options.extractMedia, !reader.images.isEmpty {
            let media = try ZipArchive.read(bytes, names: reader.images)
            for path in reader.imageOrder {
                if let data = media.data[path] {
                    doc.media.append(MediaFile(path: path, bytes: data))
                } else {
                    warnings.append(Warning(code: "missing-media", message: "image \(path) is missing from the archive"))
                }
            }
        }
        if !reader.authors.isEmpty { doc.metadata.author = reader.authors.joined(separator: "; ") }
        doc.warnings = warnings + numbering.warnings + reader.finalWarnings()
        return doc
    }

    /// Reads another part with the same counters and warnings, but that part's relationships.
    private func partReader(_ reader: inout BodyReader, path: String, rels: [Relationship],
                            _ body: (inout BodyReader) -> [Block]) -> [Block] {
        let savedRels = reader.relationships
        let savedPart = reader.part
        let savedIndex = reader.paragraphIndex
        reader.part = path
        reader.relationships = Dictionary(rels.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        defer {
            reader.relationships = savedRels
            reader.part = savedPart
            reader.paragraphIndex = savedIndex
        }
        return body(&reader)
    }

    /// What an archive without a Word document is, in plain words.
    static func whatItIs(_ names: Set<String>) -> String {
        if names.contains("xl/workbook.xml") { return "the file is an Excel workbook, not a .docx" }
        if names.contains("ppt/presentation.xml") { return "the file is a PowerPoint presentation, not a .docx" }
        if names.contains("content.xml") && names.contains("mimetype") { return "the file is an OpenDocument file (.odt), not a .docx" }
        return "the zip archive has no Word document part (word/document.xml), so it is not a .docx"
    }
}
