import DocNormModel
@testable import DocNormRules
import DocNormTestSupport
import Testing

/// Tender documents and contracts number every clause; a clause reads as one, not as the
/// name of a section, and a letter's numbered lines inside a section of forms are a list of
/// their own (STRUCTURE.md §4).
@Suite struct ClausesTests {
    @Test func definitionsUnderATitleAreClauses() {
        #expect(roles(["磋商文件", "1.定义", "1.1 “采购人”是指依法进行政府采购的国家机关。本次采购人为某镇政府。",
                       "1.2 “服务”是指除货物和工程以外的其他政府采购对象。"]) == [.title, .heading, .listItem, .listItem])
    }

    @Test func rulesOfWhoShallOrMayAreClauses() {
        #expect(roles(["7.1 供应商对采购活动事项有疑问的，可以向采购人提出询问。询问可以采取书面形式。"]) == [.listItem])
        #expect(roles(["19.5 投标应以人民币报价。"]) == [.listItem])
        #expect(roles(["（3）投标人不足三家的，不得开标。"]) == [.listItem])
    }

    @Test func aLettersOwnLinesAreClauses() {
        #expect(roles(["一、我方同意在磋商响应有效期（90天）内遵守本响应文件中的承诺。"]) == [.listItem])
        #expect(roles(["二、如贵方有要求，我公司愿意提供任何资料。"]) == [.listItem])
    }

    @Test func wordsThatHoldTheseCharactersAreNoRule() {
        // 供应商, 响应, 应急, 须知 are words; a topic with a modal in it is still a topic.
        let lines = ["招标文件", "一、供应商须知", "正文。", "二、响应文件的组成", "正文。", "三、应急预案", "正文。",
                     "四、合格的供应商必须具备以下条件", "正文。"]
        #expect(roles(lines) == [.title, .heading, .body, .heading, .body, .heading, .body, .heading, .body])
    }

    @Test func aClauseAmongHeadingsStaysAClause() {
        let lines = ["报告", "一、总则", "正文。", "二、目标", "正文。", "三、投标人应当遵守本须知，按时递交文件。", "正文。"]
        #expect(roles(lines) == [.title, .heading, .body, .heading, .body, .listItem, .body])
    }

    @Test func onlyTheFirstSentenceCounts() {
        // The rule in the second sentence belongs to the text under the heading.
        #expect(roles(["（一）加强学习。全体党员应当按时参加学习。"]) == [.runInHeading])
    }
}

@Suite struct SeriesTests {
    func labels(_ lines: [String]) -> [Item] {
        TestSupport.apply([DetectLanguage(), DetectLabels()], to: lines).items
    }

    @Test func aRestartBeginsASeriesAndTheNextNumberGoesOnWithItsOwn() {
        let items = labels(["1.投标函", "1、我方同意", "2、我方承诺", "2.授权委托书", "3.报价表", "1.附注一", "2.附注二"])
        #expect(ClassifyParagraphs.series(Array(items.indices), items) == [[0, 3, 4], [1, 2], [5, 6]])
    }

    @Test func aSkippedOrRepeatedNumberStaysInItsSeries() {
        let items = labels(["一、总则", "二、文件", "四、评审", "四、评审（续）", "五、合同"])
        #expect(ClassifyParagraphs.series(Array(items.indices), items) == [[0, 1, 2, 3, 4]])
    }

    @Test func aWordListOfOneItemIsAList() {
        func classified(automatic: Bool) -> [Item.Role] {
            var doc = TestSupport.rawDocument(["报告", automatic ? "第一项工作" : "1.第一项工作", "正文。"])
            if automatic, case .paragraph(var p) = doc.blocks[1] {
                p.hints.automaticNumbering = AutomaticNumbering(listID: 5, level: 0, text: "1.", format: "decimal")
                doc.blocks[1] = .paragraph(p)
            }
            var ws = Workspace(document: doc)
            for rule in structureRules { rule.apply(to: &ws, options: NormalizationOptions()) }
            return ws.items.map(\.role)
        }
        #expect(classified(automatic: true) == [.title, .listItem, .body])
        // Typed, the same line stands alone as a heading.
        #expect(classified(automatic: false) == [.title, .heading, .body])
    }

    @Test func aLettersLinesDoNotOutvoteTheFormsAroundThem() {
        let pledge = String(repeating: "本单位提供的全部资料均真实有效并承担相应后果", count: 3)
        let lines = ["响应文件格式", "1.投标函", "1、\(pledge)", "2、\(pledge)", "3、\(pledge)",
                     "2.授权委托书", "正文。", "3.报价一览表", "正文。"]
        #expect(roles(lines) == [.title, .heading, .listItem, .listItem, .listItem, .heading, .body, .heading, .body])
    }
}
