import DocNormModel
@testable import DocNormRules
import DocNormTestSupport
import Testing

@Suite struct DetectTitleTests {
    let rules: [any Rule] = [DetectLabels(), DetectTitle()]

    @Test func firstShortUnlabeledParagraphIsTheTitle() {
        let ws = TestSupport.apply(rules, to: ["2022年支部书记抓党建工作述职报告", "2022年，在市直机关工委的关心指导下。"])
        #expect(ws.items[0].role == .title)
        #expect(ws.metadata.title == "2022年支部书记抓党建工作述职报告")
    }

    @Test func wordCountNoteBecomesMetadata() {
        for line in ["2023年党总支部书记抓基层党建工作述职报告（2946字）", "2023年党总支部书记抓基层党建工作述职报告(2946字)"] {
            let ws = TestSupport.apply(rules, to: [line, "正文。"])
            #expect(ws.metadata.title == "2023年党总支部书记抓基层党建工作述职报告")
            #expect(ws.metadata.claimedLength == 2946)
        }
    }

    @Test(arguments: ["一、工作成效", "2022年，在市直机关工委的关心指导下，我始终坚持。", "本人虽然取得了一些成绩：",
                      String(repeating: "长", count: 81)])
    func notATitle(first: String) {
        let ws = TestSupport.apply(rules, to: [first, "正文。"])
        #expect(ws.metadata.title == nil)
        #expect(ws.items[0].role != .title)
    }

    @Test func titleStyleAlwaysWins() {
        var doc = TestSupport.rawDocument(["前言：", "年度报告"])
        if case .paragraph(var p) = doc.blocks[1] { p.hints.isTitle = true; doc.blocks[1] = .paragraph(p) }
        var ws = Workspace(document: doc)
        for r in rules { r.apply(to: &ws, options: NormalizationOptions()) }
        #expect(ws.metadata.title == "年度报告")
        #expect(ws.items[1].role == .title)
    }
}
