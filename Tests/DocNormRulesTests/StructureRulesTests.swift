import DocNormModel
@testable import DocNormRules
import DocNormTestSupport
import Testing

let structureRules: [any Rule] = [DetectLanguage(), DetectLabels(), DetectTitle(), ClassifyParagraphs()]

func roles(_ lines: [String]) -> [Item.Role] {
    TestSupport.apply(structureRules, to: lines).items.map(\.role)
}

@Suite struct DetectLabelsTests {
    @Test func labelMovesOutOfTheText() throws {
        let ws = TestSupport.apply([DetectLabels()], to: ["（一）加强学习。全年"])
        let p = try #require(ws.items[0].paragraph)
        #expect(p.label?.original == "（一）")
        #expect(p.content.plainText == "加强学习。全年")
    }

    /// docx2python's contract types `D. Place of Performance`, POI's Portuguese statutes
    /// `a) Representar`: the typed space stays before a Western word. Before Chinese text the
    /// house style writes `1.项目概述`, space typed or not.
    @Test func aTypedLabelKeepsItsSpaceBeforeAWesternWord() {
        let ws = TestSupport.apply([DetectLabels()], to: ["D. Place of Performance", "a) Representar e promover", "1) Порядковый номер",
                                                          "1. 项目概述", "1. {{股东1名称}}：认缴出资", "1.项目阶段", "(2) 《规范》"])
        #expect(ws.items.map { ($0.label?.shown ?? "") + ($0.paragraph?.content.plainText ?? "") }
            == ["D. Place of Performance", "a) Representar e promover", "1) Порядковый номер",
                "1.项目概述", "1.{{股东1名称}}：认缴出资", "1.项目阶段", "(2)《规范》"])
    }

    @Test func parenthesizedDigitIsRankSixWhenDotFormIsUsed() {
        let ws = TestSupport.apply([DetectLabels()], to: ["1.总体", "1)细项", "2)细项"])
        #expect(ws.items.map { $0.label?.rank } == [.arabic, .circled, .circled])
    }

    @Test func parenthesizedDigitIsRankFourWhenAlone() {
        let ws = TestSupport.apply([DetectLabels()], to: ["1)总体", "2)总体"])
        #expect(ws.items.map { $0.label?.rank } == [.arabic, .arabic])
    }

    @Test func westernDocumentsUseTheDecimalOutline() {
        let ws = TestSupport.apply([DetectLanguage(), DetectLabels()], to: ["1. Introduction", "1.1 Scope of the work", "2. Results"])
        #expect(ws.items.map { $0.label?.rank } == [.western(depth: 1), .western(depth: 2), .western(depth: 1)])
    }

    @Test func automaticNumberingGivesTheLabel() throws {
        var doc = TestSupport.rawDocument(["工作成效"])
        if case .paragraph(var p) = doc.blocks[0] {
            p.hints.automaticNumbering = AutomaticNumbering(listID: 1, level: 0, text: "一、", format: "chineseCounting")
            doc.blocks[0] = .paragraph(p)
        }
        var ws = Workspace(document: doc)
        DetectLabels().apply(to: &ws, options: NormalizationOptions())
        let label = try #require(ws.items[0].label)
        #expect(label.rank == .chineseNumber)
        #expect(ws.items[0].paragraph?.content.plainText == "工作成效")
    }
}

/// A typed decimal outline: `1 正文前的部分` is its first level when `1.1` labels follow, and
/// `（1）` items sit under `1.1`, not above it (硕士学位论文格式要求及审查要点, a real thesis guide).
@Suite struct TypedDecimalOutlineTests {
    let text = ["硕士学位论文格式要求", "说明：本要点根据学位论文撰写规范整理，供论文作者自查。",
                "1 正文前的部分", "1.1 标题", "（1）字数不超过25字；", "（2）英文标题全大写；", "正文。",
                "1.2 首页及扉页", "（1）所在单位按实际填写；", "（2）学校代码和密级的冒号应该对齐。", "正文。",
                "2 排版要求", "2.1 页面设置", "正文。"].joined(separator: "\n")

