import DocNorm
import DocNormTestSupport
import Testing

/// A paragraph set exactly as the document's own unlabeled heading is a heading of its level.
@Suite struct HeadingsByLookTests {
    /// A paragraph of runs in one size, centred and bold when asked.
    func styled(_ text: String, size: Int, centered: Bool = false, bold: Bool = false, style: String? = nil) -> String {
        let pPr = (style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? "") + (centered ? "<w:jc w:val=\"center\"/>" : "")
        let rPr = (bold ? "<w:b/>" : "") + "<w:sz w:val=\"\(size)\"/>"
        return "<w:p><w:pPr>\(pPr)</w:pPr><w:r><w:rPr>\(rPr)</w:rPr><w:t>\(text)</w:t></w:r></w:p>"
    }
    var text: String { styled("本表是根据本项目的具体情况对投标人须知中有关条款的补充和修改，两者不一致时以本表为准。", size: 21) }

    @Test func theTwinOfAStyledHeadingIsAHeading() throws {
        // 招标文件正文 (a real tender): 投标人须知前附表 in Heading 2, 投标人须知正文 Normal, set alike.
        let body = styled("招标文件", size: 44, centered: true, bold: true) + text
            + styled("第二章 投标人须知", size: 44, centered: true, bold: true, style: "1")
            + styled("投标人须知前附表", size: 32, centered: true, bold: true, style: "2") + text
            + styled("投标人须知正文", size: 32, centered: true, bold: true) + styled("一．总则", size: 24) + text
        let doc = try convertDocx(body, styles: chineseStyles)
        #expect(Outline.render(doc) == "# 招标文件\n## 第二章 投标人须知\n### 投标人须知前附表\n### 投标人须知正文\n#### 一、总则\n")
    }

