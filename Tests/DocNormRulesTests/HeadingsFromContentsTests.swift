import DocNormModel
@testable import DocNormRules
import DocNormTestSupport
import Testing

/// A table of contents says which paragraphs are headings (as the 发改委 standard tender
/// document types them: `1.1 招标项目概况` over clauses too short to tell it from a list).
@Suite struct HeadingsFromContentsTests {
    let contents = [
        "招标文件", "目录",
        "第一章 招标公告........................1",
        "投标人须知前附表....................2",
        "1. 总则..............................3",
        "1.1 招标项目概况......................3",
        "1.2 资金来源和落实情况................3",
        "表1-1 评审因素........................4",
        "……………………………………4",
    ]
    let body = [
        "第一章 招标公告", "投标人须知前附表", "本表是须知的一部分。",
        "1. 总则",
        "1.1 招标项目概况",
        "1.1.1 招标人：见前附表。",
        "1.1.2 项目名称：见前附表。",
        "1.2 资金来源和落实情况",
        "1.2.1 资金来源：见前附表。",
        "1.2.2 落实情况：见前附表。",
        "表1-1 评审因素", "……",
    ]

    @Test func paragraphsTheContentsListAreHeadings() {
        let outline = TestSupport.outline((contents + body).joined(separator: "\n"))
        #expect(outline == ["# 招标文件", "## 第一章 招标公告", "### 投标人须知前附表", "### 1.总则", "#### 1.1 招标项目概况", "#### 1.2 资金来源和落实情况"])
    }

    @Test func withoutTheContentsTheShortClausesMakeAList() {
        let outline = TestSupport.outline((["招标文件"] + body).joined(separator: "\n"))
        #expect(!outline.contains("#### 1.1 招标项目概况"))
    }

    @Test func eachEntryNamesOneParagraphAfterItsContents() {
        // The words of an entry typed again before the contents, or a second time after the
        // heading, are not the heading.
        let lines = ["招标文件", "1.1 招标项目概况"] + contents.dropFirst() + body + ["1.1 招标项目概况"]
        var ws = Workspace(document: TestSupport.rawDocument(lines))
        for rule in Normalizer.standardRules {
            rule.apply(to: &ws, options: NormalizationOptions())
            if rule.name == "headings-from-contents" { break }
        }
        let listed = ws.items.indices.filter { ws.items[$0].listedInContents }
        #expect(listed.map { ws.items[$0].paragraph?.content.plainText ?? "" } == ["招标公告", "投标人须知前附表", "总则", "招标项目概况", "资金来源和落实情况"])
        #expect(listed.allSatisfy { $0 >= 10 } && listed.last! < ws.items.count - 1)
    }
}
