import DocNormModel

/// CommonMark + GFM tables: `#` title, `##`… headings with their labels, a blank line between
/// blocks, no hard wrapping, and everything escaped that would change what the text means.
public struct MarkdownWriter: DocumentWriter {
    /// The writer options; `frontMatter` starts the page with YAML front matter.
    public var options: WriterOptions

    /// A Markdown writer with `options`.
    public init(options: WriterOptions = WriterOptions()) {
        self.options = options
    }

    public func write(_ document: Document, emit: (String) -> Void) {
        let numbers = NoteNumbering(document)
        let inline = MarkdownInlineRenderer(noteKeys: numbers.keys, noteMarks: numbers.marks)
        // Blocks go out in pieces of about a megabyte, a blank line between blocks: a large
        // document is not held twice.
        var out = ""
        var started = false
        func add(_ part: String) {
            guard !part.isEmpty else { return }
            if started { out += "\n\n" }
            out += part
            started = true
            emitFullPiece(&out, emit)
        }
        if options.frontMatter, let fm = frontMatter(document.metadata) { add(fm) }
        for b in document.blocks { add(block(b, inline)) }
        for note in numbers.ordered(document.notes) {
            let body = note.blocks.map { block($0, inline) }.joined(separator: "\n\n")
            add(indentedContinuation("[^\(numbers.keys[note.id] ?? "")]: ", body))
        }
        emit(out + "\n")
    }

    func block(_ block: Block, _ inline: MarkdownInlineRenderer) -> String {
        switch block {
        case .heading(let h):
            var text = MarkdownEscaping.inline(h.label?.shown ?? "") + inline.render(h.content, singleLine: true)
            text = text.trimmingCharacters(" ")
            // A trailing # would be read as the closing sequence.
            if text.lastSimpleScalar.map({ $0 == "#" }) ?? text.hasSuffix("#") { text = String(text.dropLast()) + "\\#" }
            return String(repeating: "#", count: h.level) + " " + text
        case .paragraph(let p) where p.hints.isPreformatted:
            return Self.codeBlock(p.content.plainText)
        case .paragraph(let p):
            return HTMLWriter.anchors(p) + paragraph(p.content, inline)
        case .list(let l):
            return list(l, inline)
        case .table(let t):
            return table(t, inline)
        case .blockQuote(let blocks):
            let body = blocks.map { self.block($0, inline) }.joined(separator: "\n\n")
            return body.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
        case .thematicBreak:
            return "---"
        }
    }

    /// A fenced code block, its fence longer than any run of backticks in the code.
    package static func codeBlock(_ code: String) -> String {
        var longest = 0, run = 0
        for b in code.utf8 { if b == UInt8(ascii: "`") { run += 1; longest = max(longest, run) } else { run = 0 } }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return fence + "\n" + code + "\n" + fence
    }

    func paragraph(_ content: [Inline], _ inline: MarkdownInlineRenderer) -> String {
        let rendered = inline.render(content)
        // One line (most paragraphs): no split into characters to find none.
        if !rendered.containsByte(0x0A) {
            let line = MarkdownEscaping.lineStart(rendered)
            // A lone backslash (nothing is canonically equal to one), told by its byte.
            return line.utf8.count == 1 && line.utf8.first == 0x5C ? "" : line
        }
        var lines = rendered.split(separator: "\n", omittingEmptySubsequences: false).map { MarkdownEscaping.lineStart(String($0)) }
        // A hard break needs text after it; drop breaks at the end.
        while let last = lines.last, last.isEmpty || last == "\\" {
            lines.removeLast()
            if let l = lines.last, l.hasSuffix("\\") { lines[lines.count - 1] = String(l.dropLast()) }
        }
        return lines.joined(separator: "\n")
    }

