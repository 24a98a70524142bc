import DocNorm
@testable import DocNormReaders
import DocNormTestSupport
import Testing

/// The equations of a paragraph, in order, at any depth of formatting.
func equations(_ inlines: [Inline]) -> [Math] {
    inlines.flatMap { i -> [Math] in
        if case .math(let m) = i { return [m] }
        return i.children.map(equations) ?? []
    }
}

/// The equations read from a paragraph holding `omml` in one `m:oMath` (after `before`).
func readMath(_ omml: String, before: String = "") throws -> [Math] {
    let doc = try readDocx("<w:p>\(before)<m:oMath>\(omml)</m:oMath></w:p>")
    return paragraphs(doc).flatMap { equations($0.content) }
}

func latex(_ omml: String) throws -> String { try readMath(omml).map(\.latex).joined(separator: " | ") }
func linear(_ omml: String) throws -> String { try readMath(omml).map(\.text).joined(separator: " | ") }

/// `<m:r><m:t>text</m:t></m:r>`, with run properties.
func mr(_ text: String, _ rPr: String = "") -> String {
    "<m:r>" + (rPr.isEmpty ? "" : "<m:rPr>\(rPr)</m:rPr>") + "<m:t xml:space=\"preserve\">\(text)</m:t></m:r>"
}

func arg(_ name: String, _ content: String) -> String { "<m:\(name)>\(content)</m:\(name)>" }

@Suite struct MathFractionAndScriptTests {
    @Test func fractions() throws {
        let f = { (type: String) in "<m:f>" + (type.isEmpty ? "" : "<m:fPr><m:type m:val=\"\(type)\"/></m:fPr>") + arg("num", mr("mλ")) + arg("den", mr("a")) + "</m:f>" }
        #expect(try latex(f("")) == "\\frac{m\\lambda}{a}")
        #expect(try linear(f("")) == "mλ/a")
        #expect(try latex(f("lin")) == "{m\\lambda}/{a}")
        #expect(try latex(f("skw")) == "{}^{m\\lambda}/_{a}")
        #expect(try latex(f("noBar")) == "{m\\lambda \\atop a}")
        let sum = "<m:f>" + arg("num", mr("a+b")) + arg("den", mr("c")) + "</m:f>"
        #expect(try linear(sum) == "(a+b)/c")
    }

    @Test func scripts() throws {
        let power = mr("2.2×") + "<m:sSup><m:sSupPr><m:ctrlPr/></m:sSupPr>" + arg("e", mr("10")) + arg("sup", mr("-4")) + "</m:sSup>"
        #expect(try latex(power) == "2.2\\times{10}^{-4}")
        #expect(try linear(power) == "2.2×10^(-4)")
        let sub = "<m:sSub>" + arg("e", mr("x")) + arg("sub", mr("i,j")) + "</m:sSub>"
        #expect(try latex(sub) == "x_{i,j}")
        #expect(try linear(sub) == "x_(i,j)")
        let both = "<m:sSubSup>" + arg("e", mr("β")) + arg("sub", mr("t")) + arg("sup", mr("2")) + "</m:sSubSup>"
        #expect(try latex(both) == "\\beta_{t}^{2}")
        #expect(try linear(both) == "β_t^2")
        let pre = "<m:sPre>" + arg("sub", mr("n")) + arg("sup", mr("m")) + arg("e", mr("X")) + "</m:sPre>"
        #expect(try latex(pre) == "{}_{n}^{m}X")
        // A prime after a superscript would be a second superscript.
        let prime = "<m:sSup>" + arg("e", mr("f")) + arg("sup", mr("2")) + "</m:sSup>" + mr("′")
        #expect(try latex(prime) == "f^{2}{}'")
    }

    @Test func radicals() throws {
        #expect(try latex("<m:rad><m:radPr><m:degHide m:val=\"1\"/></m:radPr><m:deg/>" + arg("e", mr("x+1")) + "</m:rad>") == "\\sqrt{x+1}")
        #expect(try latex("<m:rad>" + arg("deg", mr("3")) + arg("e", mr("x")) + "</m:rad>") == "\\sqrt[3]{x}")
        #expect(try linear("<m:rad>" + arg("deg", mr("3")) + arg("e", mr("x")) + "</m:rad>") == "∛x")
        #expect(try linear("<m:rad><m:deg/>" + arg("e", mr("b^2-4ac")) + "</m:rad>") == "√(b^2-4ac)")
    }
}

