import DocNorm
@testable import DocNormReaders
import Testing

/// One multi-level list as Chinese reports use it: 一、 / （一） / 1． / （1）.
let chineseNumbering = """
    <w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:pStyle w:val="1"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:pStyle w:val="2"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3．"/><w:pStyle w:val="3"/></w:lvl>
      <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%4）"/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    """

@Suite struct NumberFormatsTests {
    @Test(arguments: [
        ("decimal", 12, "12"), ("decimalZero", 3, "03"), ("decimalFullWidth", 12, "１２"), ("decimalEnclosedCircle", 3, "③"),
        ("decimalEnclosedCircleChinese", 10, "⑩"), ("decimalEnclosedParen", 2, "⑵"), ("chineseCounting", 11, "十一"),
        ("chineseCountingThousand", 21, "二十一"), ("chineseLegalSimplified", 12, "拾贰"), ("ideographTraditional", 3, "丙"),
        ("ideographZodiac", 1, "子"), ("upperRoman", 4, "IV"), ("lowerRoman", 9, "ix"), ("upperLetter", 2, "B"),
        ("lowerLetter", 28, "bb"), ("none", 5, ""),
    ])
    func rendersLikeWord(format: String, n: Int, expected: String) {
        #expect(NumberFormats.render(n, format: format) == expected)
    }

    @Test func symbolFontCharacters() {
        // The whole tables: SymbolFontsTests.
        #expect(SymbolFonts.symbol(0xF0B7, font: "Symbol") == "•")
        #expect(SymbolFonts.symbol(0x00DA, font: "Symbol") == "∨")
        #expect(SymbolFonts.symbol(0xF061, font: "Symbol") == "α")
        #expect(SymbolFonts.symbol(0xF0FC, font: "Wingdings") == "✓")
        #expect(SymbolFonts.symbol(0x263A, font: nil) == "☺")
    }
}

@Suite struct NumberingCountersTests {
    func labels(_ numbering: String, _ sequence: [(numID: Int, ilvl: Int)]) throws -> [String] {
        let part = NumberingPart(try xml("<w:numbering>\(numbering)</w:numbering>"))
        var counters = NumberingCounters()
        return sequence.map { counters.next(numID: $0.numID, ilvl: $0.ilvl, numbering: part, styles: StylesPart())?.text ?? "-" }
    }

