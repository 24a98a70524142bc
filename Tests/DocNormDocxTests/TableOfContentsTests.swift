import Foundation
import DocNorm
@testable import DocNormReaders
@testable import DocNormRules
import DocNormTestSupport
import Testing

/// Each way Word marks a table of contents, from XML strings: its lines are never headings,
/// never the title, never counted; by default they are left out with one note, `--toc keep`
/// writes them as a list without page numbers.
@Suite struct TableOfContentsTests {
    let styles = chineseStyles + """
        <w:style w:type="paragraph" w:styleId="11"><w:name w:val="toc 1"/><w:basedOn w:val="a"/></w:style>
        <w:style w:type="paragraph" w:styleId="21"><w:name w:val="toc 2"/><w:basedOn w:val="a"/></w:style>
        <w:style w:type="paragraph" w:styleId="TOC"><w:name w:val="TOC Heading"/><w:basedOn w:val="1"/></w:style>
        """
    let body = p("一、总则", style: "1") + p("正文。") + p("二、范围", style: "1") + p("正文。")

    func outline(_ doc: Document) -> [String] { Outline.render(doc).split(separator: "\n").map(String.init) }

    func entry(_ text: String, page: Int, style: String? = nil, anchor: String? = nil) -> String {
        contentsLine(text, page: page, style: style, anchor: anchor)
    }

    @Test func theColumnNamesOverTheEntriesBelongToThem() throws {
        // pandoc's 0_level_headers.docx: `CONTENTS` in the Title style, then `Section⇥Page`,
        // then the entries; a list of figures Word found empty says `No table of figures
        // entries found.` The name is no title and the column line no text of the body.
        let columns = "<w:p><w:r><w:t>Section</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>Page</w:t></w:r></w:p>"
        let toc = p("CONTENTS", style: "a3") + columns + entry("Introduction", page: 1, style: "11") + entry("Scope", page: 2, style: "11")
        let figures = p("Figures", style: "1") + "<w:p><w:r><w:t>Figure</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>Page</w:t></w:r></w:p>"
            + "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> TOC \\h \\z \\c \"Figure\" </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>No table of figures entries found.</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
        let body = toc + figures + p("Introduction", style: "1") + p("Text.") + p("Scope", style: "1") + p("Text.")
        let doc = try convertDocx(body, styles: styles)
        #expect(outline(doc) == ["## Figures", "## Introduction", "## Scope"], "\(outline(doc))")
        let md = Converter().render(doc, as: .markdown)
        #expect(!md.contains("CONTENTS") && !md.contains("Page") && !md.contains("entries found"), "\(md)")
        var keep = NormalizationOptions()
        keep.tableOfContents = .keep
        let kept = Converter().render(try convertDocx(body, styles: styles, options: keep), as: .markdown)
        #expect(kept.hasPrefix("**CONTENTS**\n\n- [Introduction](#introduction)\n- [Scope](#scope)\n"), "\(kept)")
        #expect(!kept.contains("Page") && !kept.contains("entries found"), "\(kept)")
    }

    @Test func tocStylesByName() throws {
        let toc = p("目录", style: "TOC") + entry("一、总则", page: 1, style: "11") + entry("二、范围", page: 2, style: "21")
        let doc = try convertDocx(p("报告") + toc + body, styles: styles)
        #expect(outline(doc) == ["# 报告", "## 一、总则", "## 二、范围"])
        #expect(!Converter().render(doc, as: .text).contains("目录"))
        #expect(doc.warnings.contains { $0.code == "table-of-contents" && $0.message.contains("3 lines") })
    }

