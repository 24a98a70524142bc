/// A JSON value with ordered object keys, so output is stable and readable.
enum JSONValue {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// An array whose elements are made one by one as it is written: a long one (a document's
    /// blocks, a large table's rows) is never built whole. Always written one element a line.
    case generated(count: Int, element: (Int) -> JSONValue)

    func serialized(indent: Int = 0) -> String {
        var out = ""
        write(into: &out, indent: indent)
        return out
    }

    /// Writes the value. `flush` is called after each element of a generated array, with what
    /// was written so far, to take it away.
    func write(into out: inout String, indent: Int, flush: (inout String) -> Void = { _ in }) {
        let pad = String(repeating: "  ", count: indent)
        let inner = String(repeating: "  ", count: indent + 1)
        switch self {
        case .string(let s): JSONValue.quote(s, into: &out)
        case .int(let n): out += String(n)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .generated(let count, let element):
            if count == 0 { out += "[]"; return }
            out += "[\n"
            for k in 0..<count {
                out += inner
                element(k).write(into: &out, indent: indent + 1, flush: flush)
                out += k + 1 < count ? ",\n" : "\n"
                flush(&out)
            }
            out += pad + "]"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            if items.allSatisfy({ $0.isScalar }) {
                out += "["
                for (k, v) in items.enumerated() {
                    if k > 0 { out += ", " }
                    v.write(into: &out, indent: indent + 1, flush: flush)
                }
                out += "]"
                return
            }
            out += "[\n"
            for (k, v) in items.enumerated() {
                out += inner
                v.write(into: &out, indent: indent + 1, flush: flush)
                out += k + 1 < items.count ? ",\n" : "\n"
            }
            out += pad + "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            // Small flat objects ({"line": 3}) stay on one line.
            if pairs.count <= 2, pairs.allSatisfy({ $0.1.isScalar }) {
                out += "{"
                for (k, (key, v)) in pairs.enumerated() {
                    if k > 0 { out += ", " }
                    JSONValue.quote(key, into: &out)
                    out += ": "
                    v.write(into: &out, indent: indent + 1, flush: flush)
                }
                out += "}"
                return
            }
            out += "{\n"
            for (k, (key, v)) in pairs.enumerated() {
                out += inner
                JSONValue.quote(key, into: &out)
                out += ": "
                v.write(into: &out, indent: indent + 1, flush: flush)
                out += k + 1 < pairs.count ? ",\n" : "\n"
            }
            out += pad + "}"
        }
    }

    var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    static func quote(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
