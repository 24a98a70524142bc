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
        if options.keepComments, let path = package.parts.target("comments"), let root = try? package.parse(path) {
            doc.notes += comments(root, reader: &reader, part: path, rels: package.relationships(of: path))
        }
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
