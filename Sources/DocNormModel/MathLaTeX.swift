/// An equation as LaTeX math, on one line, in the commands LaTeX, KaTeX and MathJax share.
/// `|` is written `\vert` and `<` `>` as `\lt` `\gt`: the LaTeX can stand in a Markdown table
/// or next to HTML without being taken for markup.
package enum MathLaTeX {
    package static func render(_ node: MathNode) -> String {
        latex(node.simplified, Context())
    }

    struct Context {
        /// Inside a row of an equation array: `&` is an alignment point.
        var aligning = false
        /// Inside a function name: words are function names.
        var functionName = false

        /// The context for an argument: alignment and function names stop at any structure.
        var nested: Context { Context() }
        /// The context for a base, which is still part of a function's name.
        var base: Context { Context(aligning: false, functionName: functionName) }
    }

    static func latex(_ node: MathNode, _ c: Context) -> String {
        switch node {
        case .row(let items):
            return items.reduce("") { join($0, latex($1, c)) }
        case .run(let s, let style):
            return run(s, style, c)
        case .fraction(let num, let den, let kind):
            let n = latex(num, c.nested), d = latex(den, c.nested)
            switch kind {
            case .bar: return "\\frac{\(n)}{\(d)}"
            case .noBar: return "{\(n) \\atop \(d)}"
            case .linear: return "{\(n)}/{\(d)}"
            case .skewed: return "{}^{\(n)}/_{\(d)}"
            }
        case .scripts(let base, let sub, let sup):
            return scriptBase(base, c.base) + scripts(sub, sup, c)
        case .prescripts(let base, let sub, let sup):
            return join("{}" + scripts(sub, sup, c, empty: "{}"), latex(base, c.nested))
        case .radical(let degree, let base):
            let b = latex(base, c.nested)
            guard let degree, !degree.isEmpty else { return "\\sqrt{\(b)}" }
            let d = latex(degree, c.nested)
            return d.contains("]") ? "\\sqrt[{\(d)}]{\(b)}" : "\\sqrt[\(d)]{\(b)}"
        case .nary(let n):
            var op = (n.symbol.count == 1 ? MathSymbols.symbols[Character(n.symbol)] : nil) ?? run(n.symbol, MathRunStyle(), c.nested)
            if op.isEmpty { op = "{}" }
            let sumLike = MathSymbols.sumLike.contains(n.symbol)
            if let under = n.limitsUnderOver, under != sumLike, n.sub != nil || n.sup != nil { op += under ? "\\limits" : "\\nolimits" }
            return join(op + scripts(n.sub, n.sup, c), latex(n.base, c.nested))
        case .delimited(let open, let close, let separator, let items):
            return delimited(open, close, separator, items, c)
        case .matrix(let rows):
            return environment("matrix", rows.map { $0.map { latex($0, c.nested) } })
        case .equationArray(let rows):
            return equationArray(rows, "aligned", c)
        case .accent(let char, let base):
            let b = latex(base, c.nested)
            guard let command = MathSymbols.accent(char) else {
                return "\\overset{\(run(char, MathRunStyle(), c.nested))}{\(b)}"
            }
            return (isSymbol(base) ? command.narrow : command.wide) + "{\(b)}"
        case .bar(let base, let over):
            return (over ? "\\overline{" : "\\underline{") + latex(base, c.nested) + "}"
        case .groupCharacter(let char, let base, let over):
            let b = latex(base, c.nested)
            if char == "\u{23DF}" { return "\\underbrace{\(b)}" }
            if char == "\u{23DE}" { return "\\overbrace{\(b)}" }
            return (over ? "\\overset{" : "\\underset{") + run(char, MathRunStyle(), c.nested) + "}{\(b)}"
        case .limit(let base, let limit, let over):
            var b = latex(base, c.base)
            let l = latex(limit, c.nested)
            // A brace takes its label as a script; so does an operator name such as lim, with
            // the limits under it as Word shows them.
            let braced = b.hasPrefix(over ? "\\overbrace{" : "\\underbrace{")
            if b.hasPrefix("\\operatorname{") { b = "\\operatorname*" + b.dropFirst("\\operatorname".count) }
            if braced || isOperatorName(b) { return b + (over ? "^{\(l)}" : "_{\(l)}") }
            return (over ? "\\overset{" : "\\underset{") + l + "}{\(b)}"
        case .function(let name, let argument):
            var inName = c.nested
            inName.functionName = true
            let n = latex(name, inName), a = latex(argument, c.nested)
            if a.isEmpty || isToken(a) || a.hasPrefix("\\left") || isAtom(argument) { return join(n, a) }
            return n + "{\(a)}"
        case .boxed(let base):
            return "\\boxed{\(latex(base, c.nested))}"
        }
    }

    static func scripts(_ sub: MathNode?, _ sup: MathNode?, _ c: Context, empty: String = "") -> String {
        var out = ""
        if let sub, !sub.isEmpty { out += "_{\(latex(sub, c.nested))}" }
        if let sup, !sup.isEmpty { out += "^{\(latex(sup, c.nested))}" }
        return out.isEmpty ? empty : out
    }

    /// A script's base, braced unless it is one token or a delimited group.
    static func scriptBase(_ base: MathNode, _ c: Context) -> String {
        let b = latex(base, c.nested)
        if case .delimited = base.simplified, b.hasSuffix("\\right)") || b.hasSuffix("\\right]") || b.hasSuffix("\\right\\}") { return b }
        return isToken(b) ? b : "{\(b)}"
    }

    static func delimited(_ open: String, _ close: String, _ separator: String, _ items: [MathNode], _ c: Context) -> String {
        let simple = items.map(\.simplified)
        if simple.count == 1 {
            if case .matrix(let rows) = simple[0], let env = matrixEnvironment(open, close) {
                return environment(env, rows.map { $0.map { latex($0, c.nested) } })
            }
            if case .equationArray(let rows) = simple[0], open == "{", close.isEmpty {
                return equationArray(rows, "cases", c)
            }
        }
        let stretchy = separator == "|" || separator == "‖" || separator == "│"
        let sep: String
        if separator.isEmpty {
            sep = ""
        } else if stretchy {
            sep = separator == "‖" ? "\\middle\\Vert " : "\\middle\\vert "
        } else {
            sep = run(separator, MathRunStyle(), c.nested)
        }
        var inner = ""
        for (k, item) in items.enumerated() {
            if k > 0 { inner = join(inner, sep) }
            inner = join(inner, latex(item, c.nested))
        }
        if open.isEmpty && close.isEmpty && !stretchy { return inner }
        let l = "\\left" + MathSymbols.delimiter(open), r = "\\right" + MathSymbols.delimiter(close)
        return join(join(l, inner), r)
    }

    static func matrixEnvironment(_ open: String, _ close: String) -> String? {
        switch (open, close) {
        case ("(", ")"): return "pmatrix"
        case ("[", "]"): return "bmatrix"
        case ("{", "}"): return "Bmatrix"
        case ("|", "|"): return "vmatrix"
        case ("‖", "‖"): return "Vmatrix"
        default: return nil
        }
    }

    static func environment(_ name: String, _ rows: [[String]]) -> String {
        "\\begin{\(name)}" + rows.map { $0.joined(separator: " & ") }.joined(separator: " \\\\ ") + "\\end{\(name)}"
    }

    /// Rows of an equation array: `aligned` (or `cases`) when Word marked alignment points,
    /// else `gathered`.
    static func equationArray(_ rows: [MathNode], _ name: String, _ c: Context) -> String {
        var inRow = c.nested
        inRow.aligning = true
        // Word wraps single equations in an array of one: that is the equation alone.
        if rows.count == 1, name == "aligned" { return latex(rows[0].simplified, c.nested) }
        let lines = rows.map { latex($0.simplified, inRow) }
        let env = name == "aligned" && !lines.contains(where: { $0.contains("&") && !$0.contains("\\&") }) ? "gathered" : name
        return "\\begin{\(env)}" + lines.joined(separator: " \\\\ ") + "\\end{\(env)}"
    }

    // MARK: - Runs

    static func run(_ s: String, _ style: MathRunStyle, _ c: Context) -> String {
        if style.isText { return text(s) }
        var out = ""
        var word = ""
        var foreign = ""
        func flushWord() {
            guard !word.isEmpty else { return }
            out = join(out, styled(word, style, c))
            word = ""
        }
        func flushForeign() {
            guard !foreign.isEmpty else { return }
            out = join(out, text(foreign))
            foreign = ""
        }
        let chars = Array(s)
        for (k, ch) in chars.enumerated() {
            if ch.isASCII && ch.isLetter { flushForeign(); word.append(ch); continue }
            flushWord()
            if ch == "&" && c.aligning { flushForeign(); out += "&"; continue }
            if ch == " " || ch == "\u{00A0}" {
                flushForeign()
                // Math ignores spaces, except one Word shows between two words.
                if k > 0, chars[k - 1].isLetter, k + 1 < chars.count, chars[k + 1].isLetter { out += "\\ " }
                continue
            }
            if let g = MathSymbols.greek[ch] {
                flushForeign()
                out = join(out, style.weight == .bold || style.weight == .boldItalic ? "\\boldsymbol{\(g)}" : g)
                continue
            }
            if let sym = MathSymbols.symbols[ch] { flushForeign(); out = join(out, sym); continue }
            if ch.isASCII {
                flushForeign()
                if ch.isNumber, style.weight == .bold || style.weight == .boldItalic { out = join(out, "\\mathbf{\(ch)}") } else { out = join(out, String(ch)) }
                continue
            }
            // Letters of other scripts, and symbols with no command: text, which any TeX can set.
            foreign.append(ch)
        }
        flushWord()
        flushForeign()
        return out
    }

    /// A word of Latin letters in its style.
    static func styled(_ word: String, _ style: MathRunStyle, _ c: Context) -> String {
        if c.functionName || style.weight == .plain && word.count > 1 {
            if MathSymbols.functions.contains(word) { return "\\" + word }
            if c.functionName { return "\\operatorname{\(word)}" }
        }
        switch style.script {
        case .doubleStruck: return "\\mathbb{\(word)}"
        case .script: return "\\mathcal{\(word)}"
        case .fraktur: return "\\mathfrak{\(word)}"
        case .sansSerif: return "\\mathsf{\(word)}"
        case .monospace: return "\\mathtt{\(word)}"
        case .roman: break
        }
        switch style.weight {
        case .plain: return "\\mathrm{\(word)}"
        case .bold: return "\\mathbf{\(word)}"
        case .boldItalic: return "\\boldsymbol{\(word)}"
        case .math, .italic: return word
        }
    }

    /// `\text{…}` with the characters text mode cannot take written in math.
    static func text(_ s: String) -> String {
        var out = ""
        var chunk = ""
        func flush() {
            if !chunk.isEmpty { out = join(out, "\\text{\(chunk)}") }
            chunk = ""
        }
        for ch in s {
            if "#$%&_{}~^\\".contains(ch) || ch == "|" || ch == "<" || ch == ">" {
                flush()
                out = join(out, MathSymbols.symbols[ch] ?? String(ch))
            } else {
                chunk.append(ch)
            }
        }
        flush()
        return out
    }

    // MARK: - Joining

    /// Two pieces side by side, with a space where a command name would run into a letter.
    static func join(_ a: String, _ b: String) -> String {
        guard let first = b.first, !a.isEmpty else { return a + b }
        if first.isASCII && first.isLetter && endsInCommandName(a) { return a + " " + b }
        // A prime or degree sign after a script would be a second superscript.
        if (first == "'" || first == "^") && a.hasSuffix("}") { return a + "{}" + b }
        // Texts side by side are one text.
        if b.hasPrefix("\\text{"), a.hasSuffix("}"), let open = a.dropLast().lastIndex(where: { $0 == "{" || $0 == "}" }),
           a[open] == "{", a[..<open].hasSuffix("\\text") {
            return String(a.dropLast()) + b.dropFirst("\\text{".count)
        }
        return a + b
    }

    static func endsInCommandName(_ s: String) -> Bool {
        var i = s.endIndex
        var letters = 0
        while i > s.startIndex {
            let j = s.index(before: i)
            let ch = s[j]
            if ch.isASCII && ch.isLetter { letters += 1; i = j; continue }
            return ch == "\\" && letters > 0
        }
        return false
    }

    /// One character, one command, or one command with one plain argument (`\mathbf{e}`):
    /// what needs no braces as a script base.
    static func isToken(_ s: String) -> Bool {
        if s.count == 1 { return s != "'" }
        guard s.first == "\\" else { return false }
        let name = s.dropFirst().prefix { $0.isASCII && $0.isLetter || $0 == "*" }
        let rest = s.dropFirst(1 + name.count)
        if rest.isEmpty { return !name.isEmpty }
        return !name.isEmpty && rest.first == "{" && rest.last == "}" && !rest.dropFirst().dropLast().contains { $0 == "{" || $0 == "}" }
    }

    /// One piece that holds together after a function name: a script, fraction, root or accent.
    static func isAtom(_ n: MathNode) -> Bool {
        switch n.simplified {
        case .scripts, .fraction, .radical, .accent, .delimited: return true
        default: return false
        }
    }

    /// One character: an accent over it is the narrow one.
    static func isSymbol(_ n: MathNode) -> Bool {
        if case .run(let s, _) = n.simplified { return s.filter { $0 != " " }.count == 1 }
        return false
    }

    /// `\lim`, `\max`, `\operatorname{…}`: names that take limits as scripts.
    static func isOperatorName(_ s: String) -> Bool {
        if s.hasPrefix("\\operatorname") { return true }
        guard s.first == "\\" else { return false }
        return MathSymbols.functions.contains(String(s.dropFirst()))
    }
}