    @Test func multiLevelChineseList() throws {
        let seq = [(1, 0), (1, 1), (1, 1), (1, 2), (1, 2), (1, 3), (1, 0), (1, 1), (1, 2)]
        #expect(try labels(chineseNumbering, seq.map { (numID: $0.0, ilvl: $0.1) }) ==
                ["一、", "（一）", "（二）", "1．", "2．", "（1）", "二、", "（一）", "1．"])
    }

    @Test func startLvlRestartAndLegal() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="0">
              <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2"/><w:lvlRestart w:val="0"/><w:isLgl/></w:lvl>
            </w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """
        // Level 2 never restarts (lvlRestart 0) and shows legal (decimal) numbers.
        #expect(try labels(numbering, [(1, 0), (1, 1), (1, 0), (1, 1)].map { (numID: $0.0, ilvl: $0.1) }) == ["3.", "3.1", "4.", "4.2"])
    }

    @Test func instancesShareCountersAndStartOverrideRestarts() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
            <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1)"/></w:lvl></w:lvlOverride></w:num>
            """
        // Instance 3 redefines the level without a startOverride: its own look, the shared count
        // (its w:start is not a restart, as in Word and LibreOffice).
        let seq = [(1, 0), (1, 0), (2, 0), (1, 0), (3, 0), (3, 0), (1, 0)].map { (numID: $0.0, ilvl: $0.1) }
        #expect(try labels(numbering, seq) == ["1.", "2.", "1.", "2.", "III)", "IV)", "5."])
    }

    @Test func bulletsAndUnknownLists() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\u{F0B7}"/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """
        #expect(try labels(numbering, [(numID: 1, ilvl: 0), (numID: 9, ilvl: 0), (numID: 0, ilvl: 0)]) == ["•", "-", "-"])
    }

    @Test func numStyleLinkReachesTheDefinition() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="ListStyle"/></w:abstractNum>
            <w:abstractNum w:abstractNumId="1"><w:styleLink w:val="ListStyle"/><w:lvl w:ilvl="0"><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
            """
        let styles = StylesPart(try xml("""
            <w:styles><w:style w:type="numbering" w:styleId="ListStyle"><w:name w:val="List Style"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style></w:styles>
            """))
        let part = NumberingPart(try xml("<w:numbering>\(numbering)</w:numbering>"))
        var counters = NumberingCounters()
        #expect(counters.next(numID: 1, ilvl: 0, numbering: part, styles: styles)?.text == "一、")
    }
}

/// Word's list items outside Chinese reports are list items, whatever their length; Word's
/// tab after its own `1.` is a space.
@Suite struct WordListsAreListsTests {
    static let numbering = """
        <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
        <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
        """
    static func item(_ text: String, list: Int = 1) -> String {
        p(text, pPr: "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"\(list)\"/></w:numPr>")
    }

    @Test func aNumberedShortLineInAnEnglishDocumentStaysAListItem() throws {
        let body = p("Garden notes for the spring") + Self.item("ORCHARD MAP AND GARDEN NOTES")
            + p("The gravel path bent around a quiet pond where ducks drifted in slow circles.")
            + Self.item("WEEKEND ERRAND LIST") + p("Buy fresh bread from the corner bakery before noon, then the market.")
        let md = Converter().render(try convertDocx(body, numbering: Self.numbering), as: .markdown)
        #expect(!md.contains("## 1"), "\(md)")
        #expect(md.contains("1. ORCHARD MAP AND GARDEN NOTES") && md.contains("2. WEEKEND ERRAND LIST"), "\(md)")
    }

    @Test func theSameInAChineseReportIsAHeading() throws {
        let body = p("关于二〇二三年度工作的总结报告") + Self.item("工作开展情况")
            + p("今年以来，我们认真贯彻落实上级部署，各项工作取得了明显成效，群众满意度不断提升。")
            + Self.item("存在的问题") + p("一些工作还存在薄弱环节，需要在下一阶段认真加以解决和改进。")
        let md = Converter().render(try convertDocx(body, numbering: Self.numbering), as: .markdown)
        #expect(md.contains("## 1. 工作开展情况") && md.contains("## 2. 存在的问题"), "\(md)")
    }

    static let listParagraph = chineseStyles + """
        <w:style w:type="paragraph" w:styleId="a5"><w:name w:val="List Paragraph"/><w:basedOn w:val="a"/></w:style>
        """
    static func listParagraph(_ text: String, level: Int = 0, bold: Bool = false) -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"a5\"/><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
            + "<w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : "") + "<w:t>\(text)</w:t></w:r></w:p>"
    }

    @Test func aListParagraphWithALookOrTypedSectionsIsASection() throws {
        // In bold it is a series of headings (`一、评标准则`).
        let bold = p("关于工作的报告") + Self.listParagraph("工作开展情况", bold: true) + p("今年以来，各项工作取得了明显成效。")
            + Self.listParagraph("存在的问题", bold: true) + p("一些工作还存在薄弱环节。")
        let md = Converter().render(try convertDocx(bold, styles: Self.listParagraph, numbering: Self.numbering), as: .markdown)
        #expect(md.contains("## 1. 工作开展情况") && md.contains("## 2. 存在的问题"), "\(md)")
        // A plain one that typed clauses of its number follow opens them, and its list is one of sections.
        let typed = p("用户手册") + Self.listParagraph("进入系统配置页面") + p("1.1 通过系统配置链接进入管理页面")
            + p("页面左侧是菜单栏，右侧是内容。") + Self.listParagraph("角色管理") + p("角色由管理员统一分配和维护。")
        let manual = Converter().render(try convertDocx(typed, styles: Self.listParagraph, numbering: Self.numbering), as: .markdown)
        #expect(manual.contains("## 1. 进入系统配置页面") && manual.contains("## 2. 角色管理"), "\(manual)")
    }

    @Test func wordsTabAfterItsNumberIsASpaceAndNothingStaysNothing() throws {
        let body = p("关于工作的报告") + Self.item("第一项要求，按时完成全部的工作任务并及时上报有关情况。")
            + Self.item("第二项要求", list: 2)
        let text = Converter().render(try convertDocx(body, numbering: Self.numbering), as: .text)
        #expect(text.contains("1. 第一项要求，") && text.contains("1.第二项要求"), "\(text)")
    }
}

/// A number on an empty paragraph, its name on the next line (a standard's terms).
@Suite struct NumbersOnEmptyParagraphsTests {
    let numbering = """
        <w:abstractNum w:abstractNumId="0">
          <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/><w:pStyle w:val="1"/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="%1.%2"/><w:pStyle w:val="2"/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        """
    func numbered(_ text: String, level: Int, style: String) -> String {
        p(text, style: style, pPr: "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"1\"/></w:numPr>")
    }

    @Test func theNumberJoinsTheNameOnTheNextLine() throws {
        // 核电厂定期安全审查指南 第1部分: `3.1` alone in the term-number style, then the term.
        let body = p("核电厂定期安全评价") + numbered("术语和定义", level: 0, style: "1") + p("下列术语和定义适用于本标准。")
            + numbered("", level: 1, style: "2") + p("定期安全评价 periodic safety review")
            + p("以规定的时间间隔对运行核电厂的安全性进行的系统性的再评价。")
            + numbered("", level: 1, style: "2") + p("总体评价 global assessment") + p("对核电厂安全作出的综合评价。")
        let doc = try convertDocx(body, styles: chineseStyles, numbering: numbering)
        #expect(Outline.render(doc) == "# 核电厂定期安全评价\n## 3 术语和定义\n### 3.1 定期安全评价 periodic safety review\n### 3.2 总体评价 global assessment\n",
                "\(Outline.render(doc))")
        // The number stood alone: a space parts it from the term, even where the list says nothing follows it.
        #expect(Converter().render(doc, as: .markdown).contains("### 3.1 定期安全评价 periodic safety review\n"))
    }

    @Test func aHiddenNumberedParagraphIsCountedAndShowsNoNumber() throws {
        // 产品需求规格说明书: a `[` in w:vanish, numbered, right after a heading; Word shows nothing
        // there, and the hidden paragraph still counts (the next number is 3.2).
        let hidden = "<w:p><w:pPr><w:pStyle w:val=\"2\"/><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr><w:rPr><w:vanish/></w:rPr></w:pPr>"
            + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>[</w:t></w:r></w:p>"
        let body = p("报告") + numbered("验收标准", level: 0, style: "1") + hidden + p("[文档验收标准]") + p("文档齐全。")
            + numbered("产品验收", level: 1, style: "2")
        let doc = try convertDocx(body, styles: chineseStyles, numbering: numbering)
        #expect(Outline.render(doc) == "# 报告\n## 3 验收标准\n### 3.2产品验收\n", "\(Outline.render(doc))")
    }

    @Test func aNumberBeforeASentenceOrAnotherNumberStaysApart() throws {
        // An empty item at a list's end, before a paragraph of text: Word shows `3.2` alone;
        // the text does not become that item.
        let body = p("报告") + numbered("范围", level: 0, style: "1") + numbered("", level: 1, style: "2")
            + p("本标准适用于运行核电厂的定期安全评价。") + numbered("", level: 1, style: "2") + numbered("定义", level: 1, style: "2")
        let doc = try convertDocx(body, styles: chineseStyles, numbering: numbering)
        let text = Converter().render(doc, as: .text)
        #expect(text.contains("本标准适用于运行核电厂的定期安全评价。") && !text.contains("3.1 本标准"), "\(text)")
        // The second empty paragraph counted 3.2, as Word counts it: the named item is 3.3.
        #expect(Outline.render(doc).contains("### 3.3定义"), "\(Outline.render(doc))")
    }
}

/// Word's list items nest as Word shows them, by their indents: a standard's 附录 B (核电厂定期
/// 安全审查指南, real) lists `a)` items at 846 twips, each followed by its own `1)` list at 1272.
/// The label ranks alone put `b)` under the `2)` before it.
@Suite struct ListIndentTests {
    /// One-level lists, abstract definitions 0, 1 … in order: format, text, start and left indent.
    static func lists(_ levels: [(format: String, text: String, start: Int, left: Int)]) -> String {
        levels.enumerated().map { k, l in
            "<w:abstractNum w:abstractNumId=\"\(k)\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"\(l.start)\"/><w:numFmt w:val=\"\(l.format)\"/>"
                + "<w:lvlText w:val=\"\(l.text)\"/><w:pPr><w:ind w:left=\"\(l.left)\" w:hanging=\"420\"/></w:pPr></w:lvl></w:abstractNum>"
        }.joined()
    }
    let numbering = lists([("lowerLetter", "%1)", 1, 839), ("decimal", "%1)", 1, 1686)]) + """
        <w:num w:numId="26"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="27"><w:abstractNumId w:val="1"/></w:num>
        <w:num w:numId="28"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
        """
    func item(_ text: String, _ numID: Int, indent: Int?) -> String {
        let ind = indent.map { "<w:ind w:leftChars=\"0\" w:left=\"\($0)\"/>" } ?? ""
        return p(text, pPr: "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"\(numID)\"/></w:numPr>\(ind)")
    }
    func shape(_ blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            guard case .list(let l) = block else { return [] }
            return l.items.flatMap { item in
                [(item.label?.display ?? "") + (item.blocks.first.flatMap { if case .paragraph(let p) = $0 { p.content.plainText } else { nil } } ?? "")]
                    + shape(Array(item.blocks.dropFirst())).map { "  " + $0 }
            }
        }
    }

    @Test func itemsNestByWhereTheirTextStands() throws {
        // Their own indents, and (for the second document) their list levels' alone.
        for indents in [(846, 1272), (nil, nil)] as [(Int?, Int?)] {
            let body = p("附录B 核电厂PSR大纲的一般内容", style: "1") + item("引言", 26, indent: indents.0) + item("目的", 27, indent: indents.1)
                + item("适用范围", 27, indent: indents.1) + item("组织管理", 26, indent: indents.0)
                + item("项目的组织，包括任务和职责", 28, indent: indents.1) + item("人员资格和培训", 28, indent: indents.1)
            let doc = try convertDocx(body, styles: chineseStyles, numbering: numbering)
            #expect(shape(doc.blocks) == ["a)引言", "  1)目的", "  2)适用范围", "b)组织管理", "  1)项目的组织，包括任务和职责", "  2)人员资格和培训"],
                    "\(shape(doc.blocks))")
        }
    }

    @Test func aTypedClauseAfterWordsItemsGoesOnFromTheClauseBefore() throws {
        // The standard's 5.4.3 (real): `…分别为：` over `a) 技术评价人员` and its `1)` `2)`; the
        // label ranks put the typed `5.4.4` under that `2)`.
        let body = p("5.4 组建评价团队", style: "1") + p("5.4.2 控股核电厂的核电企业集团对核电厂营运单位负有监督、考核责任。")
            + p("5.4.3 核电厂PSR技术团队应包括三类人员，相应的职责分工和技能要求分别为：") + item("技术评价人员", 26, indent: 846)
            + item("主要承担技术性要素/专项的评价工作。", 27, indent: 1272) + item("技术评价人员应了解所负责审查领域的规范标准要求。", 27, indent: 1272)
            + p("5.4.4 对于拥有多个电厂的核电企业集团，可组建一支相对稳定的PSR专业技术团队。")
            + p("5.4.5 PSR技术团队建立后，应根据评价人员的配备制定针对性的培训计划。")
        let doc = try convertDocx(body, styles: chineseStyles, numbering: numbering)
        let top = shape(doc.blocks).filter { !$0.hasPrefix(" ") }.map { String($0.prefix(5)) }
        #expect(top == ["5.4.2", "5.4.3", "5.4.4", "5.4.5"], "\(shape(doc.blocks))")
    }

    @Test func aListOfAnUnknownFormBesideAnotherStandsBesideIt() throws {
        // POI's Numbering.docx: a `%1.` list, then a list of `NEW-%1-FORMAT` at the same level and
        // indent; the label ranks hung the second under the first's last item, as LibreOffice
        // does not (both at the left margin of the list).
        let numbering = Self.lists([("decimal", "%1.", 1, 720), ("decimal", "NEW-%1-FORMAT", 1, 720), ("lowerLetter", "%1)", 1, 1440)]) + """
            <w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>
            <w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>
            <w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>
            """
        let body = item("Level1", 3, indent: nil) + p("") + item("Level1", 4, indent: nil) + item("Level2", 5, indent: nil) + item("Again", 4, indent: nil)
        let doc = try convertDocx(body, numbering: numbering)
        #expect(shape(doc.blocks) == ["1.Level1", "NEW-1-FORMATLevel1", "  a)Level2", "NEW-2-FORMATAgain"], "\(shape(doc.blocks))")
    }

    @Test func aListsItemsOfOneLevelAreSiblingsAndAlikeTheLabelsSay() throws {
        // PCMET (real): `三、简要内容：` (its list at 960 twips) over `1) 有意向的…` of another list at
        // 966: alike, so the labels say `1)` is inside `三、`; `九、开标地点` of the same list as
        // `八、`, set at 2617 by hand, is still its sibling.
        let numbering = Self.lists([("chineseCounting", "%1、", 3, 960), ("decimal", "%1)", 1, 420)]) + """
            <w:num w:numId="12"><w:abstractNumId w:val="0"/></w:num>
            <w:num w:numId="13"><w:abstractNumId w:val="1"/></w:num>
            """
        let body = p("投标邀请", style: "1") + item("简要内容：", 12, indent: nil) + item("有意向的合格投标人可得到进一步的信息；", 13, indent: 966)
            + item("技术要求：详见第三章。", 13, indent: 966) + item("开标时间：2026年3月25日10:00；", 12, indent: nil)
            + item("开标地点：上海浦成机电设备招标有限公司；", 12, indent: 2617)
        let doc = try convertDocx(body, styles: chineseStyles, numbering: numbering)
        #expect(shape(doc.blocks) == ["三、简要内容：", "  1)有意向的合格投标人可得到进一步的信息；", "  2)技术要求：详见第三章。",
                                      "四、开标时间：2026年3月25日10:00；", "五、开标地点：上海浦成机电设备招标有限公司；"], "\(shape(doc.blocks))")
    }

    @Test func itemsThatStandAlikeAreSiblings() throws {
        // 5.1.1 of the same standard: `h)` then `i)` of one list at one indent; `i)` read as a
        // roman numeral would go under `h)`.
        let letters = (0..<10).map { k in item("第\(k + 1)项内容", 26, indent: 846) }.joined()
        let doc = try convertDocx(p("5.1.1 评价内容", style: "1") + letters, styles: chineseStyles, numbering: numbering)
        #expect(shape(doc.blocks) == ["a)", "b)", "c)", "d)", "e)", "f)", "g)", "h)", "i)", "j)"].enumerated().map { "\($1)第\($0 + 1)项内容" },
                "\(shape(doc.blocks))")
        // Under a typed clause that is a list item itself (the standard's own `5.1.1 一般而言，…
        // 以下14个安全要素：`), Word's items hang under it, nested by their indents.
        let clause = p("5.1.1 一般而言，核电厂定期安全评价的范围应包括以下安全要素：") + item("技术评价人员", 26, indent: 846)
            + item("主要承担技术性要素的评价工作。", 27, indent: 1272) + (0..<8).map { k in item("第\(k + 2)类人员", 26, indent: 846) }.joined()
            + p("5.1.2 通常运行核电厂的定期安全评价应涵盖上述所有安全要素。")
        let typed = try convertDocx(p("5 评价的策划", style: "1") + clause, styles: chineseStyles, numbering: numbering)
        #expect(Array(shape(typed.blocks).prefix(11)) == ["5.1.1一般而言，核电厂定期安全评价的范围应包括以下安全要素：", "  a)技术评价人员", "    1)主要承担技术性要素的评价工作。"]
                    + ["b)", "c)", "d)", "e)", "f)", "g)", "h)", "i)"].enumerated().map { "  \($1)第\($0 + 2)类人员" },
                "\(shape(typed.blocks))")
    }
}

/// 行标编制说明 (real): `一、任务来源及计划要求` is Word's own number, `二、编制过程` typed after it.
/// Word's numbers are not checked, but the typed series goes on from them: no `二、 starts the
/// count`.
@Suite struct TypedAfterWordNumbersTests {
    @Test func aTypedSeriesGoesOnFromWordsNumber() throws {
        let num = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
        let body = p("任务来源及计划要求", style: "1", pPr: num) + p("本标准由国家核安全局提出。") + p("二、编制过程", style: "1") + p("编制组成立于2022年。")
            + p("四、主要技术内容", style: "1") + p("内容。")
        let doc = try convertDocx(body, styles: chineseStyles, numbering: chineseNumbering)
        #expect(!doc.warnings.contains { $0.message.contains("二、 starts the count") }, "\(doc.warnings)")
        // A typed number that skips one after Word's is still reported.
        #expect(doc.warnings.contains { $0.code == "number-skipped" && $0.found == "四、" }, "\(doc.warnings)")
    }
}
