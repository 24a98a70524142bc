import DocNormModel

/// A SmartArt diagram's data part (`word/diagrams/dataN.xml`): its text as a bulleted list,
/// nested as the diagram's points are (`dgm:cxn` of type parOf, in their order). Points
/// that only draw (transitions, presentation shapes) carry no text of the author's.
enum SmartArtReader {
    static func blocks(_ root: XMLElement) -> [Block] {
        guard let points = root.first("dgm:ptLst")?.all("dgm:pt") else { return [] }
        var text: [String: String] = [:]
        var order: [String] = []
        var document: String?
        for pt in points {
            guard let id = pt.attribute("modelId") else { continue }
            switch pt.attribute("type") ?? "node" {
            case "doc": document = id
            case "node", "asst":
                text[id] = pt.first("dgm:t").map(paragraphs) ?? ""
                order.append(id)
            default: continue
            }
        }
        var children: [String: [(order: Int, id: String)]] = [:]
        var hasParent = Set<String>()
        for cxn in root.first("dgm:cxnLst")?.all("dgm:cxn") ?? [] {
            guard (cxn.attribute("type") ?? "parOf") == "parOf", let src = cxn.attribute("srcId"), let dest = cxn.attribute("destId"),
                  text[dest] != nil else { continue }
            children[src, default: []].append((Int(cxn.attribute("srcOrd") ?? "") ?? 0, dest))
            hasParent.insert(dest)
        }
        for k in children.keys { children[k]?.sort { $0.order < $1.order } }
        // Without connections (or a document point) every node is a top-level item.
        let top = document.flatMap { children[$0]?.map(\.id) } ?? order.filter { !hasParent.contains($0) }
        var visited = Set<String>()
        // A shape left without text (an empty root of a hierarchy) gives its place to its children.
        func items(_ ids: [String], depth: Int) -> [ListItem] {
            ids.flatMap { id -> [ListItem] in
                guard depth < 32, visited.insert(id).inserted else { return [] }
                let nested = items(children[id]?.map(\.id) ?? [], depth: depth + 1)
                guard let t = text[id], !t.isEmpty else { return nested }
                var blocks: [Block] = [.paragraph(Paragraph(content: [.text(t)]))]
                if !nested.isEmpty { blocks.append(.list(ListBlock(ordered: false, items: nested))) }
                return [ListItem(blocks: blocks)]
            }
        }
        let list = items(top, depth: 0)
        return list.isEmpty ? [] : [.list(ListBlock(ordered: false, items: list))]
    }

    /// A point's text: its paragraphs joined by a space.
    static func paragraphs(_ t: XMLElement) -> String {
        t.all("a:p").map { p in
            p.elements.map { r -> String in
                switch r.name {
                case "a:r", "a:fld": return r.first("a:t")?.text ?? ""
                case "a:br": return " "
                default: return ""
                }
            }.joined()
        }.map { $0.trimmingCharacters(in: " \n\t") }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
