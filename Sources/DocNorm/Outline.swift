/// The heading tree of a document, one heading per line as Markdown heading markers:
/// a quick look at the structure.
public enum Outline {
    /// `## 一、总体情况`, one line per heading, in document order; empty when there is none.
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
