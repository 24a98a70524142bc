import DocNorm
@testable import DocNormReaders
import DocNormTestSupport
import Testing

/// A thesis's front matter headed by look alone (rule `FrontMatterHeadings`), as a real
/// 本科毕业论文 范例 sets it: centred 16 pt lines over 14 pt text, before Heading 1 chapters.
@Suite struct FrontMatterHeadingsTests {
    func line(_ text: String, size: Int, centred: Bool = true, bold: Bool = false) -> String {
        sizedLine(text, size: size, centred: centred, bold: bold)
    }
    let text = "本人郑重声明，本论文是在导师的指导下独立完成，除加注和致谢外，文中不包含他人所发表或撰写的成果。"

    @Test func aCentredSetApartNameBeforeTheChaptersHeadsItsText() throws {
        let body = line("新疆大学本科毕业论文(设计)", size: 52, bold: true)
            + line("声  明", size: 32) + line(text, size: 28, centred: false)
            + line("新 疆 大 学", size: 44, bold: true) + line("本科毕业论文（设计）任务书（……届）", size: 44, bold: true)
            + line("学院：          班级：", size: 24, centred: false)
            + line("摘  要", size: 32) + line(text, size: 24, centred: false) + line(text, size: 24, centred: false)
            + line("ABSTRACT", size: 32) + line("The key parts in drip irrigation facilities are emitters, and their structure decides the flow.", size: 24, centred: false)
            + p("绪论", style: "1") + line(text, size: 24, centred: false)
        let doc = try convertDocx(body, styles: chineseStyles)
        #expect(Outline.render(doc) == """
            # 新疆大学本科毕业论文(设计)
            ## 声  明
            ## 新 疆 大 学本科毕业论文（设计）任务书（……届）
            ## 摘  要
            ## ABSTRACT
            ## 绪论

            """, "\(Outline.render(doc))")
    }

    @Test func aNameAmongACoversCentredLinesIsNoHeading() throws {
        // A generator put `摘要` in a cover's title place, over the cover's other centred lines.
        let body = line("硕士学位论文", size: 48, bold: true) + line("平台反垄断监管对数字平台企业研发投入的影响研究", size: 44)
            + line("摘要", size: 44, bold: true) + line("硕士研究生：【请填写】", size: 28, bold: true) + line("导    师：【请填写】", size: 28, bold: true)
            + p("绪论", style: "1") + line(text, size: 24, centred: false)
        let doc = try convertDocx(body, styles: chineseStyles)
        #expect(!Outline.render(doc).contains("## 摘要"), "\(Outline.render(doc))")
        // After the first chapter a centred name is left to the other rules.
        let after = try convertDocx(p("绪论", style: "1") + line(text, size: 24, centred: false) + line("声  明", size: 32) + line(text, size: 28, centred: false),
                                    styles: chineseStyles)
        #expect(!Outline.render(after).contains("声  明"), "\(Outline.render(after))")
    }
}
