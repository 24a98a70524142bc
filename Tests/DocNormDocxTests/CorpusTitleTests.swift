import DocNorm
@testable import DocNormReaders
import DocNormTestSupport
import Foundation
import Testing

/// On every non-Chinese .docx of the shared corpus, a title comes only from the Title style
/// or the document's dc:title: an ordinary first paragraph or a top heading is not invented
/// into one (STRUCTURE.md §1).
@Suite struct CorpusTitleTests {
    @Test(.enabled(if: TestSupport.hasCorpus, TestSupport.corpusAbsent))
    func nonChineseTitlesOnlyFromEvidence() throws {
        let shared = try #require(TestSupport.sharedDirectory)
        let root = shared.appendingPathComponent("corpus/docx")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".docx") && !$0.hasPrefix("zh-") } ?? []
        var checked = 0
        var invented: [String] = []
        for file in files.sorted() {
            let url = root.appendingPathComponent(file)
            guard let raw = try? Converter().readFile(url, name: file) else { continue }
            let doc = Converter().normalize(raw)
            guard doc.metadata.language != "zh" else { continue }
            checked += 1
            guard let title = doc.blocks.lazy.compactMap({ b -> String? in
                if case .heading(let h) = b, h.level == 1 { return h.content.plainText } else { return nil } }).first else { continue }
            let squeeze = { (s: String) in s.filter { !$0.isWhitespace } }
            let styled = raw.blocks.contains { b in
                if case .paragraph(let p) = b { return p.hints.isTitle && squeeze(p.content.plainText) == squeeze(title) }
                return false
            }
            if !styled && raw.metadata.title.map(squeeze) != squeeze(title) { invented.append("\(file): \(title)") }
        }
        #expect(checked > 200)
        #expect(invented.isEmpty, "\(invented)")
    }
}
