import DocNormModel
@testable import DocNormWriters
import Foundation
import Testing

func para(_ s: String) -> Block { .paragraph(Paragraph(content: [.text(s)])) }
func heading(_ level: Int, _ s: String) -> Block { .heading(Heading(level: level, content: [.text(s)])) }
func row(_ cells: [String], header: Bool = false) -> TableRow {
    TableRow(cells: cells.map { TableCell(blocks: [para($0)]) }, isHeader: header)
}

/// Chunks of `doc`, after checking what every chunking must keep: each chunk within the
/// limit, its text the clean text at its offsets (after a repeated table header), only
/// white space between chunks, and all the clean text covered.
func checkedChunks(_ doc: Document, limit: Int, sourceLocation: SourceLocation = #_sourceLocation) -> [Chunk] {
    let chunks = Chunker(limit: limit).chunks(doc)
    let clean = Array(TextWriter().write(doc).unicodeScalars)
    var covered = 0
    for c in chunks {
        #expect(c.size <= limit, "\(c.size) > \(limit): \(c.text)", sourceLocation: sourceLocation)
        #expect(c.start >= covered && c.end <= clean.count && c.start < c.end, sourceLocation: sourceLocation)
        guard c.start >= covered, c.end <= clean.count, c.start < c.end else { return chunks }
        var slice = String.UnicodeScalarView()
        slice.append(contentsOf: clean[c.start..<c.end])
        #expect(c.text == (c.repeatedHeader.map { $0 + "\n" } ?? "") + String(slice), sourceLocation: sourceLocation)
        let gap = clean[covered..<c.start]
        #expect(gap.allSatisfy { $0 == "\n" || $0 == " " }, "not white space between chunks: \(String(String.UnicodeScalarView(gap)))", sourceLocation: sourceLocation)
        covered = c.end
    }
    #expect(clean[covered...].allSatisfy { $0 == "\n" }, "clean text after the last chunk", sourceLocation: sourceLocation)
    return chunks
}

@Suite struct ChunksWriterTests {
    static let sentence = "坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神。" // 37 scalars

    var report: Document {
        Document(metadata: Metadata(title: "年度工作报告"), blocks: [
            heading(1, "年度工作报告"),
            para(String(repeating: Self.sentence, count: 2)),
            heading(2, "一、主要做法"),
            heading(3, "（一）加强理论学习"),
            para(String(repeating: Self.sentence, count: 5)),
            heading(3, "（二）抓实基层组织"),
            para(String(repeating: Self.sentence, count: 3)),
            heading(2, "二、存在问题"),
            para("First sentence is here. Second one is 3.5 times longer! Third? " + String(repeating: "Words and more words. ", count: 8)),
            .table(Table(rows: [row(["项目", "数量"], header: true)] + (1...12).map { row(["第\($0)项工作", "\($0 * 10)"]) })),
            .list(ListBlock(ordered: false, items: [ListItem(blocks: [para("一项")]), ListItem(blocks: [para("二项")])])),
        ], notes: [])
    }

