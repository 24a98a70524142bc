/// An XML element as a value: the parsed tree outlives no libxml2 object.
/// Names are `prefix:local` with the prefix chosen by namespace (see `Namespaces`), so
/// Transitional and Strict documents read the same.
struct XMLElement: Sendable {
    var name: String
    var attributes: [(name: String, value: String)]
    var children: [XMLNode]

    func attribute(_ name: String) -> String? {
        for a in attributes where a.name == name { return a.value }
        return nil
    }

    /// Child elements, in order.
    var elements: [XMLElement] {
        children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }

    func first(_ name: String) -> XMLElement? {
        for case .element(let e) in children where e.name == name { return e }
        return nil
    }

    func all(_ name: String) -> [XMLElement] {
        children.compactMap { if case .element(let e) = $0, e.name == name { return e } else { return nil } }
    }

    /// The concatenated text of this element and its descendants.
    var text: String {
        var out = ""
        for c in children {
            switch c {
            case .text(let t): out += t
            case .element(let e): out += e.text
            }
        }
        return out
    }

    /// `w:val` of a child, the common shape of OOXML properties.
    func value(of child: String) -> String? { first(child)?.attribute("w:val") }
}

enum XMLNode: Sendable {
    case element(XMLElement)
    case text(String)
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