    @Test func aBareNumberBeforeItsSectionsIsTheFirstLevel() {
        #expect(TestSupport.outline(text) == ["# 硕士学位论文格式要求", "## 1 正文前的部分", "### 1.1 标题", "### 1.2 首页及扉页",
                                              "## 2 排版要求", "### 2.1 页面设置"])
    }

    @Test func aNumberAndASpaceAreTextElsewhere() {
        // No `3.1` follows: a count, not a section.
        let lines = ["通知", "3 个工作日内完成报名。", "5 名工作人员到场", "1.1 报名要求", "正文。"].joined(separator: "\n")
        #expect(TestSupport.outline(lines) == ["# 通知", "## 1.1 报名要求"])
        let doc = TestSupport.normalize(lines)
        let paragraphs = doc.blocks.compactMap { block -> Paragraph? in if case .paragraph(let p) = block { p } else { nil } }
        #expect(paragraphs.contains { $0.label == nil && $0.content.plainText == "5 名工作人员到场" })
    }
}

/// Chapters typed in Heading 1 with a bare number, only some of which have numbered sections
/// (详细设计说明书: `1引言`, `2 系统整体设计` without a `2.1`, `3 分布式爬虫设计说明` over `3.1`).
@Suite struct StyledBareNumberTests {
    /// The label and text of each paragraph after the label rules; `styles` gives heading
    /// styles by line.
    func labels(_ lines: [String], styles: [Int: Int]) -> [String] {
        var doc = TestSupport.rawDocument(lines)
        for (i, block) in doc.blocks.enumerated() {
            guard case .paragraph(var p) = block, let l = styles[i] else { continue }
            p.hints.styleHeadingLevel = l
            doc.blocks[i] = .paragraph(p)
        }
        doc.metadata.sourceFormat = "docx"
        var ws = Workspace(document: doc)
        for rule in [DetectLanguage(), DetectLabels()] as [any Rule] { rule.apply(to: &ws, options: NormalizationOptions()) }
        return ws.items.compactMap { item in
            item.paragraph.map { p in (p.label.map { "[\($0.original)\($0.separated ? " " : "")]" } ?? "") + p.content.plainText }
        }
    }

    let lines = ["详细设计说明书", "1引言", "1.1编写目的", "正文。", "2 系统整体设计", "正文。", "3 分布式爬虫设计说明", "3.1 程序描述", "正文。"]

    @Test func theStylesSeriesGivesItsNeighboursTheirNumbers() {
        let out = labels(lines, styles: [1: 1, 2: 2, 4: 1, 6: 1, 7: 2])
        #expect(out[1] == "[1]引言" && out[4] == "[2 ]系统整体设计" && out[6] == "[3 ]分布式爬虫设计说明", "\(out)")
    }

    @Test func withoutAHeadingStyleTheyStayText() {
        let out = labels(lines, styles: [2: 2, 7: 2])
        #expect(out[1] == "1引言" && out[4] == "2 系统整体设计" && out[6] == "[3 ]分布式爬虫设计说明", "\(out)")
    }

    @Test func aNumberOutOfTheSeriesOrBeforeAUnitStaysText() {
        let lines = ["报告", "5 系统整体设计", "正文。", "3 分布式爬虫设计说明", "3.1 程序描述", "正文。", "4个工作日内完成", "正文。"]
        let out = labels(lines, styles: [1: 1, 3: 1, 4: 2, 6: 1])
        #expect(out[1] == "5 系统整体设计" && out[3] == "[3 ]分布式爬虫设计说明" && out[6] == "4个工作日内完成", "\(out)")
    }
}

/// Two-part outline numbers typed straight before their titles (Cynthia's 用户手册, 宝山分局's 15.1).
@Suite struct JoinedDecimalTests {
    @Test func aNumberTheOutlineHasIsItsLabel() {
        let text = ["用户手册", "2 数据管理页面", "数据管理页面主要方便用户查看和修改数据。",
                    "2.1查看数据", "查看数据页面整体效果如下。", "2.1.1 工具区", "工具区有很多按钮。",
                    "2.2修改数据", "修改数据页面整体效果如下。", "提高1.5倍效率，节省2.5小时。", "3.5米宽的通道保持畅通。"].joined(separator: "\n")
        #expect(TestSupport.outline(text) == ["# 用户手册", "## 2 数据管理页面", "### 2.1 查看数据", "#### 2.1.1 工具区", "### 2.2 修改数据"],
                "\(TestSupport.outline(text))")
        // The quantities stay text.
        let doc = TestSupport.normalize(text)
        let paragraphs = doc.blocks.compactMap { block -> Paragraph? in if case .paragraph(let p) = block { p } else { nil } }
        #expect(paragraphs.contains { $0.label == nil && $0.content.plainText == "提高1.5倍效率，节省2.5小时。" })
    }

    @Test func withoutTheOutlineItIsText() {
        let text = ["通知", "2.1查看数据", "查看数据页面整体效果如下。", "2.2修改数据", "修改数据页面整体效果如下。"].joined(separator: "\n")
        #expect(TestSupport.outline(text) == ["# 通知"])
    }
}