    @Test(arguments: [16, 40, 100, 250, 1000])
    func chunksStayWithinTheLimitAndPointAtTheCleanText(limit: Int) {
        let chunks = checkedChunks(report, limit: limit)
        #expect(chunks.count >= 1)
        if limit == 1000 { #expect(chunks.count == 4) }  // introduction, （一）, （二）, 二、
        if limit == 16 { #expect(chunks.count > 40) }
    }

    @Test func headingPathsCarryLabelsAndLeaveOutTheTitle() {
        let chunks = checkedChunks(report, limit: 250)
        #expect(chunks[0].headings == [])
        #expect(chunks[0].text.hasPrefix("年度工作报告\n坚持"))
        // The chapter heading alone goes with its first subsection, under the subsection's path.
        let first = chunks.first { $0.text.hasPrefix("一、主要做法\n（一）加强理论学习\n坚持") }
        #expect(first?.headings == ["一、主要做法", "（一）加强理论学习"])
        #expect(first?.kinds == ["heading", "paragraph"])
        #expect(first?.sections == [])
        let second = chunks.first { $0.text.hasPrefix("（二）抓实基层组织\n") }
        #expect(second?.headings == ["一、主要做法", "（二）抓实基层组织"])
        #expect(chunks.last?.headings == ["二、存在问题"])
        #expect(chunks.last?.kinds.contains("list") == true)
    }

    @Test func aLongSectionIsSplitAtParagraphsThenSentences() {
        let doc = Document(blocks: [heading(2, "一、做法"), para(String(repeating: Self.sentence, count: 2)), para(String(repeating: Self.sentence, count: 6))])
        let chunks = checkedChunks(doc, limit: 100)
        // The first paragraph fits whole with its heading; the second is cut between sentences.
        #expect(chunks[0].text == "一、做法\n" + String(repeating: Self.sentence, count: 2))
        #expect(chunks[0].split == .paragraph)
        #expect(chunks.dropFirst().map(\.text) == Array(repeating: String(repeating: Self.sentence, count: 2), count: 3))
        #expect(chunks.dropFirst().allSatisfy { $0.split == .sentence && $0.headings == ["一、做法"] })
    }

    @Test func sentenceBoundaries() {
        func split(_ s: String) -> [String] {
            let scalars = Array(s.unicodeScalars)
            return Sentences.spans(s).map { String(String.UnicodeScalarView(scalars[$0])) }
        }
        #expect(split("甲方同意。乙方反对！丙方呢？") == ["甲方同意。", "乙方反对！", "丙方呢？"])
        #expect(split("他说：“好。”然后走了。") == ["他说：“好。”", "然后走了。"])
        #expect(split("真的吗？！是的。") == ["真的吗？！", "是的。"])
        #expect(split("Pi is 3.14 today. Next (see e.g.x) ok! Last?") == ["Pi is 3.14 today.", "Next (see e.g.x) ok!", "Last?"])
        #expect(split("He said \"no.\" Then left.") == ["He said \"no.\"", "Then left."])
        #expect(split("没有句号的一句话") == ["没有句号的一句话"])
        #expect(split("完成。  下一句") == ["完成。", "下一句"])
    }

    @Test func chunksEndAtSentencesInEnglishToo() {
        let text = (1...20).map { "Sentence number \($0) ends here." }.joined(separator: " ")
        let chunks = checkedChunks(Document(blocks: [para(text)]), limit: 80)
        #expect(chunks.count > 5)
        for c in chunks {
            #expect(c.text.hasPrefix("Sentence number ") && c.text.hasSuffix(" ends here."), "\(c.text)")
            #expect(c.split == .sentence)
        }
    }

    @Test func aSentenceOverTheLimitIsCutAtTheLimitAndSaysSo() {
        let long = String(repeating: "字", count: 250)
        let chunks = checkedChunks(Document(blocks: [para("短句。" + long + "。结尾。")]), limit: 100)
        #expect(chunks.map(\.text) == ["短句。", String(repeating: "字", count: 100), String(repeating: "字", count: 100),
                                       String(repeating: "字", count: 50) + "。结尾。"])
        #expect(chunks.map(\.split) == [.sentence, .hard, .hard, .hard])
        // A character of several scalars is never cut: 👍🏽 is two.
        let thumbs = checkedChunks(Document(blocks: [para(String(repeating: "👍🏽", count: 30))]), limit: 17)
        #expect(thumbs.allSatisfy { $0.size == 16 || $0 == thumbs.last })
        #expect(thumbs.count == 4)
        #expect(thumbs.allSatisfy { $0.split == .hard })
    }

