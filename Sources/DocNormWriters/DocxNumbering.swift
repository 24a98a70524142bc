/// Word's automatic numbering for the labels that came from it: each label is written as a
/// list level whose text is the label itself, so the copy shows the same labels and reads
/// back as automatic numbering, counted apart from typed labels as in the source.
struct DocxNumbering {
    struct Key: Hashable {
        var text: String
        var level: Int
        var bullet: Bool
    }

    private(set) var keys: [Key] = []
    private var ids: [Key: Int] = [:]

    /// The `w:numPr` for a label, or nil when it cannot be a level text (a `%` would be read
    /// as a placeholder): then it is typed in.
    mutating func properties(text: String, level: Int, bullet: Bool) -> String? {
        guard !text.isEmpty, !text.contains("%") else { return nil }
        let key = Key(text: text, level: min(max(level, 0), 8), bullet: bullet)
        let id: Int
        if let known = ids[key] {
            id = known
        } else {
            keys.append(key)
            id = keys.count
            ids[key] = id
        }
        return "<w:numPr><w:ilvl w:val=\"\(key.level)\"/><w:numId w:val=\"\(id)\"/></w:numPr>"
    }

    /// numbering.xml, or nil when no label needed it.
    func part(head: String) -> String? {
        guard !keys.isEmpty else { return nil }
        var xml = head
        for (k, key) in keys.enumerated() {
            xml += "<w:abstractNum w:abstractNumId=\"\(k + 1)\"><w:lvl w:ilvl=\"\(key.level)\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"\(key.bullet ? "bullet" : "decimal")\"/><w:lvlText w:val=\"\(DocxWriter.escape(key.text))\"/>"
                + "<w:suff w:val=\"space\"/></w:lvl></w:abstractNum>"
        }
        for k in keys.indices { xml += "<w:num w:numId=\"\(k + 1)\"><w:abstractNumId w:val=\"\(k + 1)\"/></w:num>" }
        return xml + "</w:numbering>"
    }
}
