import DocNormModel
import Testing

@Suite struct ChineseNumeralsTests {
    @Test(arguments: [("一", 1), ("九", 9), ("十", 10), ("十一", 11), ("二十", 20), ("二十三", 23), ("九十九", 99),
                      ("一百", 100), ("一百零五", 105), ("一千二百三十四", 1234), ("两", 2)])
    func parses(text: String, value: Int) {
        #expect(ChineseNumerals.parse(text) == value)
    }

    @Test(arguments: ["", "是", "一二", "零", "十十"])
    func rejects(text: String) {
        #expect(ChineseNumerals.parse(text) == nil)
    }

    @Test func formatsAsReportsWriteThem() {
        #expect((1...12).map(ChineseNumerals.format) == ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"])
        #expect(ChineseNumerals.format(20) == "二十")
        #expect(ChineseNumerals.format(105) == "一百零五")
        for n in 1...300 { #expect(ChineseNumerals.parse(ChineseNumerals.format(n)) == n) }
    }

    @Test func otherNumerals() {
        #expect(RomanNumerals.format(1994) == "MCMXCIV")
        #expect(Letters.format(1, upper: false) == "a")
        #expect(Letters.format(27, upper: true) == "AA")
        #expect(NumeralStyle.circled.render(3) == "③")
        #expect(NumeralStyle.circled.render(21) == "㉑" && NumeralStyle.circled.render(36) == "㊱" && NumeralStyle.circled.render(50) == "㊿")
        #expect(NumeralStyle.circled.render(51) == "(51)")
        #expect(NumeralStyle.parenthesizedDigit.render(2) == "⑵")
    }
}

@Suite struct LabelFormTests {
    @Test func rendersNumbersInForm() {
        #expect(LabelForm(numerals: .chinese, prefix: "（", suffix: "）").render(3) == "（三）")
        #expect(LabelForm(numerals: .arabic, suffix: "．").description == "1．")
        #expect(LabelForm(numerals: .decimalOutline).render(2, parts: [1, 2]) == "1.2")
    }

    @Test func ranksSortInTreeOrder() {
        let ranks: [LabelRank] = [.circled, .chineseNumber, .chapter, .parenthesizedArabic, .arabic, .section, .parenthesizedChinese]
        #expect(ranks.sorted() == [.chapter, .section, .chineseNumber, .parenthesizedChinese, .arabic, .parenthesizedArabic, .circled])
    }
}

@Suite struct InlineEditingTests {
    let content: [Inline] = [.text("（一）"), .strong([.text("加强"), .emphasis([.text("学习")])]), .text("。全年")]

    @Test func splitsAcrossFormatting() {
        let (head, tail) = content.split(at: 5)
        #expect(head == [.text("（一）"), .strong([.text("加强")])])
        #expect(tail == [.strong([.emphasis([.text("学习")])]), .text("。全年")])
        #expect(head.plainText + tail.plainText == content.plainText)
    }

    @Test func mapTextSeesNeighboursAcrossFormatting() {
        var seen: [(Character?, Character?)] = []
        _ = content.mapText { s, before, after in seen.append((before, after)); return s }
        #expect(seen.count == 4)
        #expect(seen[1].0 == "）")
        #expect(seen[1].1 == "学")
        #expect(seen[3].0 == "习")
    }

    @Test func trimmingAndPruning() {
        let c: [Inline] = [.text("  "), .strong([.text(" a ")]), .text(""), .text("b  ")]
        #expect(c.trimming { $0 == " " } == [.strong([.text("a ")]), .text("b")])
        #expect([Inline.text("a"), .text("b"), .strong([])].pruned() == [.text("ab")])
        let runs: [Inline] = [.text("一、"), .text(""), .text("工作"), .text("成效 😀"), .strong([.text("加强"), .text("学习")]),
                              .lineBreak, .text("x"), .link(url: "u", content: [.text("链"), .text("接")]), .text("y"), .text("z")]
        #expect(runs.pruned() == [.text("一、工作成效 😀"), .strong([.text("加强学习")]), .lineBreak, .text("x"),
                                  .link(url: "u", content: [.text("链接")]), .text("yz")])
    }

    /// Offsets count characters (grapheme clusters), also when text is measured only as far as the offset.
    @Test func splitCountsCharactersUpToTheOffset() {
        let text: [Inline] = [.text("一、"), .text(""), .text("e\u{301}👍🏽工作"), .lineBreak, .text("尾")]
        #expect(text.split(at: 0) == ([], text))
        #expect(text.split(at: 1) == ([.text("一")], [.text("、"), .text(""), .text("e\u{301}👍🏽工作"), .lineBreak, .text("尾")]))
        #expect(text.split(at: 2) == ([.text("一、")], [.text(""), .text("e\u{301}👍🏽工作"), .lineBreak, .text("尾")]))
        #expect(text.split(at: 4) == ([.text("一、"), .text(""), .text("e\u{301}👍🏽")], [.text("工作"), .lineBreak, .text("尾")]))
        #expect(text.split(at: 6) == ([.text("一、"), .text(""), .text("e\u{301}👍🏽工作")], [.lineBreak, .text("尾")]))
        #expect(text.split(at: 7) == ([.text("一、"), .text(""), .text("e\u{301}👍🏽工作"), .lineBreak], [.text("尾")]))
        #expect(text.split(at: 99) == (text, []))
        #expect(text.characterCount == 8)
    }

    @Test(arguments: [[], [""], ["a"], ["", "b", ""], ["全年", "组织", "专题学习，", "推动 work 落实😀"], [String(repeating: "长", count: 5000), "尾"]])
    func joinedCompactlyIsJoined(parts: [String]) {
        let joined = parts.joinedCompactly()
        #expect(joined == parts.joined())
        #expect(joined.utf8.count == parts.reduce(0) { $0 + $1.utf8.count })
    }
}
