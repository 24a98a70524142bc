import DocNormModel

/// Reads Word's equations (OMML: `m:oMath`, `m:oMathPara`) into the model's math tree, from
/// which the LaTeX, MathML and linear text are made. Properties Word leaves out take the
/// defaults of the OMML specification (an n-ary operator without `m:chr` is an integral).
/// Elements it does not know are skipped and named, as the body reader does.
struct MathReader {
    /// Names of the elements skipped, once per occurrence.
    var unknown: [String] = []

    /// One equation per `m:oMath`; those of an `m:oMathPara` are display equations.
    mutating func equations(_ e: XMLElement) -> [Math] {
        guard e.name == "m:oMathPara" else { return [Math(display: false, tree: row(e))] }
        var out: [Math] = []
        for child in e.elements {
            switch child.name {
            case "m:oMath": out.append(Math(display: true, tree: row(child)))
            case "m:oMathParaPr": continue
            default:
                // A run straight in the paragraph of equations: part of an equation of its own.
                if let n = node(child), !n.isEmpty { out.append(Math(display: true, tree: n)) }
            }
        }
        return out
    }

    /// The children of an argument (`m:e`, `m:num`, `m:sub` …) side by side.
    mutating func row(_ e: XMLElement?) -> MathNode {
        guard let e else { return .row([]) }
        var items: [MathNode] = []
        for c in e.elements { if let n = node(c) { items.append(n) } }
        return MathNode.row(items).simplified
    }

    /// An argument that may be absent or empty.
    mutating func optional(_ e: XMLElement?) -> MathNode? {
        guard let e else { return nil }
        let n = row(e)
        return n.isEmpty ? nil : n
    }

    mutating func node(_ e: XMLElement) -> MathNode? {
        switch e.name {
        case "m:r":
            return run(e)
        case "m:f":
            let kind: MathFractionKind
            switch Self.value(e.first("m:fPr")?.first("m:type")) {
            case "skw": kind = .skewed
            case "lin": kind = .linear
            case "noBar": kind = .noBar
            default: kind = .bar
            }
            return .fraction(row(e.first("m:num")), row(e.first("m:den")), kind)
        case "m:sSub":
            return .scripts(base: row(e.first("m:e")), sub: optional(e.first("m:sub")), sup: nil)
        case "m:sSup":
            return .scripts(base: row(e.first("m:e")), sub: nil, sup: optional(e.first("m:sup")))
        case "m:sSubSup":
            return .scripts(base: row(e.first("m:e")), sub: optional(e.first("m:sub")), sup: optional(e.first("m:sup")))
        case "m:sPre":
            return .prescripts(base: row(e.first("m:e")), sub: optional(e.first("m:sub")), sup: optional(e.first("m:sup")))
        case "m:rad":
            let hidden = Self.flag(e.first("m:radPr")?.first("m:degHide"))
            return .radical(degree: hidden ? nil : optional(e.first("m:deg")), base: row(e.first("m:e")))
        case "m:nary":
            return .nary(nary(e))
        case "m:d":
            let pr = e.first("m:dPr")
            let open = Self.character(pr?.first("m:begChr"), default: "(")
            let close = Self.character(pr?.first("m:endChr"), default: ")")
            let separator = Self.character(pr?.first("m:sepChr"), default: "|")
            var items: [MathNode] = []
            for c in e.all("m:e") { items.append(row(c)) }
            return .delimited(open: open, close: close, separator: separator, items: items)
        case "m:m":
            var rows: [[MathNode]] = []
            for mr in e.all("m:mr") {
                var cells: [MathNode] = []
                for c in mr.all("m:e") { cells.append(row(c)) }
                rows.append(cells)
            }
            return .matrix(rows)
        case "m:eqArr":
            var rows: [MathNode] = []
            for c in e.all("m:e") { rows.append(row(c)) }
            return .equationArray(rows)
        case "m:acc":
            return .accent(Self.character(e.first("m:accPr")?.first("m:chr"), default: "\u{0302}"), base: row(e.first("m:e")))
        case "m:bar":
            return .bar(row(e.first("m:e")), over: Self.value(e.first("m:barPr")?.first("m:pos")) == "top")
        case "m:groupChr":
            let pr = e.first("m:groupChrPr")
            let char = Self.character(pr?.first("m:chr"), default: "\u{23DF}")
            return .groupCharacter(char, base: row(e.first("m:e")), over: Self.value(pr?.first("m:pos")) == "top")
        case "m:limLow", "m:limUpp":
            return .limit(base: row(e.first("m:e")), limit: row(e.first("m:lim")), over: e.name == "m:limUpp")
        case "m:func":
            return .function(name: row(e.first("m:fName")), argument: row(e.first("m:e")))
        case "m:borderBox":
            return .boxed(row(e.first("m:e")))
        case "m:box", "m:oMath":
            return row(e.name == "m:box" ? e.first("m:e") : e)
        case "m:phant":
            // A phantom only makes room; one that is not shown leaves nothing to read.
            let show = e.first("m:phantPr")?.first("m:show")
            return show != nil && !Self.flag(show) ? nil : row(e.first("m:e"))
        case "w:r":
            // A Word run inside an equation: its text, as text.
            let t = e.all("w:t").map(\.text).joined()
            return t.isEmpty ? nil : .run(t, MathRunStyle(isText: true))
        case "w:ins", "w:moveTo", "w:customXml", "w:smartTag", "w:sdt", "w:sdtContent", "mc:Fallback":
            return row(e)
        case "mc:AlternateContent":
            return (e.first("mc:Choice") ?? e.first("mc:Fallback")).map { row($0) }
        case "m:ctrlPr", "m:argPr", "m:rPr", "w:rPr", "w:del", "w:moveFrom", "w:bookmarkStart", "w:bookmarkEnd",
             "w:proofErr", "w:sdtPr", "w:sdtEndPr", "w:commentRangeStart", "w:commentRangeEnd", "w:permStart", "w:permEnd":
            return nil
        default:
            // Property elements (m:fPr, m:naryPr …) are read by their owner.
            if e.name.hasSuffix("Pr") { return nil }
            if e.name.hasPrefix("m:") || e.name.hasPrefix("w:") { unknown.append(e.name) }
            return nil
        }
    }

