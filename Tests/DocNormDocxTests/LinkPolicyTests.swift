import DocNorm
@testable import DocNormReaders
import DocNormModel
import DocNormTestSupport
import Foundation
import Testing

/// Links from a .docx reach the outputs only when they are web, mail or phone links,
/// relative references or fragments; the rest lose the link and keep their text.
@Suite struct LinkPolicyTests {
    /// Targets as they stand in the XML attribute (already escaped for it).
    static let hostile = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java&#9;script:alert(1)",
                          "java&#10;script:alert(1)", "&#13;&#10; JAVASCRIPT:alert(1)", "vbscript:msgbox(1)",
                          "data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;", "file:///etc/passwd", "foo:bar"]
    static let safe = ["https://example.org/a?b=1", "HTTP://example.org", "mailto:a@example.org", "tel:+861012345678",
                       "docs/a.html", "../up.html", "#sec2", "//example.org/x"]

    func relationship(_ target: String) -> String {
        "<Relationship Id=\"rL\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"\(target)\" TargetMode=\"External\"/>"
    }

    func links(_ inlines: [Inline]) -> [String] {
        inlines.flatMap { i -> [String] in
            if case .link(let url, _) = i { return [url] }
            return i.children.map(links) ?? []
        }
    }

    func outputs(_ doc: Document) -> String {
        let c = Converter()
        let normalized = c.normalize(doc)
        return c.render(normalized, as: .html) + c.render(normalized, as: .markdown)
            + String(decoding: c.output(normalized, as: .docx), as: UTF8.self)
    }

    @Test(arguments: hostile)
    func hostileRelationshipTargetsAreDropped(target: String) throws {
        let doc = try readDocx("<w:p><w:hyperlink r:id=\"rL\"><w:r><w:t>点这里</w:t></w:r></w:hyperlink></w:p>", rels: relationship(target))
        #expect(texts(doc) == ["点这里"])
        #expect(links(paragraphs(doc)[0].content).isEmpty)
        #expect(doc.warnings.contains { $0.code == "unsafe-link" })
        let out = outputs(doc).lowercased()
        for bad in ["javascript", "vbscript", "data:text", "file:", "foo:bar"] { #expect(!out.contains(bad), "\(bad) in the output") }
        #expect(out.contains("点这里"))
    }

    @Test(arguments: hostile)
    func hostileFieldTargetsAreDropped(target: String) throws {
        let url = target.replacingOccurrences(of: "\"", with: "")
        let simple = "<w:p><w:fldSimple w:instr=\"HYPERLINK &quot;\(url)&quot;\"><w:r><w:t>简单</w:t></w:r></w:fldSimple></w:p>"
        let complex = """
            <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "\(url)" </w:instrText></w:r>
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>复杂</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
            """
        let doc = try readDocx(simple + complex)
        #expect(texts(doc) == ["简单", "复杂"])
        #expect(paragraphs(doc).allSatisfy { links($0.content).isEmpty })
        #expect(doc.warnings.filter { $0.code == "unsafe-link" }.count == 2)
    }

    @Test(arguments: safe)
    func safeTargetsAreKept(target: String) throws {
        let doc = try readDocx("<w:p><w:hyperlink r:id=\"rL\"><w:r><w:t>链接</w:t></w:r></w:hyperlink></w:p>", rels: relationship(target))
        #expect(links(paragraphs(doc)[0].content) == [target.replacingOccurrences(of: "&amp;", with: "&")])
        #expect(!doc.warnings.contains { $0.code == "unsafe-link" })
    }

    /// A document built through the library, not read from a file: the writers apply the same policy.
    @Test func writersDropHostileLinksOfDocumentsBuiltInCode() throws {
        for url in ["javascript:alert(1)", " JAVASCRIPT:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)", "vbscript:x", "data:text/html,x"] {
            let doc = Document(blocks: [.paragraph(Paragraph(content: [.text("前"), .link(url: url, content: [.text("点")]), .text("后")]))])
            let c = Converter()
            let html = c.render(doc, as: .html)
            let md = c.render(doc, as: .markdown)
            let docx = try DocxReader().read(c.output(doc, as: .docx))
            #expect(!html.lowercased().contains("script:") && !html.contains("data:"), "\(html)")
            #expect(html.contains("<p>前点后</p>"))
            #expect(md.hasPrefix("前点后") && !md.lowercased().contains("script:") && !md.contains("data:"), "\(md)")
            #expect(texts(docx) == ["前点后"] && links(paragraphs(docx)[0].content).isEmpty)
        }
    }

    @Test func policyReadsTargetsAsABrowserDoes() {
        #expect(LinkPolicy.safe(" https://example.org/a\n") == "https://example.org/a")
        #expect(LinkPolicy.safe("ht\ttps://example.org") == "https://example.org")
        #expect(LinkPolicy.safe("java\u{0}script:alert(1)") == nil)
        #expect(LinkPolicy.safe("a:b/c") == nil)
        #expect(LinkPolicy.safe("a/b:c") == "a/b:c")
        #expect(LinkPolicy.safe("?q=javascript:x") == "?q=javascript:x")
        #expect(LinkPolicy.scheme(of: "JavaScript:x") == "JavaScript")
        #expect(LinkPolicy.scheme(of: "1http:x") == nil)
    }
}
