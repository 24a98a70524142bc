import DocNormModel

/// Links and fields: hyperlink targets, the link policy, and `HYPERLINK` field instructions.
extension BodyReader {
    /// A complex field's code: instruction text is gathered until `separate`, the result runs
    /// until `end`; a HYPERLINK field links its result.
    mutating func fieldCode(_ e: XMLElement, into c: inout ContentCollector) {
        if e.name == "w:instrText" {
            if let k = c.fields.indices.last, c.fields[k].resultStart == nil { c.fields[k].instruction += e.text }
            return
        }
        switch e.attribute("w:fldCharType") {
        case "begin": c.fields.append(("", nil))
        case "separate":
            if let k = c.fields.indices.last {
                c.fields[k].resultStart = c.segments.count
                if ContentCollector.isTOC(c.fields[k].instruction) { c.sawTOCField = true }
            }
        case "end":
            guard let field = c.fields.popLast() else { break }
            if let start = field.resultStart, let url = allowedLink(Self.hyperlink(fromInstruction: field.instruction)) {
                for k in start..<c.segments.count where c.segments[k].link == nil { c.segments[k].link = url }
            }
        default: break
        }
    }

    func hyperlinkTarget(_ e: XMLElement) -> String? {
        if let id = e.attribute("r:id"), let rel = relationships[id] {
            let anchor = e.attribute("w:anchor").map { "#" + $0 } ?? ""
            return rel.target + anchor
        }
        if let anchor = e.attribute("w:anchor") { return "#" + anchor }
        return nil
    }

    /// The link target as outputs may carry it, or nil (with a warning) when the link policy
    /// drops it: the runs then stay plain text.
    mutating func allowedLink(_ url: String?) -> String? {
        guard let url else { return nil }
        if let safe = LinkPolicy.safe(url) { return safe }
        warnings.append(LinkPolicy.warning(for: url, position: .paragraph(max(1, paragraphIndex))))
        return nil
    }

    /// The target of a `HYPERLINK "url" \l "anchor"` field instruction.
    static func hyperlink(fromInstruction instruction: String) -> String? {
        let words = FieldInstruction.words(instruction)
        guard words.first?.uppercased() == "HYPERLINK" else { return nil }
        var url: String?
        var anchor: String?
        var k = 1
        while k < words.count {
            let w = words[k]
            if w == "\\l", k + 1 < words.count { anchor = words[k + 1]; k += 2; continue }
            if w.hasPrefix("\\") { k += (w == "\\o" || w == "\\t") ? 2 : 1; continue }
            if url == nil { url = w }
            k += 1
        }
        if let url { return url + (anchor.map { "#" + $0 } ?? "") }
        return anchor.map { "#" + $0 }
    }
}

enum FieldInstruction {
    /// Splits a field instruction into words, keeping quoted strings whole.
    static func words(_ s: String) -> [String] {
        var out: [String] = []
        var current = ""
        var quoted = false
        for c in s {
            if c == "\"" {
                if quoted { out.append(current); current = "" }
                quoted.toggle()
                continue
            }
            if c.isWhitespace && !quoted {
                if !current.isEmpty { out.append(current); current = "" }
                continue
            }
            current.append(c)
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