/// A label with nothing after it heads nothing: a table's cell taken out of a PDF (发改委).
@Suite struct LabelAloneTests {
    @Test func aLabelAloneIsNoHeading() {
        let text = ["招标文件", "第一章 招标公告", "本章说明招标事项。", "（1）", "资信业绩", "（2）", "类似项目业绩", "（3）", "项目负责人资历和业绩"].joined(separator: "\n")
        #expect(TestSupport.outline(text) == ["# 招标文件", "## 第一章 招标公告"], "\(TestSupport.outline(text))")
    }
}

/// Chinese numerals typed without 、 (`一 信息舱`, real meeting minutes, 会议纪要.docx).
@Suite struct BareChineseNumeralTests {
    @Test func aSeriesFromOneIsTheFirstLevel() {
        let text = ["页面缓存机制", "一 信息舱", "确认是否只用来大屏展示。", "二 树", "树是否整体返回确认。", "三\u{3000}核安全排名", "这里树的展开应该只到环保局。"]
            .joined(separator: "\n")
        #expect(TestSupport.outline(text) == ["# 页面缓存机制", "## 一、信息舱", "## 二、树", "## 三、核安全排名"])
        var keep = NormalizationOptions()
        keep.numbering = .keep
        #expect(TestSupport.outline(text, options: keep) == ["# 页面缓存机制", "## 一 信息舱", "## 二 树", "## 三 核安全排名"])
    }

    @Test func aNumeralAndASpaceAreTextElsewhere() {
        // Alone, out of order, a sentence, or beside the document's own `一、`.
        let lines = ["会议记录", "一 年来的工作回顾如下。", "三 季度", "正文。"].joined(separator: "\n")
        #expect(TestSupport.outline(lines) == ["# 会议记录"])
        let mixed = ["会议记录", "一、总体情况", "正文。", "一 信息舱", "正文。", "二 树", "正文。"].joined(separator: "\n")
        #expect(TestSupport.outline(mixed) == ["# 会议记录", "## 一、总体情况"])
    }
}

@Suite struct ClassifyParagraphsTests {
    @Test func shortLabeledParagraphIsAHeading() {
        #expect(roles(["一、工作成效", "正文。"]) == [.heading, .body])
    }

    @Test func firstShortSentenceWithMoreTextIsARunInHeading() {
        let section = String(repeating: "坚持以习近平新时代中国特色社会主义思想为指导，认真落实各项工作部署。", count: 6)
        #expect(roles(["（一）突出加强党的政治建设，绝对忠诚品格进一步淬炼。" + section]) == [.runInHeading])
        #expect(roles(["（一）加强组织领导。各地要高度重视。"]) == [.runInHeading])
    }

    @Test func aShortRuleWithItsExplanationIsAListItem() {
        // 三、基本服务标准 of a real 招标文件: rules, each with a sentence or two of detail.
        let lines = ["（一）仪容仪表", "1.仪容整洁、着装统一、干净平整。",
                     "2.头发干净整齐、颜色自然，不理奇异发型、不剃光头。男性两侧鬓角不得超过耳垂底部，后部不长于衬衣领，不遮盖眉毛、耳朵，不烫发，不留胡须。",
                     "3.面部、双手保持清洁，指甲修剪整齐，长度不超过指尖2毫米，身体外露部位无纹身。女性淡妆上岗，保持妆容美观，不浓妆艳抹，不染彩色指甲。",
                     "4.对各级领导的问询，要有问必答，回答准确。", "5.工作时始终精神饱满注意力集中。", "（二）工作纪律", "按时上下班，不得无故迟到、早退。"]
        #expect(roles(lines) == [.heading, .listItem, .listItem, .listItem, .listItem, .listItem, .heading, .body])
    }

