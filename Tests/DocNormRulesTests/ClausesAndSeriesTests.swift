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

    @Test func aClauseClosedByItsConjunctionIsAListItem() {
        // 2606029001 (real), in Heading 7: `（1）投标人在开标后至投标有效期届满前撤销其投标；或`.
        #expect(roles(["（1）投标人在开标后至投标有效期届满前撤销其投标；或"]) == [.listItem])
        #expect(roles(["（2）中标人未按规定签订合同的，或者"]) == [.listItem])
        #expect(TextKey.endsWithConjunctionAfterAClause("……的；以及"))
        // A word ending in one of them is no conjunction: `合作伙伴关系及` has no ；before it, and
        // `评审方法和程序` ends in no conjunction at all.
        #expect(!TextKey.endsWithConjunctionAfterAClause("建立合作伙伴关系及"))
        #expect(roles(["一、评审方法和程序", "正文。"]) == [.heading, .body])
        #expect(DiscountBodyOutlineLevels.endsLikeAListItem("撤销其投标；或"))
    }

    @Test func aRuleThatSaysHowAThingIsDoneIsAClause() {
        // 2606029001 (real), in Heading 2: `3.1整个评标过程按下列步骤进行：`. Without 按 and without a
        // modal, a line over a list may name a section.
        #expect(DiscountBodyOutlineLevels.isRuleOverAList("整个评标过程按下列步骤进行："))
        #expect(DiscountBodyOutlineLevels.isRuleOverAList("采购人按以下程序确定中标人："))
        #expect(!DiscountBodyOutlineLevels.isRuleOverAList("乙方根据本合同的规定向甲方提供以下服务："))
        #expect(!DiscountBodyOutlineLevels.isRuleOverAList("按照下面的要求："))
    }

    @Test func siblingsMakeNoHeadingOfASentenceOfClauses() {
        // Cynthia's 用户手册 (real): `2.2.2我们为新流程增加一个“新建问题”的动作，…` among short steps.
        let long = "我们为新流程增加一个“新建问题”的动作，新建问题之后会进入待修改的状态，所以我们先新建一个“待修改”状态，然后再通过动作把开始状态连接起来"
        let name = "招标人不承担投标人准备投标文件和递交投标文件以及参加本次招标采购活动所发生的任何成本或费用"
        let lines = ["用户手册", "2.2 新建流程", "正文。", "2.2.1 在流程开始时只有一个开始状态", "正文。", "2.2.2 " + long, "正文。",
                     "2.2.3 " + name, "正文。", "2.2.4 保存流程", "正文。", "2.2.5 删除流程", "正文。"]
        #expect(roles(lines) == [.title, .heading, .body, .heading, .body, .listItem, .body, .heading, .body, .heading, .body, .heading, .body])
    }

    @Test func aRightIsAClauseAndARemarkInBracketsIsNone() {
        // 松江's 廉政协议 `四、监督方在合同期限内有权对…进行检查。`; 2606029001's topic
        // `三、…岗位及工作职责（甲方有权根据实际服务需求调整外包人员服务内容。）`.
        #expect(ClassifyParagraphs.readsAsClause("监督方在合同期限内有权对甲乙双方遵守合同情况进行检查。"))
        #expect(!ClassifyParagraphs.readsAsClause("服务成果的所有权归甲方。"))
        #expect(!ClassifyParagraphs.readsAsClause("双方享有权利，承担义务。"))
        #expect(!ClassifyParagraphs.readsAsClause("岗位及工作职责（甲方有权根据实际服务需求调整外包人员服务内容。"))
        #expect(ClassifyParagraphs.readsAsClause("投标人（联合体）应当按时递交投标文件。"))
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

    @Test func headingsWhoseClausesAreSentencesStandAlone() {
        // 交通银行's 须知: each numbered topic holds short rules; they are its text, not a list.
        let lines = ["报告", "三、响应文件", "13．响应文件的语言", "13．1 文件使用中文。", "14．谈判保证金", "14.1 保证金详见前附表。",
                     "15．响应有效期", "15．1 响应文件应在有效期内有效。"]
        #expect(roles(lines) == [.title, .heading, .heading, .listItem, .heading, .listItem, .heading, .listItem])
        // Names without a full stop under each are still a list of forms.
        #expect(roles(["报告", "1.商务文件", "（1）响应函", "2.技术文件", "（1）方案", "3.其他"])
                == [.title, .listItem, .listItem, .listItem, .listItem, .listItem])
    }

    @Test func aClauseNumberTypedWithASpaceIsNoSection() {
        // `19. 3` is clause 19.3 with a stray space, not a sibling of section 19.
        let lines = ["报告", "19．报价一览表", "19．1 填写报价一览表。", "19. 3 未提供报价一览表的，为无效响应。", "20．响应报价", "正文。"]
        #expect(roles(lines) == [.title, .heading, .listItem, .listItem, .heading, .body])
        var ws = Workspace(document: TestSupport.rawDocument(lines))
        for rule in Normalizer.standardRules {
            rule.apply(to: &ws, options: NormalizationOptions())
            if rule.name == "detect-labels" { break }
        }
        let label = ws.items[3].paragraph?.label
        #expect(label?.parts == [19, 3] && label?.original == "19. 3")
        #expect(ws.items[3].paragraph?.content.plainText == "未提供报价一览表的，为无效响应。")
        // Without a 19.1 or 19.2 beside it, `1. 3 名评委` is item 1 and its text.
        var alone = Workspace(document: TestSupport.rawDocument(["报告", "1. 3 名评委组成小组。"]))
        for rule in Normalizer.standardRules {
            rule.apply(to: &alone, options: NormalizationOptions())
            if rule.name == "detect-labels" { break }
        }
        #expect(alone.items[1].paragraph?.label?.parts == [1])
    }

    @Test func aLongFieldAmongHeadingsIsATerm() {
        let lines = ["报告", "1.投标文件组成", "正文。", "2.投标有效期", "正文。",
                     "3.中标保证金：人民币10,000元（中标后1个工作日内电汇至招标人指定账户，合同签订后3个工作日退还）", "正文。"]
        #expect(roles(lines) == [.title, .heading, .body, .heading, .body, .listItem, .body])
        // A short field is a heading when its siblings are: 一、项目名称：… in an announcement.
        #expect(roles(["报告", "一、项目名称：保洁服务", "正文。", "二、采购需求", "正文。", "三、投标要求", "正文。"])
                == [.title, .heading, .body, .heading, .body, .heading, .body])
    }

    @Test func anArticlesSubdivisionsAreItsClauses() {
        let lines = ["服务合同", "第七条 双方的权利义务", "（一）甲方的权利义务", "1.按时支付服务费用。", "（二）乙方的权利义务",
                     "1.保证人员具备资格。", "第八条 违约责任", "违约的，承担责任。"]
        #expect(roles(lines) == [.title, .article, .listItem, .listItem, .listItem, .listItem, .article, .body])
    }

    @Test func itemsLabelledWithAClosingParenAreNeverHeadings() {
        // A 编制说明's `1）引入差异项定义` list, each item followed by its 理由 (STRUCTURE.md §4),
        // even where no other `1.` in the document would make `1）` a rank below it.
        let lines = ["编制说明", "四、主要技术内容", "1）引入差异项定义", "理由：业界内不统一。", "2）新增评价要点", "理由：原标准缺少以下内容。"]
        #expect(roles(lines) == [.title, .heading, .listItem, .body, .listItem, .body])
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

    @Test func aSectionThatOpensItsOwnSubsectionsIsOneWhateverItsSibling() {
        // Cynthia's 用户手册 (real): `3.2.1 布局管理，…` is a paragraph of text, and right after it
        // `3.2.2 表单字段管理` heads `3.2.2.1单行输入` … `3.2.2.3 时间字段`, each over its text.
        let lines = ["用户手册", "3. 表单管理", "配置好流程之后，需要配置表单字段。", "3.1 新建表单", "表单类型分为任务和缺陷。", "3.2 编辑表单",
                     "点击表单名称之后进入表单编辑界面。",
                     "3.2.1 布局管理，系统按照行进行布局，每行可以分成一列，两列和三列三种情况进行布局，这个要看每个字段预设置的大小和填写内容的多少进行选择。",
                     "3.2.2 表单字段管理", "新建完成布局之后，需要进行表单字段的填充。", "3.2.2.1单行输入", "单行输入用来表示只用几个文字可以描述清楚的字段类型。",
                     "3.2.2.2 多行输入", "多行输入和单行输出差不多。", "3.2.2.3 时间字段", "时间字段标示一个时间点。", "4. 角色管理", "正文。"]
        #expect(TestSupport.outline(lines.joined(separator: "\n")) == ["# 用户手册", "## 3.表单管理", "### 3.1 新建表单", "### 3.2 编辑表单",
            "#### 3.2.2 表单字段管理", "##### 3.2.2.1 单行输入", "##### 3.2.2.2 多行输入", "##### 3.2.2.3 时间字段", "## 4.角色管理"])
        // A clause that announces its list opens clauses (宝山分局's `15.2投标文件构成（…以下内容）`).
        let clauses = ["招标文件", "一、总则", "15.1投标文件应当使用中文编写，并按本须知的要求装订成册。",
                       "15.2投标文件构成（投标文件应具有但不局限于以下内容）", "15.2.1商务响应文件", "（1）投标函；", "15.2.2技术响应文件", "（1）服务方案；", "二、评标", "正文。"]
        #expect(TestSupport.outline(clauses.joined(separator: "\n")) == ["# 招标文件", "## 一、总则", "## 二、评标"])
    }

    @Test func aStatementWithBoxesToTickIsAFormsLine() {
        // 浙江政府采购 (real): a supplier's declaration, `一、本单位与采购人之间□不存在利害关系□存在下列
        // 利害关系` … `四、我发现`; its siblings without boxes go with them.
        let lines = ["第六章 投标文件格式", "投标人名称（公章）：", "- 91 -", "附件17", "政府采购活动现场确认声明书", "采购中心：",
                     "本人经合法授权参加本项目政府采购活动，现就有关公平竞争事项郑重声明如下：",
                     "一、本单位与采购人之间□不存在利害关系□存在下列利害关系", "：", "A.投资关系", "B.行政隶属关系",
                     "二、现已清楚知道参加本项目采购活动的其他所有供应商名称，本单位□与其", "他所有供应商之间均不存在利害关系",
                     "三、现已清楚知道并严格遵守政府采购法律法规和现场纪律", "四、我发现", "供应商有违法行为的，将向采购人举报。"]
        #expect(TestSupport.outline(lines.joined(separator: "\n")) == ["## 第六章 投标文件格式", "### 附件17 政府采购活动现场确认声明书"],
                "\(TestSupport.outline(lines.joined(separator: "\n")))")
        #expect(ClassifyParagraphs.offersBoxesToTick("本单位与采购人之间□不存在利害关系"))
        // A box before the text is a clause the buyer may choose (`□五、违约责任`), no form's line.
        #expect(!ClassifyParagraphs.offersBoxesToTick("□违约责任"))
    }

    @Test func aWordListOfOneItemIsAList() {
        func classified(automatic: Bool, number: Int = 1) -> [Item.Role] {
            var doc = TestSupport.rawDocument(["报告", automatic ? "第一项工作" : "1.第一项工作", "正文。"])
            if automatic, case .paragraph(var p) = doc.blocks[1] {
                p.hints.automaticNumbering = AutomaticNumbering(listID: 5, level: 0, text: "\(number).", format: "decimal")
                doc.blocks[1] = .paragraph(p)
            }
            var ws = Workspace(document: doc)
            for rule in structureRules { rule.apply(to: &ws, options: NormalizationOptions()) }
            return ws.items.map(\.role)
        }
        #expect(classified(automatic: true) == [.title, .listItem, .body])
        // Numbered on from its list's items elsewhere (太平康复's `18. 劳务派遣服务合同`, alone in
        // its chapter, of a list that numbers sections across chapters), it is judged as a line.
        #expect(classified(automatic: true, number: 18) == [.title, .heading, .body])
        // Typed, the same line stands alone as a heading.
        #expect(classified(automatic: false) == [.title, .heading, .body])
    }

    @Test func aPlainListParagraphIsAListItemUnlessItOpensTypedSections() {
        // 会议纪要: Word's 1. 2. in List Paragraph, set like the body, are items; 用户手册's
        // `1. 进入系统配置页面` followed by a typed `1.1` opens a section, and so do its list's others.
        func classified(_ lines: [String], listParagraph: Bool, bold: Bool = false, chinese: Bool = false) -> [Item.Role] {
            var doc = TestSupport.rawDocument(lines)
            var number = 0
            for k in doc.blocks.indices {
                guard case .paragraph(var p) = doc.blocks[k], lines[k].hasPrefix("*") else { continue }
                number += 1
                p.content = [.text(String(lines[k].dropFirst()))]
                p.hints.automaticNumbering = chinese ? AutomaticNumbering(listID: 3, level: 0, text: ["一、", "二、"][number - 1], format: "chineseCounting")
                    : AutomaticNumbering(listID: 3, level: 0, text: "\(number).", format: "decimal")
                p.hints.isListParagraph = listParagraph
                p.hints.isBold = bold
                doc.blocks[k] = .paragraph(p)
            }
            var ws = Workspace(document: doc)
            for rule in structureRules { rule.apply(to: &ws, options: NormalizationOptions()) }
            return ws.items.map(\.role)
        }
        let prose = "今年以来，我们认真贯彻落实上级部署，各项工作取得了明显成效，群众满意度不断提升。"
        let minutes = ["需求评审会议纪要", "*工作开展情况", prose, "*存在的问题", prose]
        #expect(classified(minutes, listParagraph: false) == [.title, .heading, .body, .heading, .body])
        #expect(classified(minutes, listParagraph: true) == [.title, .listItem, .body, .listItem, .body])
        #expect(classified(minutes, listParagraph: true, bold: true) == [.title, .heading, .body, .heading, .body])
        // In Chinese numerals a Word list is a series of sections whatever its style.
        #expect(classified(minutes, listParagraph: true, chinese: true) == [.title, .heading, .body, .heading, .body])
        let manual = ["用户手册", "*进入系统配置页面", "1.1 通过系统配置链接进入管理页面", prose, "*角色管理", prose]
        #expect(classified(manual, listParagraph: true) == [.title, .heading, .heading, .body, .heading, .body])
    }

    @Test func aLettersLinesDoNotOutvoteTheFormsAroundThem() {
        let pledge = String(repeating: "本单位提供的全部资料均真实有效并承担相应后果", count: 3)
        let lines = ["响应文件格式", "1.投标函", "1、\(pledge)", "2、\(pledge)", "3、\(pledge)",
                     "2.授权委托书", "正文。", "3.报价一览表", "正文。"]
        #expect(roles(lines) == [.title, .heading, .listItem, .listItem, .listItem, .heading, .body, .heading, .body])
    }

    @Test func aMemberEndingInASemicolonIsNeverMadeAHeadingByItsSiblings() {
        // 宝山分局's 中小企业声明函: `1.（标的名称），属于…；` among the forms `2.主要管理人员…`.
        let lines = ["报告", "1.总则", "正文。", "2.定义", "正文。", "3.（标的名称），属于物业管理行业，承接企业为某公司，从业人员一百人；",
                     "4.范围", "正文。"]
        #expect(roles(lines) == [.title, .heading, .body, .heading, .body, .listItem, .heading, .body])
    }

    @Test func aListOfAHigherRankInsideAFormOpensNothing() {
        // 交通银行's forms: the pledge's 一、二、 stand inside the form 1、廉政承诺书; the next
        // form 2、响应函格式 is its sibling, not an item under the pledge's last line.
        let lines = ["响应文件格式", "一、商务响应文件有关格式", "1、廉政承诺书", "致：某某公司",
                     "一、我方通过正常途径开展业务工作，不为获取某些不正当利益而向采购人工作人员赠送礼品。",
                     "二、我方不为谋取私利擅自与采购人工作人员就采购事项进行私下商谈。",
                     "2、响应函格式", "致：采购人", "3、报价一览表格式", "正文。"]
        let ws = TestSupport.apply(structureRules, to: lines)
        #expect(ws.items.map(\.role) == [.title, .heading, .heading, .body, .listItem, .listItem, .heading, .body, .heading, .body])
        #expect(ws.items[6].parent == 1 && ws.items[8].parent == 1)
        // A list with items of its own under it is left where it is.
        let own = ["响应文件格式", "一、商务响应文件有关格式", "1、廉政承诺书", "致：某某公司",
                   "一、我方通过正常途径开展业务工作，不为获取某些不正当利益而向采购人工作人员赠送礼品。",
                   "（一）我方不赠送礼品。", "二、我方不为谋取私利擅自与采购人工作人员就采购事项进行私下商谈。"]
        #expect(TestSupport.apply(structureRules, to: own).items[5].parent == 4)
    }
}