    @Test func aTableIsSplitByRowsWithItsHeaderRepeated() {
        let rows = (1...30).map { row(["第\($0)项", "\($0)"]) }
        let doc = Document(blocks: [heading(2, "三、统计"), .table(Table(rows: [row(["项目", "数量"], header: true)] + rows))])
        let chunks = checkedChunks(doc, limit: 60)
        #expect(chunks.count > 3)
        #expect(chunks[0].text.hasPrefix("三、统计\n项目\t数量\n第1项\t1\n"))
        #expect(chunks[0].repeatedHeader == nil)
        for c in chunks.dropFirst() {
            #expect(c.repeatedHeader == "项目\t数量")
            #expect(c.text.hasPrefix("项目\t数量\n第"))
            #expect(c.split == .row)
            #expect(c.headings == ["三、统计"])
            #expect(c.kinds == ["table"])
        }
        // Every row once, in order.
        let bodyRows = chunks.flatMap { $0.text.split(separator: "\n").filter { $0.hasPrefix("第") }.map(String.init) }
        #expect(bodyRows == rows.indices.map { "第\($0 + 1)项\t\($0 + 1)" })
        // Without a marked header the first row is taken as one.
        let unmarked = checkedChunks(Document(blocks: [.table(Table(rows: [row(["名称", "值"])] + rows))]), limit: 40)
        #expect(unmarked.dropFirst().allSatisfy { $0.repeatedHeader == "名称\t值" })
    }

    @Test func tinySectionsMergeWithTheirSiblingsUnderTheSameParent() {
        let doc = Document(blocks: [
            heading(2, "一、主要做法"),
            heading(3, "（一）学习"), para("全年学习12次。"),
            heading(3, "（二）组织"), para("新建支部3个。"),
            heading(3, "（三）作风"), para("开展检查5次。"),
            heading(2, "二、存在问题"), para(String(repeating: Self.sentence, count: 3)),
        ])
        let chunks = checkedChunks(doc, limit: 200)
        #expect(chunks.count == 2)
        #expect(chunks[0].headings == ["一、主要做法"])
        #expect(chunks[0].sections == [["一、主要做法", "（一）学习"], ["一、主要做法", "（二）组织"], ["一、主要做法", "（三）作风"]])
        #expect(chunks[0].text == "一、主要做法\n（一）学习\n全年学习12次。\n（二）组织\n新建支部3个。\n（三）作风\n开展检查5次。")
        #expect(chunks[0].split == nil)
        // The last subsection is tiny too, but the next chapter is not its sibling.
        #expect(chunks[1].headings == ["二、存在问题"])
        #expect(chunks[1].sections == [])
        // A section at a fifth of the limit or more stays alone.
        let big = checkedChunks(doc, limit: 40)
        #expect(big.allSatisfy { $0.sections.isEmpty })
    }

    @Test func notesComeLastAsTheCleanTextHasThem() {
        let doc = Document(blocks: [heading(2, "一、正文"), .paragraph(Paragraph(content: [.text("见注释"), .noteReference("n1"), .text("。")]))],
                           notes: [Note(id: "n1", blocks: [para("注释的内容。")])])
        let chunks = checkedChunks(doc, limit: 1000)
        #expect(chunks.last?.text.hasSuffix("[1] 注释的内容。") == true)
        #expect(chunks.last?.kinds.last == "note")
    }

    @Test func recordsAreOneJSONObjectALine() throws {
        let out = ChunksWriter(options: WriterOptions(chunkSize: 100, documentPath: "reports/2022/述职.docx")).write(report)
        let lines = out.split(separator: "\n")
        #expect(out.hasSuffix("\n"))
        #expect(lines.count == Chunker(limit: 100).chunks(report).count)
        for (k, line) in lines.enumerated() {
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(record["id"] as? String == "reports/2022/述职#\(k)")
            #expect(record["documentId"] as? String == "reports/2022/述职")
            #expect(record["path"] as? String == "reports/2022/述职.docx")
            #expect(record["title"] as? String == "年度工作报告")
            #expect(record["chunk"] as? Int == k)
            #expect((record["text"] as? String).map { $0.unicodeScalars.count } == record["size"] as? Int)
        }
        let anonymous = ChunksWriter().write(Document(blocks: [para("一句。")]))
        #expect(anonymous == #"{"schemaVersion":1,"id":"document#0","documentId":"document","path":null,"title":null,"chunk":0,"headings":[],"kinds":["paragraph"],"start":0,"end":3,"size":3,"split":null,"text":"一句。"}"# + "\n")
        #expect(ChunksWriter().write(Document()) == "")
    }
}