    @Test func theItemsOfANoteAreAList() {
        // The 中小企业划型标准 note that Shanghai's tender documents append to a form.
        let lines = ["一、中小企业声明函", "本公司郑重声明。", "注：各行业划型标准：",
                     "（一）农、林、牧、渔业。营业收入 20000 万元以下的为中小微型企业。",
                     "（二）工业。从业人员 1000 人以下或营业收入 40000 万元以下的为中小微型企业。",
                     "二、残疾人福利性单位声明函", "本单位郑重声明。"]
        #expect(roles(lines) == [.heading, .body, .body, .listItem, .listItem, .heading, .body])
        // The labels after the note go on under the section it is in.
        let text = (["报告"] + lines.dropLast(2) + ["1.签署须知", "正文。"]).joined(separator: "\n")
        #expect(TestSupport.outline(text) == ["# 报告", "## 一、中小企业声明函", "### 1.签署须知"])
    }

    @Test func aHeadingClosedByAFullStopIsOneWhenItsTextFollows() {
        // The seeds close some headings with 。 and write their text below them.
        #expect(roles(["（一）抓思想，政治引领突出成效。", "始终按照要求认真履责。", "（二）抓责任，主责主业彰显作为。", "全面落实责任。"])
                == [.heading, .body, .heading, .body])
        // Such sentences one after the other, with nothing of their own, are a list, even
        // when one of them goes on with a sentence of detail.
        #expect(roles(["（一）抓思想，政治引领突出成效。", "（二）抓责任。全面落实责任，各项工作有序推进。", "（三）抓机制，打造坚强战斗堡垒。",
                       "（四）抓作风，营造清正干事氛围。", "正文。"])
                == [.listItem, .listItem, .listItem, .listItem, .body])
    }

    @Test func theLastOfARunOfSentencesIsOneToo() {
        // 松江's 廉政协议: `一、` `二、` head their duties, `三、` its text, `四、`…`七、` are its
        // clauses, the last one over the signature's field: the sentences outvote the headings.
        let lines = ["一、甲方权利和义务", "1.不向乙方索取任何形式的回扣。", "2.不接受乙方提供的宴请。", "二、乙方权利和义务", "1.不向甲方支付任何费用。",
                     "三、违约责任", "甲方违反廉政合同，依法依纪严肃处理。", "四、监督方在合同期限内有权对甲乙双方遵守合同情况进行检查，检查时甲乙双方应当予以配合，如实提供有关资料和情况。",
                     "五、本协议作为采购合同的组成部分，具有与采购合同同等的法律效力。", "六、本协议一式两份，甲乙双方各执一份。",
                     "七、本协议有效期限为采购合同签署之日起，至采购合同履行期满止。", "签字盖章："]
        let r = roles(lines)
        #expect([0, 3, 5, 7, 8, 9, 10].map { r[$0] } == Array(repeating: .listItem, count: 7))
    }

    @Test func longParagraphIsAListItem() {
        let long = "（一）" + String(repeating: "很长的一句话", count: 10) + "。"
        #expect(roles([long]) == [.listItem])
    }

    @Test func endingWithSemicolonOrColonIsAListItem() {
        #expect(roles(["1.加强学习；", "2.改进作风："]) == [.listItem, .listItem])
    }

    @Test func aListWhoseLastItemEndsWithAFullStopStaysOneList() {
        #expect(roles(["1.加强学习；", "2.改进作风；", "3.落实责任。"]) == [.listItem, .listItem, .listItem])
    }

    @Test func siblingsFollowTheMajority() {
        let long = "（三）" + String(repeating: "较长的文字", count: 12)
        #expect(roles(["（一）加强学习", "正文。", "（二）改进作风", "正文。", long, "正文。"]) == [.heading, .body, .heading, .body, .heading, .body])
    }

    @Test func siblingsWithNothingBetweenThemAreAList() {
        #expect(roles(["报告", "一、总则", "二、目标", "三、措施"]) == [.title, .listItem, .listItem, .listItem])
        #expect(roles(["报告", "1. 甲", "a. 子项", "2. 乙"]) == [.title, .listItem, .listItem, .listItem])
    }

    @Test func runInSiblingsAreNotAList() {
        let lines = ["（一）加强学习。全年组织学习12次。", "（二）改进作风。深入基层调研。"]
        #expect(roles(lines) == [.runInHeading, .runInHeading])
    }

    @Test func articlesAreNeverHeadings() {
        #expect(roles(["第一条　为了规范管理，制定本办法。"]) == [.article])
    }

    @Test func enumerationsInProseStayParagraphs() {
        #expect(roles(["一是理论学习不充分。没有处理好理论学习和业务工作的时间安排。"]) == [.enumeration])
    }

    @Test func headingsUnderAListItemAreListItems() {
        let ws = TestSupport.apply(structureRules, to: ["1.加强学习；", "（1）读原著", "2.改进作风；"])
        #expect(ws.items.map(\.role) == [.listItem, .listItem, .listItem])
        #expect(ws.items[1].parent == 0)
    }

    @Test func headingStyleWins() {
        var doc = TestSupport.rawDocument(["这是一个很长的段落，但它是标题样式，所以它是标题，而且句子很长很长很长很长很长很长很长。"])
        if case .paragraph(var p) = doc.blocks[0] { p.hints.styleHeadingLevel = 1; doc.blocks[0] = .paragraph(p) }
        var ws = Workspace(document: doc)
        for r in structureRules { r.apply(to: &ws, options: NormalizationOptions()) }
        #expect(ws.items[0].role == .heading)
    }
}

