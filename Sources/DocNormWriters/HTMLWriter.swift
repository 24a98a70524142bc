import DocNormModel

/// A standalone UTF-8 HTML5 page (or a fragment): headings with stable ids, labels kept,
/// tables with rowspan/colspan, footnotes at the end.
public struct HTMLWriter: DocumentWriter {
    /// The writer options; `fragment` leaves out the page around the body.
    public var options: WriterOptions
    /// Writing a cell of a Markdown table: a renderer that drops `style` (GitHub does) would
    /// number a labeled list again (`1. 6. 上海太平…`), so its items are a `<ul>`, which shows a
    /// bullet beside the label at most, as Markdown's own lists of labels do.
    var insideMarkdown = false

    /// An HTML writer with `options`.
    public init(options: WriterOptions = WriterOptions()) {
        self.options = options
    }

    static let style = """
        body{max-width:46em;margin:2em auto;padding:0 1em;font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;line-height:1.75;color:#222}
        h1{text-align:center;font-size:1.6em}h2{font-size:1.35em}h3{font-size:1.15em}h4,h5,h6{font-size:1em}
        ol.labeled{list-style:none;padding-left:1em}.label{margin-right:.1em}
        table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #999;padding:.3em .6em;vertical-align:top}
        blockquote{margin:1em 0;padding-left:1em;border-left:3px solid #ccc;color:#555}
        .footnotes{font-size:.9em;border-top:1px solid #ccc;margin-top:2em}
        """

    public func write(_ document: Document, emit: (String) -> Void) {
        // The page goes out in pieces of about a megabyte: a large document is not held twice.
        var out = ""
        if !options.fragment {
            let lang = document.metadata.language ?? "und"
            let title = document.metadata.title ?? "Document"
            out += """
                <!DOCTYPE html>
                <html lang="\(escape(lang))">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>\(escape(title))</title>
                <style>
                \(Self.style)
                </style>
                </head>
                <body>

                """
        }
        let numbers = NoteNumbering(document)
        let anchors = NoteAnchors(keys: numbers.keys, marks: numbers.marks)
        var ids = HeadingIDs()
        for b in document.blocks {
            block(b, into: &out, ids: &ids, notes: anchors)
            emitFullPiece(&out, emit)
        }
        if !document.notes.isEmpty {
            out += "<section class=\"footnotes\">\n<ol>\n"
            for note in numbers.ordered(document.notes) {
                let key = numbers.keys[note.id] ?? ""
                var inner = ""
                var noteIDs = HeadingIDs()
                for b in note.blocks { block(b, into: &inner, ids: &noteIDs, notes: anchors) }
                out += "<li id=\"fn-\(key)\">\(inner.trimmingNewlines()) <a href=\"#fnref-\(key)\">↩</a></li>\n"
                emitFullPiece(&out, emit)
            }
            out += "</ol>\n</section>\n"
        }
        if !options.fragment { out += "</body>\n</html>\n" }
        emit(out)
    }

    func block(_ block: Block, into out: inout String, ids: inout HeadingIDs, notes: NoteAnchors) {
        switch block {
        case .heading(let h):
            // Positional ids for every heading; a table of contents' target keeps its own.
            let positional = ids.next(level: h.level)
            let id = h.anchor.map(escape) ?? positional
            var text = ""
            if let shown = h.label?.shown, !shown.isEmpty { text += "<span class=\"label\">\(escape(shown))</span>" }
            text += inlines(h.content, notes: notes)
            out += "<h\(h.level) id=\"\(id)\">\(text)</h\(h.level)>\n"
        case .paragraph(let p) where p.hints.isPreformatted:
            out += "<pre><code>\(escape(p.content.plainText))</code></pre>\n"
        case .paragraph(let p):
            out += "<p>\(Self.anchors(p))\(inlines(p.content, notes: notes))</p>\n"
        case .list(let l):
            let labeled = l.ordered
            let tag = labeled && !insideMarkdown ? "ol" : "ul"
            // A fragment has no page CSS: the browser's own numbers would show beside the labels.
            out += labeled ? (options.fragment ? "<\(tag) class=\"labeled\" style=\"list-style:none\">\n" : "<\(tag) class=\"labeled\">\n") : "<ul>\n"
            for item in l.items {
                out += "<li>"
                var inner = ""
                for (k, b) in item.blocks.enumerated() {
                    if k == 0, case .paragraph(let p) = b {
                        inner += Self.anchors(p)
                        if labeled, let shown = item.label?.shown, !shown.isEmpty {
                            inner += "<span class=\"label\">\(escape(shown))</span>"
                        } else if let box = item.label?.display.flatMap(TaskBox.init) {
                            inner += box.checked ? "<input type=\"checkbox\" checked disabled> " : "<input type=\"checkbox\" disabled> "
                        }
                        inner += inlines(p.content, notes: notes)
                        if item.blocks.count > 1 { inner += "\n" }
                    } else {
                        self.block(b, into: &inner, ids: &ids, notes: notes)
                    }
                }
                out += inner.trimmingNewlines() + "</li>\n"
            }
            out += "</\(tag)>\n"
        case .table(let t):
            out += table(t, noteNumbers: notes) + "\n"
        case .blockQuote(let blocks):
            out += "<blockquote>\n"
            for b in blocks { self.block(b, into: &out, ids: &ids, notes: notes) }
            out += "</blockquote>\n"
        case .thematicBreak:
            out += "<hr>\n"
        }
    }

