import DocNorm
@testable import DocNormReaders
import DocNormTestSupport
import Testing

/// Titles from evidence (STRUCTURE.md §1), each construct from XML strings.
@Suite struct TitleEvidenceTests {
    func sized(_ text: String, size: Int, centered: Bool = false, bold: Bool = false) -> String {
        let pPr = centered ? "<w:pPr><w:jc w:val=\"center\"/></w:pPr>" : ""
        let rPr = "<w:rPr>" + (bold ? "<w:b/>" : "") + "<w:sz w:val=\"\(size)\"/></w:rPr>"
        return "<w:p>\(pPr)<w:r>\(rPr)<w:t>\(text)</w:t></w:r></w:p>"
    }
    let body = String(repeating: "<w:p><w:r><w:rPr><w:sz w:val=\"32\"/></w:rPr><w:t>本项目按照有关规定组织实施，各方应当严格遵守招标文件的全部要求。</w:t></w:r></w:p>", count: 3)

    @Test func theLargestLeadingLinesNotTheCoverFields() throws {
        let cover = sized("项目编号：310113000240930133426", size: 28, centered: true) + sized("ICS 27.120.99", size: 21)
            + sized("罗泾镇综合管理服务项目", size: 52, centered: true, bold: true) + sized("招标文件", size: 52, centered: true, bold: true)
            + sized("2024年5月", size: 32, centered: true)
        let doc = try convertDocx(cover + p("一、总则") + body + p("二、范围") + body, styles: chineseStyles)
        #expect(doc.metadata.title == "罗泾镇综合管理服务项目招标文件")
        #expect(Outline.render(doc).hasPrefix("# 罗泾镇综合管理服务项目招标文件\n## 一、总则\n"))
    }

    @Test func aLargeFirstHeadingWithPeersIsTheFirstSection() throws {
        // Cynthia's 用户手册: it starts with Heading 1 `简介` in 18 pt; five more Heading 1 follow.
        let heading = { (t: String) in "<w:p><w:pPr><w:pStyle w:val=\"1\"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"36\"/></w:rPr><w:t>\(t)</w:t></w:r></w:p>" }
        let doc = try convertDocx(heading("简介") + body + heading("如何开始") + body, styles: chineseStyles)
        #expect(doc.metadata.title == nil)
        #expect(Outline.render(doc) == "## 简介\n## 如何开始\n", "\(Outline.render(doc))")
    }

    @Test func anOrdinaryFirstParagraphOfANonChineseDocumentIsNotATitle() throws {
        let doc = try convertDocx(p("Above") + p("This is the body of the document, written as a plain paragraph.") + p("Below"), styles: chineseStyles)
        #expect(doc.metadata.title == nil)
        #expect(!Outline.render(doc).hasPrefix("# "))
    }

    @Test func theTitleStyleAndDcTitle() throws {
        let styled = try convertDocx(p("Some Report", style: "a3") + p("Text of the report goes here, as a sentence."), styles: chineseStyles)
        #expect(styled.metadata.title == "Some Report")
        let core = """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Writing Technical Documents</dc:title></cp:coreProperties>
            """
        let raw = try readDocx(p("Last update: May 1") + p("Writing Technical Documents") + p("The body text of the document, as a sentence."),
                               styles: chineseStyles, extra: [("docProps/core.xml", core)])
        let doc = Normalizer().normalize(raw)
        #expect(Outline.render(doc) == "# Writing Technical Documents\n")
    }

    @Test func anImageIsNeverTheTitle() throws {
        let rels = "<Relationship Id=\"rI\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/image1.png\"/>"
        let image = """
            <w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing><wp:inline><wp:docPr id="1" name="p" descr="校徽"/><a:graphic><a:graphicData>
            <pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rI"/></pic:blipFill></pic:pic>
            </a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
            """
        let doc = try convertDocx(image + sized("硕士学位论文", size: 44, centered: true, bold: true) + body, styles: chineseStyles, rels: rels)
        #expect(doc.metadata.title == "硕士学位论文")
    }
}

/// A table used for layout is read as the body it holds; a table of data stays a table.
@Suite struct LayoutTableTests {
    func table(_ rows: [[String]]) -> String {
        "<w:tbl>" + rows.map { "<w:tr>" + $0.map { "<w:tc>\($0)</w:tc>" }.joined() + "</w:tr>" }.joined() + "</w:tbl>"
    }

