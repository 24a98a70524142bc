import DocNormModel

/// One chunk of a document for search indexes and language-model pipelines (`-t chunks`).
/// Offsets and sizes count Unicode scalars of the clean text (`-t txt`); `end` is exclusive.
public struct Chunk: Sendable, Equatable {
    /// How a section was divided at this chunk's ends, finest boundary first.
    public enum Split: String, Sendable, Comparable {
        /// Split between paragraphs, table rows or sentences, or inside a sentence over the limit.
        case paragraph, row, sentence, hard
        public static func < (a: Split, b: Split) -> Bool { a.rank < b.rank }
        var rank: Int { [.paragraph: 0, .row: 1, .sentence: 2, .hard: 3][self] ?? 0 }
    }

    /// The headings above and of the chunk's section, labels included; the title is not among them.
    public var headings: [String]
    /// When tiny sections were merged into this chunk, the heading path of each, in order
    /// (`headings` is then the part they share); empty for a chunk of one section.
    public var sections: [[String]]
    /// The clean text: `repeatedHeader` (if any) then the clean text from `start` to `end`.
    public var text: String
    /// The kinds of the blocks the chunk holds, in order of first appearance.
    public var kinds: [String]
    /// Where the chunk's text starts in the clean text, in Unicode scalars.
    public var start: Int
    /// Where it ends in the clean text (exclusive), in Unicode scalars.
    public var end: Int
    /// Nil when the chunk holds whole sections.
    public var split: Split?
    /// A table's header rows, repeated before rows that continue the table from an earlier chunk.
    public var repeatedHeader: String?

    /// The size the limit bounds: every scalar of `text`.
    public var size: Int { text.unicodeScalars.count }
}

/// A line of the clean text and where it came from.
struct ChunkLine {
    var text: String
    var kind: String
    /// Scalar offset of the line in the clean text, and its length.
    var start: Int
    var length: Int
    /// The table the line is a row of (its number in the document), and whether it is a header row.
    var table: Int?
    var headerRow = false
    var end: Int { start + length }
}

/// A section's own lines: its heading line, then what stands before its first subsection.
struct SectionGroup {
    var path: [String]
    var lines: [ChunkLine] = []
}

/// Splits a document into chunks of at most `limit` scalars, following its sections.
public struct Chunker: Sendable {
    /// The largest chunk, in Unicode scalars (at least `minimumLimit`).
    public var limit: Int

    /// The smallest limit: a grapheme (an emoji sequence) needs a few scalars.
    public static let minimumLimit = 16

    /// A chunker for chunks of at most `limit` scalars (1,000 by default).
    public init(limit: Int = 1000) {
        self.limit = max(limit, Self.minimumLimit)
    }

    /// The chunks in reading order: sections that fit whole, longer ones split at paragraphs, rows, then sentences.
    public func chunks(_ document: Document) -> [Chunk] {
        let (groups, clean) = Self.sections(document)
        let scalars = Array(clean.unicodeScalars)
        var pieces: [Piece] = []
        for group in Self.carryingHeadings(groups) { pieces += pack(group) }
        return merge(pieces).map { $0.chunk(scalars) }
    }

    /// A section with nothing but its heading (一、 straight before （一）) goes into the first
    /// of its subsections, filed under that one's path, which holds the heading.
    static func carryingHeadings(_ groups: [SectionGroup]) -> [SectionGroup] {
        var out: [SectionGroup] = []
        var carried: [ChunkLine] = []
        var carriedPath: [String]?
        for var group in groups {
            if let path = carriedPath, group.path.starts(with: path) {
                group.lines = carried + group.lines
            } else if carriedPath != nil {
                out.append(SectionGroup(path: carriedPath!, lines: carried))
            }
            carried = []
            carriedPath = nil
            if group.lines.allSatisfy({ $0.kind == "heading" }) {
                carried = group.lines
                carriedPath = group.path
            } else {
                out.append(group)
            }
        }
        if let carriedPath { out.append(SectionGroup(path: carriedPath, lines: carried)) }
        return out
    }

    /// The document's sections in order, and the clean text they index (what TextWriter writes).
    static func sections(_ document: Document) -> ([SectionGroup], String) {
        let numbers = NoteNumbering(document)
        // The same note marks as the clean text: `[1]` at the reference.
        var writer = TextWriter()
        writer.notes = numbers.marks
        var clean = ""
        var offset = 0
        var groups = [SectionGroup(path: [])]
        var stack: [(level: Int, text: String)] = []
        var tables = 0
        func add(_ text: String, kind: String, table: Int? = nil, headerRow: Bool = false) {
            guard !text.isEmpty else { return }
            let n = text.unicodeScalars.count
            groups[groups.count - 1].lines.append(ChunkLine(text: text, kind: kind, start: offset, length: n, table: table, headerRow: headerRow))
            clean += text + "\n"
            offset += n + 1
        }
        func lines(of block: Block) -> [String] {
            var out = TextWriter.Lines()
            writer.block(block, into: &out)
            return out.text.split(separator: "\n").map(String.init)
        }
        let title = document.metadata.title
        var titleSeen = false
        for block in document.blocks {
            switch block {
            case .heading(let h):
                let text = (h.label?.shown ?? "") + writer.line(h.content)
                // The title heading stays in the text but not in the paths: every chunk would repeat it.
                let isTitle = !titleSeen && h.level == 1 && stack.isEmpty && h.label == nil && h.content.plainText == title
                titleSeen = titleSeen || isTitle
                if !isTitle && !text.isEmpty {
                    while let last = stack.last, last.level >= h.level { stack.removeLast() }
                    stack.append((h.level, text))
                    groups.append(SectionGroup(path: stack.map(\.text)))
                }
                add(text, kind: "heading")
            case .table(let t):
                tables += 1
                let headerRows = t.rows.prefix { $0.isHeader }.count
                // Word tables seldom mark their header: then the first row is taken as one.
                let header = headerRows > 0 ? headerRows : (t.rows.count > 1 ? 1 : 0)
                for (r, row) in t.rows.enumerated() {
                    for line in lines(of: .table(Table(rows: [row]))) {
                        add(line, kind: "table", table: tables, headerRow: r < header)
                    }
                }
            case .paragraph:
                lines(of: block).forEach { add($0, kind: "paragraph") }
            case .list:
                lines(of: block).forEach { add($0, kind: "list") }
            case .blockQuote:
                lines(of: block).forEach { add($0, kind: "quote") }
            case .thematicBreak:
                break
            }
        }
        let notes = numbers.ordered(document.notes)
        if !notes.isEmpty { groups.append(SectionGroup(path: [])) }
        for note in notes {
            var inner = TextWriter.Lines(separator: " ")
            for b in note.blocks { writer.block(b, into: &inner) }
            add("[\(numbers.marks[note.id] ?? "")] " + inner.text, kind: "note")
        }
        return (groups.filter { !$0.lines.isEmpty }, clean)
    }
}
