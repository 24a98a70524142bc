import DocNormModel

/// An equation as presentation MathML, from the model's tree (not from its LaTeX), with the
/// LaTeX as `alttext`. Written in the MathML Core subset browsers render.
enum MathMLWriter {
    static func math(_ m: Math) -> String {
        var out = "<math"
        if m.display { out += " display=\"block\"" }
        out += " alttext=\"\(escape(m.latex))\">"
        out += node(m.tree.simplified, functionName: false)
        return out + "</math>"
    }

    static func node(_ n: MathNode, functionName: Bool) -> String {
        func inner(_ x: MathNode) -> String { node(x.simplified, functionName: false) }
        func row(_ x: MathNode) -> String { "<mrow>" + inner(x) + "</mrow>" }
        switch n {
        case .row(let items):
            return items.map { node($0.simplified, functionName: functionName) }.joined()
        case .run(let s, let style):
            return run(s, style, functionName: functionName)
        case .fraction(let num, let den, let kind):
            switch kind {
            case .bar: return "<mfrac>" + row(num) + row(den) + "</mfrac>"
            case .noBar: return "<mfrac linethickness=\"0\">" + row(num) + row(den) + "</mfrac>"
            case .linear, .skewed: return "<mrow>" + row(num) + "<mo>/</mo>" + row(den) + "</mrow>"
            }
        case .scripts(let base, let sub, let sup):
            return scripts(row(base), sub, sup, under: false)
        case .prescripts(let base, let sub, let sup):
            return "<mmultiscripts>" + row(base) + "<mprescripts/>" + (sub.map(row) ?? "<mrow></mrow>")
                + (sup.map(row) ?? "<mrow></mrow>") + "</mmultiscripts>"
        case .radical(let degree, let base):
            guard let degree, !degree.isEmpty else { return "<msqrt>" + inner(base) + "</msqrt>" }
            return "<mroot>" + row(base) + row(degree) + "</mroot>"
        case .nary(let nary):
            let under = nary.limitsUnderOver ?? MathSymbols.sumLike.contains(nary.symbol)
            let op = "<mo largeop=\"true\" movablelimits=\"false\">\(escape(nary.symbol))</mo>"
            return "<mrow>" + scripts(op, nary.sub, nary.sup, under: under) + inner(nary.base) + "</mrow>"
        case .delimited(let open, let close, let separator, let items):
            var out = "<mrow>"
            if !open.isEmpty { out += "<mo fence=\"true\" form=\"prefix\">\(escape(open))</mo>" }
            for (k, item) in items.enumerated() {
                if k > 0, !separator.isEmpty { out += "<mo separator=\"true\">\(escape(separator))</mo>" }
                out += row(item)
            }
            if !close.isEmpty { out += "<mo fence=\"true\" form=\"postfix\">\(escape(close))</mo>" }
            return out + "</mrow>"
        case .matrix(let rows):
            return "<mtable>" + rows.map { "<mtr>" + $0.map { "<mtd>" + inner($0) + "</mtd>" }.joined() + "</mtr>" }.joined() + "</mtable>"
        case .equationArray(let rows):
            // Word's alignment points (`&`) become columns, right- then left-aligned like LaTeX's `aligned`.
            let cells = rows.map(alignedCells)
            let width = cells.map(\.count).max() ?? 1
            let align = (0..<width).map { $0 % 2 == 0 ? "right" : "left" }.joined(separator: " ")
            return "<mtable columnalign=\"\(align)\">" + cells.map { r in
                "<mtr>" + r.map { "<mtd>" + node(.row($0).simplified, functionName: false) + "</mtd>" }.joined() + "</mtr>"
            }.joined() + "</mtable>"
        case .accent(let char, let base):
            return "<mover accent=\"true\">" + row(base) + "<mo>\(escape(MathSymbols.spacingAccent(char)))</mo></mover>"
        case .bar(let base, let over):
            return over ? "<mover>" + row(base) + "<mo>\u{203E}</mo></mover>" : "<munder>" + row(base) + "<mo>_</mo></munder>"
        case .groupCharacter(let char, let base, let over):
            let mark = "<mo>\(escape(char))</mo>"
            return over ? "<mover>" + row(base) + mark + "</mover>" : "<munder>" + row(base) + mark + "</munder>"
        case .limit(let base, let limit, let over):
            return over ? "<mover>" + row(base) + row(limit) + "</mover>" : "<munder>" + row(base) + row(limit) + "</munder>"
        case .function(let name, let argument):
            return "<mrow>" + node(name.simplified, functionName: true) + "<mo>\u{2061}</mo>" + inner(argument) + "</mrow>"
        case .boxed(let base):
            return "<menclose notation=\"box\">" + inner(base) + "</menclose>"
        }
    }