@Suite struct MathOperatorTests {
    func nary(_ pr: String, sub: String = "", sup: String = "", _ base: String) -> String {
        "<m:nary><m:naryPr>\(pr)</m:naryPr>" + arg("sub", sub.isEmpty ? "" : mr(sub)) + arg("sup", sup.isEmpty ? "" : mr(sup)) + arg("e", mr(base)) + "</m:nary>"
    }

    @Test func naryOperatorsWithLimits() throws {
        let sum = nary("<m:chr m:val=\"∑\"/><m:limLoc m:val=\"undOvr\"/>", sub: "i,j", sup: "N", "w")
        #expect(try latex(sum) == "\\sum_{i,j}^{N}w")
        #expect(try linear(sum) == "∑_(i,j)^N w")
        // No m:chr is an integral, by the specification.
        #expect(try latex(nary("", sub: "0", sup: "1", "x")) == "\\int_{0}^{1}x")
        #expect(try linear(nary("", sub: "0", sup: "1", "x")) == "∫_0^1 x")
        #expect(try latex(nary("<m:chr m:val=\"∮\"/><m:limLoc m:val=\"undOvr\"/><m:supHide m:val=\"1\"/>", sub: "C", "f")) == "\\oint\\limits_{C}f")
        #expect(try latex(nary("<m:chr m:val=\"∏\"/><m:limLoc m:val=\"subSup\"/><m:subHide/><m:supHide/>", sub: "k", sup: "n", "a")) == "\\prod a")
        #expect(try latex(nary("<m:chr m:val=\"∑\"/><m:limLoc m:val=\"subSup\"/>", sub: "i", "x")) == "\\sum\\nolimits_{i}x")
        #expect(try latex(nary("<m:chr m:val=\"⋃\"/>", sub: "n", "X")) == "\\bigcup_{n}X")
    }

    @Test func delimiters() throws {
        #expect(try latex("<m:d>" + arg("e", mr("x")) + "</m:d>") == "\\left(x\\right)")
        let list = "<m:d><m:dPr><m:begChr m:val=\"[\"/><m:endChr m:val=\"]\"/><m:sepChr m:val=\",\"/></m:dPr>" + arg("e", mr("a")) + arg("e", mr("b")) + "</m:d>"
        #expect(try latex(list) == "\\left[a,b\\right]")
        #expect(try linear(list) == "[a,b]")
        let bars = "<m:d><m:dPr><m:begChr m:val=\"|\"/><m:endChr m:val=\"|\"/></m:dPr>" + arg("e", mr("x")) + "</m:d>"
        #expect(try latex(bars) == "\\left\\vert x\\right\\vert")
        let conditional = "<m:d>" + arg("e", mr("A")) + arg("e", mr("B")) + "</m:d>"
        #expect(try latex(conditional) == "\\left(A\\middle\\vert B\\right)")
        let open = "<m:d><m:dPr><m:begChr m:val=\"{\"/><m:endChr m:val=\"\"/></m:dPr>" + arg("e", mr("x")) + "</m:d>"
        #expect(try latex(open) == "\\left\\{x\\right.")
    }

    @Test func matricesAndEquationArrays() throws {
        let m = "<m:m><m:mPr/>" + "<m:mr>" + arg("e", mr("a")) + arg("e", mr("b")) + "</m:mr><m:mr>" + arg("e", mr("c")) + arg("e", mr("d")) + "</m:mr></m:m>"
        #expect(try latex(m) == "\\begin{matrix}a & b \\\\ c & d\\end{matrix}")
        #expect(try latex("<m:d>" + arg("e", m) + "</m:d>") == "\\begin{pmatrix}a & b \\\\ c & d\\end{pmatrix}")
        #expect(try linear("<m:d>" + arg("e", m) + "</m:d>") == "(a b; c d)")
        let aligned = "<m:eqArr>" + arg("e", mr("x&amp;=1")) + arg("e", mr("y&amp;=2")) + "</m:eqArr>"
        #expect(try latex(aligned) == "\\begin{aligned}x&=1 \\\\ y&=2\\end{aligned}")
        #expect(try linear(aligned) == "x=1; y=2")
        #expect(try latex("<m:eqArr>" + arg("e", mr("a")) + arg("e", mr("b")) + "</m:eqArr>") == "\\begin{gathered}a \\\\ b\\end{gathered}")
        let cases = "<m:d><m:dPr><m:begChr m:val=\"{\"/><m:endChr m:val=\"\"/></m:dPr>" + arg("e", aligned) + "</m:d>"
        #expect(try latex(cases) == "\\begin{cases}x&=1 \\\\ y&=2\\end{cases}")
        // An array of one equation is that equation.
        #expect(try latex("<m:eqArr>" + arg("e", mr("E=mc")) + "</m:eqArr>") == "E=mc")
    }

