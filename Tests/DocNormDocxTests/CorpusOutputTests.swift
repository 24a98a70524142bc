import DocNorm
import DocNormTestSupport
import Foundation
import Testing

/// Every .docx of the shared corpus: no image placeholder without anything to say, no empty
/// paragraph in a cell or a note, and the clean text marks every note it lists, as Markdown does.
@Suite struct CorpusOutputTests {
    @Test(.enabled(if: TestSupport.hasCorpus, TestSupport.corpusAbsent))
    func noEmptyImagePlaceholdersNoEmptyParagraphsAndNoteMarksInText() throws {
        let root = TestSupport.sharedDirectory!.appendingPathComponent("corpus/docx")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".docx") } ?? []
        let converter = Converter()
        var placeholders: [String] = []
        var emptyParagraphs: [String] = []
        var unmarked: [String] = []
        var withNotes = 0
        for file in files.sorted() {
            guard let doc = try? converter.normalize(converter.readFile(root.appendingPathComponent(file), name: file)) else { continue }
            for format in [OutputFormat.markdown, .html, .text] where converter.render(doc, as: format).contains("[image: ]") {
                placeholders.append("\(file) (\(format.rawValue))")
            }
            for format in [OutputFormat.markdown, .html] where converter.render(doc, as: format).contains("<p></p>") {
                emptyParagraphs.append("\(file) (\(format.rawValue))")
            }
            guard !doc.notes.isEmpty else { continue }
            withNotes += 1
            // The notes are the text's last lines, one each; the first one's mark (`[1]`, `[i]`) is in the body.
            let lines = converter.render(doc, as: .text).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            let first = lines.dropLast(doc.notes.count - 1).last ?? ""
            let body = lines.dropLast(doc.notes.count).joined(separator: "\n")
            guard first.hasPrefix("["), let close = first.firstIndex(of: "]") else { unmarked.append(file); continue }
            if !body.contains(first[...close]) { unmarked.append(file) }
        }
        #expect(files.count > 400)
        #expect(placeholders.isEmpty, "\(placeholders)")
        #expect(emptyParagraphs.isEmpty, "\(emptyParagraphs)")
        #expect(withNotes > 10)
        #expect(unmarked.isEmpty, "\(unmarked)")
    }
}
