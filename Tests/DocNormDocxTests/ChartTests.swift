import DocNorm
import DocNormModel
import Foundation
@testable import DocNormReaders
import DocNormTestSupport
import Testing

/// Charts and SmartArt: the values Word cached and the diagram's text, from XML strings.
@Suite struct ChartTests {
    static let c = "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""

    func chart(_ inner: String) throws -> ChartData {
        ChartData(try XMLParser.parse(Array("<c:chartSpace \(Self.c)><c:chart>\(inner)</c:chart></c:chartSpace>".utf8), part: "chart1.xml").root)
    }

    func series(_ name: String, categories: [String], values: [String], format: String = "General") -> String {
        let cats = categories.enumerated().map { "<c:pt idx=\"\($0.offset)\"><c:v>\($0.element)</c:v></c:pt>" }.joined()
        let vals = values.enumerated().map { "<c:pt idx=\"\($0.offset)\"><c:v>\($0.element)</c:v></c:pt>" }.joined()
        return "<c:ser><c:tx><c:strRef><c:strCache><c:pt idx=\"0\"><c:v>\(name)</c:v></c:pt></c:strCache></c:strRef></c:tx>"
            + "<c:cat><c:strRef><c:strCache><c:ptCount val=\"\(categories.count)\"/>\(cats)</c:strCache></c:strRef></c:cat>"
            + "<c:val><c:numRef><c:numCache><c:formatCode>\(format)</c:formatCode><c:ptCount val=\"\(values.count)\"/>\(vals)</c:numCache></c:numRef></c:val></c:ser>"
    }

    func cells(_ blocks: [Block]) -> [[String]] {
        guard case .table(let t)? = blocks.last else { return [] }
        return t.rows.map { $0.cells.map { $0.blocks.map { b in if case .paragraph(let p) = b { return p.content.plainText } else { return "" } }.joined() } }
    }

    @Test func aBarChartIsItsTitleAndATableOfItsCachedValues() throws {
        let title = "<c:title><c:tx><c:rich><a:p><a:r><a:t>各季度</a:t></a:r><a:r><a:t>销售额</a:t></a:r></a:p></c:rich></c:tx></c:title>"
        let data = try chart(title + "<c:plotArea><c:barChart>"
            + series("2025", categories: ["一季度", "二季度"], values: ["8.2", "2.4000000000000004"])
            + series("2026", categories: ["一季度", "二季度"], values: ["1200.5", "3"], format: "#,##0.00")
            + "</c:barChart></c:plotArea>")
        #expect(data.title == "各季度销售额" && data.kind == "bar")
        let blocks = data.blocks
        guard case .paragraph(let caption)? = blocks.first else { Issue.record("no caption"); return }
        #expect(caption.content.plainText == "Chart: 各季度销售额")
        #expect(cells(blocks) == [["", "2025", "2026"], ["一季度", "8.2", "1,200.50"], ["二季度", "2.4", "3.00"]])
    }

    @Test func anEmptyTitleShowsTheOnlySeriesNameAndMissingPointsAreEmpty() throws {
        let pie = "<c:ser><c:tx><c:v>份额</c:v></c:tx><c:cat><c:strLit><c:ptCount val=\"3\"/><c:pt idx=\"0\"><c:v>A</c:v></c:pt><c:pt idx=\"2\"><c:v>C</c:v></c:pt></c:strLit></c:cat>"
            + "<c:val><c:numLit><c:formatCode>0%</c:formatCode><c:ptCount val=\"3\"/><c:pt idx=\"0\"><c:v>0.25</c:v></c:pt><c:pt idx=\"1\"><c:v>0.5</c:v></c:pt></c:numLit></c:val></c:ser>"
        let data = try chart("<c:title/><c:plotArea><c:pie3DChart>\(pie)</c:pie3DChart></c:plotArea>")
        #expect(data.title == "份额" && data.kind == "pie")
        // The category the cache leaves out is numbered; the value it leaves out is empty.
        #expect(cells(data.blocks) == [["", "份额"], ["A", "25%"], ["2", "50%"], ["C", ""]])
        let deleted = try chart("<c:title/><c:autoTitleDeleted val=\"1\"/><c:plotArea><c:pieChart>\(pie)</c:pieChart></c:plotArea>")
        #expect(deleted.title == nil)
    }

