import DocNorm
import DocNormModel
import DocNormTestSupport
import Foundation
import Testing

/// The default numbering mode changes a label's form, never its number (issue: numbers are
/// kept): on every readable .docx of the shared corpus, the default output's labels are
/// `--numbering keep`'s, label for label, with the same number and family; only the form
/// (`(一)` → `（一）`, `1.1.` → `1.1`) may differ.
@Suite struct CorpusNumberingTests {
    /// Every label of a document in order: where it is, its family (rank), its numbers, and
    /// the text after it, so a label moved to other text also shows.
    static func labels(_ blocks: [Block], into out: inout [String]) {
        func add(_ label: NumberingLabel?, _ text: String) {
            guard let label else { return }
            out.append("\(label.rank) \(label.parts.isEmpty ? [label.number] : label.parts) \(text.prefix(20))")
        }
        for block in blocks {
            switch block {
            case .heading(let h): add(h.label, h.content.plainText)
            case .paragraph(let p): add(p.label, p.text)
            case .list(let list):
                for item in list.items {
                    add(item.label, item.blocks.first.map { if case .paragraph(let p) = $0 { p.text } else { "" } } ?? "")
                    labels(item.blocks, into: &out)
                }
            case .table(let t):
                for row in t.rows { for cell in row.cells { labels(cell.blocks, into: &out) } }
            case .blockQuote(let inner): labels(inner, into: &out)
            default: break
            }
        }
    }

    @Test(.enabled(if: TestSupport.hasCorpus, TestSupport.corpusAbsent))
    func defaultLabelsAreKeepsUpToForm() throws {
        let root = TestSupport.sharedDirectory!.appendingPathComponent("corpus/docx")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".docx") } ?? []
        let normalize = Converter()
        let keep = Converter(options: ConversionOptions(normalization: NormalizationOptions(numbering: .keep)))
        var compared = 0, labelled = 0
        var differing: [String] = []
        for file in files.sorted() {
            guard let raw = try? normalize.readFile(root.appendingPathComponent(file), name: file) else { continue }
            var a: [String] = [], b: [String] = []
            Self.labels(normalize.normalize(raw).blocks, into: &a)
            Self.labels(keep.normalize(raw).blocks, into: &b)
            compared += 1
            if !a.isEmpty { labelled += 1 }
            if a != b {
                let first = zip(a, b).first { $0 != $1 }.map { "\($0.0) vs \($0.1)" } ?? "\(a.count) labels vs \(b.count)"
                differing.append("\(file): \(first)")
            }
        }
        #expect(compared > 400 && labelled > 120, "\(compared) files, \(labelled) with labels")
        #expect(differing.isEmpty, "\(differing.count) differ: \(differing.prefix(5))")
    }
}
