/// The heading tree of a document, one heading per line as Markdown heading markers:
/// a quick look at the structure.
public enum Outline {
    public static func render(_ document: Document) -> String {
        var lines: [String] = []
        for block in document.blocks {
            guard case .heading(let h) = block else { continue }
            let label = h.label?.shown ?? ""
            lines.append(String(repeating: "#", count: h.level) + " " + label + h.content.plainText)
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}
