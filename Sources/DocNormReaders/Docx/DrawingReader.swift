import DocNormModel

/// Drawings and VML shapes: their images (with alt text), text boxes, charts and SmartArt.
extension BodyReader {
    /// What a drawing holds, in document order of kind.
    struct DrawingParts {
        /// Image relationship ids (`a:blip/@r:embed`, `v:imagedata/@r:id`).
        var blips: [String] = []
        var boxes: [XMLElement] = []
        /// Chart (`c:chart/@r:id`) and SmartArt data (`dgm:relIds/@r:dm`) relationship ids.
        var graphics: [String] = []
    }

    mutating func drawing(_ d: XMLElement, format: DocxRun.Format, into c: inout ContentCollector) {
        for anchor in d.elements where anchor.name == "wp:inline" || anchor.name == "wp:anchor" {
            let docPr = anchor.first("wp:docPr")
            let alt = Self.description(docPr?.attribute("descr")) ?? Self.description(docPr?.attribute("title")) ?? ""
            var parts = DrawingParts()
            collect(anchor, into: &parts)
            for id in parts.blips { c.append(image(relationship: id, alt: alt), format) }
            for box in parts.boxes { c.textBoxes.append(contentsOf: blocks(box)) }
            for id in parts.graphics { c.textBoxes.append(contentsOf: graphic(relationship: id)) }
        }
    }

    /// A picture's description, unless it is only the file Word inserted it from: older Word
    /// versions fill `descr` with the path (`C:\Users\…\Temp\1576332464(1).png`), which says
    /// nothing about the picture and shows where the author keeps their files.
    static func description(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        let head = Array(text.unicodeScalars.prefix(3))
        let drive = head.count == 3 && head[0].isASCII && head[0].properties.isAlphabetic && head[1] == ":" && (head[2] == "\\" || head[2] == "/")
        if drive || text.hasPrefix("\\\\") || text.hasPrefix("file:") { return nil }
        // A bare file name of a picture (`santa.wmf`, `未命名文件.png`) on one line.
        if let dot = text.lastIndex(of: "."), !text.contains("\n"),
           pictureExtensions.contains(text[text.index(after: dot)...].lowercased()) { return nil }
        return text
    }

    static let pictureExtensions: Set<String> = ["png", "jpg", "jpeg", "jpe", "jfif", "gif", "bmp", "dib", "tif", "tiff", "wmf", "emf",
                                                 "pict", "pct", "svg", "webp", "ico", "heic"]

    mutating func vml(_ p: XMLElement, format: DocxRun.Format, into c: inout ContentCollector) {
        var parts = DrawingParts()
        collect(p, into: &parts)
        // o:title is often a file name: the alt text of a linked image only, never text.
        let alt = Self.description(Self.firstAttribute(p, "alt"))
            ?? (options.extractMedia ? Self.description(Self.firstAttribute(p, "o:title")) : nil) ?? ""
        for id in parts.blips { c.append(image(relationship: id, alt: alt), format) }
        for box in parts.boxes { c.textBoxes.append(contentsOf: blocks(box)) }
    }

    /// The images, text boxes, charts and diagrams below `e`.
    func collect(_ e: XMLElement, into parts: inout DrawingParts) {
        for child in e.elements {
            switch child.name {
            case "a:blip":
                if let id = child.attribute("r:embed") ?? child.attribute("r:link") { parts.blips.append(id) }
            case "v:imagedata":
                if let id = child.attribute("r:id") { parts.blips.append(id) }
            case "w:txbxContent":
                parts.boxes.append(child)
            case "c:chart":
                if let id = child.attribute("r:id") { parts.graphics.append(id) }
            case "dgm:relIds":
                if let id = child.attribute("r:dm") { parts.graphics.append(id) }
            case "mc:AlternateContent":
                if let branch = alternate(child) { collect(branch, into: &parts) }
            default:
                collect(child, into: &parts)
            }
        }
    }

    /// A chart's caption and values, or a diagram's text, read before the body. A chart whose
    /// part is missing still says a chart was there.
    func graphic(relationship id: String) -> [Block] {
        guard let rel = relationships[id], !rel.external else { return [] }
        if let blocks = graphics[PackageParts.resolve(rel.target, from: part)] { return blocks }
        return rel.kind == "chart" ? [ChartData.caption(nil)] : []
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
        guard options.extractMedia else {
            imagesNotWritten += 1
            return .image(alt: alt, source: nil)
        }
        if images.insert(path).inserted { imageOrder.append(path) }
        return .image(alt: alt, source: path)
    }
}
