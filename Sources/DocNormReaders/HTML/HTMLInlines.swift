internal import CLibXML2
import DocNormModel

extension HTMLWalker {
    mutating func inlines(in node: Node, depth: Int) -> [Inline] {
        var out: [Inline] = []
        for child in Self.children(node) { out.append(contentsOf: inline(child, depth: depth + 1)) }
        return out
    }

    /// One node as text-level content; a block element met here gives its inline content.
    mutating func inline(_ node: Node, depth: Int) -> [Inline] {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            return [.text(Self.textContent(node))]
        case XML_ELEMENT_NODE:
            break
        default:
            return []
        }
        if depth > MarkupBlocks.maxDepth {
            flattened = true
            return [.text(Self.textContent(node))]
        }
        let name = Self.name(node)
        if Self.dropped.contains(name) { return [] }
        switch name {
        case "br": return [.lineBreak]
        case "strong", "b": return [.strong(inlines(in: node, depth: depth))]
        case "em", "i", "cite", "dfn", "var": return [.emphasis(inlines(in: node, depth: depth))]
        case "u", "ins": return [.underline(inlines(in: node, depth: depth))]
        case "s", "strike", "del": return [.strikethrough(inlines(in: node, depth: depth))]
        case "sup": return [.superscript(inlines(in: node, depth: depth))]
        case "sub": return [.subscript(inlines(in: node, depth: depth))]
        case "img":
            return [MarkupBlocks.image(alt: Self.attribute(node, "alt") ?? "", source: Self.attribute(node, "src") ?? "")]
        case "a":
            let content = inlines(in: node, depth: depth)
            guard let href = Self.attribute(node, "href") else { return content }
            guard let safe = MarkupBlocks.link(href, position: position(node), warnings: &warnings) else { return content }
            return [.link(url: safe, content: content)]
        default:
            // code, span, font, small, abbr, mark, q, time, label and the rest: their text.
            let content = inlines(in: node, depth: depth)
            // A block element inside inline content still ends a line.
            return Self.blockNames.contains(name) ? [.lineBreak] + content + [.lineBreak] : content
        }
    }

    /// White space collapsed as a browser shows it: runs of spaces, tabs and line breaks are
    /// one space, across element boundaries too; line breaks from `<br>` stay.
    static func collapsed(_ content: [Inline]) -> [Inline] {
        var lastWasSpace = true
        func collapse(_ items: [Inline]) -> [Inline] {
            items.compactMap { inline -> Inline? in
                switch inline {
                case .text(let s):
                    var out = String.UnicodeScalarView()
                    for u in s.unicodeScalars {
                        if u == " " || u == "\t" || u == "\n" || u == "\r" || u == "\u{0C}" {
                            if !lastWasSpace { out.append(" ") }
                            lastWasSpace = true
                        } else {
                            out.append(u)
                            lastWasSpace = false
                        }
                    }
                    return out.isEmpty ? nil : .text(String(out))
                case .lineBreak:
                    lastWasSpace = true
                    return inline
                case .image, .noteReference:
                    lastWasSpace = false
                    return inline
                default:
                    guard let children = inline.children else { return inline }
                    let c = collapse(children)
                    return c.isEmpty ? nil : inline.replacingChildren(c)
                }
            }
        }
        return MarkupBlocks.trimmed(collapse(content))
    }
}
