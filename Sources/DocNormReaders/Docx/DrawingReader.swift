import DocNormModel

/// Drawings and VML shapes: their images (with alt text) and text boxes.
extension BodyReader {
    mutating func drawing(_ d: XMLElement, format: DocxRun.Format, into c: inout ContentCollector) {
        for anchor in d.elements where anchor.name == "wp:inline" || anchor.name == "wp:anchor" {
            let docPr = anchor.first("wp:docPr")
            let alt = docPr?.attribute("descr").flatMap { $0.isEmpty ? nil : $0 } ?? docPr?.attribute("title") ?? ""
            var blips: [String] = []
            var boxes: [XMLElement] = []
            collect(anchor, blips: &blips, boxes: &boxes)
            for id in blips { c.append(image(relationship: id, alt: alt), format) }
            for box in boxes { c.textBoxes.append(contentsOf: blocks(box)) }
        }
    }

    mutating func vml(_ p: XMLElement, format: DocxRun.Format, into c: inout ContentCollector) {
        var blips: [String] = []
        var boxes: [XMLElement] = []
        collect(p, blips: &blips, boxes: &boxes)
        // o:title is often a file name: the alt text of a linked image only, never text.
        let alt = Self.firstAttribute(p, "alt") ?? (options.extractMedia ? Self.firstAttribute(p, "o:title") : nil) ?? ""
        for id in blips { c.append(image(relationship: id, alt: alt), format) }
        for box in boxes { c.textBoxes.append(contentsOf: blocks(box)) }
    }

    /// Image relationship ids (`a:blip/@r:embed`, `v:imagedata/@r:id`) and text box contents below `e`.
    func collect(_ e: XMLElement, blips: inout [String], boxes: inout [XMLElement]) {
        for child in e.elements {
            switch child.name {
            case "a:blip":
                if let id = child.attribute("r:embed") ?? child.attribute("r:link") { blips.append(id) }
            case "v:imagedata":
                if let id = child.attribute("r:id") { blips.append(id) }
            case "w:txbxContent":
                boxes.append(child)
            case "mc:AlternateContent":
                if let branch = alternate(child) { collect(branch, blips: &blips, boxes: &boxes) }
            default:
                collect(child, blips: &blips, boxes: &boxes)
            }
        }
    }

    static func firstAttribute(_ e: XMLElement, _ name: String) -> String? {
        if let v = e.attribute(name), !v.isEmpty { return v }
        for child in e.elements { if let v = firstAttribute(child, name) { return v } }
        return nil
    }

    /// An image links to its part in the archive (`word/media/image1.png`) when images are
    /// extracted: where it goes on disk is decided by whoever writes it.
    mutating func image(relationship id: String, alt: String) -> Inline {
        guard let rel = relationships[id] else { return .image(alt: alt, source: nil) }
        if rel.external {
            // A picture linked from outside the file: a link to it, never fetched.
            guard let url = allowedLink(rel.target) else { return .image(alt: alt, source: nil) }
            return .link(url: url, content: [.text(alt.isEmpty ? url : alt)])
        }
        let path = PackageParts.resolve(rel.target, from: part)
        guard options.extractMedia else { return .image(alt: alt, source: nil) }
        if images.insert(path).inserted { imageOrder.append(path) }
        return .image(alt: alt, source: path)
    }
}