    @Test func accentsBarsAndBoxes() throws {
        #expect(try latex("<m:acc>" + arg("e", mr("x")) + "</m:acc>") == "\\hat{x}")
        #expect(try linear("<m:acc>" + arg("e", mr("x")) + "</m:acc>") == "x\u{0302}")
        #expect(try latex("<m:acc><m:accPr><m:chr m:val=\"\u{20D7}\"/></m:accPr>" + arg("e", mr("v")) + "</m:acc>") == "\\vec{v}")
        #expect(try latex("<m:acc><m:accPr><m:chr m:val=\"\u{0303}\"/></m:accPr>" + arg("e", mr("xy")) + "</m:acc>") == "\\widetilde{xy}")
        #expect(try latex("<m:bar><m:barPr><m:pos m:val=\"top\"/></m:barPr>" + arg("e", mr("z")) + "</m:bar>") == "\\overline{z}")
        #expect(try linear("<m:bar><m:barPr><m:pos m:val=\"top\"/></m:barPr>" + arg("e", mr("z")) + "</m:bar>") == "z\u{0305}")
        #expect(try latex("<m:bar>" + arg("e", mr("z")) + "</m:bar>") == "\\underline{z}")
        let brace = "<m:groupChr>" + arg("e", mr("a+b")) + "</m:groupChr>"
        #expect(try latex(brace) == "\\underbrace{a+b}")
        #expect(try latex("<m:limLow>" + arg("e", brace) + arg("lim", mr("n")) + "</m:limLow>") == "\\underbrace{a+b}_{n}")
        let over = "<m:groupChr><m:groupChrPr><m:chr m:val=\"⏞\"/><m:pos m:val=\"top\"/></m:groupChrPr>" + arg("e", mr("a")) + "</m:groupChr>"
        #expect(try latex("<m:limUpp>" + arg("e", over) + arg("lim", mr("k")) + "</m:limUpp>") == "\\overbrace{a}^{k}")
        #expect(try latex("<m:limUpp>" + arg("e", mr("=")) + arg("lim", mr("def")) + "</m:limUpp>") == "\\overset{def}{=}")
        #expect(try latex("<m:borderBox>" + arg("e", mr("E")) + "</m:borderBox>") == "\\boxed{E}")
        #expect(try latex("<m:box>" + arg("e", mr("dx")) + "</m:box>") == "dx")
    }

    @Test func functions() throws {
        let sin = "<m:func><m:funcPr/>" + arg("fName", mr("sin", "<m:sty m:val=\"p\"/>")) + arg("e", mr("θ")) + "</m:func>"
        #expect(try latex(sin) == "\\sin\\theta")
        #expect(try linear(sin) == "sin θ")
        let log = "<m:func>" + arg("fName", mr("log", "<m:sty m:val=\"p\"/>")) + arg("e", "<m:d>" + arg("e", mr("x")) + "</m:d>") + "</m:func>"
        #expect(try latex(log) == "\\log\\left(x\\right)")
        #expect(try linear(log) == "log(x)")
        let lim = "<m:func>" + arg("fName", "<m:limLow>" + arg("e", mr("lim", "<m:sty m:val=\"p\"/>")) + arg("lim", mr("n→∞")) + "</m:limLow>")
            + arg("e", "<m:sSub>" + arg("e", mr("a")) + arg("sub", mr("n")) + "</m:sSub>") + "</m:func>"
        let limit = try readMath(lim)
        #expect(limit.map(\.latex) == ["\\lim_{n\\rightarrow\\infty}a_{n}"])
        #expect(limit.map(\.text) == ["lim_(n→∞) a_n"])
        let other = "<m:func>" + arg("fName", mr("sgn")) + arg("e", mr("x")) + "</m:func>"
        #expect(try latex(other) == "\\operatorname{sgn}x")
        let argmax = "<m:limLow>" + arg("e", "<m:func>" + arg("fName", mr("argmax")) + "</m:func>") + arg("lim", mr("x")) + "</m:limLow>"
        #expect(try latex(argmax).hasPrefix("\\operatorname"))
    }
}

