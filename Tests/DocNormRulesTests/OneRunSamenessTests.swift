import DocNormModel
@testable import DocNormRules
import DocNormTestSupport
import Testing

/// The rules' paths for one run of text, as they were before they read bytes or scalars:
/// the oracles of `OneRunSamenessTests`.
enum OneRunReference {
    static func isField(_ text: String) -> Bool {
        guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return false }
        let key = text.distance(from: text.startIndex, to: colon)
        let value = text[text.index(after: colon)...].drop(while: { $0.isWhitespace })
        return key >= 2 && key <= 10 && !value.isEmpty
    }

    static func firstSentence(_ text: String) -> Substring {
        var depth = 0
        var inside: String.UnicodeScalarView.Index?
        for i in text.unicodeScalars.indices {
            let s = text.unicodeScalars[i]
            if s == "(" || s == "（" { depth += 1 } else if s == ")" || s == "）" { depth = max(0, depth - 1) }
            if s == "。" || s == "！" || s == "？" {
                if depth == 0 { return text[...i] }
                inside = inside ?? i
            }
        }
        if depth > 0, let inside { return text[...inside] }
        return Substring(text)
    }

    static func hasClauseLead(_ sentence: Substring) -> Bool {
        sentence.unicodeScalars.prefix { $0 != "\n" && $0 != "\u{0B}" }.contains(where: ClassifyParagraphs.isClauseLead)
    }

    static func endsInPageNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        while let last = scalars.last, last == " " || last == "\u{3000}" { scalars = scalars.dropLast() }
        var digits = 0
        while let last = scalars.last, last.properties.numericType != nil && last.isASCII || "ivxlcIVXLC".unicodeScalars.contains(last) {
            scalars = scalars.dropLast()
            digits += 1
        }
        guard (1...5).contains(digits), scalars.count >= 2 else { return false }
        while let last = scalars.last, last == " " || last == "\u{3000}" { scalars = scalars.dropLast() }
        if scalars.last == "\t" { return true }
        var leaderCount = 0
        while let last = scalars.last, SetAsideTableOfContents.leaders.contains(last) || last == " " {
            if last != " " { leaderCount += 1 }
            scalars = scalars.dropLast()
        }
        return leaderCount >= 2 && !scalars.isEmpty
    }

    /// `AssembleBlocks.runIn` cut by characters, without `--run-in keep`.
    static func runIn(_ s: String) -> (title: [Inline], rest: [Inline]) {
        let content: [Inline] = [.text(s)]
        let (head, tail) = content.split(at: firstSentence(s).characterCount)
        let title = head.split(at: max(0, head.characterCount - 1)).head
        return (AssembleBlocks.unbolded(title), tail.trimming(CharacterClass.isIndentSpace))
    }

    /// `AssembleBlocks.heading`'s cut of a final 。 by characters.
    static func headingContent(_ s: String) -> [Inline] {
        var content: [Inline] = [.text(s)]
        if let last = content.plainText.last, last == "。" { content = content.split(at: content.characterCount - 1).head }
        // With a tab, each run of tabs and spaces is one space, none at the ends.
        let text = content.plainText
        if text.unicodeScalars.contains("\t") {
            // By scalars: a tab may carry a combining mark (`\t\u{301}`), which a Character holds.
            var runs: [String] = []
            var word = ""
            for u in text.unicodeScalars {
                if u == " " || u == "\t" { if !word.isEmpty { runs.append(word); word = "" } } else { word.unicodeScalars.append(u) }
            }
            if !word.isEmpty { runs.append(word) }
            let spaced = runs.joined(separator: " ")
            content = spaced.isEmpty ? [] : [.text(spaced)]
        }
        return content
    }
}

/// One run of text read in its UTF-8 or scalars gives what the character paths gave: on every
/// line of the samples and seeds and on strings made to trip them (combining marks, prepended
/// marks, emoji, CR LF, U+3000, Greek question mark, colons and sentence ends at the edges).
@Suite struct OneRunSamenessTests {
    static let odd = ["", "一", "：", ":", "。", "！", "？", "e\u{301}", "\u{301}", "\u{0600}", "👍🏽", "\r\n", "\u{3000}", " ", "\t",
                      "\u{037E}", ";", "；", "，", "#", "a", "1", "项目名称", "应当", "供应", "不得", "\n", "\u{0B}", "。\u{301}", "第一章",
                      "（一）", "1. ", "……12", "\t3", "ii", "\u{200B}"]

    static func texts() throws -> [String] {
        var texts = try TestSupport.sampleAndSeedLines()
        for a in odd { for b in odd { for c in ["", "abc", "内容"] { texts += [a + b + c, c + a + b, a + c + b] } } }
        return texts
    }