    func table(_ table: Table, noteNumbers: NoteAnchors) -> String {
        var out = "<table>\n"
        var ids = HeadingIDs()
        for row in table.rows {
            out += "<tr>"
            let tag = row.isHeader ? "th" : "td"
            for cell in row.cells {
                var attrs = ""
                if cell.columnSpan > 1 { attrs += " colspan=\"\(cell.columnSpan)\"" }
                if cell.rowSpan > 1 { attrs += " rowspan=\"\(cell.rowSpan)\"" }
                var inner = ""
                if cell.blocks.count == 1, case .paragraph(let p) = cell.blocks[0] {
                    inner = Self.anchors(p) + inlines(p.content, notes: noteNumbers)
                } else {
                    for b in cell.blocks { block(b, into: &inner, ids: &ids, notes: noteNumbers) }
                    inner = inner.trimmingNewlines()
                }
                out += "<\(tag)\(attrs)>\(inner)</\(tag)>"
            }
            out += "</tr>\n"
        }
        return out + "</table>"
    }

    func inlines(_ inlines: [Inline], notes: NoteAnchors) -> String {
        var out = ""
        for i in inlines {
            switch i {
            case .text(let s): out += escape(s)
            case .strong(let c): out += "<strong>\(self.inlines(c, notes: notes))</strong>"
            case .emphasis(let c): out += "<em>\(self.inlines(c, notes: notes))</em>"
            case .underline(let c): out += "<u>\(self.inlines(c, notes: notes))</u>"
            case .strikethrough(let c): out += "<del>\(self.inlines(c, notes: notes))</del>"
            case .superscript(let c): out += "<sup>\(self.inlines(c, notes: notes))</sup>"
            case .subscript(let c): out += "<sub>\(self.inlines(c, notes: notes))</sub>"
            case .link(let url, let c):
                // A target the link policy refuses keeps its text, unlinked.
                if let url = LinkPolicy.safe(url) {
                    out += "<a href=\"\(escape(url))\">\(self.inlines(c, notes: notes))</a>"
                } else {
                    out += self.inlines(c, notes: notes)
                }
            case .noteReference(let id):
                guard let key = notes.keys[id] else { break }  // a note the document does not have
                out += "<sup id=\"\(notes.anchor(key))\"><a href=\"#fn-\(key)\">\(escape(notes.marks[id] ?? key))</a></sup>"
            case .lineBreak: out += "<br>"
            case .image(let alt, let source):
                if let source {
                    out += "<img src=\"\(escape(source))\" alt=\"\(escape(alt))\">"
                } else if !alt.isEmpty {
                    out += "<span class=\"image\">[image: \(escape(alt))]</span>"
                }
            case .math(let m): out += MathMLWriter.math(m)
            }
        }
        return out
    }

    static let escapedBytes: Set<UInt8> = Set("&<>\"".utf8)

    static let escapedBytesMask = ASCIIMask(escapedBytes)

    func escape(_ s: String) -> String { Self.escapeMarkup(s) }

    /// Where an internal link leads: `<a id="ref_1"></a>` for each bookmark a link points to,
    /// in HTML and in Markdown (GitHub keeps the id and follows `#ref_1` to it).
    static func anchors(_ p: Paragraph) -> String {
        p.hints.bookmarks.isEmpty ? "" : p.hints.bookmarks.map { "<a id=\"\(escapeMarkup($0))\"></a>" }.joined()
    }

    /// `&`, `<`, `>` and `"` as entities: text and attribute values alike (MathML too).
    static func escapeMarkup(_ s: String) -> String {
        guard s.containsASCII(escapedBytesMask) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}

/// Note numbers, and the anchor id of each reference: `fnref-1` for a note's first
/// reference, `fnref-1-2`, `fnref-1-3` for the next ones, so no id is used twice.
final class NoteAnchors {
    /// `NoteNumbering.keys` and `.marks`.
    let keys: [String: String]
    let marks: [String: String]
    private var used: [String: Int] = [:]

    init(keys: [String: String], marks: [String: String]) {
        self.keys = keys
        self.marks = marks
    }

    /// The id of a reference to the note `key`: the second reference to one note gets its own.
    func anchor(_ key: String) -> String {
        let k = (used[key] ?? 0) + 1
        used[key] = k
        return k == 1 ? "fnref-\(key)" : "fnref-\(key)-\(k)"
    }
}

/// Stable heading ids from the heading's place in the tree: `title`, `s1`, `s1-2`, `s1-2-1`.
struct HeadingIDs {
    var counters: [Int] = []

    mutating func next(level: Int) -> String {
        if level == 1 { return "title" }
        let depth = level - 1
        while counters.count < depth { counters.append(0) }
        counters.removeLast(counters.count - depth)
        counters[depth - 1] += 1
        // Skipped levels count as 1 so ids stay unique.
        for k in 0..<(depth - 1) where counters[k] == 0 { counters[k] = 1 }
        return "s" + counters.map(String.init).joined(separator: "-")
    }
}

extension String {
    func trimmingNewlines() -> String {
        var s = Substring(self)
        while s.last == "\n" { s = s.dropLast() }
        return String(s)
    }
}
