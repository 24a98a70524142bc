/// The package structure of a .docx: relationships and the main document part.
struct Relationship: Sendable {
    var id: String
    /// The last path component of the relationship type (`officeDocument`, `styles`, `hyperlink`, …).
    var kind: String
    var target: String
    var external: Bool
}

enum PackageParts {
    static let mainContentTypes: Set<String> = [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    ]

    /// Reads a `.rels` part.
    static func relationships(_ root: XMLElement) -> [Relationship] {
        root.elements.filter { $0.name.hasSuffix("Relationship") }.compactMap { e in
            guard let id = e.attribute("Id"), let type = e.attribute("Type"), let target = e.attribute("Target") else { return nil }
            let kind = kind(of: type)
            return Relationship(id: id, kind: kind, target: target, external: e.attribute("TargetMode") == "External")
        }
    }

    /// The last path component of a relationship type, found in its bytes: splitting the URL
    /// by characters was most of reading a package with many hyperlinks.
    static func kind(of type: String) -> String {
        let u = type.utf8
        // `split` drops empty pieces (a trailing slash names the component before it), and a
        // slash in a character with other scalars (`/` and a combining mark) is no separator.
        guard let slash = u.lastIndex(of: UInt8(ascii: "/")), slash != u.index(before: u.endIndex), u.allSatisfy({ $0 < 0x80 }) else {
            return type.split(separator: "/").last.map(String.init) ?? type
        }
        return String(type[u.index(after: slash)...])
    }

    /// The `.rels` part that belongs to `part` (`word/document.xml` → `word/_rels/document.xml.rels`).
    static func relsPath(for part: String) -> String {
        let (dir, name) = split(part)
        return (dir.isEmpty ? "" : dir + "/") + "_rels/" + name + ".rels"
    }

    /// Resolves a relationship target against the part that holds it.
    static func resolve(_ target: String, from part: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var components = split(part).dir.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(String(piece))
            }
        }
        return components.joined(separator: "/")
    }

    /// The main document part: from the package relationships, else from the content types.
    static func mainPart(rels: [Relationship], contentTypes: XMLElement?, entries: Set<String>) -> String? {
        if let r = rels.first(where: { $0.kind == "officeDocument" && !$0.external }) {
            let path = resolve(r.target, from: "")
            if entries.contains(path) { return path }
        }
        if let ct = contentTypes {
            for o in ct.elements where o.name.hasSuffix("Override") {
                if let type = o.attribute("ContentType"), mainContentTypes.contains(type), let name = o.attribute("PartName") {
                    let path = String(name.drop { $0 == "/" })
                    if entries.contains(path) { return path }
                }
            }
        }
        return entries.contains("word/document.xml") ? "word/document.xml" : nil
    }

    static func split(_ path: String) -> (dir: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }
}