    static func scripts(_ base: String, _ sub: MathNode?, _ sup: MathNode?, under: Bool) -> String {
        func row(_ x: MathNode) -> String { "<mrow>" + node(x.simplified, functionName: false) + "</mrow>" }
        let sub = sub.flatMap { $0.isEmpty ? nil : $0 }, sup = sup.flatMap { $0.isEmpty ? nil : $0 }
        switch (sub, sup) {
        case (let b?, let p?): return (under ? "<munderover>" : "<msubsup>") + base + row(b) + row(p) + (under ? "</munderover>" : "</msubsup>")
        case (let b?, nil): return (under ? "<munder>" : "<msub>") + base + row(b) + (under ? "</munder>" : "</msub>")
        case (nil, let p?): return (under ? "<mover>" : "<msup>") + base + row(p) + (under ? "</mover>" : "</msup>")
        case (nil, nil): return base
        }
    }

    /// A row of an equation array split at its `&` marks.
    static func alignedCells(_ row: MathNode) -> [[MathNode]] {
        var cells: [[MathNode]] = [[]]
        let items: [MathNode]
        if case .row(let r) = row.simplified { items = r } else { items = [row.simplified] }
        for item in items {
            guard case .run(let s, let style) = item, s.contains("&") else { cells[cells.count - 1].append(item); continue }
            let parts = s.split(separator: "&", omittingEmptySubsequences: false)
            for (k, part) in parts.enumerated() {
                if k > 0 { cells.append([]) }
                if !part.isEmpty { cells[cells.count - 1].append(.run(String(part), style)) }
            }
        }
        return cells
    }

    // MARK: - Runs

    static func run(_ s: String, _ style: MathRunStyle, functionName: Bool) -> String {
        if style.isText { return "<mtext>\(escape(s))</mtext>" }
        var out = ""
        var word = ""
        var number = ""
        let upright = functionName || style.weight == .plain
        func flushWord() {
            guard !word.isEmpty else { return }
            if upright {
                out += word.count == 1 ? "<mi mathvariant=\"normal\">\(word)</mi>" : "<mi>\(word)</mi>"
            } else {
                for ch in word { out += identifier(String(ch), style) }
            }
            word = ""
        }
        func flushNumber() {
            guard !number.isEmpty else { return }
            out += "<mn>\(number)</mn>"
            number = ""
        }
        let chars = Array(s)
        for (k, ch) in chars.enumerated() {
            if ch.isASCII && ch.isNumber || ch == "." && !number.isEmpty && k + 1 < chars.count && chars[k + 1].isNumber {
                flushWord(); number.append(ch); continue
            }
            flushNumber()
            if ch.isASCII && ch.isLetter { word.append(ch); continue }
            flushWord()
            if ch == " " || ch == "\u{00A0}" { continue }
            if ch.isLetter || !MathSymbols.isOperator(ch) {
                out += identifier(String(ch), style)
            } else {
                out += "<mo>\(escape(String(ch)))</mo>"
            }
        }
        flushNumber()
        flushWord()
        return out
    }

    static func identifier(_ s: String, _ style: MathRunStyle) -> String {
        let variant: String?
        switch style.script {
        case .doubleStruck: variant = "double-struck"
        case .script: variant = "script"
        case .fraktur: variant = "fraktur"
        case .sansSerif: variant = "sans-serif"
        case .monospace: variant = "monospace"
        case .roman:
            switch style.weight {
            case .plain: variant = "normal"
            case .bold: variant = "bold"
            case .boldItalic: variant = "bold-italic"
            case .math, .italic: variant = nil
            }
        }
        return "<mi" + (variant.map { " mathvariant=\"\($0)\"" } ?? "") + ">\(escape(s))</mi>"
    }

    static func escape(_ s: String) -> String { HTMLWriter.escapeMarkup(s) }
}
