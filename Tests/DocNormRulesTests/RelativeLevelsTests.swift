import DocNormModel
@testable import DocNormRules
import DocNormTestSupport
import Testing

/// Headings at their relative levels where typed labels, Word's levels and a table of
/// contents meet (the tender documents of ../shared/corpus/docx/zh-real).
@Suite struct RelativeLevelsTests {
    /// The level of each heading, by its text, after the rules up to `assign-levels`.
    /// `outline` gives Word outline levels and `styles` heading styles, by line.
    /// `sizes` sets font sizes (half-points, every other line 21), `centred` centres lines, bold
    /// and centred; a line `TABLE` is a table of one cell.
    func levels(_ lines: [String], outline: [Int: Int] = [:], styles: [Int: Int] = [:], sizes: [Int: Int] = [:],
                centred: Set<Int> = []) -> [String] {
        var doc = TestSupport.rawDocument(lines)
        for (i, block) in doc.blocks.enumerated() {
            guard case .paragraph(var p) = block else { continue }
            if lines[i] == "TABLE" {
                doc.blocks[i] = .table(Table(rows: [TableRow(cells: [TableCell(blocks: [.paragraph(Paragraph(content: [.text("项目编号：")]))])])]))
                continue
            }
            if let l = outline[i] { p.hints.outlineLevel = l }
            if let l = styles[i] { p.hints.styleHeadingLevel = l }
            if !sizes.isEmpty { p.hints.fontSize = sizes[i] ?? 21 }
            if centred.contains(i) { p.hints.isCentered = true; p.hints.isBold = true }
            doc.blocks[i] = .paragraph(p)
        }
        if !sizes.isEmpty || !styles.isEmpty { doc.metadata.sourceFormat = "docx" }
        var ws = Workspace(document: doc)
        for rule in Normalizer.standardRules {
            rule.apply(to: &ws, options: NormalizationOptions())
            if rule.name == "assign-levels" { break }
        }
        return ws.items.compactMap { item in
            guard item.role == .heading || item.role == .runInHeading, let p = item.paragraph, let level = item.level else { return nil }
            return "\(level) \(p.label?.original ?? "")\(p.content.plainText)"
        }
    }