@Suite struct AssignLevelsTests {
    let rules: [any Rule] = structureRules + [AssignLevels()]

    @Test func ranksThatOccurBecomeLevelsTwoThreeFour() {
        let ws = TestSupport.apply(rules, to: ["报告", "一、甲", "（一）乙", "1.丙", "正文。", "二、丁", "正文。"])
        #expect(ws.items.map(\.level) == [nil, 2, 3, 4, nil, 2, nil])
    }

    @Test func aReportStartingAtRankThreeStartsAtLevelTwo() {
        let ws = TestSupport.apply(rules, to: ["报告", "（一）乙", "正文。", "（二）丙", "正文。"])
        #expect(ws.items.map(\.level) == [nil, 2, nil, 2, nil])
    }

    @Test func deeperThanSixBecomesABoldLeadIn() {
        let lines = ["报告", "第一章 总则", "第一节 目的", "一、甲", "（一）乙", "1.丙", "（1）丁", "①戊", "正文。", "第二章 附则", "正文。"]
        let doc = TestSupport.normalize(lines.joined(separator: "\n"))
        let headingLevels = doc.blocks.compactMap { b -> Int? in if case .heading(let h) = b { return h.level } else { return nil } }
        #expect(headingLevels == [1, 2, 3, 4, 5, 6, 2])
        #expect(doc.blocks.count == 11)
        let leadIns = doc.blocks[6...7].compactMap { b -> String? in
            if case .paragraph(let p) = b, case .strong(let lead)? = p.content.first { return lead.plainText }
            return nil
        }
        // ① is never a heading in body text (STRUCTURE.md §4): a list item, not a lead-in.
        #expect(leadIns == ["（1）丁"])
        if case .list(let l) = doc.blocks[7] { #expect(l.items.first?.label?.display == "①") } else { Issue.record("① is not a list item: \(doc.blocks[7])") }
    }

    /// Questions and their options, and items labelled ① or a), are list items even among
    /// sibling headings; a long paragraph whose only signal is a WPS outline level is body text.
    /// `1．项目名称：…` lines are the fields of a tender notice: list items, not sections.
    @Test func fieldsAreListItems() {
        let lines = ["招标公告", "一、项目概况", "1．项目名称：松江客整所保洁服务", "正文。", "2．项目编号：HTLF-2025-BJZB006", "正文。", "二、投标须知", "正文。"]
        #expect(TestSupport.outline(lines.joined(separator: "\n")) == ["# 招标公告", "## 一、项目概况", "## 二、投标须知"])
    }

    @Test func neverHeadings() {
        let lines = ["报告", "一、为什么要加强学习？", "正文。", "二、总体要求", "正文。", "①坚持学习", "正文。", "②坚持实践", "正文。"]
        #expect(TestSupport.outline(lines.joined(separator: "\n")) == ["# 报告", "## 二、总体要求"])
    }
}

@Suite struct ApplyNumberingModeTests {
    func headings(_ lines: [String], _ mode: NormalizationOptions.NumberingMode, renumber: Bool = false) -> [String] {
        TestSupport.outline(lines.joined(separator: "\n"), options: NormalizationOptions(numbering: mode, renumber: renumber))
    }

