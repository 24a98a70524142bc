import DocNorm
import DocNormTestSupport
import Foundation
import Testing

/// The heading trees the seed reports must give in the default mode (STRUCTURE.md, labels normalized).
@Suite struct SeedOutlineTests {
    static let expected: [String: [String]] = [
        "000": [
            "# 2022年支部书记抓党建工作述职报告",
            "## 一、狠抓政治建设，把牢前进“方向盘”",
            "## 二、紧抓思想建设，激发干事“新动能”",
            "## 三、真抓组织建设，点燃发展“强引擎”",
            "## 四、严抓纪律作风建设，拧紧廉政“总开关”",
        ],
        "001": [
            "# 省住建厅机关党委书记2022年度述职报告",
            "## 一、工作成效",
            "### （一）突出加强党的政治建设，绝对忠诚品格进一步淬炼",
            "### （二）抓紧抓实基层组织建设，坚强战斗堡垒进一步筑牢",
            "### （三）党建与业务发展相融合，“两张皮”问题进一步破解",
            "### （四）履行管党治党政治责任，良好政治生态进一步优化",
            "## 二、存在问题及原因分析",
            "### （一）对党员干部理论学习抓得还不够紧",
            "### （二）党建与业务工作深度融合还不够全面",
            "### （三）在推动基层党组织高质量落实组织生活制度方面还有差距",
            "## 三、下一步整改措施",
            "### （一）突出首要任务抓政治引航",
            "### （二）紧扣实行党建责任清单化管理抓党建责任体系建设",
            "### （三）聚焦“五基三化”建设为抓全面提升",
        ],
        "002": [
            "# 2023年党总支部书记抓基层党建工作述职报告",
            "## 一、主要做法",
            "### （一）抓思想，政治引领突出成效",
            "### （二）抓责任，主责主业彰显作为",
            "### （三）抓机制，打造坚强战斗堡垒",
            "### （四）抓作风，营造清正干事氛围",
            "## 二、存在的问题及原因",
            "### （一）精力投入还需平衡",
            "### （二）创新实践还需加强",
            "### （三）谈心谈话还需深入",
            "## 三、下一步工作计划",
            "### （一）强化主体责任落实",
            "### （二）健全党建内控机制",
            "### （三）业务党建双融双促",
        ],
        "003": [
            "# XX党委（党工委）书记2023年度抓党建工作述职报告",
            "## 一、2023年度党建工作履职情况",
            "### （一）加强党对XX工作的全面领导",
            "### （二）贯彻XX基层党组织工作条例",
            "### （三）加强党员队伍XX管理",
            "### （四）加强和改进新形势下思想政治工作",
            "### （五）落实XX系统意识形态工作责任制",
            "## 二、存在问题",
            "## 三、下步工作打算",
        ],
        "004": [
            "# 2022年支部书记抓基层党建工作述职暨述责述廉报告",
            "## 一、主要做法和成效",
            "### （一）抓基层党建工作主要做法和成效",
            "#### 1.不断加强党的政治建设，坚决做到两个维护",
            "#### 2.不断加强党的组织建设，强化教育管理",
            "#### 3.加强党的作风建设，全面落实从严管党治党",
            "#### 4.不断加强宗旨意识，深入开展“我为群众办实事”实践活动",
            "### （二）本人履行全面从严治党第一责任人责任主要做法和成效",
            "## 二、存在问题",
            "## 三、下一步工作思路和措施",
            "### （一）加强理论学习，提高党员的政治素养",
            "### （二）强化教育管理，提升党员的党性修养",
            "### （三）强化担当意识，发挥支部战斗堡垒作用",
        ],
    ]

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
        for format in OutputFormat.allCases {
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
            for format in OutputFormat.allCases {
                #expect(converter.render(doc, as: format) == converter.render(reference, as: format), "\(name) \(format)")
            }
        }
    }
}