    @Test func theLastSimpleScalarIsTheLastCharacter() throws {
        var wrong: [String] = []
        for t in try Self.texts() {
            guard let s = t.lastSimpleScalar else { continue }
            if t.last != Character(s) || t.last.map(String.init)?.unicodeScalars.count != 1 { wrong.append(t.debugDescription) }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
        #expect("项目。".lastSimpleScalar == "。")
        #expect("a\u{301}".lastSimpleScalar == nil)
        #expect("\u{0600}。".lastSimpleScalar == nil)
        #expect("x\u{037E}".lastSimpleScalar == nil)
    }

    @Test func fieldsAreTheCharacterFields() throws {
        let wrong = try Self.texts().filter { ClassifyParagraphs.isField($0) != OneRunReference.isField($0) }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map(\.debugDescription))")
        #expect(ClassifyParagraphs.isField("项目名称：上海松江客整所保洁服务"))
        #expect(!ClassifyParagraphs.isField("项目名称： "))
        #expect(!ClassifyParagraphs.isField("这是一个很长很长的键名称字段：值"))
    }

    @Test func firstSentencesAndClauseLeadsAreTheScalarOnes() throws {
        var wrong: [String] = []
        for t in try Self.texts() {
            let new = ClassifyParagraphs.firstSentence(t), old = OneRunReference.firstSentence(t)
            if new.startIndex != old.startIndex || new.endIndex != old.endIndex { wrong.append("sentence \(t.debugDescription)") }
            if ClassifyParagraphs.hasClauseLead(new) != OneRunReference.hasClauseLead(old) { wrong.append("lead \(t.debugDescription)") }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
        #expect(ClassifyParagraphs.firstSentence("一、总则。其他") == "一、总则。")
        // A full stop inside brackets ends no sentence; inside a bracket never closed it does.
        #expect(ClassifyParagraphs.firstSentence("三、工作职责（甲方有权调整服务内容。）乙方应当配合。") == "三、工作职责（甲方有权调整服务内容。）乙方应当配合。")
        #expect(ClassifyParagraphs.firstSentence("三、工作职责（甲方有权调整。乙方配合") == "三、工作职责（甲方有权调整。")
    }

    @Test func pageNumbersAreTheScalarOnes() throws {
        let wrong = try Self.texts().filter { SetAsideTableOfContents.endsInPageNumber($0) != OneRunReference.endsInPageNumber($0) }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map(\.debugDescription))")
        #expect(SetAsideTableOfContents.endsInPageNumber("第一章 总则……12"))
    }

    @Test func labelCutsAreTheCharacterCuts() throws {
        var wrong: [String] = []
        for t in try Self.texts() {
            let content: [Inline] = [.text(t)]
            for n in 0...6 {
                let new = DetectLabels.dropping(n, from: content)
                let old = content.dropping(first: n).trimming(CharacterClass.isIndentSpace)
                if String(reflecting: new) != String(reflecting: old) { wrong.append("\(t.debugDescription) at \(n)") }
            }
            let parsed = LabelParser.parse(DetectLabels.labelText(content)), prefixed = LabelParser.parse(content.plainPrefix(24))
            if String(reflecting: parsed) != String(reflecting: prefixed) { wrong.append("parse \(t.debugDescription)") }
        }
        #expect(wrong.isEmpty, "\(wrong.count) differ: \(wrong.prefix(5))")
    }

    @Test func runInAndHeadingCutsAreTheCharacterCuts() throws {
        var wrong: [String] = []
        for t in try Self.texts() {
            if let (title, rest) = AssembleBlocks.runInParts(t) {
                let old = OneRunReference.runIn(t)
                let new = (title.isEmpty ? [] : [Inline.text(title)], rest.isEmpty ? [] : [Inline.text(rest)])
                if String(reflecting: new.0) != String(reflecting: old.title) || String(reflecting: new.1) != String(reflecting: old.rest) {
                    wrong.append("run-in \(t.debugDescription)")
                }
            }
            let p = Paragraph(content: [.text(t)])
            guard case .heading(let h)? = AssembleBlocks().heading(p, level: 2).first else { wrong.append("no heading"); continue }
            if String(reflecting: h.content) != String(reflecting: AssembleBlocks.unbolded(OneRunReference.headingContent(t))) {
                wrong.append("heading \(t.debugDescription)")
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) differ: \(wrong.prefix(5))")
        #expect(AssembleBlocks.runInParts("一、总则。  本办法适用于…")! == ("一、总则", "本办法适用于…"))
        #expect(AssembleBlocks.runInParts("总则。\u{301}后文") == nil)
    }
}
