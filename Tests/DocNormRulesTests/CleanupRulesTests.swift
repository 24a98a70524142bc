import DocNormModel
@testable import DocNormRules
import DocNormTestSupport
import Testing

/// One suite per clean-up rule; each runs the rule alone on paragraphs.
func texts(_ ws: Workspace) -> [String] { ws.items.compactMap { $0.paragraph?.content.plainText } }

@Suite struct RemoveNoiseMarkersTests {
    @Test func removesMarkersEverywhereEvenInsideWords() {
        let ws = TestSupport.apply([RemoveNoiseMarkers()], to: ["本##paidbegin##人带头", "##paidend##", "##paidbegin##（二）抓责任"])
        #expect(texts(ws) == ["本人带头", "", "（二）抓责任"])
    }

    @Test func markersAreConfigurable() {
        let ws = TestSupport.apply([RemoveNoiseMarkers()], to: ["A[[ad]]B ##paidend##"],
                                   options: NormalizationOptions(noiseMarkers: ["[[ad]]"]))
        #expect(texts(ws) == ["AB ##paidend##"])
    }

    @Test func aMarkerSplitAcrossFormattingIsRemoved() {
        var ws = Workspace(document: Document(blocks: [.paragraph(Paragraph(content: [.text("本##paid"), .strong([.text("begin##人")])]))]))
        RemoveNoiseMarkers().apply(to: &ws, options: NormalizationOptions())
        #expect(texts(ws) == ["本人"])
    }
}

@Suite struct RemoveInvisibleCharactersTests {
    @Test func removesZeroWidthAndControlCharacters() {
        let ws = TestSupport.apply([RemoveInvisibleCharacters()], to: ["本\u{200B}人\u{FEFF}工\u{0007}作\u{2060}", "a\tb"])
        #expect(texts(ws) == ["本人工作", "a\tb"])
    }
}

@Suite struct TrimIndentationTests {
    @Test func removesIndentationAndTrailingSpaces() {
        let ws = TestSupport.apply([TrimIndentation()], to: ["\u{3000}\u{3000}2022年，", "\u{00A0}2022年 ", "  \tText  "])
        #expect(texts(ws) == ["2022年，", "2022年", "Text"])
    }
}

@Suite struct HalfWidthAlphanumericsTests {
    @Test func fullWidthDigitsAndLettersBecomeHalfWidth() {
        let ws = TestSupport.apply([HalfWidthAlphanumerics()], to: ["２０２２年ＡＢｃ，１００％"])
        #expect(texts(ws) == ["2022年ABc，100％"])
    }

    @Test func canBeSwitchedOff() {
        let ws = TestSupport.apply([HalfWidthAlphanumerics()], to: ["２０２２"], options: NormalizationOptions(halfWidthAlphanumerics: false))
        #expect(texts(ws) == ["２０２２"])
    }
}

@Suite struct FullWidthCJKPunctuationTests {
    @Test(arguments: [
        ("指示精神.", "指示精神。"),
        ("监督,深化标本兼治,在全局", "监督，深化标本兼治，在全局"),
        ("问题:一是", "问题：一是"),
        ("线上累计服务企业8.1万余家次", "线上累计服务企业8.1万余家次"),
        ("融资5.11亿元", "融资5.11亿元"),
        ("依据DA/T 18标准", "依据DA/T 18标准"),
        ("见 https://example.org/a,b 网站", "见 https://example.org/a,b 网站"),
        ("联系 admin@example.org.", "联系 admin@example.org."),
        ("Hello, world.", "Hello, world."),
        // HIT 书写范例 (real): a GB/T 7714 reference keeps its fields' marks.
        ("[26] 孟威.网络互动:意义诠释与规则探讨[D]. 北京:中国社会科学院,2002", "[26] 孟威.网络互动:意义诠释与规则探讨[D]. 北京:中国社会科学院,2002"),
        ("［3］王宁.语言学[M].北京:商务印书馆,2010", "［3］王宁.语言学[M].北京:商务印书馆,2010"),
        ("[注]见下文,详细", "[注]见下文，详细"),
    ])
    func punctuationBetweenCJKIsFullWidth(input: String, expected: String) {
        let ws = TestSupport.apply([FullWidthCJKPunctuation()], to: [input])
        #expect(texts(ws) == [expected])
    }
}

@Suite struct DropEmptyParagraphsTests {
    @Test func dropsParagraphsLeftEmpty() {
        let ws = TestSupport.apply([RemoveNoiseMarkers(), TrimIndentation(), DropEmptyParagraphs()], to: ["A", "##paidend##", "\u{3000}", "B"])
        #expect(texts(ws) == ["A", "B"])
    }

    /// Word holds spacing with a paragraph of one `<w:br/>`; it shows nothing, so it goes. An
    /// image or a note mark alone shows something and stays; an image with neither file nor
    /// alt text, or a link around nothing, shows nothing, as `pruned()` has it.
    @Test func aParagraphOfLineBreaksAndSpacesGoes() {
        let contents: [[Inline]] = [[.text("A")], [.lineBreak], [.strong([.text(" "), .lineBreak])], [.image(alt: "", source: "media/a.png")], [.noteReference("1")],
                                    [.image(alt: "", source: nil)], [.link(url: "https://example.org", content: [.text("")])]]
        var ws = Workspace(document: Document(blocks: contents.map { .paragraph(Paragraph(content: $0)) }))
        DropEmptyParagraphs().apply(to: &ws, options: NormalizationOptions())
        #expect(ws.items.compactMap { $0.paragraph?.content } == [[.text("A")], [.image(alt: "", source: "media/a.png")], [.noteReference("1")]])
    }
}

@Suite struct DetectLanguageTests {
    @Test func chineseAndWestern() {
        #expect(TestSupport.apply([DetectLanguage()], to: ["2022年，我深入学习贯彻"]).metadata.language == "zh")
        #expect(TestSupport.apply([DetectLanguage()], to: ["An annual report of the team"]).metadata.language == "en")
    }
}