    /// HIT's 模板 (real): the chapter `…原创性声明和使用权限` in Heading 1 holds two parts whose
    /// names are centred lines larger than the body, each over its text.
    @Test func centredLinesOfOneLookInAChapterWithoutSectionsAreItsSections() throws {
        let statement = styled("本人郑重声明：此处所提交的学位论文，是本人在导师指导下独立进行研究工作所取得的成果。", size: 24)
        let chapter = styled("第一章 绪论", size: 32, centered: true, style: "1") + statement
            + styled("参考文献", size: 32, centered: true, style: "1") + styled("[1] 张三. 论文. 2020.", size: 24)
            + styled("哈尔滨工业大学学位论文原创性声明和使用权限", size: 32, centered: true, style: "1")
        let parts = styled("学位论文原创性声明", size: 30, centered: true) + statement
            + styled("学位论文使用权限", size: 30, centered: true) + statement
        let doc = try convertDocx(styled("论文", size: 44, centered: true) + chapter + parts, styles: chineseStyles)
        #expect(Outline.render(doc) == "# 论文\n## 第一章 绪论\n## 参考文献\n## 哈尔滨工业大学学位论文原创性声明和使用权限\n### 学位论文原创性声明\n### 学位论文使用权限\n",
                "\(Outline.render(doc))")
        // One such line alone, or lines in a chapter with sections of its own, stay text.
        let one = try convertDocx(styled("论文", size: 44, centered: true) + chapter + styled("学位论文原创性声明", size: 30, centered: true) + statement,
                                  styles: chineseStyles)
        #expect(!Outline.render(one).contains("学位论文原创性声明\n"), "\(Outline.render(one))")
        let sectioned = try convertDocx(styled("论文", size: 44, centered: true) + chapter + styled("声明", size: 28, style: "2") + statement + parts,
                                        styles: chineseStyles)
        #expect(!Outline.render(sectioned).contains("学位论文使用权限"), "\(Outline.render(sectioned))")
    }

    @Test func aRunInHeadingIsOneWhoseLeadWordSetsApart() throws {
        // 罗泾镇's 招标文件 (real): `1、成立磋商小组。本项目…` in the body's plain type are the steps of
        // a procedure; a 述职报告 sets its `（一）…。` leads in bold over the section's text.
        let rest = "磋商小组由三人组成，采购代理机构从评审专家库中随机抽取评审专家，并在评审前公布其名单。"
        func lead(_ label: String, _ head: String, bold: Bool) -> String {
            let rPr = bold ? "<w:rPr><w:b/></w:rPr>" : ""
            return "<w:p><w:r>\(rPr)<w:t>\(label)\(head)。</w:t></w:r><w:r><w:t>\(rest)</w:t></w:r></w:p>"
        }
        let plain = p("二、竞争性磋商程序", pPr: "<w:outlineLvl w:val=\"0\"/>") + lead("1、", "成立磋商小组", bold: false)
            + lead("2、", "拟定磋商提纲", bold: false) + lead("3、", "企业性质认定", bold: false)
        let steps = try convertDocx(plain, styles: chineseStyles)
        #expect(Outline.render(steps) == "## 二、竞争性磋商程序\n", "\(Outline.render(steps))")
        // Each step stays one paragraph: its label, lead and text together.
        let md = MarkdownWriter().write(steps)
        #expect(md.contains("1. 成立磋商小组。" + rest), "\(md)")
        let bold = p("一、工作成效", pPr: "<w:outlineLvl w:val=\"0\"/>") + lead("（一）", "抓思想", bold: true)
            + lead("（二）", "抓队伍", bold: true) + lead("（三）", "抓作风", bold: true)
        let sections = try convertDocx(bold, styles: chineseStyles)
        #expect(Outline.render(sections) == "## 一、工作成效\n### （一）抓思想\n### （二）抓队伍\n### （三）抓作风\n", "\(Outline.render(sections))")
        // 公文 set the lead in 楷体 over 仿宋 text; a bold label alone sets nothing apart.
        func fonts(_ label: String, _ head: String) -> String {
            "<w:p><w:r><w:rPr><w:rFonts w:eastAsia=\"楷体_GB2312\"/></w:rPr><w:t>\(label)\(head)。</w:t></w:r>"
                + "<w:r><w:rPr><w:rFonts w:eastAsia=\"仿宋_GB2312\"/></w:rPr><w:t>\(rest)</w:t></w:r></w:p>"
        }
        let kaiti = p("一、工作成效", pPr: "<w:outlineLvl w:val=\"0\"/>") + fonts("（一）", "抓思想") + fonts("（二）", "抓队伍")
        #expect(Outline.render(try convertDocx(kaiti, styles: chineseStyles)) == "## 一、工作成效\n### （一）抓思想\n### （二）抓队伍\n")
        let boldLabel = p("二、竞争性磋商程序", pPr: "<w:outlineLvl w:val=\"0\"/>")
            + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>1、</w:t></w:r><w:r><w:t>成立磋商小组。\(rest)</w:t></w:r></w:p>"
            + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>2、</w:t></w:r><w:r><w:t>拟定磋商提纲。\(rest)</w:t></w:r></w:p>"
        #expect(Outline.render(try convertDocx(boldLabel, styles: chineseStyles)) == "## 二、竞争性磋商程序\n")
        // Nor does a last 。 in a font of its own (WPS sets punctuation so).
        let lastMark = p("二、竞争性磋商程序", pPr: "<w:outlineLvl w:val=\"0\"/>")
            + "<w:p><w:r><w:rPr><w:rFonts w:eastAsia=\"仿宋\"/></w:rPr><w:t>1、成立磋商小组。\(rest.dropLast())</w:t></w:r>"
            + "<w:r><w:rPr><w:rFonts w:eastAsia=\"宋体\"/></w:rPr><w:t>。</w:t></w:r></w:p>"
            + "<w:p><w:r><w:rPr><w:rFonts w:eastAsia=\"仿宋\"/></w:rPr><w:t>2、拟定磋商提纲。\(rest.dropLast())</w:t></w:r>"
            + "<w:r><w:rPr><w:rFonts w:eastAsia=\"宋体\"/></w:rPr><w:t>。</w:t></w:r></w:p>"
        #expect(Outline.render(try convertDocx(lastMark, styles: chineseStyles)) == "## 二、竞争性磋商程序\n")
        // A whole paragraph in bold sets no lead apart.
        let allBold = p("一、合同期限", pPr: "<w:outlineLvl w:val=\"0\"/>")
            + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>8.1本项目合同期限为2024年度。\(rest)</w:t></w:r></w:p>" + p("正文。")
        #expect(Outline.render(try convertDocx(allBold, styles: chineseStyles)) == "## 一、合同期限\n")
    }

    @Test func onlyALookThatSetsHeadingsApartCounts() throws {
        // A heading style at the body's own size names no look: the bold centred caption stays text.
        let body = styled("报告", size: 44, centered: true, bold: true) + text
            + styled("概述", size: 21, centered: true, bold: true, style: "2") + text
            + styled("表格说明", size: 21, centered: true, bold: true) + text
        let doc = try convertDocx(body, styles: chineseStyles)
        #expect(Outline.render(doc) == "# 报告\n## 概述\n")
    }

    @Test func aSentenceALabelOrACoverLineIsNoHeading() throws {
        // The cover's large lines, before any text, name no look; a line set as the title is
        // (a form's own cover) and a sentence in the heading's look stay text.
        let body = styled("军队服务类项目公开招标文件", size: 48, centered: true) + styled("通用文件", size: 84, centered: true, style: "1") + text
            + styled("第一章 总则", size: 32, centered: true, bold: true, style: "1") + text
            + styled("投标人应当认真阅读本章。", size: 32, centered: true, bold: true)
            + styled("军队服务类项目公开招标", size: 48, centered: true) + styled("投 标 文 件", size: 84, centered: true) + text
        let doc = try convertDocx(body, styles: chineseStyles)
        #expect(Outline.render(doc).contains("## 第一章 总则\n"))
        #expect(!Outline.render(doc).contains("投标人应当认真阅读本章"))
        #expect(!Outline.render(doc).contains("投 标 文 件"))
        #expect(!Outline.render(doc).contains("## 军队服务类项目公开招标\n"))
    }

    @Test func aBoldLineBeforeASeriesOfHeadingsNamesIt() throws {
        // 交通银行's 竞争性谈判文件: the bold 供应商须知 under the chapter, then 一、总则 … 二、谈判文件.
        let body = styled("竞争性谈判文件", size: 52, centered: true, bold: true) + text
            + styled("第二章 供应商须知前附表", size: 24, bold: true) + text + styled("供应商须知", size: 21, bold: true)
            + styled("一、总则", size: 21, bold: true) + text + styled("二、谈判文件", size: 21, bold: true) + text
            + styled("（投标人盖章）", size: 21, bold: true) + styled("一、投标函", size: 21) + text + styled("二、报价表", size: 21) + text
        let outline = Outline.render(try convertDocx(body, styles: chineseStyles))
        #expect(outline.hasPrefix("# 竞争性谈判文件\n## 第二章 供应商须知前附表\n### 供应商须知\n#### 一、总则\n#### 二、谈判文件\n"))
        // A form's remark in brackets names nothing.
        #expect(!outline.contains("投标人盖章"))
    }

    @Test func aLargerLineBeforeASeriesOfHeadingsNamesIt() throws {
        // 宝山区市场监督管理局's tender: 投标人须知正文 in 15 pt, neither bold nor centred, over the 须知.
        let body = styled("招标文件", size: 52, centered: true, bold: true) + text
            + styled("第二章 投标人须知", size: 32, bold: true, style: "1") + text + styled("投标人须知正文", size: 30)
            + styled("一、总则", size: 21, bold: true) + text + styled("二、招标文件", size: 21, bold: true) + text
            + styled("说明", size: 21) + styled("一、文件", size: 21, bold: true) + text + styled("二、表格", size: 21, bold: true) + text
        let outline = Outline.render(try convertDocx(body, styles: chineseStyles))
        #expect(outline.hasPrefix("# 招标文件\n## 第二章 投标人须知\n### 投标人须知正文\n#### 一、总则\n#### 二、招标文件\n"))
        // A line in the body's own look names nothing.
        #expect(!outline.contains("说明"))
        // Before the first heading, a line only larger is a letterhead's (poi's stress019: the
        // issuing association under the date).
        let cover = styled("募集要项", size: 52, centered: true, bold: true) + styled("平成30年9月21日", size: 21)
            + styled("日本学校農業クラブ連盟", size: 30) + styled("一、委託業務の名称", size: 21, bold: true) + text
            + styled("二、業務目的", size: 21, bold: true) + text
        #expect(!Outline.render(try convertDocx(cover, styles: chineseStyles)).contains("連盟"))
    }

    @Test func outsideChineseReportsALookAlikeIsFormatting() throws {
        // open-xml-sdk's complex2010: a line set as Heading 2 is, showing off the formatting.
        let prose = styled("This paragraph shows the document's body text in its ordinary size and style.", size: 21)
        let body = styled("Report", size: 44, centered: true, bold: true) + prose + styled("Overview", size: 32, bold: true, style: "2")
            + prose + styled("Times New Roman 18 pt", size: 32, bold: true) + prose
        let outline = Outline.render(try convertDocx(body, styles: chineseStyles))
        #expect(outline.contains("Overview") && !outline.contains("Times New Roman"))
    }

    @Test func oneLookForTwoLevelsNamesNeither() throws {
        let body = styled("报告", size: 44, centered: true, bold: true) + text
            + styled("甲部分", size: 32, bold: true, style: "1") + text + styled("乙部分", size: 32, bold: true, style: "2") + text
            + styled("丙部分", size: 32, bold: true) + text
        let doc = try convertDocx(body, styles: chineseStyles)
        #expect(!Outline.render(doc).contains("丙部分"))
    }

    @Test func boldLeadsOverTheirItemsAreHeadings() throws {
        // 宝山分局's 公开招标采购公告: bold `五、投标报名：` over `1、报名时间：…`; as fields alone
        // (`二、公告期限：5 个工作日`) they read as a list.
        let item = { (t: String) in self.styled(t, size: 21) }
        let lead = { (t: String) in self.styled(t, size: 21, bold: true) }
        let body = styled("招标文件", size: 44, centered: true, bold: true) + text
            + lead("一、公告期限：5 个工作日") + text
            + lead("二、投标报名：") + item("1、报名时间：2024-11-04 至 2024-11-12；") + item("2、报名方式：本项目实行网上报名，不接受现场报名。")
            + lead("三、投标保证金：") + text
            + item("四、联系方式：") + text
        let doc = try convertDocx(body, styles: chineseStyles)
        #expect(Outline.render(doc) == "# 招标文件\n## 一、公告期限：5 个工作日\n## 二、投标报名：\n## 三、投标保证金：\n## 四、联系方式：\n", "\(Outline.render(doc))")
        // The same lines, none bold: a list of fields.
        let plain = styled("招标文件", size: 44, centered: true, bold: true) + text
            + item("一、公告期限：5 个工作日") + text + item("二、投标报名：") + item("1、报名时间：2024-11-04 至 2024-11-12；")
            + item("三、投标保证金：") + text + item("四、联系方式：") + text
        #expect(Outline.render(try convertDocx(plain, styles: chineseStyles)) == "# 招标文件\n")
    }

    @Test func boldLeadsEachOverItsShortItemsAreHeadings() throws {
        // 银川国芳's 评标办法: bold `一、投标报价（35分）` … `四、响应程度（5分）`, each over its plain
        // `1.` rules, as tight as a nested list; the same lines plain are that list.
        let item = { (t: String) in self.styled(t, size: 21) }
        let lead = { (t: String) in self.styled(t, size: 21, bold: true) }
        func chapter(_ lead: (String) -> String) -> String {
            styled("第四章 评标办法", size: 32, centered: true, bold: true, style: "1")
                + lead("一、投标报价（35分）") + item("1.以有效投标报价算术平均值为基准价；") + item("2.等于基准价得30分；")
                + lead("二、技术方案（35分）") + item("1.深化设计能力（10分）：图纸深度；") + item("2.材质工艺（10分）：材质品牌；")
        }
        let cover = styled("招标文件", size: 44, centered: true, bold: true) + text
        let doc = try convertDocx(cover + chapter(lead), styles: chineseStyles)
        #expect(Outline.render(doc) == "# 招标文件\n## 第四章 评标办法\n### 一、投标报价（35分）\n### 二、技术方案（35分）\n", "\(Outline.render(doc))")
        let plain = Outline.render(try convertDocx(cover + chapter(item), styles: chineseStyles))
        #expect(plain == "# 招标文件\n## 第四章 评标办法\n", "\(plain)")
    }

    @Test func boldLinesHeadNotesThatHaveNoOtherStructure() throws {
        // kkFileView's 信贷审核要点: no heading style, outline level or label heading; bold
        // `车价认定`, `保单：`, `还款意愿` over their notes.
        let note = { (t: String) in self.styled(t, size: 26) }
        let bold = { (t: String) in self.styled(t, size: 26, bold: true) }
        let opening = note("信用贷款：无抵押、身份真实性、资料真实性，收入负债。") + note("商用车贷款：以营利为目的。")
            + note("乘用车贷款：个人消费类贷款自用；") + note("（1）抵押物、后期可收回处置") + note("（2）首付比例、客户违约成本")
            + note("二手车：车辆估值、押后付、首付比例。")
        let notes = opening + bold("车价认定") + note("新车：历史同型号均价")
            + bold("保单：") + note("商业险保单第一受益人必须是公司") + bold("审车：车价（避免车价虚高）、通用性；") + note("审人：核实客户资质")
            + bold("还款意愿") + note("征信历史还款记录；")
        let doc = try convertDocx(notes, styles: chineseStyles)
        #expect(Outline.render(doc) == "## 车价认定\n## 保单：\n## 还款意愿\n", "\(Outline.render(doc))")
        // Where the document has a heading of its own, bold lines are emphasis.
        let structured = try convertDocx(styled("一、概述", size: 32, style: "1") + notes, styles: chineseStyles)
        #expect(Outline.render(structured) == "## 一、概述\n", "\(Outline.render(structured))")
        // Two such lines are not enough to read a structure into.
        let two = opening + bold("车价认定") + note("新车：历史同型号均价") + bold("保单：") + note("商业险保单")
        #expect(Outline.render(try convertDocx(two, styles: chineseStyles)) == "")
    }

    @Test func aContractsNameOverItsPartiesHeadsItsArticles() throws {
        // 交通银行's agreement: its name over two large bold lines, the parties' fields and a
        // preamble, then 一、 二、 ; 2606029001's `服务外包合同` in the body's size, centred and bold.
        let body = styled("招标文件", size: 44, centered: true, bold: true) + text
            + styled("第六章 合同书格式和合同条款", size: 24, bold: true) + text
            + styled("交通银行张江园区餐厅洗碗业务外包", size: 44, bold: true) + styled("服务协议", size: 44, bold: true)
            + styled("甲方：交银企业管理服务（上海）有限公司", size: 28) + styled("乙方：", size: 28) + styled("合同编号：", size: 24)
            + text + styled("一、价格条款", size: 21, bold: true) + text + styled("二、人员要求", size: 21, bold: true) + text
            + styled("第七章 附件", size: 24, bold: true) + text
            + styled("服务外包合同", size: 21, centered: true, bold: true) + styled("甲方（用工单位）：某银行", size: 21) + text
            + styled("一、服务内容", size: 21, bold: true) + text + styled("二、服务方式", size: 21, bold: true) + text
        let doc = try convertDocx(body, styles: chineseStyles)
        #expect(Outline.render(doc) == """
            # 招标文件
            ## 第六章 合同书格式和合同条款
            ### 交通银行张江园区餐厅洗碗业务外包服务协议
            #### 一、价格条款
            #### 二、人员要求
            ## 第七章 附件
            ### 服务外包合同
            #### 一、服务内容
            #### 二、服务方式

            """, "\(Outline.render(doc))")
    }

    @Test func aContractsNameOverItsArticlesIsAHeading() throws {
        // PCMET's 保密协议 (real): a centred 22 pt name, the parties' fields, a preamble, then
        // 第一条 … 第二条 (articles, which are never headings themselves).
        let body = styled("招标文件", size: 44, centered: true, bold: true) + text
            + styled("第四章 合同条款", size: 28, centered: true, bold: true, style: "1") + text
            + styled("保密协议", size: 44, centered: true) + styled("甲   方：", size: 28, bold: true) + styled("乙   方：", size: 28, bold: true)
            + text + styled("第一条  保密的范围和内容", size: 24) + text + styled("第二条  双方的权利和义务", size: 24) + text
        #expect(Outline.render(try convertDocx(body, styles: chineseStyles)) == "# 招标文件\n## 第四章 合同条款\n### 保密协议\n")
        // Without articles after it, the same line names nothing.
        let alone = styled("招标文件", size: 44, centered: true, bold: true) + text
            + styled("第四章 合同条款", size: 28, centered: true, bold: true, style: "1") + text
            + styled("保密协议", size: 44, centered: true) + text + text
        #expect(Outline.render(try convertDocx(alone, styles: chineseStyles)) == "# 招标文件\n## 第四章 合同条款\n")
    }

}
