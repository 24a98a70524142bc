/// Reads pandoc's `native` output (Haskell `show` of the block list) far enough to compare
/// headings and paragraph text with docnorm's model.
public enum PandocNative {
    public indirect enum Value: Equatable {
        case constructor(String, [Value])
        case list([Value])
        case tuple([Value])
        case string(String)
        case number(Double)
    }

    public struct ParseError: Error, CustomStringConvertible {
        public var offset: Int
        public var description: String { "cannot read pandoc native at character \(offset)" }
    }

    public static func parse(_ text: String) throws -> Value {
        var p = Parser(chars: Array(text.unicodeScalars))
        let v = try p.value()
        return v
    }

    /// `h<level>|text` for headers and `p|text` for paragraphs (also inside lists, quotes and
    /// divs), in order. Notes, tables, code and raw blocks are left out.
    public static func outline(_ document: Value) -> [String] {
        var blocks = document
        if case .constructor("Pandoc", let args) = document, let last = args.last { blocks = last }
        var out: [String] = []
        func visit(_ v: Value) {
            switch v {
            case .list(let items): items.forEach(visit)
            case .constructor(let name, let args):
                switch name {
                case "Header":
                    // An empty heading paragraph is dropped by docnorm like any empty paragraph.
                    if case .number(let n)? = args.first, let inl = args.last, !squash(text(inl)).isEmpty {
                        out.append("h\(Int(n))|" + squash(text(inl)))
                    }
                case "Para", "Plain":
                    if let inl = args.first { let t = squash(text(inl)); if !t.isEmpty { out.append("p|" + t) } }
                case "BlockQuote", "Div", "Figure", "BulletList", "OrderedList":
                    if let last = args.last { visit(last) }
                case "DefinitionList":
                    if case .list(let items)? = args.first {
                        for item in items {
                            if case .tuple(let parts) = item, parts.count == 2 {
                                out.append("p|" + squash(text(parts[0])))
                                visit(parts[1])
                            }
                        }
                    }
                default: break
                }
            default: break
            }
        }
        visit(blocks)
        return out
    }

    static func text(_ v: Value) -> String {
        switch v {
        case .list(let items): return items.map(text).joined()
        case .constructor(let name, let args):
            switch name {
            case "Str": if case .string(let s)? = args.first { return s }; return ""
            case "Space", "SoftBreak", "LineBreak": return " "
            case "Emph", "Strong", "Underline", "Strikeout", "Superscript", "Subscript", "SmallCaps":
                return args.first.map(text) ?? ""
            case "Span", "Link", "Image": return args.count >= 2 ? text(args[1]) : ""
            case "Quoted": return args.count >= 2 ? "“" + text(args[1]) + "”" : ""
            case "Cite": return args.count >= 2 ? text(args[1]) : ""
            case "Code": if case .string(let s)? = args.last { return s }; return ""
            case "Math": if case .string(let s)? = args.last { return s }; return ""
            default: return ""  // Note, RawInline
            }
        default: return ""
        }
    }

    /// Whitespace collapsed to single spaces, trimmed.
    public static func squash(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    struct Parser {
        var chars: [Unicode.Scalar]
        var i = 0

        mutating func skipSpace() { while i < chars.count, chars[i].properties.isWhitespace { i += 1 } }

        mutating func value() throws -> Value {
            skipSpace()
            guard i < chars.count else { throw ParseError(offset: i) }
            let c = chars[i]
            if c.properties.isUppercase {
                let name = identifier()
                var args: [Value] = []
                while true {
                    skipSpace()
                    guard i < chars.count, let a = chars[i] as Unicode.Scalar?, a != ",", a != "]", a != ")", a != "}" else { break }
                    if a == "{" { try skipRecord(); continue }
                    if a.properties.isUppercase { args.append(.constructor(identifier(), [])) } else { args.append(try atom()) }
                }
                return .constructor(name, args)
            }
            return try atom()
        }

        /// Record syntax (`Meta { unMeta = … }`) carries nothing compared here: skipped whole.
        mutating func skipRecord() throws {
            var depth = 0
            var inString = false
            while i < chars.count {
                let c = chars[i]
                i += 1
                if inString {
                    if c == "\\" { i += 1 } else if c == "\"" { inString = false }
                    continue
                }
                if c == "\"" { inString = true } else if c == "{" { depth += 1 } else if c == "}" { depth -= 1; if depth == 0 { return } }
            }
            throw ParseError(offset: i)
        }

        mutating func atom() throws -> Value {
            skipSpace()
            guard i < chars.count else { throw ParseError(offset: i) }
            let c = chars[i]
            if c == "[" { i += 1; return .list(try sequence(close: "]")) }
            if c == "(" {
                i += 1
                let items = try sequence(close: ")")
                return items.count == 1 ? items[0] : .tuple(items)
            }
            if c == "\"" { return .string(try string()) }
            if c == "-" || c.properties.numericType != nil {
                let start = i
                i += 1
                while i < chars.count, chars[i].properties.numericType != nil || chars[i] == "." || chars[i] == "e" { i += 1 }
                return .number(Double(String(String.UnicodeScalarView(chars[start..<i]))) ?? 0)
            }
            if c.properties.isUppercase { return .constructor(identifier(), []) }
            throw ParseError(offset: i)
        }

        mutating func sequence(close: Unicode.Scalar) throws -> [Value] {
            var items: [Value] = []
            skipSpace()
            if i < chars.count, chars[i] == close { i += 1; return items }
            while true {
                items.append(try value())
                skipSpace()
                guard i < chars.count else { throw ParseError(offset: i) }
                if chars[i] == "," { i += 1; continue }
                if chars[i] == close { i += 1; return items }
                throw ParseError(offset: i)
            }
        }

        mutating func identifier() -> String {
            let start = i
            while i < chars.count, chars[i].properties.isAlphabetic || chars[i].properties.numericType != nil || chars[i] == "_" || chars[i] == "'" || chars[i] == "." { i += 1 }
            return String(String.UnicodeScalarView(chars[start..<i]))
        }

        static let named: [String: UInt32] = ["NUL": 0, "SOH": 1, "STX": 2, "ETX": 3, "EOT": 4, "ENQ": 5, "ACK": 6, "a": 7, "b": 8,
                                              "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, "DEL": 127, "ESC": 27]

        mutating func string() throws -> String {
            i += 1
            var out = String.UnicodeScalarView()
            while i < chars.count {
                let c = chars[i]
                i += 1
                if c == "\"" { return String(out) }
                guard c == "\\" else { out.append(c); continue }
                guard i < chars.count else { break }
                let e = chars[i]
                if e.properties.numericType != nil {
                    var n: UInt32 = 0
                    while i < chars.count, let d = chars[i].properties.numericType.flatMap({ _ in UInt32(String(chars[i])) }) { n = n * 10 + d; i += 1 }
                    if let s = Unicode.Scalar(n) { out.append(s) }
                    continue
                }
                if e == "&" { i += 1; continue }
                if e == "\"" || e == "\\" || e == "'" { out.append(e); i += 1; continue }
                // Named escapes: \n \t \SOH …
                var matched = false
                for (name, value) in Self.named.sorted(by: { $0.key.count > $1.key.count }) {
                    let n = Array(name.unicodeScalars)
                    if i + n.count <= chars.count, Array(chars[i..<(i + n.count)]) == n {
                        out.append(Unicode.Scalar(value)!)
                        i += n.count
                        matched = true
                        break
                    }
                }
                if !matched { out.append(e); i += 1 }
            }
            throw ParseError(offset: i)
        }
    }
}
