import DocNorm
import DocNormTestSupport
import Testing

/// Lines ended with Shift+Enter: a labeled line starts a paragraph of its own, and a short
/// labeled first line is a heading with its text after it (用户手册 of a real project).
@Suite struct SplitLinesAtLabelsTests {
    /// A paragraph of lines joined by line breaks.
    func lines(_ lines: [String], pPr: String = "") -> String {
        "<w:p><w:pPr>\(pPr)</w:pPr><w:r>" + lines.map { "<w:t xml:space=\"preserve\">\($0)</w:t>" }.joined(separator: "<w:br/>") + "</w:r></w:p>"
    }
    let body = "流程管理用来配置数据处理的工作流定义，流程管理主要由状态和动作组成，状态之间通过动作连接。"

    @Test func aLabeledLineAfterABreakIsAParagraph() throws {
        let doc = try convertDocx(p("管理员手册", style: "1") + p(body)
            + lines(["1. 进入系统配置页面", "1.1 通过任何页面的系统配置链接进入系统管理页面", "点击系统配置后进入。"])
            + lines(["2. 新建流程", body]) + lines(["2.1 新建流程", body]) + p(body), styles: chineseStyles)
        #expect(Outline.render(doc) == "# 管理员手册\n## 1.进入系统配置页面\n### 1.1 通过任何页面的系统配置链接进入系统管理页面\n## 2.新建流程\n### 2.1 新建流程\n")
        // Nothing is lost: the lines without a label stay text.
        let text = Converter().render(doc, as: .text)
        #expect(text.contains("点击系统配置后进入。"))
        #expect(text.components(separatedBy: body).count == 5)
    }

    @Test func aNumberTypedStraightBeforeItsTitleStartsALineToo() throws {
        // Cynthia's 用户手册 (real): `2.1查看数据` with no space, in the paragraph that holds
        // `2.1.1工具区`; the outline makes it a label. `1.5倍` on a line of its own stays text.
        let doc = try convertDocx(p("普通用户手册", style: "1") + p(body)
            + lines(["2. 数据管理页面", body, "", "2.1查看数据", "查看数据页面整体效果如下：", "2.1.1工具区", body, "1.5倍的时间用于培训。"]),
            styles: chineseStyles)
        #expect(Outline.render(doc) == "# 普通用户手册\n## 2.数据管理页面\n### 2.1 查看数据\n#### 2.1.1 工具区\n", "\(Outline.render(doc))")
        #expect(Converter().render(doc, as: .text).contains("1.5倍的时间用于培训。"))
    }

    @Test func linesWithoutLabelsStayOneParagraph() throws {
        let doc = try convertDocx(p("报告", style: "1") + lines(["甲方：上海某某公司", "乙方：北京某某公司", "签订日期：2024年5月1日"]), styles: chineseStyles)
        #expect(Converter().render(doc, as: .markdown).contains("甲方：上海某某公司\\\n乙方：北京某某公司\\\n签订日期：2024年5月1日"))
    }

    @Test func aStyledHeadingOfSeveralLinesStaysOne() throws {
        // A standard's appendix title: 附录 A / （资料性附录） / its name, one Heading 1.
        let doc = try convertDocx(p("标准", style: "a3") + p(body) + lines(["附录A", "（资料性附录）", "安全要素关联矩阵"], pPr: "<w:pStyle w:val=\"1\"/>")
            + p(body), styles: chineseStyles)
        #expect(Outline.render(doc).contains("安全要素关联矩阵"))
        #expect(Outline.render(doc).components(separatedBy: "\n").filter { $0.hasPrefix("##") }.count == 1)
    }
}
