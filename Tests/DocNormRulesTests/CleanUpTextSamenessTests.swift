import DocNormModel
@testable import DocNormRules
import DocNormTestSupport
import Testing

/// `CleanUpText` leaves every paragraph exactly as the five clean-up rules it replaces in the
/// pipeline left it when they ran one after another over the whole document (they are the
/// oracle): on every line of the samples and seeds, on strings made of the bytes its scan
/// looks for at every offset of its eight-byte words, with every option that changes them,
/// and on paragraphs of several runs, in tables and headings.
@Suite struct CleanUpTextSamenessTests {
    static let oneByOne: [any Rule] = [RemoveNoiseMarkers(), RemoveInvisibleCharacters(), TrimIndentation(),
                                       HalfWidthAlphanumerics(), FullWidthCJKPunctuation()]

    /// The blocks' full description, compared as bytes: String equality would let a change
    /// of Unicode normalization pass.
    static func bytes(_ ws: Workspace) -> [UInt8] { Array(String(reflecting: ws.items.map(\.block)).utf8) }

    func differences(_ blocks: [Block], options: NormalizationOptions = NormalizationOptions()) -> [String] {
        var wrong: [String] = []
        for block in blocks {
            var old = Workspace(document: Document(blocks: [block]))
            for rule in Self.oneByOne { rule.apply(to: &old, options: options) }
            var new = Workspace(document: Document(blocks: [block]))
            CleanUpText().apply(to: &new, options: options)
            if Self.bytes(old) != Self.bytes(new) {
                wrong.append("\(String(reflecting: block)): \(String(reflecting: old.items.map(\.block))) vs \(String(reflecting: new.items.map(\.block)))")
            }
        }
        return wrong
    }

    static func paragraphs(_ texts: [String]) -> [Block] { texts.map { .paragraph(Paragraph(content: [.text($0)])) } }

    /// Runs of what the rules change and of what they leave, at every offset of a word.
    static let generated: [String] = {
        let odd = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{0007}", "\u{007F}", "\u{0085}", "\u{009F}", "\t", "\r",
                   "\u{3000}", "\u{00A0}", " ", "##paidbegin##", "##paidend##", "#", "##", "２", "Ａ", "ｚ", "，", "：", "（",
                   ",", ".", ";", ":", "!", "?", "“", "”", "…", "—", "é", "€", "\u{00A1}", "\u{2061}", "\u{200E}", "\u{FEFE}", "\u{FF5B}"]
        let fillers = ["", "中", "a", "1", "。", "》", "e\u{301}", "😀"]
        var texts: [String] = []
        for o in odd {
            for f in fillers {
                for g in fillers { texts += [f + o + g, o + f + g, f + g + o, f + o + o + g] }
            }
            for k in 0..<17 {
                for pad in ["中", "a", "é", "一二"] {
                    let run = String(repeating: pad, count: k)
                    texts += [run + o + run, run + o, o + run, "前" + run + o + "后", run + "1" + o + "中"]
                }
            }
        }
        // Labels before marks, and marks that stay.
        texts += ["一.总体要求", "1.总体要求,内容.", "（一）工作,要求", "第一章.总则", "8.1万元", "5.11亿元", "DA/T 18", "e.g. 中文",
                  "监督,深化", "指示精神.", "”,“", "中,", ",中", "a,中", "中,a", "\u{3000}\u{3000}2022年，", "\u{3000}", " ", "", "\u{00A0}"]
        return texts
    }()

    @Test func everyParagraphOfTheSamplesAndSeeds() throws {
        let lines = try TestSupport.sampleAndSeedLines()
        #expect(lines.count >= 200)
        let wrong = differences(Self.paragraphs(lines))
        #expect(wrong.isEmpty, "\(wrong.count) differ: \(wrong.prefix(5))")
    }

    /// The point of the scan: most paragraphs of real text need none of the rules.
    @Test func mostParagraphsArePassedBy() throws {
        let scan = CleanUpText.Scan(markers: NormalizationOptions.defaultNoiseMarkers, options: NormalizationOptions())
        let lines = try TestSupport.sampleAndSeedLines().filter { !$0.isEmpty }
        let passed = lines.filter { line in var s = line; return s.withUTF8 { !scan.mayChange($0) } }
        #expect(passed.count * 10 >= lines.count * 8, "\(passed.count) of \(lines.count)")
        #expect(["\u{3000}正文", "正文\u{200B}", "正文##paidend##", "２０２２年", "正文,内容"].allSatisfy { t in var s = t; return s.withUTF8 { scan.mayChange($0) } })
    }

    /// It stands in the order for the rules it runs: a rule reading theirs may follow it, and
    /// one of them may not run again.
    @Test func itStandsForTheRulesItRuns() {
        #expect(Normalizer.orderProblem([CleanUpText(), DropEmptyParagraphs()]) == nil)
        #expect(Normalizer.orderProblem([DropEmptyParagraphs()]) != nil)
        #expect(Normalizer.orderProblem([CleanUpText(), TrimIndentation()]) == "trim-indentation runs twice")
    }

    @Test func generatedStrings() {
        #expect(Self.generated.count > 10_000)
        let wrong = differences(Self.paragraphs(Self.generated))
        #expect(wrong.isEmpty, "\(wrong.count) differ: \(wrong.prefix(5))")
    }

    @Test(arguments: [
        NormalizationOptions(noiseMarkers: []),
        NormalizationOptions(noiseMarkers: ["[[ad]]", "", "中#"]),
        NormalizationOptions(noiseMarkers: ["广告"]),
        NormalizationOptions(fixPunctuation: false),
        NormalizationOptions(halfWidthAlphanumerics: false),
        NormalizationOptions(fixPunctuation: false, halfWidthAlphanumerics: false),
    ])
    func everyOptionThatChangesThem(options: NormalizationOptions) {
        let texts = Self.generated + ["A[[ad]]B", "中#x", "广告中", "x广告", "[[a"]
        let wrong = differences(Self.paragraphs(texts), options: options)
        #expect(wrong.isEmpty, "\(wrong.count) differ: \(wrong.prefix(5))")
    }

    @Test func paragraphsOfSeveralRunsInTablesAndHeadings() {
        var blocks: [Block] = []
        for t in ["本##paid", "\u{200B}a", "\u{3000}一.", "中,", "２", "文", ""] {
            for u in ["begin##人", "中,", " ", "Ａ\u{FEFF}", "。", ""] {
                let runs: [Inline] = [.text(t), .strong([.text(u)]), .lineBreak]
                blocks.append(.paragraph(Paragraph(content: runs)))
                blocks.append(.paragraph(Paragraph(content: [.lineBreak, .text(t + u)])))
                blocks.append(.heading(Heading(level: 2, content: [.text(t + u)])))
                let cell = TableCell(blocks: [.paragraph(Paragraph(content: [.text(u + t)]))])
                blocks.append(.table(Table(rows: [TableRow(cells: [cell, cell])])))
                blocks.append(.blockQuote([.paragraph(Paragraph(content: [.emphasis([.text(t)]), .text(u)]))]))
            }
        }
        var code = Paragraph(content: [.text("\u{3000}a,中\u{200B}")])
        code.hints.isPreformatted = true
        blocks.append(.paragraph(code))
        let wrong = differences(blocks)
        #expect(wrong.isEmpty, "\(wrong.count) differ: \(wrong.prefix(5))")
    }
}
