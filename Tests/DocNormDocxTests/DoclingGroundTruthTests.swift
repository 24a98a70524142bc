import DocNorm
import DocNormTestSupport
import Foundation
import Testing

/// docling's own expected Markdown for its docx test files (../shared/corpus/docx/docling/
/// groundtruth, MIT): docnorm's default Markdown has the same headings, in the same order and
/// the same nesting, and no other. Two things are compared as the same on purpose, because
/// there docling's opinion differs from what Word displays (SOURCES.md: Word wins):
/// - a Word number written without its list's dot (`1 Section 1` where the list's lvlText
///   `%1.` shows `1. Section 1`);
/// - absolute heading levels: docling keeps a skipped level (Heading 1 then Heading 3, or
///   every level shifted by one), docnorm's levels are relative and consecutive (STRUCTURE.md §3), so the
///   nesting is compared as the rank of each level among the document's levels.
@Suite struct DoclingGroundTruthTests {
    static var cases: [String] {
        guard let shared = TestSupport.sharedDirectory else { return [] }
        let dir = shared.appendingPathComponent("corpus/docx/docling/groundtruth")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        // Each `X.docx.md` belongs to docling's `X.docx` (Strict.docx was not copied twice).
        return names.filter { $0.hasSuffix(".docx.md") }.map { String($0.dropLast(3)) }
            .filter { FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus/docx/docling/" + $0).path) }
            .sorted()
    }

    @Test(.enabled(if: TestSupport.hasCorpus, TestSupport.corpusAbsent))
    func corpusIsPresent() {
        #expect(Self.cases.count >= 30)
    }

    @Test(arguments: DoclingGroundTruthTests.cases)
    func headingsAreDoclingsUpToWordsNumbers(name: String) throws {
        let shared = try #require(TestSupport.sharedDirectory)
        let docx = shared.appendingPathComponent("corpus/docx/docling/" + name)
        let expected = try String(contentsOf: shared.appendingPathComponent("corpus/docx/docling/groundtruth/" + name + ".md"), encoding: .utf8)
        let converter = Converter()
        let markdown = converter.render(try converter.load(docx), as: .markdown)
        #expect(Self.outline(markdown) == Self.outline(expected), "\(name)")
    }

    /// `rank:text` for each ATX heading outside code fences, the text without Markdown marks,
    /// white space or the dot after a leading Word number.
    static func outline(_ markdown: String) -> [String] {
        var headings: [(level: Int, text: String)] = []
        var inFence = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") || line.hasPrefix("~~~") { inFence.toggle(); continue }
            guard !inFence, let hashes = line.firstIndex(where: { $0 != "#" }), line.hasPrefix("#"),
                  line[hashes] == " " else { continue }
            let level = line.distance(from: line.startIndex, to: hashes)
            guard level <= 6 else { continue }
            var text = String(line[hashes...]).filter { !"\\*_`".contains($0) }.trimmingCharacters(in: .whitespaces)
            if let r = text.range(of: #"^\d+(\.\d+)*\.?"#, options: .regularExpression) {
                var number = String(text[r])
                if number.hasSuffix(".") { number.removeLast() }
                text = number + " " + text[r.upperBound...]
            }
            headings.append((level, String(text.unicodeScalars.filter { !CharacterSet.whitespaces.contains($0) })))
        }
        let levels = Set(headings.map(\.level)).sorted()
        return headings.map { "\(levels.firstIndex(of: $0.level)!):\($0.text)" }
    }

    /// The comparison itself: a number with or without Word's dot is one number; a heading
    /// docling does not have, a missing one or a different nesting all differ.
    @Test func theComparisonSeesWhatMatters() {
        #expect(Self.outline("# T\n\n## 1. Section 1\n\n#### 1.1 A") == Self.outline("# T\n## 1 Section 1\n### 1.1. A"))
        #expect(Self.outline("## A\n### B") != Self.outline("## A\n## B"))
        #expect(Self.outline("## A\n### B") != Self.outline("## A"))
        #expect(Self.outline("## 2. A") != Self.outline("## 1. A"))
        #expect(Self.outline("```\n# comment\n```\n## A") == Self.outline("## A"))
    }
}
