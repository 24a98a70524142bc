import DocNormModel

/// The document model as JSON (see docs/schema.json): title, metadata, warnings, and blocks
/// with their level, label, text and the path of headings above each block.
public struct JSONWriter: DocumentWriter {
    /// The version of the JSON schema (`docs/schema.json`) the output follows.
    public static let schemaVersion = 1

    /// A JSON writer.
    public init() {}

    /// The document's arrays are generated element by element as they are written, and the
    /// output goes out in pieces of about a megabyte: one block (one table row) at a time is
    /// built as JSON.
    public func write(_ document: Document, emit: (String) -> Void) {
        let path = Path()
        // Walking the blocks for the notes' marks only when there are notes.
        let marks = document.notes.isEmpty ? [:] : NoteNumbering(document).marks
        let root: JSONValue = .object([
            ("schemaVersion", .int(Self.schemaVersion)),
            ("title", document.metadata.title.map(JSONValue.string) ?? .null),
            ("metadata", metadata(document.metadata)),
            ("warnings", .generated(count: document.warnings.count) { warning(document.warnings[$0]) }),
            ("blocks", .generated(count: document.blocks.count) { block(document.blocks[$0], path: &path.headings) }),
            ("notes", .generated(count: document.notes.count) { note(document.notes[$0], mark: marks[document.notes[$0].id]) }),
        ])
        var out = ""
        root.write(into: &out, indent: 0) { emitFullPiece(&$0, emit) }
        emit(out + "\n")
    }

    /// The headings above the block being written, shared by the elements of a generated array.
    final class Path {
        var headings: [(level: Int, text: String)]
        init(_ headings: [(level: Int, text: String)] = []) { self.headings = headings }
    }

