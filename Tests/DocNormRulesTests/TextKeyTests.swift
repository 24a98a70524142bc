import DocNormModel
@testable import DocNormRules
import Testing

/// The byte-level text keys against their definitions in Unicode scalars.
@Suite struct TextKeyTests {
    static let samples = ["目\u{2003}\u{2003}次", "第二部分   投标人须知", "Table of\tContents", "no\u{00A0}break\u{0085}next\u{1680}x",
                          "\u{3000}一、总则。。", "abc", "", "  ", "é\u{301} \u{202F}\u{205F}\u{2028}\u{2029}z", "\u{00C2}\u{00E2}\u{1E00}\u{2030}\u{3001}",
                          "𠀀 😀\u{200B}", "第一部分 招标公告。 。", String(repeating: "长", count: 61) + "。", String(repeating: "长", count: 59) + "。。。"]

    static func reference(_ text: String) -> String { String(text.unicodeScalars.filter { !$0.properties.isWhitespace }) }

    @Test(arguments: samples) func squeezedDropsExactlyTheWhiteSpace(text: String) {
        #expect(Array(TextKey.squeezed(text).utf8) == Array(Self.reference(text).utf8))
        #expect(TextKey.nonWhiteScalarCount(text, upTo: 1000) == Self.reference(text).unicodeScalars.count)
    }

    @Test(arguments: samples) func boundedHeadingKeyIsTheKeyWhenShortEnough(text: String) {
        var key = Self.reference(text)
        while key.hasSuffix("。") { key.removeLast() }
        #expect(TextKey.heading(text) == key)
        #expect(TextKey.heading(text, atMost: 60) == (key.unicodeScalars.count <= 60 ? key : nil))
    }

    @Test func countingStopsAtTheCap() {
        #expect(TextKey.nonWhiteScalarCount("一二三四五", upTo: 3) == 3)
    }
}

/// Byte-level prefilters of the clean-up rules against the scalar definitions they stand for.
@Suite struct CleanupPrefilterTests {
    @Test func invisibleNoiseIsFoundInTheBytes() {
        var wrong: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            // Short and long: the tail and the sixteen-byte blocks of the scan.
            for text in ["一" + String(s) + "a", "一二三四五六七八九十" + String(s) + "abcdefghijklmnopqrstuvwxyz"] {
                if RemoveInvisibleCharacters.hasInvisibleNoise(text) != CharacterClass.isInvisibleNoise(s) { wrong.append(v) }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map { String($0, radix: 16) })")
    }

    /// The byte copy drops exactly the scalars the scalar filter dropped, at either end too.
    @Test func invisibleNoiseIsRemovedFromTheBytes() {
        var wrong: [UInt32] = []
        func filtered(_ text: String) -> String {
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !CharacterClass.isInvisibleNoise($0) })
            return String(scalars)
        }
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            for text in [String(s), "一" + String(s) + "a\u{200B}", "\u{7}\t" + String(s) + String(s) + "\n\u{FEFF}"] {
                if Array(RemoveInvisibleCharacters.withoutInvisibleNoise(text).utf8) != Array(filtered(text).utf8) { wrong.append(v) }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map { String($0, radix: 16) })")
    }

    @Test(arguments: ["中文,中文", "0.5", "e.g. this", "中文.", ".中文", "（一）.中", "”,“", "中文!", "a,b", "中,1", "中.\u{301}", "中文"])
    func wideningIsPredictedFromTheBytes(text: String) {
        for (before, after) in [(nil, nil), (Character("中"), Character("文")), (Character("a"), nil)] as [(Character?, Character?)] {
            let converted = FullWidthCJKPunctuation.convert(text, before: before, after: after)
            #expect(Array(converted.utf8) == Array(ReferencePunctuation.convert(text, before: before, after: after).utf8))
        }
    }
}

@Suite struct LongBracketTests {
    /// Brackets far into a paragraph, past the sixteen-byte blocks the scan skips.
    @Test func bracketsAreFoundAnywhere() {
        let pad = String(repeating: "本人认真学习文件精神", count: 5)
        #expect(ReportUnbalancedBrackets.firstProblem(in: pad + "（一）" + pad + "“引号”" + pad) == nil)
        #expect(ReportUnbalancedBrackets.firstProblem(in: pad + "内容）多余") == "unbalanced ）: closed before 多余… without being opened")
        #expect(ReportUnbalancedBrackets.firstProblem(in: pad + "末尾《") == "unbalanced 《: opened before … and never closed")
    }
}

/// Trimming by index ranges against the scalar-by-scalar definition it replaced.
@Suite struct TrimmingSpacesTests {
    static func reference(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars.drop(while: CharacterClass.isIndentSpace))
        while let last = scalars.last, CharacterClass.isIndentSpace(last) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    @Test(arguments: TextKeyTests.samples + ["\u{3000}\u{3000}附件1：廉政协议\u{3000}", " \t", "e\u{301}\u{3000}", "\u{3000}\u{301}x"])
    func trimmingDropsTheSameSpaces(text: String) {
        #expect(Array(text.trimmingSpaces().utf8) == Array(Self.reference(text).utf8))
    }

    @Test func anAttachmentLineIsFoundBehindItsIndentAndOthersAreNot() {
        #expect(AttachmentHeadings.attachmentRest("\u{3000}\u{3000}附件1：廉政协议") == "廉政协议")
        #expect(AttachmentHeadings.attachmentRest("  附件三：") == "")
        #expect(AttachmentHeadings.attachmentRest("附件材料清单") == nil)
        #expect(AttachmentHeadings.attachmentRest("详见附件1。") == nil)
        #expect(AttachmentHeadings.attachmentRest("") == nil)
        #expect(AttachmentHeadings.attachmentRest("附表2：符合性审查表") == "符合性审查表")
        #expect(AttachmentHeadings.formRest("表10   投标廉政承诺书") == "投标廉政承诺书")
        #expect(AttachmentHeadings.formRest("表1法定代表人授权书") == "法定代表人授权书")
        #expect(AttachmentHeadings.formRest("表格填写说明") == nil)
        #expect(AttachmentHeadings.formRest("表明我方承诺") == nil)
    }
}
