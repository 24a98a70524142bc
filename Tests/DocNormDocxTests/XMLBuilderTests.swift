import Foundation
@testable import DocNormReaders
import DocNormTestSupport
import Testing

/// The values built from libxml2's SAX2 events are the ones its tree held: the same texts
/// (merged where the tree merges them), names, attributes and what is left out.
@Suite struct XMLBuilderTests {
    static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    func parse(_ s: String) throws -> XMLElement {
        try XMLParser.parse(Array(s.utf8), part: "test.xml").root
    }

    func textNodes(_ e: XMLElement) -> [String] {
        e.children.compactMap { if case .text(let t) = $0 { return t } else { return nil } }
    }

    @Test func entitiesAndCharacterReferencesAreOneText() throws {
        let root = try parse("<w:t \(Self.w)>a &amp; b &lt;c&gt; &#x4E00;&#20108; &quot;</w:t>")
        #expect(textNodes(root) == ["a & b <c> 一二 \""])
    }

    @Test func commentsAndInstructionsKeepTextsApartAndCDATAIsItsOwnText() throws {
        let root = try parse("<w:t \(Self.w)>a<!-- note -->b<?pi x?>c<![CDATA[<d>&amp;]]>e</w:t>")
        #expect(textNodes(root) == ["a", "b", "c", "<d>&amp;", "e"])
        #expect(root.text == "abc<d>&amp;e")
    }

    @Test func attributeValuesAreDecoded() throws {
        let root = try parse("<w:p \(Self.w) w:a=\"x &amp; y\" w:b=\"&#38;&#60;&lt;&gt;&quot;&apos;\" w:c=\"\" w:d=\"a&#38;#38;b\"/>")
        #expect(root.attribute("w:a") == "x & y")
        #expect(root.attribute("w:b") == "&<<>\"'")
        #expect(root.attribute("w:c") == "")
        // An escaped escape stays one level escaped: `&#38;#38;` is the text `&#38;`.
        #expect(root.attribute("w:d") == "a&#38;b")
    }

    @Test func namesTakeDocnormsPrefixesAndRevisionIdsAndLayoutGo() throws {
        let root = try parse("""
            <x:p xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:q="urn:other" x:rsidR="00A1" x:paraId="1" q:k="v">\
            <x:pPr><x:spacing x:after="0"><x:t>gone</x:t></x:spacing><x:jc x:val="center"/></x:pPr><q:thing/><plain/></x:p>
            """)
        #expect(root.name == "w:p")
        #expect(root.attributes.map(\.name) == ["q:k"])
        let pPr = try #require(root.first("w:pPr"))
        #expect(pPr.elements.map(\.name) == ["w:jc"] && pPr.value(of: "w:jc") == "center")
        #expect(root.elements.map(\.name) == ["w:pPr", "q:thing", "plain"])
    }

    @Test func whiteSpaceBetweenElementsIsKeptAsText() throws {
        let root = try parse("<w:body \(Self.w)>\n  <w:p/>\n</w:body>")
        #expect(textNodes(root) == ["\n  ", "\n"])
    }

    @Test func aPartThatBreaksOffIsRecoveredWithItsOpenElements() throws {
        let (root, note, _) = try XMLParser.parse(Array("<w:body \(Self.w)><w:p><w:r><w:t>前</w:t></w:r></w:p><w:p><w:r><w:t>后".utf8), part: "word/x.xml")
        #expect(root.elements.map(\.text) == ["前", "后"])
        #expect(note?.contains("word/x.xml is not well-formed XML") == true)
    }

    @Test func utf16PartsAreRead() throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><w:t \(Self.w)>标题 ok</w:t>"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let (root, _, _) = try XMLParser.parse(bytes, part: "test.xml")
        #expect(root.text == "标题 ok")
    }

    /// Far more than one chunk of input: elements and texts that straddle the chunks' seams
    /// come out whole, and child by child equals the whole.
    @Test func chunkSeamsDoNotShow() throws {
        let styles = (0..<3000).map { "<w:style w:styleId=\"s\($0)\"><w:name w:val=\"名字 \($0) &amp; more\"/><w:t>\(String(repeating: "字", count: $0 % 50))</w:t></w:style>" }
        let text = "<w:styles \(Self.w)>" + styles.joined() + "</w:styles>"
        #expect(text.utf8.count > 4 << 16)
        var streamed: [XMLElement] = []
        #expect(XMLParser.eachChild(Array(text.utf8)) { streamed.append($0) })
        let whole = try parse(text).elements
        #expect(streamed.count == 3000 && whole.count == 3000)
        for (a, b) in zip(streamed, whole) {
            #expect(a.attribute("w:styleId") == b.attribute("w:styleId"))
            #expect(a.value(of: "w:name") == b.value(of: "w:name") && a.first("w:t")?.text == b.first("w:t")?.text)
        }
        #expect(streamed[2999].value(of: "w:name") == "名字 2999 & more")
        #expect(streamed[49].first("w:t")?.text == String(repeating: "字", count: 49))
    }

    /// The body streamed from a .docx: paragraphs and table rows as the whole tree has them,
    /// other parts of the document skipped.
    @Test func theBodyStreamGivesParagraphsAndRows() throws {
        let rows = (0..<2000).map { "<w:tr><w:tc><w:p><w:r><w:t>格 \($0)</w:t></w:r></w:p></w:tc></w:tr>" }.joined()
        let body = p("前") + "<w:tbl><w:tblPr/>\(rows)</w:tbl>" + p("后")
        let doc = try readDocx(body)
        #expect(texts(doc) == ["前", "后"])
        guard case .table(let table)? = doc.blocks.first(where: { if case .table = $0 { true } else { false } }) else {
            Issue.record("no table"); return
        }
        #expect(table.rows.count == 2000)
        guard case .paragraph(let last)? = table.rows.last?.cells.first?.blocks.first else { Issue.record("no cell paragraph"); return }
        #expect(last.text == "格 1999")
    }
}
