import DocNormModel

/// Footnotes, endnotes and (when kept) comments: each a note of blocks, read with the body's
/// counters but its own part's relationships. Note references the document cannot resolve
/// are dropped with a warning.
enum NotesReader {
    static func read(_ package: inout DocxPackage, reader: inout BodyReader, options: DocxReader.Options, into doc: inout Document) {
        for (kind, element, prefix) in [("footnotes", "w:footnote", "footnote-"), ("endnotes", "w:endnote", "endnote-")] {
            guard let path = package.parts.target(kind), let root = try? package.parse(path) else { continue }
            doc.notes += notes(root, element: element, prefix: prefix, kind: kind == "footnotes" ? .footnote : .endnote,
                               reader: &reader, part: path, rels: package.relationships(of: path))
        }
        if doc.notes.contains(where: { $0.kind != .comment }) {
            let settings = package.parts.target("settings").flatMap { try? package.parse($0) }
            mark(&doc, settings: settings, section: reader.finalSection, custom: reader.customNoteMarks)
        }
        if options.keepComments, let path = package.parts.target("comments"), let root = try? package.parse(path) {
            doc.notes += comments(root, reader: &reader, part: path, rels: package.relationships(of: path))
        }
    }

    /// How Word numbers one kind of note: a `w:numFmt` and a `w:numStart`, from the section's
    /// `w:footnotePr`/`w:endnotePr`, else the settings', else Word's own (1, 2, 3 for
    /// footnotes; i, ii, iii for endnotes).
    struct Numbering: Equatable {
        var format: String
        var start: Int

        init(format: String, start: Int = 1) {
            self.format = format
            self.start = start
        }

        init(_ properties: [XMLElement?], default fallback: Numbering) {
            let given = properties.compactMap { $0 }
            format = given.lazy.compactMap { $0.first("w:numFmt")?.attribute("w:val") }.first ?? fallback.format
            // A start from the file is clamped, never trusted to be small.
            start = given.lazy.compactMap { $0.first("w:numStart")?.attribute("w:val").flatMap { Int($0) } }.first
                .map { min(max($0, 1), 32767) } ?? fallback.start
        }
    }

    /// Gives each footnote and endnote the mark Word shows: counted in the order of the
    /// references in the body, each kind on its own counter, in its number format. A note with
    /// a mark of the author's own (`customMarkFollows`) shows that and takes no number. Word
    /// can restart the count on each page or section (`w:numRestart`); a page is not known
    /// here and sections are rare, so the count runs on through the document.
    static func mark(_ doc: inout Document, settings: XMLElement?, section: XMLElement?, custom: [String: String]) {
        let foot = Numbering([section?.first("w:footnotePr"), settings?.first("w:footnotePr")], default: Numbering(format: "decimal"))
        let end = Numbering([section?.first("w:endnotePr"), settings?.first("w:endnotePr")], default: Numbering(format: "lowerRoman"))
        var marks = custom.filter { !$0.value.isEmpty }
        var next = (foot: foot.start, end: end.start)
        let known = Set(doc.notes.map(\.id))
        for block in doc.blocks {
            block.forEachInlines { inlines in
                Inline.forEachNoteReference(inlines) { id in
                    guard marks[id] == nil, custom[id] == nil, known.contains(id) else { return }
                    if id.hasPrefix("footnote-") {
                        marks[id] = NumberFormats.render(next.foot, format: foot.format)
                        next.foot += 1
                    } else if id.hasPrefix("endnote-") {
                        marks[id] = NumberFormats.render(next.end, format: end.format)
                        next.end += 1
                    }
                }
            }
        }
        for k in doc.notes.indices {
            doc.notes[k].mark = marks[doc.notes[k].id]
            // A note with a mark of its own repeats it, typed, where Word puts its number.
            if let mark = custom[doc.notes[k].id], !mark.isEmpty { dropLeading(mark, from: &doc.notes[k].blocks) }
        }
    }

    /// The note's text without the mark typed at its start (`* Reissued…` → `Reissued…`).
    static func dropLeading(_ mark: String, from blocks: inout [Block]) {
        guard case .paragraph(var p)? = blocks.first, case .text(let text)? = p.content.first else { return }
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix(mark) else { return }
        let rest = String(trimmed.dropFirst(mark.count).drop { $0 == " " || $0 == "\t" })
        if rest.isEmpty { p.content.removeFirst() } else { p.content[0] = .text(rest) }
        blocks[0] = .paragraph(p)
    }

    /// The notes of a footnotes or endnotes part; separators and continuation notes are not notes.
    static func notes(_ root: XMLElement, element: String, prefix: String, kind: Note.Kind,
                      reader: inout BodyReader, part: String, rels: [Relationship]) -> [Note] {
        var out: [Note] = []
        for note in root.all(element) {
            guard let id = note.attribute("w:id"), note.attribute("w:type").map({ $0 == "normal" }) ?? true else { continue }
            let blocks = BodyReader.withoutEmptyParagraphs(reader.reading(part: part, rels: rels) { $0.blocks(note) })
            out.append(Note(id: prefix + id, kind: kind, blocks: blocks))
        }
        return out
    }

    /// Comments as notes, the author's name leading the first paragraph.
    static func comments(_ root: XMLElement, reader: inout BodyReader, part: String, rels: [Relationship]) -> [Note] {
        var out: [Note] = []
        for comment in root.all("w:comment") {
            guard let id = comment.attribute("w:id") else { continue }
            var blocks = BodyReader.withoutEmptyParagraphs(reader.reading(part: part, rels: rels) { $0.blocks(comment) })
            if let author = comment.attribute("w:author"), !author.isEmpty, case .paragraph(var p)? = blocks.first {
                p.content.insert(.text(author + ": "), at: 0)
                blocks[0] = .paragraph(p)
            }
            out.append(Note(id: "comment-" + id, kind: .comment, blocks: blocks))
        }
        return out
    }

    /// Drops references to notes the document lacks, which would be dangling marks in every
    /// output, and says which.
    static func dropMissingReferences(_ doc: inout Document) -> [Warning] {
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
        return missing.map { id in
            // Ids are "footnote-3", "endnote-7", "comment-2".
            let parts = id.split(separator: "-", maxSplits: 1).map(String.init)
            let what = parts.count == 2 ? "\(parts[0]) \(parts[1])" : "note \(id)"
            return Warning(code: "missing-note", message: "a reference to \(what), which the document does not have, was dropped")
        }
    }
}