    @Test func aScatterChartTakesItsXValuesAsCategories() throws {
        let ser = "<c:ser><c:tx><c:v>y</c:v></c:tx><c:xVal><c:numRef><c:numCache><c:formatCode>General</c:formatCode><c:pt idx=\"0\"><c:v>0.7</c:v></c:pt><c:pt idx=\"1\"><c:v>1.8</c:v></c:pt></c:numCache></c:numRef></c:xVal>"
            + "<c:yVal><c:numRef><c:numCache><c:formatCode>0.0</c:formatCode><c:pt idx=\"0\"><c:v>2.74</c:v></c:pt><c:pt idx=\"1\"><c:v>-3.2</c:v></c:pt></c:numCache></c:numRef></c:yVal></c:ser>"
        let data = try chart("<c:plotArea><c:scatterChart>\(ser)</c:scatterChart></c:plotArea>")
        #expect(cells(data.blocks) == [["", "y"], ["0.7", "2.7"], ["1.8", "-3.2"]])
    }

    @Test func aClaimedCountBeyondThePointsAllocatesNothingLarge() throws {
        let ser = "<c:ser><c:val><c:numCache><c:ptCount val=\"999999999999\"/><c:pt idx=\"0\"><c:v>1</c:v></c:pt><c:pt idx=\"4000000000\"><c:v>2</c:v></c:pt></c:numCache></c:val></c:ser>"
        let data = try chart("<c:plotArea><c:lineChart>\(ser)</c:lineChart></c:plotArea>")
        #expect(data.series.first?.values == ["1"])
    }

    @Test(arguments: [
        ("General", "1234.5", "1234.5"), ("General", "0.30000000000000004", "0.3"), ("General", "-7", "-7"),
        ("0.00", "3.14159", "3.14"), ("#,##0", "1234567.8", "1,234,568"), ("0.0%", "0.1234", "12.3%"),
        ("\"¥\"#,##0.00", "1500", "¥1,500.00"), ("0.0\"万元\"", "12.34", "12.3万元"), ("0_);(0)", "5", "5"),
        ("yyyy-mm-dd", "45000", "45000"), ("0.00E+00", "12345", "12345"), ("General", "n/a", "n/a"),
    ])
    func numbersAreWrittenAsTheirFormatShowsThem(code: String, raw: String, shown: String) {
        #expect(ChartNumberFormat.format(raw, code: code) == shown)
    }

    @Test func aDocumentsChartIsReadWhereItsDrawingStands() throws {
        let drawing = "<w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"1\" name=\"Chart 1\"/><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
            + "<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"rIdC\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
        let part = "<?xml version=\"1.0\"?><c:chartSpace \(Self.c)><c:chart><c:plotArea><c:barChart>"
            + series("收入", categories: ["甲", "乙"], values: ["1", "2"]) + "</c:barChart></c:plotArea></c:chart></c:chartSpace>"
        let rels = "<Relationship Id=\"rIdC\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart\" Target=\"charts/chart1.xml\"/>"
            + "<Relationship Id=\"rIdM\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart\" Target=\"charts/missing.xml\"/>"
        let missing = drawing.replacingOccurrences(of: "rIdC", with: "rIdM")
        let doc = try readDocx(p("前") + drawing + p("后") + missing, rels: rels, extra: [("word/charts/chart1.xml", part)])
        let tables = doc.blocks.filter { if case .table = $0 { return true } else { return false } }
        #expect(tables.count == 1 && cells(tables) == [["", "收入"], ["甲", "1"], ["乙", "2"]])
        // A chart whose part is missing still says a chart stood there.
        #expect(texts(doc).filter { !$0.isEmpty } == ["前", "Chart", "后", "Chart"])
        let text = TextWriter().write(Normalizer().normalize(doc))
        #expect(text.contains("Chart") && text.contains("收入") && text.contains("乙"))
    }
}