    /// The source's text encoding is left out: the same report in UTF-8 or GB18030 gives the same JSON.
    func metadata(_ m: Metadata) -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        func add(_ k: String, _ v: String?) { if let v { pairs.append((k, .string(v))) } }
        add("title", m.title)
        add("subtitle", m.subtitle)
        add("author", m.author)
        add("created", m.created)
        add("modified", m.modified)
        if let n = m.claimedLength { pairs.append(("claimedLength", .int(n))) }
        add("language", m.language)
        add("sourceFormat", m.sourceFormat)
        return .object(pairs)
    }

    func warning(_ w: Warning) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("code", .string(w.code)), ("severity", .string(w.severity.rawValue)), ("message", .string(w.message)),
        ]
        pairs.append(("position", position(w.position)))
        if let found = w.found { pairs.append(("found", .string(found))) }
        if let expected = w.expected { pairs.append(("expected", .string(expected))) }
        return .object(pairs)
    }

    func position(_ p: SourcePosition?) -> JSONValue {
        switch p {
        case .line(let n)?: return .object([("line", .int(n))])
        case .paragraph(let n)?: return .object([("paragraph", .int(n))])
        case nil: return .null
        }
    }

    func label(_ l: NumberingLabel?) -> JSONValue {
        guard let l else { return .null }
        return .object([
            ("text", l.display.map(JSONValue.string) ?? .null),
            ("original", .string(l.original)),
            ("rank", .string(l.rank.description)),
            ("number", .int(l.number)),
            ("form", .string(l.form.description)),
            ("automatic", .bool(l.automatic)),
        ])
    }

    /// The bookmarks internal links point to (`#ref_1`), when the paragraph has any.
    func anchorsPair(_ p: Paragraph) -> [(String, JSONValue)] {
        p.hints.bookmarks.isEmpty ? [] : [("anchors", .array(p.hints.bookmarks.map { .string($0) }))]
    }

    func block(_ b: Block, path: inout [(level: Int, text: String)]) -> JSONValue {
        let above = JSONValue.array(path.map { .string($0.text) })
        switch b {
        case .heading(let h):
            while let last = path.last, last.level >= h.level { path.removeLast() }
            let value = JSONValue.object([
                ("type", .string("heading")), ("level", .int(h.level)), ("label", label(h.label)),
                ("text", .string(h.content.plainText)),
            ] + inlinesPair(h.content) + (h.anchor.map { [("anchor", .string($0))] } ?? [])
                + [("path", .array(path.map { .string($0.text) })), ("position", position(h.position))])
            path.append((h.level, b.plainText))
            return value
        case .paragraph(let p):
            return .object([("type", .string("paragraph")), ("text", .string(p.content.plainText))]
                + inlinesPair(p.content) + anchorsPair(p) + [("path", above), ("position", position(p.position))])
        case .list(let l):
            var inner = path
            return .object([
                ("type", .string("list")), ("ordered", .bool(l.ordered)),
                ("items", .array(l.items.map { item in
                    var pairs: [(String, JSONValue)] = [("label", label(item.label))]
                    var blocks = item.blocks[...]
                    if case .paragraph(let p)? = blocks.first {
                        pairs.append(("text", .string(p.content.plainText)))
                        pairs += inlinesPair(p.content) + anchorsPair(p)
                        blocks = blocks.dropFirst()
                    }
                    if !blocks.isEmpty { pairs.append(("blocks", .array(blocks.map { block($0, path: &inner) }))) }
                    pairs.append(("position", position(item.position)))
                    return .object(pairs)
                })),
                ("path", above),
            ])
        case .table(let t):
            let inner = Path(path)
            return .object([
                ("type", .string("table")),
                ("rows", .generated(count: t.rows.count) { r in
                    let row = t.rows[r]
                    return .object([
                        ("header", .bool(row.isHeader)),
                        ("cells", .array(row.cells.map { cell in
                            .object([
                                ("text", .string(cell.blocks.map(\.plainText).joined(separator: "\n"))),
                                ("colspan", .int(cell.columnSpan)), ("rowspan", .int(cell.rowSpan)),
                                ("blocks", .array(cell.blocks.map { block($0, path: &inner.headings) })),
                            ])
                        })),
                    ])
                }),
                ("path", above), ("position", position(t.position)),
            ])
        case .blockQuote(let blocks):
            var inner = path
            return .object([("type", .string("blockQuote")), ("blocks", .array(blocks.map { block($0, path: &inner) })), ("path", above)])
        case .thematicBreak:
            return .object([("type", .string("thematicBreak")), ("path", above)])
        }
    }

    /// `inlines` only when the content has formatting, links or notes.
    func inlinesPair(_ content: [Inline]) -> [(String, JSONValue)] {
        content.isPlain ? [] : [("inlines", .array(content.map(inline)))]
    }

    func inline(_ i: Inline) -> JSONValue {
        func container(_ type: String, _ c: [Inline]) -> JSONValue {
            .object([("type", .string(type)), ("children", .array(c.map(inline)))])
        }
        switch i {
        case .text(let s): return .object([("type", .string("text")), ("text", .string(s))])
        case .strong(let c): return container("strong", c)
        case .emphasis(let c): return container("emphasis", c)
        case .underline(let c): return container("underline", c)
        case .strikethrough(let c): return container("strikethrough", c)
        case .superscript(let c): return container("superscript", c)
        case .subscript(let c): return container("subscript", c)
        case .link(let url, let c):
            return .object([("type", .string("link")), ("url", .string(url)), ("children", .array(c.map(inline)))])
        case .noteReference(let id): return .object([("type", .string("noteReference")), ("id", .string(id))])
        case .lineBreak: return .object([("type", .string("lineBreak"))])
        case .image(let alt, let source):
            return .object([("type", .string("image")), ("alt", .string(alt)), ("source", source.map(JSONValue.string) ?? .null)])
        case .math(let m):
            return .object([("type", .string("math")), ("display", .bool(m.display)), ("latex", .string(m.latex)), ("text", .string(m.text))])
        }
    }

    func note(_ n: Note, mark: String?) -> JSONValue {
        var path: [(level: Int, text: String)] = []
        var pairs: [(String, JSONValue)] = [("id", .string(n.id)), ("kind", .string(n.kind.rawValue))]
        if let mark { pairs.append(("mark", .string(mark))) }
        pairs.append(("blocks", .array(n.blocks.map { block($0, path: &path) })))
        return .object(pairs)
    }
}
