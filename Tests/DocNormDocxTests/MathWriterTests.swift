import DocNorm
@testable import DocNormReaders
import DocNormTestSupport
import Foundation
import Testing

/// Equations in every output: `$…$` / `$$…$$`, MathML with the LaTeX as alttext, linear text,
/// the LaTeX in JSON, linear text in the Word copy.
@Suite struct MathWriterTests {
    static let fraction = "<m:f>" + arg("num", mr("mλ")) + arg("den", mr("a")) + "</m:f>"
    static let body = "<w:p><w:r><w:t xml:space=\"preserve\">For $5, </w:t></w:r><m:oMath>\(mr("m=1"))</m:oMath><w:r><w:t>,</w:t></w:r></w:p>"
        + "<w:p><m:oMathPara><m:oMath>\(mr("sin", "<m:sty m:val=\"p\"/>"))\(mr("θ="))\(fraction)</m:oMath><m:oMath>\(mr("x&lt;y"))</m:oMath></m:oMathPara></w:p>"

    func document() throws -> Document { try convertDocx(Self.body) }

    @Test func markdownDollars() throws {
        let md = MarkdownWriter().write(try document())
        #expect(md.contains("For \\$5, $m=1$,"))
        #expect(md.contains("$$\\sin\\theta=\\frac{m\\lambda}{a}$$\n$$x\\lt y$$"))
    }

    @Test func markdownTableCellsStayOnOneLine() throws {
        let row = "<w:tbl><w:tr><w:tc><w:p><m:oMathPara><m:oMath>\(mr("a"))</m:oMath><m:oMath>\(mr("b"))</m:oMath></m:oMathPara></w:p></w:tc><w:tc>\(p("x"))</w:tc></w:tr></w:tbl>"
        let md = MarkdownWriter().write(try convertDocx(row))
        #expect(md.contains("| $$a$$ $$b$$ | x |"))
    }

    @Test func htmlMathMLFromTheTree() throws {
        let html = HTMLWriter().write(try document())
        #expect(html.contains("<math alttext=\"m=1\"><mi>m</mi><mo>=</mo><mn>1</mn></math>,"))
        #expect(html.contains("<math display=\"block\" alttext=\"\\sin\\theta=\\frac{m\\lambda}{a}\"><mi>sin</mi><mi>θ</mi><mo>=</mo>"
            + "<mfrac><mrow><mi>m</mi><mi>λ</mi></mrow><mrow><mi>a</mi></mrow></mfrac></math>"))
        #expect(html.contains("<math display=\"block\" alttext=\"x\\lt y\"><mi>x</mi><mo>&lt;</mo><mi>y</mi></math>"))
    }

    @Test func htmlStructures() throws {
        func mathML(_ omml: String) throws -> String {
            let html = HTMLWriter(options: WriterOptions(fragment: true)).write(try convertDocx("<w:p><w:r><w:t>t</w:t></w:r><m:oMath>\(omml)</m:oMath></w:p>"))
            guard let start = html.range(of: "<math"), let end = html.range(of: "</math>") else { return "" }
            return String(html[start.lowerBound..<end.upperBound])
        }
        let sum = "<m:nary><m:naryPr><m:chr m:val=\"∑\"/></m:naryPr>" + arg("sub", mr("i")) + arg("sup", mr("n")) + arg("e", mr("x")) + "</m:nary>"
        #expect(try mathML(sum).contains("<munderover><mo largeop=\"true\" movablelimits=\"false\">∑</mo><mrow><mi>i</mi></mrow><mrow><mi>n</mi></mrow></munderover><mi>x</mi>"))
        let root = "<m:rad>" + arg("deg", mr("3")) + arg("e", mr("x")) + "</m:rad>"
        #expect(try mathML(root).contains("<mroot><mrow><mi>x</mi></mrow><mrow><mn>3</mn></mrow></mroot>"))
        let delimited = "<m:d>" + arg("e", mr("x")) + "</m:d>"
        #expect(try mathML(delimited).contains("<mrow><mo fence=\"true\" form=\"prefix\">(</mo><mrow><mi>x</mi></mrow><mo fence=\"true\" form=\"postfix\">)</mo></mrow>"))
        let aligned = "<m:eqArr>" + arg("e", mr("x&amp;=1")) + arg("e", mr("y&amp;=2")) + "</m:eqArr>"
        #expect(try mathML(aligned).contains("<mtable columnalign=\"right left\"><mtr><mtd><mi>x</mi></mtd><mtd><mo>=</mo><mn>1</mn></mtd></mtr>"))
        let text = mr("if", "<m:nor/>")
        #expect(try mathML(text).contains("<mtext>if</mtext>"))
    }

    @Test func cleanTextIsLinear() throws {
        let text = TextWriter().write(try document())
        #expect(text == "For $5, m=1,\nsin θ=mλ/a x<y\n")
    }

    @Test func jsonCarriesTheLaTeX() throws {
        let json = JSONWriter().write(try document())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let blocks = try #require(object["blocks"] as? [[String: Any]])
        let inlines = try #require(blocks[0]["inlines"] as? [[String: Any]])
        let math = try #require(inlines.first { $0["type"] as? String == "math" })
        #expect(math["latex"] as? String == "m=1")
        #expect(math["text"] as? String == "m=1")
        #expect(math["display"] as? Bool == false)
    }

    @Test func wordCopyKeepsTheLinearText() throws {
        let converter = Converter()
        let bytes = converter.output(try document(), as: .docx)
        let back = try converter.read(bytes, name: "copy.docx")
        #expect(texts(back).contains("sin θ=mλ/a\nx<y"))
    }
}