    func list(_ list: ListBlock, _ inline: MarkdownInlineRenderer) -> String {
        let native = nativeMarkers(list)
        let tight = list.items.allSatisfy { item in item.blocks.count <= 1 || item.blocks.dropFirst().allSatisfy { if case .list = $0 { return true } else { return false } } }
        var out: [String] = []
        for (k, item) in list.items.enumerated() {
            let marker: String
            var body: [String] = []
            var blocks = item.blocks[...]
            if let native {
                marker = native[k] + " "
            } else if !list.ordered, let box = item.label?.display.flatMap(TaskBox.init) {
                marker = box.checked ? "- [x] " : "- [ ] "  // a GFM task list item
            } else {
                marker = "- "
            }
            var first = ""
            if case .paragraph(let p)? = blocks.first {
                // Bullets have their marker; other labels (一、 （1） ①) are written in the text.
                let prefix = native == nil && list.ordered ? MarkdownEscaping.inline(item.label?.shown ?? "") : ""
                first = paragraph(p.content, inline)
                // `- 1. Entry` would open a list inside the item: its number is text, `1\.`.
                first = prefix.isEmpty ? first : MarkdownEscaping.lineStart(prefix + first)
                first = HTMLWriter.anchors(p) + first
                blocks = blocks.dropFirst()
            }
            body.append(first)
            for b in blocks { body.append(block(b, inline)) }
            let text = body.filter { !$0.isEmpty }.joined(separator: tight ? "\n" : "\n\n")
            out.append(indentedContinuation(marker, text))
        }
        return out.joined(separator: tight ? "\n" : "\n\n")
    }

    /// `1.` / `2.` markers when every label is a plain Arabic number with one delimiter and
    /// the numbers count up one by one, else nil (the labels are written in the item text
    /// under `-` bullets). A renderer shows a list's first number and counts on from it: the
    /// `3.` after a `1.` would be shown as 2, and `01.` as 1.
    func nativeMarkers(_ list: ListBlock) -> [String]? {
        guard list.ordered else { return nil }
        var markers: [String] = []
        var delimiter: Character?
        var previous: Int?
        for item in list.items {
            guard let shown = item.label?.display, let d = shown.last, d == "." || d == ")",
                  shown.dropLast().allSatisfy({ $0.isASCII && $0.isNumber }), shown.count >= 2, shown.count <= 10,
                  shown.first != "0" || shown.count == 2, let number = Int(shown.dropLast()) else { return nil }
            if delimiter == nil { delimiter = d }
            guard d == delimiter, previous.map({ $0 + 1 == number }) ?? true else { return nil }
            previous = number
            markers.append(shown)
        }
        return markers
    }

    func table(_ table: Table, _ inline: MarkdownInlineRenderer) -> String {
        guard isSimple(table) else {
            var html = HTMLWriter(options: WriterOptions(fragment: true))
            html.insideMarkdown = true
            return html.table(table, noteNumbers: NoteAnchors(keys: inline.noteKeys, marks: inline.noteMarks))
        }
        let width = table.rows.map(\.cells.count).max() ?? 0
        guard width > 0 else { return "" }
        func row(_ r: TableRow) -> String {
            var cells = r.cells.map { cell -> String in
                let inlines = cell.blocks.flatMap { b -> [Inline] in
                    if case .paragraph(let p) = b { return p.content } else { return [] }
                }
                let marks = cell.blocks.map { b in if case .paragraph(let p) = b { HTMLWriter.anchors(p) } else { "" } }.joined()
                return marks + inline.render(inlines, singleLine: true).trimmingCharacters(" ")
            }
            while cells.count < width { cells.append("") }
            return "| " + cells.joined(separator: " | ") + " |"
        }
        var lines = [row(table.rows[0])]
        lines.append("|" + String(repeating: " --- |", count: width))
        lines.append(contentsOf: table.rows.dropFirst().map(row))
        return lines.joined(separator: "\n")
    }

    /// A GFM table holds one line of inline text per cell and no spans.
    func isSimple(_ table: Table) -> Bool {
        guard !table.rows.isEmpty else { return false }
        for r in table.rows {
            for c in r.cells {
                guard c.columnSpan == 1, c.rowSpan == 1, c.blocks.count <= 1 else { return false }
                if let b = c.blocks.first {
                    guard case .paragraph(let p) = b, !p.content.contains(.lineBreak) else { return false }
                }
            }
        }
        return true
    }

    func frontMatter(_ m: Metadata) -> String? {
        var lines: [String] = []
        func add(_ key: String, _ value: String?) {
            guard let value else { return }
            lines.append("\(key): " + yamlQuoted(value))
        }
        add("title", m.title)
        add("subtitle", m.subtitle)
        add("author", m.author)
        add("date", m.created)
        add("modified", m.modified)
        if let n = m.claimedLength { lines.append("claimedLength: \(n)") }
        add("lang", m.language)
        guard !lines.isEmpty else { return nil }
        return "---\n" + lines.joined(separator: "\n") + "\n---"
    }