    @Test func normalizeRewritesFormsAndKeepsNumbers() {
        let lines = ["报告", "一、甲", "(一)乙", "正文。", "（三)丙", "1、丁", "正文。", "三、戊", "正文。", "四．己", "正文。"]
        #expect(headings(lines, .normalize) == ["# 报告", "## 一、甲", "### （一）乙", "### （三）丙", "#### 1.丁", "## 三、戊", "## 四、己"])
    }

    @Test func renumberRecountsHierarchically() {
        let lines = ["报告", "一、甲", "(一)乙", "正文。", "（三)丙", "1、丁", "正文。", "三、戊", "正文。", "四．己", "正文。"]
        #expect(headings(lines, .normalize, renumber: true) == ["# 报告", "## 一、甲", "### （一）乙", "### （二）丙", "#### 1.丁", "## 二、戊", "## 三、己"])
        // A decimal outline keeps its parent's number: 4.3 after 4.2 stays 4.3.
        let western = ["Report", "4. Scope", "Text here.", "4.2 Terms", "Text here.", "4.3 Duties", "Text here."]
        #expect(headings(western, .normalize, renumber: true).suffix(2) == ["### 4.2 Terms", "### 4.3 Duties"])
        // An attachment starts its own count.
        let attached = ["报告", "一、甲", "正文。", "二、乙", "正文。", "附件1", "一、丙", "正文。", "三、丁", "正文。"]
        #expect(headings(attached, .normalize, renumber: true).suffix(2) == ["## 一、丙", "## 二、丁"])
    }

    /// A decimal clause takes its recounted prefix only from the number it continues: after a
    /// clause's `（1）…（16）` list, `1.4.2` stays `1.4.2` and `1.5` stays `1.5` (they were
    /// written `1.3.2` and `3.5`, numbered under the list item before them).
    @Test func renumberTakesAnOutlinePrefixOnlyFromItsOwnParent() {
        let lines = ["招标文件", "第一章 投标人须知", "1.总则", "1.4 投标人资格要求", "1.4.1 投标人应具备承担本项目的资质条件、能力和信誉。",
                     "（1）资质要求：见前附表；", "（2）财务要求：见前附表；", "（16）其他要求：见前附表。",
                     "1.4.2 投标人须知前附表规定接受联合体投标的，联合体应满足要求。", "1.5 费用承担", "投标人准备和参加投标活动发生的费用自理。",
                     "1.6 保密", "参与招标投标活动的各方应对招标文件和投标文件保密。"]
        let doc = TestSupport.normalize(lines.joined(separator: "\n"), options: NormalizationOptions(renumber: true))
        var shown: [String] = []
        func collect(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(let h): shown.append(h.label?.display ?? "")
                case .paragraph(let p): if let l = p.label { shown.append(l.display ?? "") }
                case .list(let list): for item in list.items { shown.append(item.label?.display ?? ""); collect(item.blocks) }
                default: break
                }
            }
        }
        collect(doc.blocks)
        for number in ["1.4", "1.4.1", "1.4.2", "1.5", "1.6"] { #expect(shown.contains(number), "\(number): \(shown)") }
        #expect(!shown.contains("1.3.2") && !shown.contains("3.5") && !shown.contains("3.6"), "\(shown)")
    }

    /// A list of the headings' rank between two of them is counted apart: 交通银行's pledge
    /// `一、…三、` inside the form under `一、商务…` leaves the next form (typed `三、`) `二、`, not `四、`.
    @Test func renumberCountsHeadingsAndListItemsApart() {
        let pledge = "我方不为获取某些不正当利益而向采购人工作人员赠送礼品，也不进行私下商谈。"
        let lines = ["响应文件格式", "一、商务响应文件", "致：某某公司", "一、\(pledge)", "二、\(pledge)", "三、\(pledge)",
                     "年 月 日", "三、技术响应文件", "正文。"]
        #expect(headings(lines, .normalize, renumber: true) == ["# 响应文件格式", "## 一、商务响应文件", "## 二、技术响应文件"])
        #expect(headings(lines, .normalize).last == "## 三、技术响应文件")
    }

