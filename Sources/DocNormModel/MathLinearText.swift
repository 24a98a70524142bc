/// An equation as readable text on one line that keeps its structure: `mλ/a`,
/// `2.2×10^(-4)`, `∑_(i,j)^N w_i`, in the spirit of Word's own linear format (UnicodeMath):
/// parentheses only where a piece is more than one symbol.
package enum MathLinearText {
    package static func render(_ node: MathNode) -> String {
        text(node.simplified, aligning: false).trimmingSpaces()
    }

    static func text(_ node: MathNode, aligning: Bool) -> String {
        switch node {
        case .row(let items):
            var out = ""
            var previous: MathNode?
            for item in items {
                let t = text(item, aligning: aligning)
                // `x^k a^(n-k)`, `a_n cos x`, `1/z dz`: a piece after a structure, or a
                // function after a letter, would otherwise read as part of it.
                if let p = previous, let l = out.last, let f = t.first, l.isLetter || l.isNumber, f.isLetter || f.isNumber {
                    var structure = true
                    if case .run(let word, let style) = p {
                        // An upright function name written as a run (`sin`) is apart from its argument.
                        structure = style.weight == .plain && MathSymbols.functions.contains(word.trimmingSpaces())
                    }
                    if case .function = item { structure = true }
                    if structure { out += " " }
                }
                out += t
                previous = item
            }
            return out
        case .run(let s, _):
            return aligning ? s.filter { $0 != "&" } : s
        case .fraction(let num, let den, let kind):
            let n = text(num), d = text(den)
            if kind == .noBar { return n + "¦" + d }
            return operand(n) + "/" + operand(d)
        case .scripts(let base, let sub, let sup):
            var b = text(base)
            if case .scripts = base.simplified {} else if !isAtom(b) { b = "(" + b + ")" }
            return b + scripts(sub, sup)
        case .prescripts(let base, let sub, let sup):
            return scripts(sub, sup) + text(base)
        case .radical(let degree, let base):
            let b = text(base), d = degree.map { text($0) } ?? ""
            switch d {
            case "": return "√" + script(b)
            case "3": return "∛" + script(b)
            case "4": return "∜" + script(b)
            default: return "√(" + d + "&" + b + ")"
            }
        case .nary(let n):
            let body = text(n.base).trimmingSpaces()
            return n.symbol + scripts(n.sub, n.sup) + (body.isEmpty ? "" : " " + body)
        case .delimited(let open, let close, let separator, let items):
            let inner = items.map { item -> String in
                if case .matrix(let rows) = item.simplified { return matrixRows(rows) }
                return text(item)
            }
            return open + inner.joined(separator: separator) + close
        case .matrix(let rows):
            return "[" + matrixRows(rows) + "]"
        case .equationArray(let rows):
            return rows.map { text($0.simplified, aligning: true).trimmingSpaces() }.joined(separator: "; ")
        case .accent(let char, let base):
            let b = text(base)
            return (b.count == 1 ? b : "(" + b + ")") + combining(char)
        case .bar(let base, let over):
            // A combining line on every character reads as one line over (or under) them all.
            let mark: Character = over ? "\u{0305}" : "\u{0332}"
            return String(text(base).flatMap { $0 == " " ? [$0] : [$0, mark] })
        case .groupCharacter(_, let base, _):
            return text(base)
        case .limit(let base, let limit, let over):
            let b = text(base)
            let bare = isAtom(b) || b.allSatisfy(\.isLetter)
            return (bare ? b : "(" + b + ")") + (over ? "^" : "_") + script(text(limit))
        case .function(let name, let argument):
            let n = text(name), a = text(argument).trimmingSpaces()
            if a.isEmpty { return n }
            if a.first == "(" || a.first == "[" { return n + a }
            // `sin θ`, `lim_(n→∞) a_n`; an argument with operators in it keeps them together.
            return operand(a) == a ? n + " " + a : n + "(" + a + ")"
        case .boxed(let base):
            return text(base)
        }
    }

    static func text(_ node: MathNode) -> String { text(node.simplified, aligning: false) }

    static func scripts(_ sub: MathNode?, _ sup: MathNode?) -> String {
        var out = ""
        if let sub, !sub.isEmpty { out += "_" + script(text(sub)) }
        if let sup, !sup.isEmpty { out += "^" + script(text(sup)) }
        return out
    }

    static func matrixRows(_ rows: [[MathNode]]) -> String {
        rows.map { $0.map { text($0) }.joined(separator: " ") }.joined(separator: "; ")
    }

    /// A script: bare when one symbol or a number, else in parentheses.
    static func script(_ s: String) -> String {
        isAtom(s) ? s : "(" + s + ")"
    }

    static func isAtom(_ s: String) -> Bool {
        let t = s.trimmingSpaces()
        if t.count == 1 { return true }
        if !t.isEmpty, t.allSatisfy({ $0.isNumber || $0 == "." }), t.first?.isNumber == true { return true }
        return isBracketed(t)
    }

    static let operators: Set<Character> = ["+", "-", "−", "=", "±", "∓", "×", "÷", "·", "⋅", "<", ">", "≤", "≥", "≠", "≈",
                                             "≡", ",", ";", ":", "/", "|", "→", "←", "⇒", "∈", "∼", "∝", "¦"]

    /// A fraction's numerator or denominator: bare unless it has an operator outside brackets.
    static func operand(_ s: String) -> String {
        let t = s.trimmingSpaces()
        var depth = 0
        for ch in t {
            if "([{⟨".contains(ch) { depth += 1 } else if ")]}⟩".contains(ch) { depth -= 1 }
            if depth == 0 && (ch == " " || operators.contains(ch)) { return "(" + t + ")" }
        }
        return t
    }

    /// Wholly inside one pair of brackets: `(a+b)`, not `(a)+(b)`.
    static func isBracketed(_ s: String) -> Bool {
        let pairs: [Character: Character] = ["(": ")", "[": "]", "{": "}", "⟨": "⟩"]
        guard let first = s.first, let close = pairs[first], s.last == close, s.count >= 2 else { return false }
        var depth = 0
        for (k, ch) in s.enumerated() {
            if ch == first { depth += 1 } else if ch == close { depth -= 1 }
            if depth == 0 && k < s.count - 1 { return false }
        }
        return true
    }

    /// The combining form of an accent, which follows the letter it goes over.
    static func combining(_ accent: String) -> String {
        switch accent {
        case "^", "\u{02C6}": return "\u{0302}"
        case "~", "\u{02DC}": return "\u{0303}"
        case "\u{00AF}", "\u{203E}": return "\u{0304}"
        case "\u{02D9}": return "\u{0307}"
        case "\u{00A8}": return "\u{0308}"
        case "\u{2192}": return "\u{20D7}"
        default: return accent
        }
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