    @Test func aOneCellTableIsItsBody() throws {
        let cell = p("一、总则", style: "1") + p("本办法适用于全体员工。") + p("二、职责", style: "1") + p("各部门负责实施。")
        let doc = try convertDocx(p("管理办法") + table([[cell]]), styles: chineseStyles)
        #expect(Outline.render(doc) == "# 管理办法\n## 一、总则\n## 二、职责\n")
    }

    @Test func aTemplatesSectionsBesideTheirFieldsAreItsBody() throws {
        // A travel plan template: each row a day, `第` / `1 天` in Heading 1 in the left cell
        // (a narrow cell sets the ordinal over two lines), the day's fields beside it.
        func day(_ n: Int) -> [String] {
            [p("第", style: "1") + p("\(n) 天", style: "1"), p("目的地：") + p("在哪里吃饭：")]
        }
        let doc = try convertDocx(p("5 日游行程计划", style: "a3") + table([day(1), day(2), day(3)]), styles: chineseStyles)
        #expect(Outline.render(doc) == "# 5 日游行程计划\n## 第1 天\n## 第2 天\n## 第3 天\n", "\(Outline.render(doc))")
        #expect(texts(doc).contains("目的地："))
        // One row in a heading style is a table's caption row, not a layout: the table stays.
        let data = table([[p("人员名单", style: "1"), p("")], [p("张三"), p("工程师")], [p("李四"), p("会计")]])
        let kept = try convertDocx(p("报告") + data, styles: chineseStyles)
        #expect(kept.blocks.contains { if case .table = $0 { return true } else { return false } })
        // A form: its section rows across the table and its column labels in a heading style
        // (a real abuse report form) are the table's own.
        let form = table([[p("Previous Reports of Abuse", style: "2")], [p("No    Yes")],
                          [p("Living Setting", style: "2"), p("Lives With", style: "2")], [p(""), p("")],
                          [p("Other Agencies Involved", style: "2"), p("Reporting Party", style: "2")], [p("None"), p("Nurse")]])
        let formDoc = try convertDocx(p("Report") + form, styles: chineseStyles)
        #expect(formDoc.blocks.contains { if case .table = $0 { return true } else { return false } })
    }

    @Test func aBoxedCoverIsReadForItsTitle() throws {
        // A standard's 编制说明 opens with its cover in a one-column table (a real one).
        let c = "<w:jc w:val=\"center\"/>"
        let cover = table([[p("", pPr: c)], [p("NB/T XXXX－20YY", pPr: c) + p("核电厂定期安全评价 第7部分：经验反馈", pPr: c)],
                           [p("（征求意见稿）", pPr: c)], [p("（2023年3月）", pPr: c)]])
        let doc = try convertDocx(cover + p("一、任务来源", pPr: "<w:outlineLvl w:val=\"0\"/>") + p("本标准来源于国家能源局下达的计划。"),
                                  styles: chineseStyles)
        #expect(doc.metadata.title == "核电厂定期安全评价 第7部分：经验反馈")
        #expect(!doc.blocks.contains { if case .table = $0 { return true } else { return false } })
        // The same lines later in the document are a table, and so is a first table of Latin lines.
        let later = try convertDocx(p("报告") + cover, styles: chineseStyles)
        #expect(later.blocks.contains { if case .table = $0 { return true } else { return false } })
        let latin = try convertDocx(table([[p("BB", pPr: c)], [p("Test", pPr: c)], [p("Test Subtitle", pPr: c)]]) + p("Text."))
        #expect(latin.blocks.contains { if case .table = $0 { return true } else { return false } })
    }

    @Test func aDataTableStaysATable() throws {
        let doc = try convertDocx(p("报告") + p("一、数据", style: "1") + table([[p("项目"), p("金额")], [p("甲"), p("100")]])
                                  + table([[p("甲")], [p("乙")]]), styles: chineseStyles)
        #expect(doc.blocks.filter { if case .table = $0 { return true } else { return false } }.count == 2)
    }
}

/// A heading split over two paragraphs of one heading style is one heading.
@Suite struct SplitHeadingTests {
    @Test func aLabelAloneAndItsTextAreOneHeading() throws {
        let body = p("招标文件") + p("第五章", style: "1") + p("合同条款", style: "1") + p("正文。") + p("第六章", style: "1") + p("投标文件有关格式", style: "1") + p("正文。")
        let doc = try convertDocx(body, styles: chineseStyles)
        #expect(Outline.render(doc) == "# 招标文件\n## 第五章 合同条款\n## 第六章 投标文件有关格式\n", "\(Outline.render(doc))")
    }