    mutating func nary(_ e: XMLElement) -> MathNary {
        let pr = e.first("m:naryPr")
        let symbol = Self.character(pr?.first("m:chr"), default: "\u{222B}")
        let location = Self.value(pr?.first("m:limLoc"))
        let sub = Self.flag(pr?.first("m:subHide")) ? nil : optional(e.first("m:sub"))
        let sup = Self.flag(pr?.first("m:supHide")) ? nil : optional(e.first("m:sup"))
        return MathNary(symbol: symbol, sub: sub, sup: sup,
                        limitsUnderOver: location == "undOvr" ? true : location == "subSup" ? false : nil, base: row(e.first("m:e")))
    }

    /// A run's text and style.
    func run(_ r: XMLElement) -> MathNode? {
        let text = r.all("m:t").map(\.text).joined()
        guard !text.isEmpty else { return nil }
        var style = MathRunStyle()
        if let pr = r.first("m:rPr") {
            style.isText = pr.first("m:nor").map { Self.flag($0) } ?? false
            switch Self.value(pr.first("m:sty")) {
            case "p": style.weight = .plain
            case "b": style.weight = .bold
            case "i": style.weight = .italic
            case "bi": style.weight = .boldItalic
            default: break
            }
            switch Self.value(pr.first("m:scr")) {
            case "script": style.script = .script
            case "fraktur": style.script = .fraktur
            case "double-struck": style.script = .doubleStruck
            case "sans-serif": style.script = .sansSerif
            case "monospace": style.script = .monospace
            default: break
            }
        }
        return .run(text, style)
    }

    // MARK: - Properties

    static func value(_ e: XMLElement?) -> String? { e?.attribute("m:val") }

    /// An on/off property: on when present without a value.
    static func flag(_ e: XMLElement?) -> Bool {
        guard let e else { return false }
        guard let v = e.attribute("m:val") else { return true }
        return DocxRun.isOn(v)
    }

    /// A character property: the default when absent, empty (no character) when present
    /// with an empty or missing value.
    static func character(_ e: XMLElement?, default d: String) -> String {
        guard let e else { return d }
        return e.attribute("m:val") ?? ""
    }

    // MARK: - Display

    /// A paragraph that holds nothing but equations (and spaces) shows them as display equations.
    static func displayingAlone(_ inlines: [Inline]) -> [Inline] {
        var sawMath = false
        guard onlyMath(inlines, &sawMath), sawMath else { return inlines }
        return inlines.map(displayed)
    }

    static func onlyMath(_ inlines: [Inline], _ sawMath: inout Bool) -> Bool {
        for inline in inlines {
            switch inline {
            case .math: sawMath = true
            case .text(let s): if !s.allSatisfy(\.isWhitespace) { return false }
            default:
                guard let c = inline.children, onlyMath(c, &sawMath) else { return false }
            }
        }
        return true
    }

    static func displayed(_ inline: Inline) -> Inline {
        if case .math(var m) = inline {
            m.display = true
            return .math(m)
        }
        guard let c = inline.children else { return inline }
        return inline.replacingChildren(c.map(displayed))
    }
}
