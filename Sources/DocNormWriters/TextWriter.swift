import DocNormModel

/// Clean text: UTF-8, LF, one paragraph per line, headings and list items on their own lines
/// with their labels, table rows as tab-separated cells, note marks `[1]` and the notes at the
/// end. No markup.
public struct TextWriter: DocumentWriter {
    /// Note marks by note id: a reference is `[1]`, as the note at the end.
    var notes: [String: String] = [:]

    /// A clean-text writer.
    public init() {}

    public func write(_ document: Document, emit: (String) -> Void) {
        let numbers = NoteNumbering(document)
        var writer = self
        writer.notes = numbers.marks
        // Lines go out in pieces of about a megabyte: a large document is not held twice. A
        // long one on several threads is written a window of blocks at a time, the window's
        // parts at the same time (a piece then ends at a window's end).
        var out = Lines()
        let blocks = document.blocks
        if Parallel.parts(blocks.count).count == 1 {
            for b in blocks {
                writer.block(b, into: &out)
                emitFullPiece(&out.text, emit)
            }
        } else {
            let window = Parallel.threads * Parallel.minimumPart
            for start in stride(from: 0, to: blocks.count, by: window) {
                let end = min(blocks.count, start + window)
                let pieces = Parallel.map(Parallel.parts(end - start).map { $0.lowerBound + start ..< $0.upperBound + start }) { part in
                    var piece = Lines()
                    for k in part { writer.block(blocks[k], into: &piece) }
                    return piece.text
                }
                for piece in pieces { out.text += piece }
                emitFullPiece(&out.text, emit)
            }
        }
        for note in numbers.ordered(document.notes) {
            var inner = Lines(separator: " ")
            for b in note.blocks { writer.block(b, into: &inner) }
            out.append("[\(numbers.marks[note.id] ?? "")] " + inner.text)
        }
        if !out.text.isEmpty { emit(out.text) }
    }

    /// Text built line by line; empty lines are left out.
    struct Lines {
        var separator = "\n"
        var text = ""
        var count = 0

        mutating func append(_ line: String) { append("", line) }

        /// A line made of a label and its text, appended without joining them first.
        mutating func append(_ label: String, _ line: String) {
            guard !label.isEmpty || !line.isEmpty else { return }
            if separator == "\n" {
                text += label
                text += line
                text += "\n"
            } else {
                if count > 0 { text += separator }
                text += label
                text += line
            }
            count += 1
        }
    }

    func block(_ block: Block, into lines: inout Lines) {
        switch block {
        case .heading(let h):
            lines.append(h.label?.shown ?? "", line(h.content))
        case .paragraph(let p) where p.hints.isPreformatted:
            // Code keeps its lines and their indentation.
            for code in p.content.plainText.split(separator: "\n", omittingEmptySubsequences: false) { lines.append(String(code)) }
        case .paragraph(let p):
            lines.append(line(p.content))
        case .list(let l):
            for item in l.items {
                for (k, b) in item.blocks.enumerated() {
                    if k == 0, case .paragraph(let p) = b {
                        lines.append(item.label?.shown ?? "", line(p.content))
                    } else {
                        self.block(b, into: &lines)
                    }
                }
            }
        case .table(let t):
            for row in t.rows {
                lines.append(row.cells.map { cell in
                    var inner = Lines(separator: " ")
                    for b in cell.blocks { self.block(b, into: &inner) }
                    return inner.text.replacingOccurrences("\t", " ")
                }.joined(separator: "\t"))
            }
        case .blockQuote(let blocks):
            for b in blocks { self.block(b, into: &lines) }
        case .thematicBreak:
            break
        }
    }

    /// One line of text: breaks become spaces (none between CJK characters). A text's line
    /// feeds and tabs are found by memchr, vectorized.
    func line(_ inlines: [Inline]) -> String {
        var out = ""
        var previous: Inline?
        for (k, i) in inlines.enumerated() {
            defer { previous = i }
            switch i {
            case .lineBreak:
                let next = k + 1 < inlines.count ? MarkdownInlineRenderer.firstPlainCharacter(inlines[k + 1]) : nil
                out += MarkdownInlineRenderer.joint(out.last, next)
            case .noteReference(let id):
                if let n = notes[id] { out += "[\(n)]" }
            case .image(let alt, _):
                if !alt.isEmpty { out += alt }
            case .math(let m):
                // Equations side by side (a paragraph of display equations) stay apart.
                if let last = out.last, !last.isWhitespace, case .math? = previous { out += " " }
                out += m.text.replacingOccurrences("\n", " ")
            case .text(let s):
                out += s.containsByte(0x0A) || s.containsByte(0x09) ? s.replacingOccurrences("\n", " ").replacingOccurrences("\t", " ") : s
            case .strong(let c), .emphasis(let c), .underline(let c), .strikethrough(let c),
                 .superscript(let c), .subscript(let c), .link(_, let c):
                out += line(c)
            }
        }
        return out
    }
}
