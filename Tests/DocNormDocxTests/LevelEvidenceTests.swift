import DocNorm
@testable import DocNormReaders
import DocNormTestSupport
import Testing

/// Levels where the document's own signals disagree: one outline level for a part and the
/// sections in it, a table of contents that lists front matter beside the chapters, a
/// standard's name repeated above clause 1.
@Suite struct LevelEvidenceTests {
    let ol0 = "<w:outlineLvl w:val=\"0\"/>"
    let ol1 = "<w:outlineLvl w:val=\"1\"/>"

    @Test func aRunOfBodyParagraphsAtOneOutlineLevelLosesItWhole() throws {
        // 新疆's 规范 (real, WPS): from `8.参考文献：` on, sentences and the short `（1）依据的国家标准`
        // lines between them all carry outline level 0. Without it they are the list item's items.
        let sentence = "参考文献的著录格式应符合国家标准《文后参考文献著录规则》的规定。"
        let body = p("毕业论文规范") + p("一、论文结构", pPr: ol0) + p("正文。") + p("7.正文：正文是论文的主体。")
            + p("8.参考文献：", pPr: ol0) + p("参考文献是为撰写论文而引用的有关文献的信息资源。", pPr: ol0) + p("参考文献在文末以参考文献表的形式列示。", pPr: ol0)
            + p("（1）依据的国家标准", pPr: ol0) + p(sentence, pPr: ol0) + p("（2）编号", pPr: ol0) + p(sentence, pPr: ol0)
            + p("文献的编号按在文中引用的先后顺序列出。") + p("二、格式要求", pPr: ol0) + p("正文。")
        let doc = try convertDocx(body, styles: chineseStyles)
        #expect(Outline.render(doc) == "# 毕业论文规范\n## 一、论文结构\n## 二、格式要求\n", "\(Outline.render(doc))")
        // Headings with a sentence among them keep their level: most of the run is no body.
        let headings = p("报告") + p("第一章 总则", pPr: ol0) + p("第二章 范围", pPr: ol0) + p(sentence, pPr: ol0)
            + p("第三章 要求", pPr: ol0) + p("第四章 附则", pPr: ol0) + p("正文。")
        #expect(Outline.render(try convertDocx(headings, styles: chineseStyles))
            == "# 报告\n## 第一章 总则\n## 第二章 范围\n## 第三章 要求\n## 第四章 附则\n")
    }

    @Test func aSeriesInAHeadingStyleMadeOfListItemsIsAList() throws {
        // 2606029001's 投标函 (real): `（1）投标报价表；` … in Heading 7, with `（3）商务条件响应/偏离表`
        // short and open and `（7）…全部文件。` short and closed among them.
        let styles = chineseStyles + "<w:style w:type=\"paragraph\" w:styleId=\"7\"><w:name w:val=\"heading 7\"/><w:basedOn w:val=\"a\"/></w:style>"
        let items = ["（1）投标报价表；", "（2）服务说明一览表；", "（3）商务条件响应/偏离表", "（4）技术要求响应/偏离表；",
                     "（5）资格证明文件；", "（6）金额为一万元的投标保证金；", "（7）“投标人须知”要求投标人提交的全部文件。"]
        let body = p("报告") + p("一、投标函格式", style: "1") + p("根据贵方的投标邀请书，签字代表提交下述文件：")
            + items.map { p($0, style: "7") }.joined() + p("据此函，签字人兹宣布同意如下：")
        let doc = try convertDocx(body, styles: styles)
        #expect(Outline.render(doc) == "# 报告\n## 一、投标函格式\n", "\(Outline.render(doc))")
        // An invitation's sentences numbered by Word in Heading 1: its short last one (`6当投标人
        // 少于4家时，本项目不开标。`) is one of them.
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """
        let numbered = { (text: String) in p(text, style: "1", pPr: "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>") }
        let invitation = p("投标邀请书") + numbered("本次招标的合格投标人应满足下列资格要求，并按本邀请书的规定递交投标文件。")
            + numbered("有意参加本次招标的潜在投标人，请于2026年4月30日至5月12日登录网站报名并下载招标文件。")
            + numbered("所有投标文件应于2026年5月25日9:30时前递交到上海市静安区延安西路358号会议室。")
            + numbered("当投标人少于4家时，本项目不开标。") + p("招标人：上海分行")
        let invited = try convertDocx(invitation, styles: chineseStyles, numbering: numbering)
        #expect(Outline.render(invited) == "# 投标邀请书\n", "\(Outline.render(invited))")
        // Headings in that style with one sentence among them stay headings.
        let sections = p("报告") + p("1 适用范围", style: "1") + p("正文。") + p("2 招标人", style: "1") + p("正文。")
            + p("3 本项目的招标人应当按照本须知的规定组织开标、评标和定标工作，投标人应当按照本须知的规定编制、密封和递交投标文件。", style: "1") + p("4 投标费用", style: "1") + p("正文。")
        let kept = Outline.render(try convertDocx(sections, styles: chineseStyles))
        for line in ["## 1 适用范围\n", "## 2 招标人\n", "## 4 投标费用\n"] { #expect(kept.contains(line), "\(kept)") }
    }

    @Test func aLowerLabelAtTheSameOutlineLevelGoesBelow() throws {
        // As in a real 招标文件: 第二部分 and its 一、 sections all at outline level 1.
        let body = p("招标文件") + p("第一部分 招标公告", pPr: ol0) + p("正文。")
            + p("第二部分   投标人须知", pPr: ol0) + p("一、总则", pPr: ol0) + p("正文。")
            + p("1．投标说明") + p("正文。") + p("2．投标文件编制要求") + p("正文。")
            + p("二、投标文件", pPr: ol0) + p("正文。") + p("第三部分 投标文件格式", pPr: ol0) + p("正文。")
        let doc = try convertDocx(body, styles: chineseStyles)
        #expect(Outline.render(doc) == """
            # 招标文件
            ## 第一部分 招标公告
            ## 第二部分 投标人须知
            ### 一、总则
            #### 1.投标说明
            #### 2.投标文件编制要求
            ### 二、投标文件
            ## 第三部分 投标文件格式

            """, "\(Outline.render(doc))")
    }

    @Test func aChaptersNameSetAgainOverItsTextIsItsInnerTitle() throws {
        // As in a real 招标文件: a chapter's name in a large centred line, its own short
        // contents, the name again in a smaller line, then articles in Heading 1 numbered
        // by Word, which go under that inner title (and, without one, under the chapter).
        func look(_ text: String, size: Int, centred: Bool = false) -> String {
            "<w:p><w:pPr>\(centred ? "<w:jc w:val=\"center\"/>" : "")</w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"\(size)\"/></w:rPr><w:t>\(text)</w:t></w:r></w:p>"
        }
        func article(_ text: String) -> String {
            "<w:p><w:pPr><w:pStyle w:val=\"1\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/><w:suff w:val="space"/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
            """
        let text = p("本章规定评标的程序、方法和标准，评标委员会应当严格遵照执行，不得另行制定规则。")
        let body = look("招标文件", size: 72, centred: true) + look("第一章 投标须知", size: 44, centred: true)
            + article("适用范围") + text + article("定义") + text
            + look("第二章 评标办法", size: 44, centred: true) + look("第二章 评标办法", size: 32)
            + article("概述").replacingOccurrences(of: "w:numId w:val=\"1\"", with: "w:numId w:val=\"2\"") + text
            + article("基本要求").replacingOccurrences(of: "w:numId w:val=\"1\"", with: "w:numId w:val=\"2\"") + text
        let doc = try convertDocx(body, styles: chineseStyles, numbering: numbering)
        #expect(Outline.render(doc) == """
            # 招标文件
            ## 第一章 投标须知
            ### 1 适用范围
            ### 2 定义
            ## 第二章 评标办法
            ### 第二章 评标办法
            #### 1 概述
            #### 2 基本要求

            """, "\(Outline.render(doc))")
    }

    @Test func aChaptersNameAgainWithoutItsLabelIsItsInnerTitle() throws {
        // A PDF taken into Word: the chapter and its name again both at outline level 0.
        let body = p("招标文件") + p("第二章 投标人须知", pPr: ol0) + p("正文。") + p("第三章 招标需求", pPr: ol0) + p("招标需求", pPr: ol0) + p("正文。")
            + p("第四章 评标方法", pPr: ol0) + p("正文。")
        let doc = try convertDocx(body, styles: chineseStyles)
        #expect(Outline.render(doc) == "# 招标文件\n## 第二章 投标人须知\n## 第三章 招标需求\n### 招标需求\n## 第四章 评标方法\n", "\(Outline.render(doc))")
    }

    @Test func aTypedSeriesUnderWordsOutlineNumbersGoesInside() throws {
        // A real user manual: Word numbers `1` `1.1` on Heading 1/2; under `1.1 产品` the
        // screens are typed `1、初始界面` … in plain short lines, each over its text.
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """
        func heading(_ text: String, _ ilvl: Int) -> String {
            "<w:p><w:pPr><w:pStyle w:val=\"\(ilvl + 1)\"/><w:numPr><w:ilvl w:val=\"\(ilvl)\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        let text = p("启动程序后进入初始界面，界面上方是菜单，下方是操作区域，用户可以在这里开始使用。")
        let body = p("用户手册", style: "a3") + heading("产品介绍", 0) + heading("产品", 1) + text
            + p("1、初始界面") + text + p("2、注册界面") + text + heading("配件", 1) + text + heading("操作指南", 0) + text
        let doc = try convertDocx(body, styles: chineseStyles, numbering: numbering)
        #expect(Outline.render(doc) == "# 用户手册\n## 1 产品介绍\n### 1.1 产品\n#### 1.初始界面\n#### 2.注册界面\n### 1.2 配件\n## 2 操作指南\n", "\(Outline.render(doc))")
    }

    @Test func aTabInAHeadingIsASpace() throws {
        // Typed in Heading 1 with Word's numbering switched off: the number, a tab, the title,
        // each in its own run.
        let heading = "<w:p><w:pPr><w:pStyle w:val=\"1\"/></w:pPr><w:r><w:t>1</w:t></w:r><w:r><w:tab/></w:r><w:r><w:tab/></w:r>"
            + "<w:r><w:t xml:space=\"preserve\"> 接收投标保证金的</w:t></w:r><w:r><w:t>银行账户信息</w:t></w:r><w:r><w:tab/></w:r></w:p>"
        let doc = try convertDocx(p("附件") + heading + p("正文。"), styles: chineseStyles)
        let texts = doc.blocks.compactMap { block -> String? in
            if case .heading(let h) = block, h.level > 1 { return h.content.plainText } else { return nil }
        }
        #expect(texts == ["1 接收投标保证金的银行账户信息"], "\(texts)")
    }

    @Test func anAppendixWordLettersStandsAtItsOutlineLevel() throws {
        // A standard: chapters `7` `7.3` typed in Heading 1 and 2, then `附录A` numbered by Word
        // (upper letters) in Heading 1: beside the chapters, not under 7.3.
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="7"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>
            <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="附录%1"/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
            """
        func numbered(_ text: String, style: String, numID: Int, ilvl: Int) -> String {
            "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/><w:numPr><w:ilvl w:val=\"\(ilvl)\"/><w:numId w:val=\"\(numID)\"/></w:numPr></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        let text = p("本部分规定了核电厂定期安全评价的范围、内容和方法，适用于运行中的核电厂。")
        let body = p("核电厂定期安全评价", style: "a3") + p("7 定期安全评价后工作", style: "1") + text
            + p("7.3 核电厂文件更新", style: "2") + text + numbered("安全要素关联矩阵", style: "1", numID: 2, ilvl: 0) + text
        let doc = try convertDocx(body, styles: chineseStyles, numbering: numbering)
        #expect(Outline.render(doc) == "# 核电厂定期安全评价\n## 7 定期安全评价后工作\n### 7.3 核电厂文件更新\n## 附录A 安全要素关联矩阵\n", "\(Outline.render(doc))")
    }

    @Test func theNestingIsLocalToItsPart() throws {
        // One part nests 一、 at its own outline level; another part's level-2 sections are
        // not pushed down by it.
        let body = p("报告") + p("第一章 总则", pPr: ol0) + p("一、目的", pPr: ol0) + p("正文。")
            + p("第二章 范围", pPr: ol0) + p("一、适用", pPr: ol1) + p("正文。")
        let doc = try convertDocx(body, styles: chineseStyles)
        #expect(Outline.render(doc) == "# 报告\n## 第一章 总则\n### 一、目的\n## 第二章 范围\n### 一、适用\n", "\(Outline.render(doc))")
    }

    @Test func anUnlabeledHeadingAtTheSameLevelStaysBeside() throws {
        let body = p("报告") + p("第一章 总则", pPr: ol0) + p("正文。") + p("附录", pPr: ol0) + p("正文。")
        let doc = try convertDocx(body, styles: chineseStyles)
        #expect(Outline.render(doc) == "# 报告\n## 第一章 总则\n## 附录\n")
    }

    @Test func aLineWithoutLettersIsNoHeading() throws {
        let body = p("报告") + p("第一章 总则", pPr: ol0) + p("56153207", pPr: ol0) + p("第二章 范围", pPr: ol0) + p("正文。")
        let doc = try convertDocx(body, styles: chineseStyles)
        #expect(Outline.render(doc) == "# 报告\n## 第一章 总则\n## 第二章 范围\n")
        #expect(Converter().render(doc, as: .text).contains("56153207"))
    }

    @Test func aFormLineWithABlankIsNoHeading() throws {
        // PCMET's 附件13: `电    话：_____________            传    真：_____________` at outline level 0.
        let form = "电    话：_____________            传    真：_____________"
        let body = p("报告") + p("第一章 总则", pPr: ol0) + p(form, pPr: ol0) + p("第二章 范围", pPr: ol0) + p("正文。")
        let doc = try convertDocx(body, styles: chineseStyles)
        #expect(Outline.render(doc) == "# 报告\n## 第一章 总则\n## 第二章 范围\n")
        #expect(Converter().render(doc, as: .text).contains("传    真：_____________"))
    }

    @Test func aNumberedDefinitionClosedBeforeARemarkIsAClause() throws {
        // 保洁员's 合同通用条款 gives its definitions Heading 2: one closed by 。 before a remark in
        // brackets is a clause all the same. An unlabeled sentence in the style keeps it.
        let h2 = "<w:pStyle w:val=\"2\"/>"
        let definition = "（五）“服务”是指乙方根据合同约定向甲方交付或实施的服务。（交付类项目，是指在选择乙方后，由乙方按合同要求提供成果）"
        let body = p("合同") + p("一、定义", pPr: "<w:pStyle w:val=\"1\"/>") + p(definition, pPr: h2) + p("二、其他", pPr: "<w:pStyle w:val=\"1\"/>")
            + p("（一）适用范围", pPr: h2) + p("正文。")
        let doc = try convertDocx(body, styles: chineseStyles)
        #expect(Outline.render(doc) == "# 合同\n## 一、定义\n## 二、其他\n### （一）适用范围\n", "\(Outline.render(doc))")
        #expect(Converter().render(doc, as: .text).contains("交付类项目"))
    }

    @Test func aFieldOrSignatureLineIsNoHeading() throws {
        // 宝山分局, from a PDF through WPS: `合同签订点：网上签约` at outline level 0, the signature
        // line `投标人名称（公章）：` at level 2; an attachment's line keeps its level.
        let body = p("报告") + p("第一章 总则", pPr: ol0) + p("合同签订点：网上签约", pPr: ol0) + p("投标人名称（公章）：", pPr: ol0)
            + p("附件1：投标函", pPr: ol0) + p("正文。")
        let doc = try convertDocx(body, styles: chineseStyles)
        #expect(Outline.render(doc) == "# 报告\n## 第一章 总则\n## 附件1：投标函\n", "\(Outline.render(doc))")
        #expect(Converter().render(doc, as: .text).contains("合同签订点：网上签约"))
    }

    @Test func aLongNoteInBracketsIsNoHeading() throws {
        // 松江's bold note at outline level 0 at the end of its forms.
        let note = "（“开标一览表”随“投标保证金汇款记录”一起单独密封并递交，须与投标文件分开包装，并在信封上标明“开标一览表和投标保证金”）"
        let body = p("报告") + p("第一章 总则", pPr: ol0) + p(note, pPr: ol0) + p("第二章 范围", pPr: ol0) + p("（商务部分）", pPr: ol0) + p("正文。")
        let doc = try convertDocx(body, styles: chineseStyles)
        // A short remark keeps its outline level, and joins the heading it qualifies.
        #expect(Outline.render(doc) == "# 报告\n## 第一章 总则\n## 第二章 范围（商务部分）\n", "\(Outline.render(doc))")
        #expect(Converter().render(doc, as: .text).contains("一起单独密封并递交"))
    }

    /// A GB/T 1.1 standard: 前言 at outline level 1, clauses at level 2, both listed at `toc 1`.
    let standardStyles = "<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"21\"/></w:rPr></w:rPrDefault></w:docDefaults>" + chineseStyles + """
        <w:style w:type="paragraph" w:styleId="f1"><w:name w:val="前言、引言标题"/><w:pPr><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="c1"><w:name w:val="章标题"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="c2"><w:name w:val="一级条标题"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="n1"><w:name w:val="目次、标准名称标题"/><w:pPr><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="cover"><w:name w:val="封面标准名称"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="52"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="t1"><w:name w:val="toc 1"/></w:style>
        """

    func tocEntry(_ text: String, _ page: Int) -> String { contentsLine(text, page: page, style: "t1") }

    var standard: String {
        p("ICS 27.120.99") + p("核电厂定期安全评价", style: "cover") + p("第1部分：通用要求", style: "cover")
            + p("目\u{2003}\u{2003}次", style: "n1") + tocEntry("前言", 2) + tocEntry("1 范围", 1) + tocEntry("2 规范性引用文件", 1)
            + p("前\u{2003}\u{2003}言", style: "f1") + p("本部分按照GB/T 1.1—2020给出的规则起草，由能源行业核电标准化技术委员会提出并归口。")
            + p("核电厂定期安全评价 第1部分：通用要求", style: "n1")
            + p("1 范围", style: "c1") + p("本部分规定了核电厂定期安全评价的策划准备、评价执行等各阶段的工作内容和方法。")
            + p("2 规范性引用文件", style: "c1") + p("本文件没有规范性引用文件。")
            + p("2.1 一般要求", style: "c2") + p("正文。")
    }

    @Test func theContentsPutFrontMatterBesideTheChapters() throws {
        let doc = try convertDocx(standard, styles: standardStyles)
        #expect(Outline.render(doc) == """
            # 核电厂定期安全评价 第1部分：通用要求
            ## 前\u{2003}\u{2003}言
            ## 1 范围
            ## 2 规范性引用文件
            ### 2.1 一般要求

            """, "\(Outline.render(doc))")
        // The contents heading with em spaces is part of the contents, left out with them.
        #expect(!Converter().render(doc, as: .text).contains("目\u{2003}\u{2003}次"))
        // The repeated name stays in the text as a paragraph.
        #expect(texts(doc).contains("核电厂定期安全评价 第1部分：通用要求"))
    }

    @Test func theNameRepeatedWithASpaceForItsColonIsNoSection() throws {
        // 第12部分's guide repeats `核电厂定期安全评价 第12部分 设计` (outline level 0) under its title.
        let doc = try convertDocx(standard.replacingOccurrences(of: p("核电厂定期安全评价 第1部分：通用要求", style: "n1"),
                                                                with: p("核电厂定期安全评价 第1部分 通用要求", style: "n1")), styles: standardStyles)
        #expect(!Outline.render(doc).contains("## 核电厂"), "\(Outline.render(doc))")
        #expect(texts(doc).contains("核电厂定期安全评价 第1部分 通用要求"))
    }

    @Test func contentsThatOnlyEchoOutlineLevelsDoNotFlattenNumbers() throws {
        // Heading 2 and Heading 3 both listed at toc 1: the numbers 1.1 and 1.1.1 say more.
        let styles = standardStyles
        let body = p("报告") + tocEntry("1 概述", 1) + tocEntry("1.1 目的", 1) + tocEntry("1.1.1 范围", 1)
            + p("1 概述", style: "1") + p("正文。") + p("1.1 目的", style: "2") + p("正文。") + p("1.1.1 范围", style: "3") + p("正文。")
        let doc = try convertDocx(body, styles: styles)
        #expect(Outline.render(doc) == "# 报告\n## 1 概述\n### 1.1 目的\n#### 1.1.1 范围\n", "\(Outline.render(doc))")
    }
}

/// Sections whose clauses carry numbers of their own are sections, not a list: a list's
/// children are short items, a clause has content.
@Suite struct ClauseChildrenTests {
    @Test func sectionsWithNumberedClausesStayHeadings() {
        let text = """
            投标人须知
            1. 总则
            1.1 招标项目概况
            1.1.1 根据《中华人民共和国招标投标法》、《中华人民共和国招标投标法实施条例》等有关法律、法规和规章的规定，本招标项目已具备招标条件，现对设计进行招标。
            1.1.2 招标人：见投标人须知前附表。
            1.2 招标项目的资金来源和落实情况
            1.2.1 资金来源及比例：见投标人须知前附表，资金来源应当在投标截止时间前落实到位并由招标人书面确认。
            1.2.2 资金落实情况：见投标人须知前附表。
            """
        let doc = TestSupport.normalize(text)
        let outline = Outline.render(doc)
        #expect(outline.contains("1.1 招标项目概况\n"), "\(outline)")
        #expect(outline.contains("1.2 招标项目的资金来源和落实情况\n"), "\(outline)")
        #expect(!outline.contains("根据"), "\(outline)")
    }

    @Test func itemsWithShortChildrenStayAList() {
        let text = "工作安排\n一、准备\n1.学习\n（1）读书\n（2）笔记\n2.调研\n（1）走访\n（2）座谈\n二、实施\n正文内容在这里。"
        let outline = Outline.render(TestSupport.normalize(text))
        #expect(!outline.contains("1.学习"), "\(outline)")
    }
}

/// Contents typed without page numbers: the lines after 目录 that the document repeats.
@Suite struct UnnumberedContentsTests {
    @Test func linesRepeatedLaterAreContents() {
        let text = ["招标文件", "目  录", "第一部分 招标公告", "第二部分 投标人须知", "第三部分 投标文件格式",
                    "第一部分 招标公告", "正文。", "第二部分 投标人须知", "正文。", "第三部分 投标文件格式", "正文。"].joined(separator: "\n")
        let doc = TestSupport.normalize(text)
        #expect(Outline.render(doc) == "# 招标文件\n## 第一部分 招标公告\n## 第二部分 投标人须知\n## 第三部分 投标文件格式\n", "\(Outline.render(doc))")
        #expect(!doc.warnings.contains { $0.code == "number-repeated" })
    }

    @Test func aListAfterAContentsWordThatIsNotRepeatedStays() {
        let text = ["报告", "目录", "一、学习", "二、调研", "正文。"].joined(separator: "\n")
        let out = Converter().render(TestSupport.normalize(text), as: .text)
        #expect(out.contains("学习") && out.contains("调研"), "\(out)")
    }
}

/// WIFIProbe's 体系结构文档 and 需求规格说明书 (real): headings in numbered custom styles, each
/// bullet heading followed by its description in the same style with the bullet switched off.
@Suite struct NumberSwitchedOffTests {
    let styles = chineseStyles + """
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="L1"><w:name w:val="标题1级"/><w:basedOn w:val="1"/>
          <w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="L4"><w:name w:val="标题4级"/><w:basedOn w:val="2"/>
          <w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
        """
    let numbering = """
        <w:abstractNum w:abstractNumId="3">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>
        """
    let off = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"/></w:numPr>"

    @Test func theDescriptionUnderANumberedHeadingIsBody() throws {
        let body = p("系统设计") + p("主要实现分包", style: "L1") + p("data：数据访问层以及持久化对象", style: "L4")
            + p("包括数据库映射实体，数据库访问层，数据库配置对象以及协助类。", style: "L4", pPr: off)
            + p("Util: 工具类封装", style: "L4") + p("工具类各自独立。")
            // A chapter with its number switched off after body text is a heading (参考文献).
            + p("参考文献", style: "L1", pPr: off) + p("[1] 文献。")
        let doc = try convertDocx(body, styles: styles, numbering: numbering)
        let outline = Outline.render(doc)
        #expect(!outline.contains("包括数据库映射实体"), "\(outline)")
        #expect(outline.contains("data：数据访问层以及持久化对象") && outline.contains("Util: 工具类封装") && outline.contains("参考文献"), "\(outline)")
        #expect(texts(doc).contains("包括数据库映射实体，数据库访问层，数据库配置对象以及协助类。"), "\(texts(doc))")
        // Word's contents list it by its style: that says nothing more.
        let toc = p("目录") + contentsLine("1. 主要实现分包", page: 19) + contentsLine("- data：数据访问层以及持久化对象", page: 19)
            + contentsLine("包括数据库映射实体，数据库访问层，数据库配置对象以及协助类。", page: 20) + contentsLine("- Util: 工具类封装", page: 20)
        let listed = Outline.render(try convertDocx(toc + body, styles: styles, numbering: numbering))
        #expect(!listed.contains("包括数据库映射实体") && listed.contains("Util: 工具类封装"), "\(listed)")
    }
}
