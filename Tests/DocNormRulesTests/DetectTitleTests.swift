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

    @Test func aTitleOverSeveralLinesOfTextIsOneTitle() {
        // 发改委's 标准设计招标文件, 浙江's cover, a report of the 19th Congress.
        func title(_ lines: [String]) -> String? { TestSupport.normalize(lines.joined(separator: "\n")).metadata.title }
        #expect(title(["附件4", "中华人民共和国", "标准设计招标文件", "（2017 年版）", "使用说明", "一、本文件适用于工程设计招标。"])
                == "中华人民共和国标准设计招标文件")
        #expect(title(["温岭市自然资源和规划局数据中心", "信创基础软硬件采购项目", "招标文件", "（线上电子招投标）", "项目编号：WLCG-2024-15-GK"])
                == "温岭市自然资源和规划局数据中心信创基础软硬件采购项目招标文件")
        #expect(title(["决胜全面建成小康社会", "夺取新时代中国特色社会主义伟大胜利", "——在中国共产党第十九次全国代表大会上的报告", "同志们："])
                == "决胜全面建成小康社会夺取新时代中国特色社会主义伟大胜利")
        // Its author's name and a date are not part of it.
        #expect(title(["2023年个人工作总结", "张三", "2023年12月", "一年来，我认真履行岗位职责。"]) == "2023年个人工作总结")
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
