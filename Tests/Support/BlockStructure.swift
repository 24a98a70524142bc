import DocNorm
import Foundation

/// The block structure of a document as a list of lines (`h2|一、工作成效`, `p|…`, `ol`, `li|…`),
/// made either from the model or from HTML a Markdown parser produced, so the two can be compared.
public enum BlockStructure {
    /// From the model, as Markdown should carry it. `nativeList` tells whether a list's labels
    /// are carried by Markdown list markers (not in the item text).
    public static func lines(of document: Document, nativeList: (ListBlock) -> Bool) -> [String] {
        var out: [String] = []
        func visit(_ blocks: [Block]) {
            for b in blocks {
                switch b {
                case .heading(let h):
                    let label = h.label?.display.map { d -> String in
                        if case .western = h.label!.rank { return d + " " }
                        return d
                    } ?? ""
                    out.append("h\(h.level)|" + flat(label + text(h.content)))
                case .paragraph(let p):
                    // Markdown cannot carry spaces at the edges of a paragraph.
                    out.append("p|" + text(p.content).trimmingCharacters(in: .whitespaces))
                case .list(let l):
                    let native = nativeList(l)
                    out.append(l.ordered && native ? "ol" : "ul")
                    for item in l.items {
                        var rest = item.blocks[...]
                        var first = ""
                        if case .paragraph(let p)? = rest.first {
                            let label = (l.ordered && !native) ? (item.label?.shown ?? "") : ""
                            first = label + text(p.content)
                            rest = rest.dropFirst()
                        }
                        out.append("li|" + first)
                        visit(Array(rest))
                    }
                    out.append("/list")
                case .table(let t):
                    out.append("table")
                    for row in t.rows { for cell in row.cells { out.append("cell|" + flat(cell.blocks.map { $0.plainTextForTest }.joined(separator: " "))) } }
                case .blockQuote(let q):
                    out.append("blockquote"); visit(q); out.append("/blockquote")
                case .thematicBreak:
                    out.append("hr")
                }
            }
        }
        visit(document.blocks)
        return out
    }

    static func text(_ inlines: [Inline]) -> String {
        inlines.map { i -> String in
            switch i {
            case .noteReference: return ""
            case .image(let alt, let src): return src == nil ? "[image: \(alt)]" : alt
            case .strong(let c), .emphasis(let c), .underline(let c), .strikethrough(let c), .superscript(let c), .subscript(let c), .link(_, let c):
                return text(c)
            default: return i.plainText
            }
        }.joined()
    }

    static func flat(_ s: String) -> String { s.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ") }

    /// From HTML as cmark-gfm writes it.
    public static func lines(ofHTML html: String) -> [String] {
        struct Frame { var tag: String; var text = ""; var line = -1; var finalized = false }
        var out: [String] = []
        var stack: [Frame] = []
        func finalizeListItem() {
            guard let k = stack.indices.last, stack[k].tag == "li", !stack[k].finalized else { return }
            out[stack[k].line] = "li|" + stack[k].text.trimmingNewlines()
            stack[k].finalized = true
        }
        for token in tokens(html) {
            switch token {
            case .text(let t):
                if !stack.isEmpty { stack[stack.count - 1].text += t }
            case .open(let name):
                switch name {
                case "h1", "h2", "h3", "h4", "h5", "h6", "p", "td", "th": stack.append(Frame(tag: name))
                case "li":
                    out.append("li|")
                    stack.append(Frame(tag: "li", line: out.count - 1))
                case "ol", "ul": finalizeListItem(); out.append(name)
                case "table": out.append("table")
                case "blockquote": finalizeListItem(); out.append("blockquote")
                case "hr": out.append("hr")
                default: break
                }
            case .close(let name):
                switch name {
                case "h1", "h2", "h3", "h4", "h5", "h6", "p", "td", "th":
                    guard let top = stack.popLast() else { continue }
                    let t = top.text.trimmingNewlines()
                    if top.tag == "p", let k = stack.indices.last, stack[k].tag == "li", !stack[k].finalized {
                        stack[k].text += t
                        finalizeListItem()
                    } else if top.tag == "p" {
                        out.append("p|" + t)
                    } else if top.tag == "td" || top.tag == "th" {
                        out.append("cell|" + flat(t))
                    } else {
                        out.append("\(top.tag)|" + flat(t))
                    }
                case "li":
                    finalizeListItem()
                    _ = stack.popLast()
                case "ol", "ul": out.append("/list")
                case "blockquote": out.append("/blockquote")
                default: break
                }
            }
        }
        return out
    }

    enum Token { case open(String), close(String), text(String) }

    static func tokens(_ html: String) -> [Token] {
        var tokens: [Token] = []
        var text = ""
        var i = html.startIndex
        let entities = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "#39": "'", "#x27": "'"]
        func flush() { if !text.isEmpty { tokens.append(.text(text)); text = "" } }
        while i < html.endIndex {
            let c = html[i]
            if c == "<", let close = html[i...].firstIndex(of: ">") {
                let raw = html[html.index(after: i)..<close]
                let name = String(raw.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
                flush()
                tokens.append(raw.hasPrefix("/") ? .close(name) : .open(name))
                i = html.index(after: close)
                continue
            }
            if c == "&", let semi = html[i...].firstIndex(of: ";"), html.distance(from: i, to: semi) < 10,
               let v = entities[String(html[html.index(after: i)..<semi])] {
                text += v
                i = html.index(after: semi)
                continue
            }
            text.append(c)
            i = html.index(after: i)
        }
        flush()
        return tokens
    }
}

extension Block {
    var plainTextForTest: String {
        switch self {
        case .paragraph(let p): return p.content.plainText
        case .heading(let h): return h.content.plainText
        default: return ""
        }
    }
}

extension String {
    func trimmingNewlines() -> String {
        var s = Substring(self)
        while s.first == "\n" { s = s.dropFirst() }
        while s.last == "\n" { s = s.dropLast() }
        return String(s)
    }
}