    @Test func aStyleTheContentsListIsAHeadingStyle() throws {
        // 2606029001 (real): form titles in the author's `flName` style; a chapter's own contents
        // (`分  目  录`) list three of them, not `投 标 人 情 况 表` or `网站查询截屏`.
        let styles = self.styles + """
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="flName"><w:name w:val="flName"/><w:basedOn w:val="a"/></w:style>
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="Indent"><w:name w:val="Normal Indent"/><w:basedOn w:val="a"/></w:style>
            """
        let toc = p("分  目  录") + entry("法人营业执照", page: 1, style: "11") + entry("法定代表人授权书", page: 2, style: "11")
            + entry("纳税及社保缴纳证明", page: 3, style: "11") + entry("投标人承诺书", page: 4, style: "11")
        let forms = p("法人营业执照", style: "flName") + p("（复印件加盖公章）", style: "Indent")
            + p("法定代表人授权书", style: "flName") + p("本授权书声明：", style: "Indent")
            + p("投 标 人 情 况 表", style: "flName") + p("单位名称", style: "Indent")
            + p("网站查询截屏", style: "flName") + p("查询日期", style: "Indent")
            + p("纳税及社保缴纳证明", style: "flName") + p("投标人承诺书", style: "flName") + p("我方承诺：", style: "Indent")
        let doc = try convertDocx(p("第六章 资格证明文件", style: "1") + toc + forms, styles: styles)
        #expect(outline(doc) == ["## 第六章 资格证明文件", "### 法人营业执照", "### 法定代表人授权书", "### 投 标 人 情 况 表",
                                 "### 网站查询截屏", "### 纳税及社保缴纳证明", "### 投标人承诺书"], "\(outline(doc))")
        // A style the contents list only some paragraphs of (the body's own) makes no headings.
        let plain = p("第六章 资格证明文件", style: "1") + toc + forms.replacingOccurrences(of: "\"flName\"", with: "\"Indent\"")
        let read = try convertDocx(plain, styles: styles)
        #expect(!outline(read).contains("### 网站查询截屏"), "\(outline(read))")
        #expect(outline(read).contains("### 法人营业执照"))
    }

    @Test func aNameSetTwiceIsTheEntryAndItsInnerTitle() throws {
        // 2606029001 (real): under `总  目  录`, the entry `投标邀请书` names the first of
        // `投标邀请书` and `投  标  邀  请  书`; `第一章`, listed at the same level, stands beside it.
        let toc = p("总  目  录") + entry("投标邀请书", page: 1, style: "21") + entry("第一章  投标人须知", page: 4, style: "21")
        let body = p("投标邀请书") + p("投  标  邀  请  书") + p("日期：2026年4月30日") + p("第一章  投标人须知") + p("一、总则") + p("正文。")
        let doc = try convertDocx(p("招标文件") + toc + body, styles: styles)
        #expect(outline(doc) == ["# 招标文件", "## 投标邀请书", "## 第一章 投标人须知", "### 一、总则"], "\(outline(doc))")
        #expect(Converter().render(doc, as: .markdown).contains("## 投标邀请书\n\n投  标  邀  请  书\n"))
        #expect(!Converter().render(doc, as: .text).contains("总  目  录"))
    }

    @Test func entriesOfOneContentsAtOneLevelAreSiblings() throws {
        // HIT's thesis (real): `哈尔滨工业大学学位论文原创性声明和使用权限`, a plain centred line, is
        // listed at `toc 1` beside the back matter in Word's heading style before it.
        let toc = p("目录") + entry("第一章 绪论", page: 1, style: "11") + entry("参考文献", page: 9, style: "11")
            + entry("学位论文原创性声明和使用权限", page: 10, style: "11")
        let body = p("第一章 绪论", style: "1") + p("正文。") + p("参考文献", style: "1") + p("[1] 张三. 论文[J]. 2020.")
            + p("学位论文原创性声明和使用权限", pPr: "<w:jc w:val=\"center\"/>") + p("本人郑重声明。")
        let doc = try convertDocx(p("论文") + toc + body, styles: styles)
        #expect(outline(doc) == ["# 论文", "## 第一章 绪论", "## 参考文献", "## 学位论文原创性声明和使用权限"], "\(outline(doc))")
        // A chapter's own contents count their levels apart from the volume's: its `toc 1`
        // entries stay inside the chapter the volume lists at `toc 2`.
        let volume = p("总目录") + entry("投标邀请书", page: 1, style: "21") + entry("第一章 投标人须知", page: 4, style: "21")
        let chapter = p("分目录") + entry("投标人须知前附表", page: 5, style: "11") + entry("投标人须知正文", page: 6, style: "11")
        let tender = p("招标文件") + volume + p("投标邀请书") + p("正文。") + p("第一章 投标人须知") + chapter
            + p("投标人须知前附表") + p("正文。") + p("投标人须知正文") + p("正文。")
        let read = try convertDocx(tender, styles: styles)
        #expect(outline(read) == ["# 招标文件", "## 投标邀请书", "## 第一章 投标人须知", "### 投标人须知前附表", "### 投标人须知正文"], "\(outline(read))")
    }

    @Test func anAttachmentTheContentsListGoesWhereTheyListIt() throws {
        // 2606029001 (real): the chapter's contents list `附件1  上海国际招标有限公司…` at `toc 1`
        // beside `投标人须知`; the body types `附件1：` on a line of its own over the bold name, then
        // the attachment's own clauses in Heading 1 and 2, typed `1⇥接收…` with Word's
        // numbering switched off, after clause 30 of the 须知.
        let toc = p("分目录") + entry("投标人须知", page: 9, style: "11") + entry("一、总则", page: 9, style: "11")
            + entry("1适用范围", page: 9, style: "21") + entry("附件1  上海国际招标有限公司投标保证金提交和退还操作须知", page: 17, style: "11")
        let clause = "<w:p><w:pPr><w:pStyle w:val=\"1\"/></w:pPr><w:r><w:t>%@</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>%@</w:t></w:r></w:p>"
        func typed(_ number: String, _ text: String, style: String = "1") -> String {
            String(format: clause, number, text).replacingOccurrences(of: "w:val=\"1\"", with: "w:val=\"\(style)\"")
        }
        let body = sizedLine("第一章 投标人须知及前附表", size: 32, bold: true) + toc + p("投标人须知") + p("一、总则")
            + typed("1", "适用范围") + p("本招标文件适用于本项目的招标、投标、评标、定标、验收、合同履约、付款等。")
            + p("附件1：") + sizedLine("上海国际招标有限公司投标保证金提交和退还操作须知", size: 28, bold: true)
            + typed("1", "接收投标保证金的银行账户信息") + typed("1.1", "通过境内账户提交投标保证金", style: "2")
            + p("户名：上海国际招标有限公司。") + typed("2", "投标保证金的提交") + typed("2.1", "提交方式", style: "2")
            + p("投标人应在投标截止时间前提交投标保证金。")
        let doc = try convertDocx(p("招标文件") + body, styles: styles)
        #expect(outline(doc) == ["# 招标文件", "## 第一章 投标人须知及前附表", "### 投标人须知", "#### 一、总则", "##### 1 适用范围",
                                 "### 附件1：上海国际招标有限公司投标保证金提交和退还操作须知", "#### 1 接收投标保证金的银行账户信息",
                                 "##### 1.1 通过境内账户提交投标保证金", "#### 2 投标保证金的提交", "##### 2.1 提交方式"], "\(outline(doc))")
        // The separator after an attachment's number is typing; a name must follow it.
        #expect(HeadingsFromContents.key(shown: "", "附件1：投标函") == HeadingsFromContents.key(shown: "", "附件1  投标函"))
        #expect(HeadingsFromContents.key(shown: "", "附件：") == "附件：")
        #expect(DetectLabels.bareNumber("1\t接收投标")! == (1, 2))
    }

    @Test func theContentsSayWhereAHeadingTypedWithItsTextEnds() throws {
        // HIT's 书写范例 (real): `（二）研究背景` and its text typed into one Heading 3 paragraph,
        // listed as `（二）研究背景`.
        let toc = p("目录") + entry("第一章 绪论", page: 1, style: "11") + entry("（一）课题来源", page: 1, style: "21")
            + entry("（二）研究背景", page: 2, style: "21")
        let text = "伴随着社会文明的进展，支持女性弱势群体的组织和运动逐渐兴起，社会大众对于该群体的重视程度日渐提高。"
        let body = p("第一章 绪论", style: "1") + p("（一）课题来源", style: "2") + p("本课题来源于国家社科基金项目。")
            + p("（二）研究背景" + text, style: "2") + p("（三）研究方法" + text, style: "2")
        let doc = try convertDocx(p("论文") + toc + body, styles: styles)
        // An unlisted one stays what it is: a clause.
        #expect(outline(doc) == ["# 论文", "## 第一章 绪论", "### （一）课题来源", "### （二）研究背景"], "\(outline(doc))")
        #expect(Converter().render(doc, as: .markdown).contains("### （二）研究背景\n\n" + text + "\n"))
    }

    @Test func contentsThatListAStyleCheckItsSentences() throws {
        // HIT's 书写范例 (real): a body sentence in Heading 3 after `（一）课题来源`, which the contents
        // leave out; a short unlisted line in the style stays a heading.
        let toc = p("目录") + entry("第一章 绪论", page: 1, style: "11") + entry("（一）课题来源", page: 1, style: "21")
            + entry("（二）研究背景", page: 2, style: "21")
        let sentence = "女性在社会生活和家庭生活中，长期处于弱势地位，主要表现为社会评价、职业发展、养育子女等方面。"
        let body = p("第一章 绪论", style: "1") + p("（一）课题来源", style: "2") + p(sentence, style: "2")
            + p("（二）研究背景", style: "2") + p("正文。") + p("研究现状", style: "2") + p("正文。")
        let doc = try convertDocx(p("论文") + toc + body, styles: styles)
        #expect(outline(doc) == ["# 论文", "## 第一章 绪论", "### （一）课题来源", "### （二）研究背景", "### 研究现状"], "\(outline(doc))")
        // Without contents, the style says what it is.
        let unchecked = try convertDocx(p("论文") + body, styles: styles)
        #expect(outline(unchecked).contains("### " + sentence.dropLast()), "\(outline(unchecked))")
    }

    @Test func theLineOverAListOfTablesBelongsToIt() throws {
        // SEUThesis' template: `表格目录` and `插图目录`, each over a `TOC \t "表格标签,1"` field.
        let tables = p("表格目录", style: "1") + entry("表1-1 支持的自动化格式", page: 1, style: "11") + entry("表1-2 配置的样式", page: 2, style: "11")
        let figures = p("插图目录", style: "1") + entry("图1-1 封面", page: 1, style: "11") + entry("图2-1 样式", page: 3, style: "11")
        // A section about such lists, followed by its text, is a section.
        let section = p("三、图表目录", style: "1") + p("在自定义目录选项中设置图片标签。")
        let doc = try convertDocx(p("报告") + tables + figures + body + section, styles: styles)
        #expect(outline(doc) == ["# 报告", "## 一、总则", "## 二、范围", "## 三、图表目录"])
        #expect(doc.warnings.contains { $0.code == "table-of-contents" && $0.message.contains("6 lines") })
    }

    @Test func aLoneParagraphInAContentsStyleIsReadAsBody() throws {
        // PCMET's 评标办法: `三、评分细则` typed in TOC 2 between `二、` and its own text.
        let bold = { (text: String, style: String?) in
            "<w:p>" + (style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? "") + "<w:r><w:rPr><w:b/></w:rPr><w:t>\(text)</w:t></w:r></w:p>"
        }
        let section = bold("一、评标准则", nil) + p("（一）评标遵循公平的原则。") + bold("二、评标程序", nil)
            + p("（一）投标文件初审。") + bold("三、评分细则", "21") + p("本项目采用综合评分法。")
        let doc = try convertDocx(p("报告") + p("第六章 评标办法", style: "1") + section, styles: styles)
        #expect(outline(doc).contains("### 三、评分细则"))
        #expect(!doc.warnings.contains { $0.code == "table-of-contents" })
        // Two entries side by side are contents, page numbers or not.
        let toc = entry("一、总则", page: 1, style: "11") + p("二、范围", style: "21")
        let withContents = try convertDocx(p("报告") + toc + body, styles: styles)
        #expect(withContents.warnings.contains { $0.code == "table-of-contents" && $0.message.contains("2 lines") })
        // A table of figures' field with Word's one line of result is contents all the same.
        let field = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> TOC \\c \"Figure\" </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>No table of figures entries found.</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
        let figures = try convertDocx(p("Report") + p("Introduction", style: "1") + p("Text.") + field + p("More text."), styles: styles)
        #expect(!Converter().render(figures, as: .text).contains("No table of figures"))
    }

    @Test func anEntryWordNumbersNamesTheHeadingWithThatNumber() throws {
        // 上海太平's 技术投标文件: a typed 目录 whose entries are Word's 一、 二、, then the same
        // numbers on the headings, each followed by its form's centred title.
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>
            <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
            """
        func numbered(_ text: String, list: Int) -> String {
            p(text, pPr: "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"\(list)\"/></w:numPr>")
        }
        let centred = { (text: String) in p(text, pPr: "<w:jc w:val=\"center\"/>") }
        let body = p("技术投标文件") + p("目录") + numbered("投标函", list: 1) + numbered("技术评标索引", list: 1)
            + numbered("投标函", list: 2) + centred("投标函") + p("致招标人：我方愿意按招标文件的要求参加投标。")
            + numbered("技术评标索引", list: 2) + centred("技术评标索引") + p("见下表。")
        let doc = try convertDocx(body, styles: styles, numbering: numbering)
        #expect(outline(doc) == ["# 技术投标文件", "## 一、投标函", "## 二、技术评标索引"], "\(outline(doc))")
    }

    @Test func aTOCFieldAcrossParagraphs() throws {
        let begin = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        let end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        let toc = "<w:p>\(begin)<w:r><w:t>一、总则</w:t></w:r><w:r><w:tab/><w:t>1</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>二、范围</w:t></w:r><w:r><w:tab/><w:t>2</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>三、附则</w:t></w:r><w:r><w:tab/><w:t>3</w:t></w:r>\(end)</w:p>"
        let doc = try convertDocx(p("报告") + toc + body, styles: styles)
        #expect(outline(doc) == ["# 报告", "## 一、总则", "## 二、范围"])
        // The field is closed: what follows it is read as usual.
        #expect(Converter().render(doc, as: .text).hasSuffix("二、范围\n正文。\n"))
    }

    @Test func aTableOfContentsContentControl() throws {
        let sdt = "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>"
            + p("目 录") + entry("一、总则", page: 1) + entry("二、范围", page: 2) + "</w:sdtContent></w:sdt>"
        let doc = try convertDocx(p("报告") + sdt + body, styles: styles)
        #expect(outline(doc) == ["# 报告", "## 一、总则", "## 二、范围"])
    }

    @Test func linksToTocBookmarksAndNoTitleFromTheContents() throws {
        let toc = entry("一、总则", page: 1, anchor: "_Toc1001") + entry("二、范围", page: 2, anchor: "_Toc1002")
        // The contents come first: the title is not taken from them.
        let doc = try convertDocx(toc + body, styles: styles)
        #expect(outline(doc) == ["## 一、总则", "## 二、范围"])
        #expect(doc.metadata.title == nil)
    }

    @Test func keptAsAListWithoutPageNumbers() throws {
        let toc = p("目录", style: "TOC") + entry("一、总则", page: 1, style: "11") + entry("二、范围", page: 12, style: "21")
        let raw = try readDocx(p("报告") + toc + body, styles: styles)
        let doc = Normalizer(options: NormalizationOptions(tableOfContents: .keep)).normalize(raw)
        let md = Converter().render(doc, as: .markdown)
        // Each entry links to its heading, by the anchor GitHub gives the heading's text.
        #expect(md.contains("**目录**\n\n- [一、总则](#一总则)\n- [二、范围](#二范围)\n"), "\(md)")
        #expect(outline(doc) == ["# 报告", "## 一、总则", "## 二、范围"])
        let html = Converter().render(doc, as: .html)
        #expect(html.contains("<a href=\"#一总则\">一、总则</a>"), "\(html)")
        #expect(html.contains("<h2 id=\"一总则\">"), "\(html)")
    }

    /// Word's entries are hyperlinks to `_Toc…` bookmarks, sometimes one per run (详细设计说明书,
    /// real: `[1.2 ](#_Toc…)[项目背景与意义](#_Toc…)`): a kept entry is one link to its heading,
    /// never a link inside a link, and an entry without a heading is text.
    @Test func wordsEntryLinksGiveWayToTheHeadingsLink() throws {
        let split = "<w:p><w:pPr><w:pStyle w:val=\"21\"/></w:pPr><w:hyperlink w:anchor=\"_Toc3\"><w:r><w:t xml:space=\"preserve\">二、</w:t></w:r></w:hyperlink>"
            + "<w:hyperlink w:anchor=\"_Toc3\"><w:r><w:t>范围</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>2</w:t></w:r></w:hyperlink></w:p>"
        let toc = p("目录", style: "TOC") + entry("一、总则", page: 1, style: "11", anchor: "_Toc1") + split
            + entry("附录", page: 9, style: "11", anchor: "_Toc9")
        let raw = try readDocx(p("报告") + toc + body, styles: styles)
        let doc = Normalizer(options: NormalizationOptions(tableOfContents: .keep)).normalize(raw)
        let md = Converter().render(doc, as: .markdown)
        #expect(md.contains("- [一、总则](#一总则)\n- [二、范围](#二范围)\n- 附录\n"), "\(md)")
        #expect(!md.contains("_Toc"), "\(md)")
        let html = Converter().render(doc, as: .html)
        #expect(html.contains("<li><a href=\"#一总则\">一、总则</a></li>") && !html.contains("_Toc"), "\(html)")
    }

    @Test func repeatedHeadingsAreLinkedInOrderAndUnlistedEntriesStayText() throws {
        let toc = entry("1 概述", page: 1, style: "11") + entry("1 概述", page: 5, style: "11") + entry("附录 Z", page: 9, style: "11")
        let body = p("1 概述", style: "1") + p("正文。") + p("1 概述", style: "1") + p("正文。")
        let raw = try readDocx(p("报告") + toc + body, styles: styles)
        let doc = Normalizer(options: NormalizationOptions(tableOfContents: .keep)).normalize(raw)
        let md = Converter().render(doc, as: .markdown)
        #expect(md.contains("- [1 概述](#1-概述)\n- [1 概述](#1-概述-1)\n- 附录 Z\n"), "\(md)")
        let html = Converter().render(doc, as: .html)
        #expect(html.contains("id=\"1-概述\"") && html.contains("id=\"1-概述-1\""), "\(html)")
        // Without --toc keep, headings keep their positional ids.
        #expect(Converter().render(try convertDocx(p("报告") + toc + body, styles: styles), as: .html).contains("<h2 id=\"s1\">"))
    }
}

/// Plain text: a block of lines ending in a page number after leader dots or a tab.
@Suite struct TypedTableOfContentsTests {
    @Test func leaderDotsAndTabs() {
        let text = ["招标文件", "目  录", "第一章 招标公告……………………1", "第二章 投标人须知……………………5", "第三章 评标办法\t12",
                    "第一章 招标公告", "正文。", "第二章 投标人须知", "正文。", "第三章 评标办法", "正文。"].joined(separator: "\n")
        let doc = TestSupport.normalize(text)
        #expect(Outline.render(doc) == "# 招标文件\n## 第一章 招标公告\n## 第二章 投标人须知\n## 第三章 评标办法\n", "\(Outline.render(doc))")
        // Numbers are not counted twice: no repeated-number problem from the contents.
        #expect(!doc.warnings.contains { $0.code == "number-repeated" })
    }

    @Test func ordinaryLinesEndingInNumbersStay() {
        let text = ["报告", "一、成效", "全年完成投资12", "新增就业岗位300", "正文。"].joined(separator: "\n")
        #expect(TestSupport.outline(text) == ["# 报告", "## 一、成效"])
        #expect(TestSupport.normalize(text).warnings.allSatisfy { $0.code != "table-of-contents" })
    }
}

/// Word's signals weighed: an outline level alone on a long sentence is not a heading
/// (WPS gives body paragraphs outline levels); a heading style is.
@Suite struct OutlineLevelEvidenceTests {
    @Test func aBodyParagraphWithAnOutlineLevelIsBodyText() throws {
        let long = "本项目采用公开招标方式确定服务供应商，投标人应当按照招标文件的要求编制投标文件并在规定时间内递交，逾期送达的投标文件将被拒收。"
        let body = p("报告") + p("一、总则", pPr: "<w:outlineLvl w:val=\"0\"/>") + p(long, pPr: "<w:outlineLvl w:val=\"0\"/>")
            + p("二、范围", pPr: "<w:outlineLvl w:val=\"0\"/>") + p("正文。")
        let doc = try convertDocx(body, styles: chineseStyles)
        #expect(Outline.render(doc) == "# 报告\n## 一、总则\n## 二、范围\n")
        // The same sentence in a heading style stays a heading: the style says what it is
        // (unless it is a numbered clause: `aNumberedClauseInAHeadingStyleIsAClause`).
        let styled = try convertDocx(p("报告") + p(long, style: "1") + p("正文。"), styles: chineseStyles)
        #expect(Outline.render(styled).contains("## 本项目采用公开招标方式"))
    }

    @Test func aShortSentenceWithAnOutlineLevelIsBodyText() throws {
        // WPS left outline level 1 on the rules under （四）过平交道标准 (a real 招标文件).
        let body = p("报告") + p("一、总则", pPr: "<w:outlineLvl w:val=\"0\"/>") + p("经客整所同意方可通行。", pPr: "<w:outlineLvl w:val=\"1\"/>")
            + p("二、范围", pPr: "<w:outlineLvl w:val=\"0\"/>") + p("正文。")
        let doc = try convertDocx(body, styles: chineseStyles)
        #expect(Outline.render(doc) == "# 报告\n## 一、总则\n## 二、范围\n")
        #expect(Converter().render(doc, as: .markdown).contains("\n经客整所同意方可通行。\n"))
    }

    @Test func aCoverWithOutlineLevelsIsNoChapter() throws {
        // A real 竞争性谈判文件 from WPS: the cover's three lines at outline level 1, then the contents.
        let ol = "<w:outlineLvl w:val=\"0\"/>"
        let body = p("交通银行张江园区", pPr: ol) + p("餐厅洗碗业务外包项目", pPr: ol) + p("竞争性谈判文件", pPr: ol) + p("目录")
            + contentsLine("第一章 采购邀请", page: 3) + contentsLine("第二章 供应商须知", page: 6)
            + p("第一章 采购邀请", pPr: ol) + p("本项目采用竞争性谈判方式采购，欢迎符合资格条件的供应商参加。")
            + p("第二章 供应商须知", pPr: ol) + p("正文。")
        let outline = Outline.render(try convertDocx(body, styles: chineseStyles))
        #expect(outline.contains("## 第一章 采购邀请\n## 第二章 供应商须知\n"))
        #expect(!outline.contains("## 交通银行张江园区") && !outline.contains("## 竞争性谈判文件"))
    }

    @Test func sentencesStyledAsHeadingsAmongPlainItemsAreItems() throws {
        // 【2606029001】's 评标办法: some of a list's items carry Heading 3, their siblings none.
        let body = p("报告") + p("基本要求", style: "1") + p("2.1 整个评标工作应符合下列总要求：", style: "2")
            + p("（1）严格遵循公平、公正的原则。", style: "3") + p("（2）任何单位和个人不得非法干预评标过程。")
            + p("（3）确定中标候选人。", style: "3") + p("（4）评标活动应当接受监督。")
            + p("2.2 回避要求。", style: "2") + p("评标委员会成员有下列情形之一的，应主动提出回避。")
            + p("2.3 评标纪律", style: "2") + p("正文。") + p("2.4 评标委员会成员均不得泄露评审情况。")
        let doc = try convertDocx(body, styles: chineseStyles)
        #expect(Outline.render(doc) == "# 报告\n## 基本要求\n### 2.2 回避要求\n### 2.3 评标纪律\n")
        // A styled list with no plain items is the author's word: its items stay headings.
        let styled = p("报告") + p("（1）严格遵循公平原则。", style: "3") + p("（2）确定中标候选人。", style: "3")
        #expect(Outline.render(try convertDocx(styled, styles: chineseStyles)).contains("确定中标候选人"))
    }

    @Test func aRuleThatAnnouncesAListIsAClauseInAnyStyle() throws {
        // 【2606029001】's 投标人须知: `8.1投标人编写的投标文件应包括下列部分：` in Heading 6, its
        // list after it. Without a modal the line may name a section (a contract's
        // `1．乙方根据本合同的规定向甲方提供以下服务：`).
        let body = p("报告") + p("8 投标文件的组成", style: "1") + p("8.1 投标人编写的投标文件应包括下列部分：", style: "2")
            + p("（1）投标函；") + p("（2）开标一览表。")
            + p("（3）投标人有下列情形之一的，评标委员会应当否决其投标：", style: "2") + p("（a）未按要求密封。")
            + p("9 合同", style: "1") + p("9.1 乙方根据本合同的规定向甲方提供以下服务：", style: "2") + p("保洁服务。")
        let outline = Outline.render(try convertDocx(body, styles: chineseStyles))
        #expect(outline == "# 报告\n## 8 投标文件的组成\n## 9 合同\n### 9.1 乙方根据本合同的规定向甲方提供以下服务：\n", "\(outline)")
    }

    @Test func aFieldOfALowRankInAHeadingStyleIsAFormsLine() throws {
        // 【2606029001】's bank account for the deposit, in Heading 7.
        let body = p("报告") + p("一、项目名称：保洁服务", style: "1") + p("正文。") + p("1.1 境内账户", style: "2")
            + p("（1）户名：上海国际招标有限公司", style: "3") + p("（2）账号：215080920510001", style: "3")
        #expect(Outline.render(try convertDocx(body, styles: chineseStyles)) == "# 报告\n## 一、项目名称：保洁服务\n### 1.1 境内账户\n")
    }

    @Test func aNumberedClauseInAHeadingStyleIsAClause() throws {
        // A tender template numbers its clauses with Heading 2 (a real 招标文件: 94 of them).
        let numbering = """
        <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>\
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>\
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        """
        func numbered(_ text: String, level: Int, style: String) -> String {
            p(text, style: style, pPr: "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"1\"/></w:numPr>")
        }
        let clause = "近3年内（2023年1月1日至今），投标人具有至少1项为金融机构提供人员外包的业绩经验，须提供合同作为证明文件。"
        let body = p("报告") + numbered("投标人须知", level: 0, style: "1") + numbered("具有独立法人资格，具备独立承担民事责任的能力", level: 1, style: "2")
            + numbered(clause, level: 1, style: "2") + numbered("投标费用", level: 1, style: "2") + p("正文。")
            + numbered("服务说明一览表；", level: 1, style: "2") + numbered("技术要求响应表。", level: 1, style: "2")
            + numbered("“合同”是指甲方和乙方已达成的协议。", level: 1, style: "2")
        let doc = try convertDocx(body, styles: chineseStyles, numbering: numbering)
        // `1.5 技术要求响应表。`, a sentence among the clauses with no text of its own, is one of
        // their list (the real document's `（3）技术要求响应表。` in Heading 7 is a list item).
        #expect(Outline.render(doc) == "# 报告\n## 1 投标人须知\n### 1.1 具有独立法人资格，具备独立承担民事责任的能力\n### 1.3 投标费用\n")
        // Its number is kept where it stands.
        let text = Converter().render(doc, as: .text)
        #expect(text.contains("1.2 近3年内"))
        // An item closed by ； is one too, however short.
        #expect(text.contains("1.4 服务说明一览表；"))
        // So is a definition or rule of one sentence: a contract's clause.
        #expect(text.contains("1.6 “合同”是指甲方和乙方已达成的协议。"))
    }
}

/// The space between a label and its text stays where the document has one, in every
/// format; labels that end in punctuation need none.
@Suite struct LabelSeparatorTests {
    @Test func typedLabels() {
        let doc = TestSupport.normalize(["报告", "第一章 总则", "正文。", "第二章　附则", "正文。", "一、 目的", "正文。"].joined(separator: "\n"))
        #expect(Outline.render(doc) == "# 报告\n## 第一章 总则\n## 第二章 附则\n### 一、目的\n")
        let converter = Converter()
        #expect(converter.render(doc, as: .markdown).contains("\n## 第一章 总则\n"))
        #expect(converter.render(doc, as: .text).contains("\n第一章 总则\n"))
        #expect(converter.render(doc, as: .html).contains("<span class=\"label\">第一章 </span>总则"))
    }

    @Test func wordNumbersKeepTheirTabAsASpace() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """
        let num = { (level: Int) in "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"1\"/></w:numPr>" }
        let body = p("标准") + p("范围", style: "1", pPr: num(0)) + p("本标准规定了要求。") + p("定义", style: "2", pPr: num(1)) + p("本标准采用下列定义。")
        let doc = try convertDocx(body, styles: chineseStyles, numbering: numbering)
        #expect(Outline.render(doc) == "# 标准\n## 1 范围\n### 1.1定义\n", "\(Outline.render(doc))")
    }
}