@Suite struct SmartArtTests {
    static let dgm = "xmlns:dgm=\"http://schemas.openxmlformats.org/drawingml/2006/diagram\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""

    func pt(_ id: String, _ text: String?, type: String? = nil) -> String {
        let t = text.map { "<dgm:t><a:bodyPr/><a:p><a:r><a:t>\($0)</a:t></a:r></a:p></dgm:t>" } ?? ""
        return "<dgm:pt modelId=\"\(id)\"\(type.map { " type=\"\($0)\"" } ?? "")>\(t)</dgm:pt>"
    }

    func cxn(_ src: String, _ dest: String, _ order: Int, type: String? = nil) -> String {
        "<dgm:cxn modelId=\"x\(src)\(dest)\"\(type.map { " type=\"\($0)\"" } ?? "") srcId=\"\(src)\" destId=\"\(dest)\" srcOrd=\"\(order)\" destOrd=\"0\"/>"
    }

    func outline(_ blocks: [Block], depth: Int = 0) -> [String] {
        blocks.flatMap { b -> [String] in
            switch b {
            case .list(let l): return l.items.flatMap { outline($0.blocks, depth: depth + 1) }
            case .paragraph(let p): return [String(repeating: "-", count: depth) + p.content.plainText]
            default: return []
            }
        }
    }

    @Test func aDiagramIsANestedListInItsConnectionsOrder() throws {
        let points = pt("doc", nil, type: "doc") + pt("w", "word") + pt("d", "docx") + pt("p", "ppt") + pt("t", "", type: "parTrans")
            + pt("s", "ignored", type: "pres") + pt("e", "")  + pt("l", "life")
        let cxns = cxn("doc", "p", 1) + cxn("doc", "w", 0) + cxn("w", "d", 0) + cxn("doc", "e", 2) + cxn("e", "l", 0) + cxn("w", "s", 0, type: "presOf")
        let root = try XMLParser.parse(Array("<dgm:dataModel \(Self.dgm)><dgm:ptLst>\(points)</dgm:ptLst><dgm:cxnLst>\(cxns)</dgm:cxnLst></dgm:dataModel>".utf8), part: "data1.xml").root
        // A shape without text gives its place to its children.
        #expect(outline(SmartArtReader.blocks(root)) == ["-word", "--docx", "-ppt", "-life"])
    }

    @Test func aDiagramWithoutConnectionsListsItsNodes() throws {
        let root = try XMLParser.parse(Array("<dgm:dataModel \(Self.dgm)><dgm:ptLst>\(pt("a", "1"))\(pt("b", "2"))</dgm:ptLst></dgm:dataModel>".utf8), part: "data1.xml").root
        #expect(outline(SmartArtReader.blocks(root)) == ["-1", "-2"])
    }

    /// Read by eye in Word: the corpus's diagrams and charts, their text and values.
    @Test(.enabled(if: TestSupport.hasCorpus, TestSupport.corpusAbsent))
    func theCorpusDiagramsAndChartsKeepTheirTextAndValues() throws {
        func markdown(_ name: String) throws -> String {
            let url = TestSupport.sharedDirectory!.appendingPathComponent("corpus/docx/" + name)
            return MarkdownWriter().write(Normalizer().normalize(try DocxReader().read(Array(try Data(contentsOf: url)))))
        }
        let smartArt = try markdown("open-xml-sdk/SmartArt.docx")
        #expect(smartArt.contains("- word\n  - docx\n- ppt\n  - pptx\n- excel\n  - xlsx"))
        #expect(smartArt.contains("- top1\n  - top2\n    - top4\n    - top5\n  - top3\n    - top6"))
        let sample = try markdown("onlyoffice-templates/sample.docx")
        #expect(sample.contains("*Chart: Sample Chart*"))
        #expect(sample.contains("| Excel | 175 | 200 | 250 | 300 | 350 |"))
        let eleven = try markdown("poi-tl/reference_chart.docx")
        #expect(eleven.components(separatedBy: "*Chart").count - 1 == 11)
        #expect(eleven.contains("| 智力 | 32 | 12 |") && eleven.contains("| 17.6 | 9.578506951 | 5.866666667 |"))
    }
}
