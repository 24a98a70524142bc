import DocNorm
import DocNormTestSupport
import Foundation
import Testing

/// The normalized .docx reads back into the same document.
@Suite struct DocxWriterTests {
    @Test(arguments: TestSupport.sampleTexts())
    func samplesRoundTrip(seed: URL) throws {
        let converter = Converter()
        let doc = try converter.load(seed)
        let bytes = converter.output(doc, as: .docx)
        let back = converter.normalize(try converter.read(bytes, name: "copy.docx"))
        #expect(Outline.render(back) == Outline.render(doc))
        #expect(converter.render(back, as: .text) == converter.render(doc, as: .text))
        #expect(converter.render(back, as: .markdown) == converter.render(doc, as: .markdown))
    }

    @Test func theSameDocumentGivesTheSameBytesWheneverItIsWritten() throws {
        // Every part carries one fixed time (1980-01-01 00:00), not the time of writing.
        let bytes = Converter().output(Document(metadata: Metadata(title: "报告")), as: .docx)
        var stamps: [(time: UInt16, date: UInt16)] = []
        var i = 0
        while i + 14 <= bytes.count {
            if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 3, bytes[i + 3] == 4 {
                stamps.append((UInt16(bytes[i + 10]) | UInt16(bytes[i + 11]) << 8, UInt16(bytes[i + 12]) | UInt16(bytes[i + 13]) << 8))
            }
            i += 1
        }
        #expect(stamps.count >= 3)
        #expect(stamps.allSatisfy { $0.time == 0 && $0.date == 0x21 }, "\(stamps)")
    }

    @Test func tablesLinksAndNotesRoundTrip() throws {
        let cell = { (s: String) in TableCell(blocks: [.paragraph(Paragraph(content: [.text(s)]))]) }
        var merged = cell("合并")
        merged.rowSpan = 2
        merged.columnSpan = 2
        let table = Table(rows: [
            TableRow(cells: [merged, cell("c")], isHeader: true),
            TableRow(cells: [cell("d")]),
            TableRow(cells: [cell("e"), cell("f"), cell("g")]),
        ])
        var doc = Document(metadata: Metadata(title: "报告"))
        doc.blocks = [
            .heading(Heading(level: 1, content: [.text("报告")])),
            .paragraph(Paragraph(content: [.strong([.text("粗")]), .text("见"), .link(url: "https://example.org/x", content: [.text("链接")]),
                                           .noteReference("n1"), .text("。")])),
            .table(table),
        ]
        doc.notes = [Note(id: "n1", blocks: [.paragraph(Paragraph(content: [.text("注释。")]))])]
        let converter = Converter()
        let back = try DocxReader().read(converter.output(doc, as: .docx))
        let paragraphs = back.blocks.compactMap { b -> Paragraph? in if case .paragraph(let p) = b { return p } else { return nil } }
        #expect(paragraphs[1].content == [.strong([.text("粗")]), .text("见"), .link(url: "https://example.org/x", content: [.text("链接")]),
                                          .noteReference("footnote-1"), .text("。")])
        #expect(back.notes.count == 1)
        guard let t = back.blocks.compactMap({ b -> Table? in if case .table(let t) = b { return t } else { return nil } }).first else {
            Issue.record("no table"); return
        }
        #expect(t.rows.map { $0.cells.map { $0.blocks.map(\.plainTextForTests).joined() } } == [["合并", "c"], ["d"], ["e", "f", "g"]])
        #expect(t.rows[0].cells[0].rowSpan == 2 && t.rows[0].cells[0].columnSpan == 2 && t.rows[0].isHeader)
    }
}

extension Block {
    var plainTextForTests: String {
        if case .paragraph(let p) = self { return p.content.plainText }
        return ""
    }
}
