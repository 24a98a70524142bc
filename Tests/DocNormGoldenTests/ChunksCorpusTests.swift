import DocNorm
import DocNormTestSupport
import Foundation
import Testing

/// Chunks of real documents keep their promises: within the limit, the clean text at their
/// offsets, all the clean text covered, and no cut inside a sentence unless marked hard.
@Suite struct ChunksCorpusTests {
    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", ".", "!", "?"]
    /// What may stand between two chunks: line ends and the spaces between sentences.
    static let gaps: Set<Unicode.Scalar> = ["\n", " ", "\t", "\u{3000}", "\u{00A0}"]
    static let closers: Set<Unicode.Scalar> = ["”", "’", "」", "』", "）", "》", "〉", "】", ")", "\"", "'", "]"]

    /// The number of chunks, after checking them.
    @discardableResult
    func check(_ doc: Document, limit: Int, name: String) -> Int {
        let chunks = Chunker(limit: limit).chunks(doc)
        let clean = Array(Converter().render(doc, as: .text).unicodeScalars)
        var covered = 0
        for (k, c) in chunks.enumerated() {
            let at = "\(name) chunk \(k) (limit \(limit))"
            #expect(c.size <= limit, "\(at): \(c.size)")
            guard c.start >= covered, c.start < c.end, c.end <= clean.count else {
                Issue.record("\(at): offsets \(c.start)..\(c.end) after \(covered) of \(clean.count)")
                return chunks.count
            }
            #expect(clean[covered..<c.start].allSatisfy { Self.gaps.contains($0) }, "\(at): text between chunks")
            var body = String.UnicodeScalarView()
            body.append(contentsOf: clean[c.start..<c.end])
            #expect(c.text == (c.repeatedHeader.map { $0 + "\n" } ?? "") + String(body), "\(at): not the clean text at its offsets")
            if c.split != .hard, c.end < clean.count, clean[c.end] != "\n" {
                var last = c.end - 1
                while last > c.start, Self.closers.contains(clean[last]) { last -= 1 }
                #expect(Self.sentenceEnds.contains(clean[last]), "\(at): ends inside a sentence: …\(String(String(body).suffix(15)))")
            }
            covered = c.end
        }
        #expect(clean[covered...].allSatisfy { $0 == "\n" }, "\(name): clean text after the last chunk")
        return chunks.count
    }

    @Test(arguments: GoldenTests.samples)
    func samplesChunkWithinTheirLimits(sample: URL) throws {
        let doc = try Converter().load(sample)
        let name = sample.lastPathComponent
        let whole = check(doc, limit: 1000, name: name)
        let small = check(doc, limit: 120, name: name)
        #expect(whole >= 1 && small > whole)
    }

    @Test func labelledHeadingsMakeThePath() throws {
        let doc = TestSupport.normalize("""
            年度述职报告
            一、主要做法
            （一）加强理论学习
            全年组织集中学习12次，专题研讨4次。坚持每周学习制度。
            （二）抓实基层组织
            新建党支部3个。
            二、存在问题
            \(String(repeating: "学习还不够深入，调查研究还不够扎实。", count: 60))
            """)
        let chunks = Chunker(limit: 1000).chunks(doc)
        check(doc, limit: 1000, name: "report")
        let first = try #require(chunks.first { $0.text.contains("全年组织") })
        // The tiny sections of 一、 are merged; each keeps its path in `sections`.
        #expect(first.headings == ["一、主要做法"])
        #expect(first.sections == [["一、主要做法", "（一）加强理论学习"], ["一、主要做法", "（二）抓实基层组织"]])
        let small = Chunker(limit: 16).chunks(doc)
        #expect(small.contains { $0.headings == ["一、主要做法", "（一）加强理论学习"] && $0.text.hasPrefix("全年组织") })
    }

    @Test(.enabled(if: TestSupport.hasCorpus, TestSupport.corpusAbsent))
    func realWordDocumentsChunkWithinTheirLimits() throws {
        let root = try #require(TestSupport.sharedDirectory).appendingPathComponent("corpus/docx/zh-real")
        let files = (FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".docx") }.sorted()
        #expect(files.count >= 20)
        var chunks = 0
        for file in files {
            guard let doc = try? Converter().load(root.appendingPathComponent(file)) else { continue }
            chunks += check(doc, limit: 300, name: file)
        }
        #expect(chunks > 500)
    }
}
