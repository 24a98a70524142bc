import DocNorm
@testable import DocNormReaders
import DocNormModel
import DocNormTestSupport
import Foundation
import Testing

/// The normalized .docx of documents that would make a naive writer explode or lose things.
@Suite struct DocxWriterHostileTests {
    func cell(_ s: String, span: Int = 1, rows: Int = 1) -> TableCell {
        TableCell(blocks: [.paragraph(Paragraph(content: [.text(s)]))], columnSpan: span, rowSpan: rows)
    }

    func tables(_ doc: Document) -> [Table] {
        doc.blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }

    func wideTable(span: Int) throws {
        let table = Table(rows: [
            TableRow(cells: [cell("宽", span: span)]),
            TableRow(cells: [cell("左"), cell("右", span: span - 1)]),
        ])
        let bytes = Converter().output(Document(blocks: [.table(table)]), as: .docx)
        #expect(bytes.count < 20_000, "\(bytes.count) bytes")
        let back = try #require(tables(try DocxReader().read(bytes)).first)
        // The same shape on the fewest grid columns: one wide cell over two.
        #expect(back.rows.map { $0.cells.map(\.columnSpan) } == [[2], [1, 1]])
        #expect(back.rows.map { $0.cells.map { $0.blocks.map(\.plainTextForTests).joined() } } == [["宽"], ["左", "右"]])
    }

    @Test func aMillionColumnSpanIsOneGridSpan() throws { try wideTable(span: 1_000_000) }

    /// 10^8 wrote 1.2 GB of empty grid columns.
    @Test func aHundredMillionColumnSpanIsOneGridSpan() throws { try wideTable(span: 100_000_000) }

    @Test func spansAtIntMaxDoNotTrap() throws {
        let table = Table(rows: [
            TableRow(cells: [cell("甲", span: Int.max, rows: Int.max), cell("乙", span: Int.max)]),
            TableRow(cells: [cell("丙", span: 0), cell("丁", span: -5)]),
        ])
        let bytes = Converter().output(Document(blocks: [.table(table)]), as: .docx)
        #expect(bytes.count < 20_000)
        let back = try #require(tables(try DocxReader().read(bytes)).first)
        #expect(back.rows[0].cells.map { $0.blocks.map(\.plainTextForTests).joined() } == ["甲", "乙"])
        #expect(back.rows[0].cells[0].rowSpan == 2)
    }
}