    @Test func aTypedSeriesInsideADeeperWordHeadingIsItsContent() {
        // 保洁员's forms: `一、价格文件` is Heading 3, the form `附件3-5 供应商承诺声明` Heading 4, and
        // the pledges typed inside the form (`一、供应商诚信承诺` over its `1.` `2.`) are no sections.
        let lines = ["投标文件", "第三章 投标文件格式", "一、价格文件", "价格文件包括报价表。", "二、资格证明文件",
                     "附件3-5 供应商承诺声明", "我单位自愿参加本项目，承诺如下：", "一、供应商诚信承诺", "1.如实编写投标文件。",
                     "2.不提供虚假材料。", "二、知识产权和保密承诺", "1.严格遵守保密法律法规。", "三、资格审查", "正文。"]
        let styles = [1: 1, 2: 3, 4: 3, 5: 4]
        #expect(levels(lines, styles: styles) == ["2 第三章投标文件格式", "3 一、价格文件", "3 二、资格证明文件",
                                                 "4 附件3-5 供应商承诺声明"])
        // Without Word's style on the form, the typed series is judged as typed labels are.
        #expect(levels(lines, styles: [1: 1, 2: 3, 4: 3]).contains("3 一、供应商诚信承诺"))
    }

    @Test func aSkippedWordLevelClosesUpWhereTheDocumentPutTheLabelOneBelowBefore() {
        // 保洁员: 第一章's `一、说明` is Heading 3, 第二章's `一、定义` `二、知识产权` Heading 4 right
        // under the chapter (no Heading 3 there): sections of their chapter as in 第一章.
        let lines = ["招标文件", "第一章 投标须知", "一、说明", "1.概述", "正文。", "第二章 合同通用条款", "一、定义", "正文。",
                     "二、知识产权", "正文。", "第三章 投标文件格式", "附件1 投标函", "正文。"]
        let styles = [1: 1, 2: 3, 3: 4, 5: 1, 6: 4, 8: 4, 10: 1, 11: 4]
        #expect(levels(lines, styles: styles) == ["2 第一章投标须知", "3 一、说明", "4 1.概述", "2 第二章合同通用条款", "3 一、定义",
                                                 "3 二、知识产权", "2 第三章投标文件格式", "4 附件1 投标函"])
    }

    /// The label and text of the label tree's parent of the paragraph `text`, the rules before
    /// the levels run over `lines`.
    static func parent(of text: String, in lines: [String]) -> String? {
        let ws = TestSupport.apply(Array(Normalizer.standardRules.prefix { $0.name != "assign-levels" }), to: lines)
        guard let i = ws.items.firstIndex(where: { $0.paragraph?.content.plainText == text }), let p = ws.items[i].parent else { return nil }
        return ws.items[p].paragraph.map { ($0.label?.original ?? "") + $0.content.plainText }
    }

    @Test func aLabelGoesOnFromItsSeriesPastClausesBetween() {
        // PCMET's 招标项目要求 (real): `（1）保洁服务` holds clauses numbered `2.1`…`2.3` from its
        // parent `2、`; `（2）会务服务` after them is `（1）`'s sibling, not a part of `2.3`.
        let lines = ["招标文件", "一、项目要求", "1、驾驶服务", "提供驾驶服务。", "2、保洁会务服务", "（1）保洁服务", "提供保洁服务。",
                     "2.1 总体保洁要求", "正文。", "2.2 办公用房区域保洁", "正文。", "（2）会务服务", "提供会务服务。", "3、业务综合辅助服务", "正文。"]
        let parent = { (text: String) in Self.parent(of: text, in: lines) }
        #expect(parent("总体保洁要求") == "2、保洁会务服务")
        #expect(parent("会务服务") == "2、保洁会务服务")
        #expect(parent("保洁服务") == "2、保洁会务服务")
    }

    @Test func aFormGoesOnFromItsSeriesPastTheFieldsOfTheFormBefore() {
        // 交通银行's 响应文件格式 (real): form `8、供应商基本情况简介格式` holds fields `（三）其他情况：`
        // `1、…` `3、`; form `9、《联合响应协议书》格式` after them is `8、`'s sibling, not a field of `（三）`.
        let lines = ["谈判文件", "第六章 响应文件格式", "7、类似项目一览表", "正文。", "8、供应商基本情况简介格式", "（一）基本情况：", "1、单位名称：",
                     "2、地址：", "（三）其他情况：", "1、专业人员分类及人数：", "2、企业资质证书情况：", "3、其他需要说明的情况：",
                     "我方承诺上述情况是真实、准确的。", "9、《联合响应协议书》格式（如需）", "联合响应各方："]
        let parent = { (text: String) in Self.parent(of: text, in: lines) }
        #expect(parent("《联合响应协议书》格式（如需）") == "第六章响应文件格式")
        #expect(parent("其他需要说明的情况：") == "（三）其他情况：")
        // A `4、` after `3、` goes on from `3、` as before.
        #expect(Self.parent(of: "其他：", in: Array(lines.dropLast(2)) + ["4、其他：", "正文。"]) == "（三）其他情况：")
    }

    @Test func aVolumeHoldsTheChaptersAfterItWhateverTheirNumbers() {
        // 发改委's 标准设计招标文件: 第一卷 holds 第一章…第四章, 第二卷 goes on with 第五章.
        // Its contents list the volumes: a label alone is a heading where the contents say so.
        let lines = ["标准设计招标文件", "目录", "第一卷……1", "第一章 招标公告……2", "第二卷……66", "第五章 发包人要求……67", "第三卷……80",
                     "第一卷", "第一章 招标公告", "1.招标条件", "本招标项目已具备招标条件。", "第四章 合同条款",
                     "1.一般约定", "正文。", "第二卷", "第五章 发包人要求", "一、设计要求", "正文。", "第三卷", "第六章 投标文件格式", "正文。"]
        let out = levels(lines)
        #expect(out == ["2 第一卷", "3 第一章招标公告", "4 1.招标条件", "3 第四章合同条款", "4 1.一般约定",
                        "2 第二卷", "3 第五章发包人要求", "4 一、设计要求", "2 第三卷", "3 第六章投标文件格式"], "\(out)")
    }

    @Test func aChapterFormStartingAtOneOpensInsideAnotherForm() {
        // 宝山区's and 保洁员's contract chapter holds its own parts; a part holds its chapters.
        let parts = ["招标文件", "第五章 合同书格式", "第一部分 合同协议书", "1.服务内容", "正文。", "第二部分 通用条款", "1.定义",
                     "正文。", "第六章 投标文件格式", "正文。"]
        let out = levels(parts)
        #expect(out == ["2 第五章合同书格式", "3 第一部分合同协议书", "4 1.服务内容", "3 第二部分通用条款", "4 1.定义",
                        "2 第六章投标文件格式"], "\(out)")
        // The same with Word's outline level on the chapters and parts alike.
        #expect(levels(parts, outline: [1: 1, 2: 1, 5: 1, 8: 1]) == out)
        let chapters = ["招标文件", "第一部分 招标公告", "第一章 总则", "正文。", "第二章 须知", "正文。", "第二部分 合同", "第一章 协议", "正文。"]
        #expect(levels(chapters) == ["2 第一部分招标公告", "3 第一章总则", "3 第二章须知", "2 第二部分合同", "3 第一章协议"])
    }

    @Test func aCoverTitleInsideAChapterHeadsTheSeriesAfterItsCoverMatter() {
        // 上海太平's 第五章 holds two bid templates, each with a cover: `商务投标文件` (26 pt,
        // centred), a table of fields, `（投标人盖章）`, then its own `一、` `二、`.
        let text = "投标人应严格按照本章投标文件格式顺序编制和装订投标文件，不得缺项漏项，否则视为无效投标。"
        let lines = ["招标文件", "第五章 投标文件格式", "1.\(text)", "2.\(text)", "商务投标文件", "TABLE", "（投标人盖章）",
                     "一、开标一览表", text, "二、投标报价明细表", text]
        #expect(levels(lines, sizes: [4: 52], centred: [4]) == ["2 第五章投标文件格式", "3 商务投标文件", "4 一、开标一览表",
                                                               "4 二、投标报价明细表"])
        // One of several large centred lines is a cover's line, not the title of what follows.
        var cover = lines
        cover.insert("军队服务类项目", at: 4)
        #expect(!levels(cover, sizes: [4: 52, 5: 52], centred: [4, 5]).contains("3 商务投标文件"))
    }

    @Test func aTypedChapterAfterWordsOwnStandsBesideIt() {
        let lines = ["招标文件", "第一章 采购邀请", "一、项目概况", "本项目已具备条件。", "二、联系方式", "地址见前附表。",
                     "第二章 供应商须知", "一、总则", "本须知适用于本项目。", "二、谈判文件", "谈判文件由以下部分组成。"]
        #expect(levels(lines, outline: [1: 1]) == ["2 第一章采购邀请", "3 一、项目概况", "3 二、联系方式",
                                                 "2 第二章供应商须知", "3 一、总则", "3 二、谈判文件"])
    }

    @Test func wordHeadingsGoBelowTheTypedHeadingTheirLabelBelongsTo() {
        // `1.适用范围` is Heading 1, under a typed `一、总则` of a typed `第一章`.
        let lines = ["招标文件", "第一章 投标人须知", "一、总则", "1.适用范围", "本招标文件适用于本项目。", "2.合格的投标人",
                     "投标人应具备条件。", "二、招标文件", "3.招标文件的构成", "招标文件包括下列内容。"]
        #expect(levels(lines, styles: [3: 1, 5: 1, 8: 1]) == ["2 第一章投标人须知", "3 一、总则", "4 1.适用范围",
                                                             "4 2.合格的投标人", "3 二、招标文件", "4 3.招标文件的构成"])
    }

    @Test func aTypedLabelBetweenTwoWordSiblingsIsInsideTheFirst() {
        // `3.` and `4.` share one outline level under `一、`: the typed `（一）` between them is inside
        // `3.`, no parent of `4.`, which stays beside `3.`.
        let lines = ["合同", "一、服务内容", "3.一般规定", "（一）遵守法律", "乙方应遵守法律。", "（二）保密责任", "乙方应保密。",
                     "4.物业管理服务范围", "范围见附件。", "5.服务内容", "内容见附件。"]
        let out = levels(lines, outline: [1: 1, 2: 2, 7: 2, 9: 2])
        #expect(out == ["2 一、服务内容", "3 3.一般规定", "4 （一）遵守法律", "4 （二）保密责任", "3 4.物业管理服务范围",
                        "3 5.服务内容"], "\(out)")
    }

    @Test func aLabeledSeriesRightAfterAnUnlabeledHeadingStartsUnderIt() {
        let contents = ["目录", "第一章 投标人须知\t1", "投标人须知前附表\t1", "投标人须知\t2", "一、总则\t2", "二、招标文件\t3"]
        let body = ["第一章 投标人须知", "投标人须知前附表", "本表是须知的一部分。", "投标人须知", "一、总则",
                    "本须知适用于本项目。", "二、招标文件", "招标文件由下列文件组成。"]
        #expect(levels(["招标文件"] + contents + body) == ["2 第一章投标人须知", "3 投标人须知前附表", "3 投标人须知",
                                                         "4 一、总则", "4 二、招标文件"])
    }

    @Test func typedLabelsNestByTheirParentNotByEveryRankInTheDocument() {
        // 第四章 has 第一节; 第一章 has none: its `1.` is right under it.
        let lines = ["招标文件", "第一章 招标公告", "1.招标条件", "本项目已具备招标条件。", "2.项目概况", "项目概况如下。",
                     "第二章 合同条款", "第一节 通用合同条款", "1.词语定义", "本合同中的词语含义如下。", "2.发包人义务", "发包人应遵守法律。"]
        #expect(levels(lines) == ["2 第一章招标公告", "3 1.招标条件", "3 2.项目概况", "2 第二章合同条款",
                                  "3 第一节通用合同条款", "4 1.词语定义", "4 2.发包人义务"])
    }

    @Test func contentsNameTheirHeadingsInTheirOwnOrder() {
        // `第三章 投标文件格式` repeated inside 第一章 is passed over for the chapter itself.
        let contents = ["目录", "第一章 投标人须知\t1", "第二章 评标办法\t5", "第三章 投标文件格式\t9"]
        let body = ["第一章 投标人须知", "1.招标文件的组成", "招标文件由下列文件组成：", "第三章 投标文件格式",
                    "2.投标有效期", "投标有效期为九十天。", "第二章 评标办法", "评标办法见下表。", "第三章 投标文件格式", "格式如下。"]
        var ws = Workspace(document: TestSupport.rawDocument(["招标文件"] + contents + body))
        for rule in Normalizer.standardRules {
            rule.apply(to: &ws, options: NormalizationOptions())
            if rule.name == "headings-from-contents" { break }
        }
        let listed = ws.items.indices.filter { ws.items[$0].listedInContents }
        let first = contents.count + 1
        #expect(listed == [first, first + 6, first + 8], "\(listed)")
    }
}