    @Test func aRemarkInBracketsInTheSameStyleIsPartOfTheHeading() throws {
        // PCMET's 附件12 and 松江's （六）投标报价汇总表 / （商务部分）.
        let body = p("招标文件") + p("附件12 残疾人福利性单位声明函", style: "2") + p("（非福利性企业不用填写）", style: "2") + p("本单位郑重声明。")
            + p("Annex B", style: "2") + p("(informative)", style: "2") + p("Text.")
            // A heading that ends in a colon is whole; a bracket closed inside is no one remark.
            + p("二、说明：", style: "2") + p("（本表由投标人填写）", style: "2") + p("三、条款", style: "2") + p("（一）甲方（二）乙方", style: "2")
        let doc = try convertDocx(body, styles: chineseStyles)
        #expect(Outline.render(doc) == """
            # 招标文件
            ## 附件12 残疾人福利性单位声明函（非福利性企业不用填写）
            ## Annex B (informative)
            ## 二、说明：
            ## （本表由投标人填写）
            ## 三、条款
            ### （一）甲方（二）乙方

            """, "\(Outline.render(doc))")
    }

    @Test func withoutStylesAChaptersLabelAloneAndItsNameAreOneHeading() throws {
        // 浙江's text: `第四章` and `评标` on two lines, as the contents write `第四章评标`.
        let text = "招标文件\n第三章 招标需求\n本章说明采购需求。\n第四章\n评标\n一、评标原则\n评标活动遵循公平、公正的原则。\n二、评标方法\n本项目采用综合评分法。\n"
            + "第五章\n本章是合同文本。\n第六章\n投标文件格式\n附表。\n"
        let outline = Outline.render(Normalizer().normalize(TextReader().read(text: text)))
        #expect(outline.contains("## 第四章 评标\n### 一、评标原则\n### 二、评标方法\n"), "\(outline)")
        #expect(outline.contains("## 第六章 投标文件格式\n"), "\(outline)")
        // A sentence after the label is the chapter's text, not its name.
        #expect(!outline.contains("本章是合同文本"), "\(outline)")
    }

    @Test func aHeadingThatRunsOnIntoTheNextLineOfItsStyleIsOne() throws {
        // A thesis template: `第三章 …抗逆力的` / `现实基础` in Heading 1; and a pair the contents list as one.
        let body = p("论文") + p("第三章 网络互动提升女性弱势群体抗逆力的", style: "1") + p("现实基础", style: "1") + p("正文。")
            + contentsLine("第四章 研究结论与展望", page: 9, anchor: "_Toc101") + p("第四章 研究结论", style: "1") + p("与展望", style: "1") + p("正文。")
            + p("第五章 结论", style: "1") + p("附录", style: "1") + p("正文。")
        let doc = try convertDocx(body, styles: chineseStyles)
        #expect(Outline.render(doc) == "# 论文\n## 第三章 网络互动提升女性弱势群体抗逆力的现实基础\n## 第四章 研究结论与展望\n## 第五章 结论\n## 附录\n",
                "\(Outline.render(doc))")
    }

    @Test func twoHeadingsOfOneStyleStayTwo() throws {
        let doc = try convertDocx(p("报告") + p("摘要", style: "1") + p("致谢", style: "1") + p("正文。"), styles: chineseStyles)
        #expect(Outline.render(doc) == "# 报告\n## 摘要\n## 致谢\n")
    }
}

/// Word's numbered paragraphs in a table cell keep their numbers, as a list in the cell.
@Suite struct TableCellListTests {
    @Test func numbersInCellsAreKept() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """
        let num = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
        let cell = "<w:tc>" + p("第一项要求", pPr: num) + p("第二项要求", pPr: num) + "</w:tc><w:tc>" + p("说明") + "</w:tc>"
        let body = p("报告") + "<w:tbl><w:tr>\(cell)</w:tr><w:tr><w:tc>\(p("甲"))</w:tc><w:tc>\(p("乙"))</w:tc></w:tr></w:tbl>"
        let doc = try convertDocx(body, numbering: numbering)
        let converter = Converter()
        // Word puts a tab after its own `1.` (no w:suff): a space here, as everywhere.
        #expect(converter.render(doc, as: .text).contains("1. 第一项要求 2. 第二项要求\t说明"))
        #expect(converter.render(doc, as: .html).contains("<li><span class=\"label\">2. </span>第二项要求</li>"))
    }
}