    /// A YAML double-quoted scalar. Every control character and every character YAML reads
    /// as a line break (U+0085, U+2028, U+2029) is escaped: written raw, it would change the value.
    func yamlQuoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                let v = u.value
                if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFEFF {
                    let hex = String(v, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// `marker` before the first line; later lines indented to line up after it.
    func indentedContinuation(_ marker: String, _ text: String) -> String {
        guard text.containsByte(0x0A) else { return marker + text }
        let pad = String(repeating: " ", count: marker.count)
        var out = marker
        out.reserveCapacity(text.utf8.count + marker.utf8.count)
        let utf8 = text.utf8
        var start = utf8.startIndex
        var first = true
        func line(to end: String.Index) {
            let line = utf8[start..<end]
            if !first {
                out += "\n"
                if !line.isEmpty { out += pad }
            }
            out += Substring(line)
            first = false
        }
        // Lines end at a line feed, split on the bytes; one right after a carriage return is
        // part of the one character `\r\n`, which is no line end of its own.
        var previous: UInt8 = 0
        for i in utf8.indices {
            let b = utf8[i]
            if b == 0x0A && previous != 0x0D {
                line(to: i)
                start = utf8.index(after: i)
            }
            previous = b
        }
        line(to: utf8.endIndex)
        return out
    }
}

/// Each note's place, mark and key. Notes go in order of first reference (notes never
/// referenced come last), footnotes before endnotes before comments, as a reader finds them
/// in Word: footnotes on the pages, endnotes at the end. The mark is the one the document
/// shows (`Note.mark`: `1`, `iv`, `*`), or else the next number no other note shows; the key
/// is unique, for links and Markdown labels: the mark where it can be one.
struct NoteNumbering {
    /// 1, 2, 3… in order of first reference: unique, for writers that need a number (.docx).
    var numbers: [String: Int] = [:]
    /// What the reference and the note show.
    var marks: [String: String] = [:]
    /// What links and labels use: unique, letters and digits only.
    var keys: [String: String] = [:]

    init(_ document: Document) {
        var next = 1
        // References to notes the document does not have get no number, and writers leave them out.
        let known = Set(document.notes.map(\.id))
        for block in document.blocks {
            block.forEachInlines { inlines in
                Inline.forEachNoteReference(inlines) { id in
                    if numbers[id] == nil, known.contains(id) { numbers[id] = next; next += 1 }
                }
            }
        }
        for note in document.notes where numbers[note.id] == nil {
            numbers[note.id] = next
            next += 1
        }
        // Notes without a mark of their own count on past the marks the others show.
        let ordered = ordered(document.notes)
        let shown = Set(ordered.compactMap(\.mark))
        var count = 0
        for note in ordered {
            if let mark = note.mark, !mark.isEmpty { marks[note.id] = mark; continue }
            repeat { count += 1 } while shown.contains(String(count))
            marks[note.id] = String(count)
        }
        var used = Set<String>()
        for note in ordered {
            let mark = marks[note.id] ?? ""
            let prefix = note.kind == .footnote ? "" : String(note.kind.rawValue.prefix(1))
            let candidates = [mark, prefix + mark, "n\(numbers[note.id] ?? 0)"]
            var key = candidates.first { Self.canBeKey($0) && !used.contains($0) } ?? "n\(numbers[note.id] ?? 0)"
            while used.contains(key) { key += "-" }
            used.insert(key)
            keys[note.id] = key
        }
    }

    /// ASCII letters and digits: a Markdown label and an HTML id in every reader.
    static func canBeKey(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.count <= 20 && s.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }
    }

    func ordered(_ notes: [Note]) -> [Note] {
        func rank(_ kind: Note.Kind) -> Int { kind == .footnote ? 0 : kind == .endnote ? 1 : 2 }
        return notes.sorted { (rank($0.kind), numbers[$0.id] ?? 0) < (rank($1.kind), numbers[$1.id] ?? 0) }
    }
}

extension String {
    func trimmingCharacters(_ c: Character) -> String {
        // Neither end's byte starts or ends `c` (a space, nearly always): nothing to trim.
        if c == " ", utf8.first != 0x20 && utf8.last != 0x20 { return self }
        var s = Substring(self)
        while s.first == c { s = s.dropFirst() }
        while s.last == c { s = s.dropLast() }
        return String(s)
    }
}
