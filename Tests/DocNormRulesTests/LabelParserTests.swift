import DocNormModel
@testable import DocNormRules
import Testing

@Suite struct LabelParserTests {
    func label(_ text: String) -> (NumberingLabel, Int)? {
        if case .label(let l, let n)? = LabelParser.parse(text) { return (l, n) }
        return nil
    }

    @Test(arguments: [
        ("第一章 总则", LabelRank.chapter, 1, "第一章"),
        ("第三部分　展望", .chapter, 3, "第三部分"),
        ("第二卷 发包人要求", .chapter, 2, "第二卷"),
        ("第二节 方法", .section, 2, "第二节"),
        ("第十二条　本办法", .article, 12, "第十二条"),
        ("一、工作成效", .chineseNumber, 1, "一、"),
        ("十一、其他", .chineseNumber, 11, "十一、"),
        ("二．存在问题", .chineseNumber, 2, "二．"),
        ("三，下一步", .chineseNumber, 3, "三，"),
        ("（一）加强学习", .parenthesizedChinese, 1, "（一）"),
        ("(二)加强学习", .parenthesizedChinese, 2, "(二)"),
        ("（三)混合括号", .parenthesizedChinese, 3, "（三)"),
        ("1.不断加强", .arabic, 1, "1."),
        ("2．不断加强", .arabic, 2, "2．"),
        ("3、不断加强", .arabic, 3, "3、"),
        ("4)不断加强", .arabic, 4, "4)"),
        // Text that starts with an ideograph that also names a number (一般, 参与, 万一).
        ("13.一般要求", .arabic, 13, "13."),
        ("4.参与磋商的费用", .arabic, 4, "4."),
        ("（1）具体", .parenthesizedArabic, 1, "（1）"),
        ("(12)具体", .parenthesizedArabic, 12, "(12)"),
        ("①第一", .circled, 1, "①"),
        ("⑵第二", .circled, 2, "⑵"),
        ("a.第一", .circled, 1, "a."),
        ("1.1 Background", .western(depth: 2), 1, "1.1"),
        ("2.3.4 Details", .western(depth: 3), 4, "2.3.4"),
        ("• item", .bullet, 1, "•"),
        ("⚫ Wingdings 2", .bullet, 1, "⚫"),
        ("❖ Wingdings", .bullet, 1, "❖"),
        ("- item", .bullet, 1, "-"),
    ])
    func recognizesLabels(text: String, rank: LabelRank, number: Int, original: String) throws {
        let (l, _) = try #require(label(text))
        #expect(l.rank == rank)
        #expect(l.number == number)
        #expect(l.original == original)
    }

    @Test func lengthIncludesTheSpaceAfterTheLabel() throws {
        #expect(try #require(label("第一章 总则")).1 == 4)
        #expect(try #require(label("（一）加强")).1 == 3)
        #expect(try #require(label("1.1 Background")).1 == 4)
    }

    @Test(arguments: ["1.5万人次", "1.５个", "2.②号", "2022年，在市委", "3.4亿元", "1、2、3号楼", "10.1万", "50%的", "（2022年）",
                      "一是落实责任", "XX党委", "2022年支部书记", "一二三", "***党支部", "Introduction", "I. Scope"])
    func falseFriendsAreNotLabels(text: String) {
        if case .label? = LabelParser.parse(text) {
            Issue.record("\(text) taken as a label")
        }
    }

    @Test func enumerationsAreRecognizedButAreNotLabels() {
        #expect(LabelParser.parse("一是落实责任") == .enumeration(number: 1))
        #expect(LabelParser.parse("三是加强") == .enumeration(number: 3))
    }

    @Test func anOutlineNumberOfThreePartsNeedsNoSpace() throws {
        // Cynthia's 用户手册 types `1.5.4标记为`; two parts without a space may be a quantity.
        let (l, length) = try #require(label("1.5.4标记为"))
        #expect(l.rank == .western(depth: 3) && l.parts == [1, 5, 4] && length == 5)
        #expect(LabelParser.parse("1.5倍") == nil && LabelParser.parse("2.1查看数据") == nil)
        #expect(LabelParser.parse("1.5.4万元") == nil)
    }

    @Test func aCheckboxOnANumberedLineIsTheAuthorsText() throws {
        // A contract template's optional clauses (保洁员…招标文件): `□五、服务实施分期考核内容及标准`.
        for text in ["□五、服务实施分期考核内容及标准", "□（二）验收的其他要求：", "■3.付款方式", "□第十条 保密"] {
            #expect(LabelParser.parse(text) == nil, "\(text)")
        }
        // A box before words is still a bullet: `□是 ☑否`, `□低价优先法`.
        #expect(try #require(label("□低价优先法")).0.rank == .bullet)
        #expect(try #require(label("■ 服务范围")).0.rank == .bullet)
    }

    @Test func aBareNumberIsNotALabel() {
        #expect(LabelParser.parse("1.") == nil)
    }
}

extension LabelParserTests {
    /// Tender documents type a space inside a label: 交通银行's `3 、报价一览表格式`,
    /// 宝山分局's `（ 二）保密责任` and `2 、法定代表人授权书`. The label is the same label,
    /// kept as written; its form is the form without the space.
    @Test func aSpaceTypedInsideALabelLeavesItALabel() throws {
        let (three, length) = try #require(label("3 、报价一览表格式"))
        #expect(three.rank == .arabic && three.number == 3 && three.original == "3 、" && length == 3)
        #expect(three.form == LabelForm(numerals: .arabic, suffix: "、"))
        let (two, _) = try #require(label("（ 二）保密责任"))
        #expect(two.rank == .parenthesizedChinese && two.number == 2 && two.original == "（ 二）")
        let (four, _) = try #require(label("一 、总则"))
        #expect(four.rank == .chineseNumber && four.number == 1 && four.original == "一 、")
        #expect(try #require(label("( 12 )具体")).0.number == 12)
        // Still quantities and years, and a space before a dot is no label.
        #expect(LabelParser.parse("1 、2、3号楼") == nil && LabelParser.parse("（ 2022 ）") == nil)
        #expect(LabelParser.parse("3 .不断加强") == nil && LabelParser.parse("3   、x") == nil)
    }
}
