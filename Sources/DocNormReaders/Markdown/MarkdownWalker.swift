internal import CCmarkGFM
import DocNormModel

/// Walks one cmark-gfm tree, owned by `MarkdownReader.read(text:)`, into blocks. Recursion
/// is bounded by `MarkupBlocks.maxDepth`: below it, a subtree is read as its plain text.
struct MarkdownWalker {
    var notes: [Note] = []
    var warnings: [Warning] = []
    var flattened = false
    /// Footnote labels in order of first reference.
    var references: [String] = []
    var referenced: Set<String> = []

    typealias Node = OpaquePointer

    static func children(_ node: Node) -> [Node] {
        var out: [Node] = []
        var child = cmark_node_first_child(node)
        while let c = child {
            out.append(c)
            child = cmark_node_next(c)
        }
        return out
    }

    static func literal(_ node: Node) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    static func typeName(_ node: Node) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    static func position(_ node: Node) -> SourcePosition? {
        let line = Int(cmark_node_get_start_line(node))
        return line > 0 ? .line(line) : nil
    }

    mutating func blocks(in node: Node, depth: Int) -> [Block] {
        var out: [Block] = []
        for child in Self.children(node) { out.append(contentsOf: block(child, depth: depth + 1)) }
        return out
    }

    mutating func block(_ node: Node, depth: Int) -> [Block] {
        let position = Self.position(node)
        if depth > MarkupBlocks.maxDepth {
            flattened = true
            return MarkupBlocks.paragraph([.text(Self.plainText(node))], position: position).map { [$0] } ?? []
        }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            let level = Int(cmark_node_get_heading_level(node))
            return MarkupBlocks.heading(inlines(in: node, depth: depth), level: level, position: position).map { [$0] } ?? []
        case CMARK_NODE_PARAGRAPH:
            return MarkupBlocks.paragraph(inlines(in: node, depth: depth), position: position).map { [$0] } ?? []
        case CMARK_NODE_CODE_BLOCK:
            return MarkupBlocks.code(Self.literal(node), position: position).map { [$0] } ?? []
        case CMARK_NODE_THEMATIC_BREAK:
            return [.thematicBreak]
        case CMARK_NODE_BLOCK_QUOTE:
            return MarkupBlocks.quote(blocks(in: node, depth: depth))
        case CMARK_NODE_LIST:
            return [list(node, depth: depth)]
        case CMARK_NODE_HTML_BLOCK:
            // docnorm itself writes a table with merged cells as HTML inside Markdown.
            let fragment = HTMLReader().readFragment(Self.literal(node), firstLine: position)
            warnings.append(contentsOf: fragment.warnings)
            return fragment.blocks
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            // cmark-gfm keeps a definition's label to itself; it orders the definitions by
            // first reference, as `references` holds the labels.
            var id = Self.literal(node)
            if id.isEmpty { id = notes.count < references.count ? references[notes.count] : String(notes.count + 1) }
            notes.append(Note(id: id, blocks: blocks(in: node, depth: depth)))
            return []
        default:
            if Self.typeName(node) == "table" { return table(node, depth: depth).map { [$0] } ?? [] }
            return blocks(in: node, depth: depth)
        }
    }

    mutating func list(_ node: Node, depth: Int) -> Block {
        let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
        let start = Int(cmark_node_get_list_start(node))
        let delimiter = cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? ")" : "."
        var items: [ListItem] = []
        for (k, child) in Self.children(node).enumerated() {
            var label: NumberingLabel?
            if ordered {
                let (n, overflow) = start.addingReportingOverflow(k)
                label = MarkupBlocks.orderedLabel(overflow ? start : n, delimiter: delimiter)
            } else if Self.typeName(child) == "tasklist" {
                label = MarkupBlocks.taskLabel(checked: cmark_gfm_extensions_get_tasklist_item_checked(child))
            }
            items.append(MarkupBlocks.item(label: label, blocks: blocks(in: child, depth: depth + 1), position: Self.position(child)))
        }
        return .list(ListBlock(ordered: ordered, items: items))
    }

    mutating func table(_ node: Node, depth: Int) -> Block? {
        var rows: [TableRow] = []
        for row in Self.children(node) {
            let header = cmark_gfm_extensions_get_table_row_is_header(row) != 0
            var cells: [TableCell] = []
            for cell in Self.children(row) {
                let content = MarkupBlocks.paragraph(inlines(in: cell, depth: depth + 1), position: Self.position(cell))
                cells.append(TableCell(blocks: content.map { [$0] } ?? []))
            }
            rows.append(TableRow(cells: cells, isHeader: header))
        }
        return rows.isEmpty ? nil : .table(Table(rows: rows, position: Self.position(node)))
    }

    mutating func inlines(in node: Node, depth: Int) -> [Inline] {
        let children = Self.children(node)
        var out: [Inline] = []
        for (k, child) in children.enumerated() {
            out.append(contentsOf: inline(child, next: k + 1 < children.count ? children[k + 1] : nil, previous: out, depth: depth + 1))
        }
        return out
    }

    mutating func inline(_ node: Node, next: Node?, previous: [Inline], depth: Int) -> [Inline] {
        if depth > MarkupBlocks.maxDepth {
            flattened = true
            return [.text(Self.plainText(node))]
        }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            return [.text(Self.literal(node))]
        case CMARK_NODE_SOFTBREAK:
            // A line break inside a paragraph is a space, except between Chinese characters.
            let before = previous.last?.plainText.unicodeScalars.last
            let after = next.flatMap { Self.plainText($0).unicodeScalars.first }
            if let b = before, let a = after, CharacterClass.isCJK(b), CharacterClass.isCJK(a) { return [] }
            return [.text(" ")]
        case CMARK_NODE_LINEBREAK:
            return [.lineBreak]
        case CMARK_NODE_EMPH:
            return [.emphasis(inlines(in: node, depth: depth))]
        case CMARK_NODE_STRONG:
            return [.strong(inlines(in: node, depth: depth))]
        case CMARK_NODE_LINK:
            let content = inlines(in: node, depth: depth)
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            guard let safe = MarkupBlocks.link(url, position: Self.position(node), warnings: &warnings) else { return content }
            return [.link(url: safe, content: content)]
        case CMARK_NODE_IMAGE:
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            return [MarkupBlocks.image(alt: Self.plainText(node), source: url)]
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            let label = Self.literal(node)
            if referenced.insert(label).inserted { references.append(label) }
            return [.noteReference(label)]
        case CMARK_NODE_HTML_INLINE:
            let tag = Self.literal(node).lowercased().filter { !$0.isWhitespace }
            return tag == "<br>" || tag == "<br/>" ? [.lineBreak] : []
        default:
            if Self.typeName(node) == "strikethrough" { return [.strikethrough(inlines(in: node, depth: depth))] }
            return inlines(in: node, depth: depth)
        }
    }

    /// The text of a subtree, walked with cmark's own iterator (no recursion).
    static func plainText(_ node: Node) -> String {
        guard let iter = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iter) }
        var out = ""
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let n = cmark_iter_get_node(iter) else { continue }
            switch cmark_node_get_type(n) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK: out += literal(n)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: out += " "
            default: break
            }
        }
        return out
    }
}