    /// A list item that goes on from the headings' count is one of them: Cynthia's `2.2.2` (a
    /// sentence of clauses among titled steps) leaves `2.2.3` as it is.
    @Test func renumberCountsAnItemAmongHeadingsWithThem() {
        let long = "我们为新流程增加一个“新建问题”的动作，新建问题之后会进入待修改的状态，所以我们先新建一个“待修改”状态，然后再通过动作把开始状态连接起来"
        let lines = ["用户手册", "2.2 新建流程", "正文。", "2.2.1 在流程开始时只有一个开始状态", "正文。", "2.2.2 " + long, "正文。",
                     "2.2.3 保存流程", "正文。", "2.2.4 删除流程", "正文。"]
        #expect(headings(lines, .normalize, renumber: true).suffix(2) == ["### 2.2.3 保存流程", "### 2.2.4 删除流程"])
    }

    @Test func renumberNeverMakesATypedOneIntoAnotherNumberNorMixesForms() {
        // 第一部分 inside 第二章 is not 第三部分, and 第三章 stays; a typed 1. after 11. starts again.
        let lines = ["合同", "第一章 总则", "正文。", "第二章 合同", "正文。", "第一部分 协议书", "正文。", "第三章 格式", "正文。",
                     "10.投标函", "正文。", "11.报价表", "正文。", "1.授权书", "正文。", "3.声明函", "正文。"]
        let out = headings(lines, .normalize, renumber: true)
        #expect(out.contains("### 第一部分 协议书") && out.contains("## 第三章 格式"), "\(out)")
        #expect(out.contains { $0.hasSuffix(" 1.授权书") } && out.contains { $0.hasSuffix(" 2.声明函") }, "\(out)")
    }

    /// Letters stay letters, roman stays roman, `1)` never becomes `①`: the default scheme
    /// changes a form only within its family.
    @Test func labelFamiliesStayWhatTheyAre() {
        let lines = ["报告", "一、甲", "（一）乙", "（1）丙", "a. 丁是一个很长的句子，不是标题，而是列表里的一项内容，写得很长很长很长很长。", "b. 戊也是一个很长的句子，不是标题，而是列表里的一项内容，写得很长很长很长很长。"]
        let doc = TestSupport.normalize(lines.joined(separator: "\n"))
        func labels(_ blocks: [Block]) -> [String] {
            blocks.flatMap { block -> [String] in
                switch block {
                case .list(let l): return l.items.flatMap { [$0.label?.display ?? ""] + labels($0.blocks) }
                case .heading(let h): return [h.label?.display ?? ""]
                default: return []
                }
            }
        }
        #expect(labels(doc.blocks).suffix(2) == ["a.", "b."], "\(labels(doc.blocks))")
        let paren = TestSupport.normalize(["报告", "一、甲", "1）第一项内容写得很长很长，是列表中的一项而不是标题，一直写到句末。", "2）第二项内容写得很长很长，是列表中的一项而不是标题，一直写到句末。"].joined(separator: "\n"))
        #expect(labels(paren.blocks).suffix(2) == ["1）", "2）"], "\(labels(paren.blocks))")
    }

    @Test func eachRewriteIsReported() {
        let doc = TestSupport.normalize(["报告", "一、甲", "正文。", "三、乙", "正文。"].joined(separator: "\n"), options: NormalizationOptions(renumber: true))
        let rewrites = doc.warnings.filter { $0.code == "label-rewritten" }
        #expect(rewrites.count == 1)
        #expect(rewrites.first?.message.contains("三、") == true)
        #expect(rewrites.first?.severity == .info)
    }

    @Test func keepLeavesLabelsAsWritten() {
        #expect(headings(["报告", "一、甲", "(一)乙", "正文。", "三、丙", "正文。"], .keep) == ["# 报告", "## 一、甲", "### (一)乙", "## 三、丙"])
    }

