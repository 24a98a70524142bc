import DocNorm
import DocNormTestSupport
import Foundation
import Testing

/// The heading trees the seed reports must give in the default mode (STRUCTURE.md, labels normalized).
@Suite struct SeedOutlineTests {
    static let expected = SeedOutlines.expected

    static var seeds: [URL] { TestSupport.sampleTexts() }

    func key(_ url: URL) -> String { String(url.lastPathComponent.prefix(3)) }

    @Test(arguments: SeedOutlineTests.seeds)
    func outlineIsExactlyTheExpectedTree(seed: URL) throws {
        let expected = try #require(Self.expected[key(seed)])
        let doc = try Converter().load(seed)
        #expect(Outline.render(doc).split(separator: "\n").map(String.init) == expected)
        // The Markdown headings are the same tree.
        let md = Converter().render(doc, as: .markdown)
        #expect(md.split(separator: "\n").filter { $0.hasPrefix("#") }.map(String.init) == expected)
    }

    @Test(arguments: SeedOutlineTests.seeds)
    func markdownParsesToTheModel(seed: URL) throws {
        guard let cmark = TestSupport.which("cmark-gfm") else {
            Issue.record("cmark-gfm is not installed (make test-deps installs it)")
            return
        }
        let doc = try Converter().load(seed)
        let md = Converter().render(doc, as: .markdown)
        let r = try TestSupport.run(cmark, ["-e", "table", "-e", "footnotes"], stdin: Data(md.utf8))
        let expected = BlockStructure.lines(of: doc) { list in
            list.items.allSatisfy { $0.label?.display.map { d in d.last == "." && d.dropLast().allSatisfy(\.isNumber) } ?? false }
        }
        #expect(BlockStructure.lines(ofHTML: r.stdout) == expected)
        // Asterisks in the HTML are exactly the literal ones of the text (placeholders), none left from emphasis.
        let modelStars = BlockStructure.lines(of: doc) { _ in true }.joined().filter { $0 == "*" }.count
        #expect(r.stdout.filter { $0 == "*" }.count == modelStars)
    }

    @Test(arguments: SeedOutlineTests.seeds)
    func runInHeadingsAreFollowedByTheRestAsAParagraph(seed: URL) throws {
        let doc = try Converter().load(seed)
        for (k, block) in doc.blocks.enumerated() {
            guard case .heading(let h) = block, h.level > 1 else { continue }
            #expect(h.content.plainText.last != "。", "heading ends with 。: \(h.content.plainText)")
            #expect(h.content.plainText.count <= 40)
            if k + 1 < doc.blocks.count, case .heading = doc.blocks[k + 1] { continue }
        }
    }

    @Test(arguments: SeedOutlineTests.seeds)
    func noNoiseInAnyOutput(seed: URL) throws {
        let doc = try Converter().load(seed)
        for format in OutputFormat.textual {
            let out = Converter().render(doc, as: format)
            #expect(!out.contains("##paid"), "\(format)")
            #expect(!out.contains("\u{200B}") && !out.contains("\u{FEFF}"))
        }
    }

    @Test func paywallMarkerInsideAWordIsJoined() throws {
        let seed = try #require(Self.seeds.first { key($0) == "003" })
        let text = Converter().render(try Converter().load(seed), as: .text)
        #expect(text.contains("本人带头学习文件精神"))
    }

    /// Every letter and digit of a seed, labels and noise aside, is in the clean text, in order.
    @Test(arguments: SeedOutlineTests.seeds)
    func everyContentCharacterReachesTheCleanText(seed: URL) throws {
        let source = try String(contentsOf: seed, encoding: .utf8)
        var expected = ""
        for (k, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var l = String(line).replacingOccurrences(of: "##paidbegin##", with: "").replacingOccurrences(of: "##paidend##", with: "")
            l = l.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{3000}\u{00A0}")))
            if k == 0 { l = l.replacingOccurrences(of: "（2946字）", with: "") }
            expected += TestSupport.contentCharacters(stripLabel(l))
        }
        let text = Converter().render(try Converter().load(seed), as: .text)
        let actual = text.split(separator: "\n").map { TestSupport.contentCharacters(stripLabel(String($0))) }.joined()
        #expect(actual == expected)
    }

    func stripLabel(_ line: String) -> String {
        if case .label(_, let length)? = LabelParser.parse(line) { return String(line.dropFirst(length)) }
        return line
    }

    @Test(arguments: SeedOutlineTests.seeds)
    func otherEncodingsGiveByteIdenticalOutput(seed: URL) throws {
        let utf8 = try String(contentsOf: seed, encoding: .utf8)
        let converter = Converter()
        let reference = converter.normalize(try converter.read(Array(utf8.utf8), name: "utf8.txt"))
        let gb = try #require(Encoding.gb18030(utf8))
        for (name, bytes) in [("gb18030.txt", gb), ("utf16.txt", Encoding.utf16LE(utf8)),
                              ("crlf.txt", Array(utf8.replacingOccurrences(of: "\n", with: "\r\n").utf8))] {
            let doc = converter.normalize(try converter.read(bytes, name: name))
            for format in OutputFormat.textual {
                #expect(converter.render(doc, as: format) == converter.render(reference, as: format), "\(name) \(format)")
            }
        }
    }
}