@Suite struct MathTextTests {
    @Test func runStylesAndText() throws {
        #expect(try latex(mr("x") + mr(" if ", "<m:nor/>") + mr("x>0")) == "x\\text{ if }x\\gt0")
        #expect(try latex(mr("2.5") + mr("mm", "<m:sty m:val=\"p\"/>")) == "2.5\\mathrm{mm}")
        #expect(try latex(mr("d", "<m:sty m:val=\"p\"/>") + mr("x")) == "\\mathrm{d}x")
        #expect(try latex(mr("v", "<m:sty m:val=\"b\"/>")) == "\\mathbf{v}")
        #expect(try latex(mr("α", "<m:sty m:val=\"bi\"/>")) == "\\boldsymbol{\\alpha}")
        #expect(try latex(mr("R", "<m:scr m:val=\"double-struck\"/>")) == "\\mathbb{R}")
        #expect(try latex(mr("L", "<m:scr m:val=\"script\"/>")) == "\\mathcal{L}")
    }

    @Test func latexSpecialCharactersAreEscaped() throws {
        #expect(try latex(mr("#$%&amp;_{}")) == "\\#\\$\\%\\&\\_\\{\\}")
        #expect(try latex(mr("a&lt;b|c|~d\\")) == "a\\lt b\\vert c\\vert\\sim d\\backslash")
        #expect(try latex(mr("50%", "<m:nor/>")) == "\\text{50}\\%")
        // Text of other scripts in an equation is text, which any TeX can set.
        #expect(try latex(mr("x") + mr("其中")) == "x\\text{其中}")
    }

    @Test func greekAndOperatorsBecomeCommands() throws {
        #expect(try latex(mr("α≤β→∞±∂∇×÷≠≈∈∑")) == "\\alpha\\leq\\beta\\rightarrow\\infty\\pm\\partial\\nabla\\times\\div\\neq\\approx\\in\\sum")
        #expect(try latex(mr("πr")) == "\\pi r")
        #expect(try latex(mr("ΓΑ")) == "\\Gamma A")
    }

    @Test func wordsSplitOverRunsKeepTheirSpaces() throws {
        #expect(try latex(mr("group ") + mr("wit") + mr("h braces")) == "group\\ with\\ braces")
    }
}

@Suite struct MathDisplayTests {
    @Test func inlineDisplayAndParagraphsOfEquations() throws {
        let inline = try readDocx("<w:p><w:r><w:t xml:space=\"preserve\">For </w:t></w:r><m:oMath>\(mr("m=1"))</m:oMath><w:r><w:t>,</w:t></w:r></w:p>")
        #expect(equations(paragraphs(inline)[0].content).map(\.display) == [false])
        #expect(paragraphs(inline)[0].content.plainText == "For m=1,")
        let alone = try readDocx("<w:p><w:r><w:t xml:space=\"preserve\"> </w:t></w:r><m:oMath>\(mr("E=mc"))</m:oMath></w:p>")
        #expect(equations(paragraphs(alone)[0].content).map(\.display) == [true])
        let para = try readDocx("<w:p><m:oMathPara><m:oMathParaPr><m:jc m:val=\"center\"/></m:oMathParaPr><m:oMath>\(mr("a=b"))</m:oMath><m:oMath>\(mr("c=d"))</m:oMath></m:oMathPara></w:p>")
        let both = equations(paragraphs(para)[0].content)
        #expect(both.map(\.latex) == ["a=b", "c=d"])
        #expect(both.map(\.display) == [true, true])
        #expect(!para.warnings.contains { $0.code == "equation" || $0.code == "unknown-element" })
    }

    @Test func anEquationAtTheStartIsNeverTakenForALabel() throws {
        for start in ["1.", "(2)", "一、", "3)"] {
            let doc = try convertDocx("<w:p><m:oMath>\(mr(start))\(mr("x=1"))</m:oMath><w:r><w:t xml:space=\"preserve\"> holds here</w:t></w:r></w:p>")
            let all = doc.blocks.flatMap { b -> [Math] in
                switch b {
                case .paragraph(let p): return equations(p.content)
                case .heading(let h): return equations(h.content)
                case .list(let l): return l.items.flatMap { $0.blocks.flatMap { if case .paragraph(let p) = $0 { return equations(p.content) } else { return [] } } }
                default: return []
                }
            }
            #expect(all.map(\.text) == [start + "x=1"], "\(start)")
        }
    }

    @Test func unknownMathElementsAreNamed() throws {
        let doc = try readDocx("<w:p><m:oMath>\(mr("x"))<m:frobnicate/></m:oMath></w:p>")
        #expect(equations(paragraphs(doc)[0].content).map(\.latex) == ["x"])
        #expect(doc.warnings.contains { $0.code == "unknown-element" && $0.message.contains("m:frobnicate") })
    }
}
