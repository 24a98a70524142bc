internal import CLibXML2
import DocNormModel

/// Walks one libxml2 HTML tree, owned by `HTMLReader.parse`, into blocks. Inline content
/// between block elements becomes paragraphs; recursion is bounded by
/// `MarkupBlocks.maxDepth`, below which an element is read as its text.
struct HTMLWalker {
    typealias Node = UnsafeMutablePointer<xmlNode>

    let lineOffset: Int
    var warnings: [Warning] = []
    var title: String?
    var flattened = false

    init(lineOffset: Int) { self.lineOffset = lineOffset }

    static let dropped: Set<String> = ["script", "style", "template", "noscript", "iframe", "object", "embed", "svg",
                                       "math", "canvas", "select", "datalist", "head", "title", "meta", "link", "base"]
    static let containers: Set<String> = ["html", "body", "div", "section", "article", "main", "header", "footer", "nav",
                                          "aside", "figure", "figcaption", "address", "center", "form", "fieldset", "details",
                                          "summary", "dl", "dt", "dd", "p", "caption", "legend", "hgroup", "search"]
    static let blockNames: Set<String> = containers.union(["h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "menu", "li",
                                                           "table", "blockquote", "pre", "hr", "listing", "xmp", "plaintext"])

    static func children(_ node: Node) -> [Node] {
        var out: [Node] = []
        var child = node.pointee.children
        while let c = child {
            out.append(c)
            child = c.pointee.next
        }
        return out
    }

    static func name(_ node: Node) -> String {
        guard node.pointee.type == XML_ELEMENT_NODE, let n = node.pointee.name else { return "" }
        return String(cString: n).lowercased()
    }

    static func attribute(_ node: Node, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { docnorm_xmlFree(value) }
        return String(cString: value)
    }

    /// All the text under a node; libxml2 collects it without recursion.
    static func textContent(_ node: Node) -> String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { docnorm_xmlFree(value) }
        return String(cString: value)
    }

    func position(_ node: Node) -> SourcePosition? {
        let line = Int(xmlGetLineNo(node))
        return line > 0 ? .line(line + lineOffset) : nil
    }

    /// The blocks of an element's children: block elements in turn, the inline content
    /// between them gathered into paragraphs.
    mutating func flow(_ node: Node, depth: Int) -> [Block] {
        var out: [Block] = []
        var pending: [Inline] = []
        var pendingPosition: SourcePosition?
        for child in Self.children(node) {
            let name = Self.name(child)
            if name == "head" { title = title ?? Self.title(in: child) }
            if Self.blockNames.contains(name) {
                if let p = MarkupBlocks.paragraph(Self.collapsed(pending), position: pendingPosition) { out.append(p) }
                pending = []
                pendingPosition = nil
                out.append(contentsOf: block(child, name: name, depth: depth + 1))
            } else {
                if pendingPosition == nil, child.pointee.type == XML_ELEMENT_NODE || child.pointee.type == XML_TEXT_NODE {
                    pendingPosition = position(child)
                }
                pending.append(contentsOf: inline(child, depth: depth + 1))
            }
        }
        if let p = MarkupBlocks.paragraph(Self.collapsed(pending), position: pendingPosition) { out.append(p) }
        return out
    }

    mutating func block(_ node: Node, name: String, depth: Int) -> [Block] {
        let position = position(node)
        if depth > MarkupBlocks.maxDepth {
            flattened = true
            return MarkupBlocks.paragraph(Self.collapsed([.text(Self.textContent(node))]), position: position).map { [$0] } ?? []
        }
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let level = Int(String(name.dropFirst())) ?? 2
            return MarkupBlocks.heading(Self.collapsed(inlines(in: node, depth: depth)), level: level, position: position).map { [$0] } ?? []
        case "ul", "ol", "menu":
            return list(node, ordered: name == "ol", depth: depth)
        case "li":
            return [.list(ListBlock(ordered: false, items: [ListItem(blocks: flow(node, depth: depth), position: position)]))]
        case "blockquote":
            return MarkupBlocks.quote(flow(node, depth: depth))
        case "pre", "listing", "xmp", "plaintext":
            return MarkupBlocks.code(Self.textContent(node), position: position).map { [$0] } ?? []
        case "hr":
            return [.thematicBreak]
        case "table":
            return HTMLTable.rows(of: node, walker: &self, depth: depth).map { [.table(Table(rows: $0, position: position))] } ?? []
        default:
            return flow(node, depth: depth)
        }
    }

    mutating func list(_ node: Node, ordered: Bool, depth: Int) -> [Block] {
        var number = ordered ? Self.attribute(node, "start").flatMap { Int($0.filter { !$0.isWhitespace }) } ?? 1 : 1
        // The numbers a browser shows: `<ol type="a">` counts a. b. c., never 1. 2. 3.
        let numerals = MarkupBlocks.numerals(ofListType: Self.attribute(node, "type"))
        var items: [ListItem] = []
        for child in Self.children(node) {
            let name = Self.name(child)
            if name == "li" {
                if let value = Self.attribute(child, "value").flatMap({ Int($0.filter { !$0.isWhitespace }) }) { number = value }
                // docnorm's own HTML writes a label it keeps (一、 （1）) in a span: that text is the label.
                let label = ordered && !Self.startsWithLabelSpan(child) ? MarkupBlocks.orderedLabel(number, numerals: numerals) : nil
                items.append(MarkupBlocks.item(label: label, blocks: flow(child, depth: depth + 1), position: position(child)))
                number = number.addingReportingOverflow(1).overflow ? number : number + 1
            } else {
                // Stray content between items joins the previous item.
                let blocks = Self.blockNames.contains(name) ? block(child, name: name, depth: depth + 1) : flowOne(child, depth: depth + 1)
                if blocks.isEmpty { continue }
                if items.isEmpty { items.append(ListItem(blocks: blocks, position: position(child))) } else { items[items.count - 1].blocks += blocks }
            }
        }
        return items.isEmpty ? [] : [.list(ListBlock(ordered: ordered, items: items))]
    }

    mutating func flowOne(_ node: Node, depth: Int) -> [Block] {
        MarkupBlocks.paragraph(Self.collapsed(inline(node, depth: depth)), position: position(node)).map { [$0] } ?? []
    }

    static func startsWithLabelSpan(_ li: Node) -> Bool {
        guard let first = children(li).first(where: { $0.pointee.type == XML_ELEMENT_NODE || !textContent($0).allSatisfy(\.isWhitespace) }),
              name(first) == "span" else { return false }
        return attribute(first, "class")?.split(separator: " ").contains("label") ?? false
    }

    static func title(in head: Node) -> String? {
        for child in children(head) where name(child) == "title" {
            let text = collapsed([.text(textContent(child))]).plainText
            return text.isEmpty ? nil : text
        }
        return nil
    }
}