    @Test func stripRemovesLabelsFromHeadings() {
        #expect(headings(["报告", "一、甲", "(一)乙", "正文。"], .strip) == ["# 报告", "## 甲", "### 乙"])
    }

    @Test func westernOutlineIsRecounted() {
        let lines = ["Report", "1. Introduction", "1.1 Scope", "Text.", "1.3 Method", "Text.", "3. Results", "Text."]
        #expect(headings(lines, .normalize, renumber: true) == ["# Report", "## 1. Introduction", "### 1.1 Scope", "### 1.2 Method", "## 2. Results"])
        #expect(headings(lines, .normalize) == ["# Report", "## 1. Introduction", "### 1.1 Scope", "### 1.3 Method", "## 3. Results"])
    }
}

@Suite struct AssembleBlocksTests {
    @Test func runInHeadingSplitsIntoHeadingAndParagraph() throws {
        let doc = TestSupport.normalize("报告\n（一）加强理论学习。全年组织学习12次。")
        guard case .heading(let h) = doc.blocks[1], case .paragraph(let p) = doc.blocks[2] else {
            Issue.record("expected heading then paragraph"); return
        }
        #expect(h.content.plainText == "加强理论学习")
        #expect(h.label?.display == "（一）")
        #expect(p.content.plainText == "全年组织学习12次。")
    }

    @Test func runInKeepMakesTheFirstSentenceBold() throws {
        let doc = TestSupport.normalize("报告\n（一）加强理论学习。全年组织学习12次。", options: NormalizationOptions(runIn: .keep))
        guard case .paragraph(let p) = doc.blocks[1] else { Issue.record("expected a paragraph"); return }
        #expect(p.content == [.strong([.text("（一）加强理论学习。")]), .text("全年组织学习12次。")])
    }

    @Test func listItemsFormOneNestedOrderedList() throws {
        let doc = TestSupport.normalize("报告\n一、要求\n1.加强学习；\n（1）读原著；\n（2）悟原理；\n2.改进作风。")
        guard case .list(let l) = doc.blocks[2] else { Issue.record("expected a list"); return }
        #expect(l.ordered)
        #expect(l.items.count == 2)
        #expect(l.items[0].label?.display == "1.")
        guard case .list(let inner) = l.items[0].blocks[1] else { Issue.record("expected a nested list"); return }
        #expect(inner.items.map { $0.label?.display } == ["（1）", "（2）"])
        #expect(doc.blocks.count == 3)
    }

    @Test func headingLosesItsFinalFullStop() {
        #expect(TestSupport.outline("报告\n（一）抓思想，政治引领突出成效。\n正文") == ["# 报告", "## （一）抓思想，政治引领突出成效"])
    }

    @Test func articleLabelIsBold() throws {
        let doc = TestSupport.normalize("办法\n第一条　为了规范管理，制定本办法。")
        guard case .paragraph(let p) = doc.blocks[1] else { Issue.record("expected a paragraph"); return }
        #expect(p.content.first == .strong([.text("第一条")]))
        #expect(p.content.plainText == "第一条\u{3000}为了规范管理，制定本办法。")
    }
}

@Suite struct SplitEnumerationsTests {
    @Test func offByDefault() {
        let doc = TestSupport.normalize("报告\n存在问题：一是学习不够；二是作风不实；三是责任不清。")
        #expect(doc.blocks.count == 2)
    }

    @Test func splitsLeadInAndItems() throws {
        let doc = TestSupport.normalize("报告\n存在问题：一是学习不够；二是作风不实；三是责任不清。",
                                        options: NormalizationOptions(splitEnumerations: true))
        guard case .paragraph(let lead) = doc.blocks[1], case .list(let l) = doc.blocks[2] else {
            Issue.record("expected lead-in and list"); return
        }
        #expect(lead.content.plainText == "存在问题：")
        #expect(l.items.map { $0.blocks.first.map { b -> String in if case .paragraph(let p) = b { return p.content.plainText }; return "" } } ==
                ["一是学习不够；", "二是作风不实；", "三是责任不清。"])
    }

    @Test func needsTwoEnumerators() {
        let doc = TestSupport.normalize("报告\n一是学习不够。", options: NormalizationOptions(splitEnumerations: true))
        #expect(doc.blocks.count == 2)
    }
}
