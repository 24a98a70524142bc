import DocNormModel
@testable import DocNormRules
import DocNormTestSupport
import Testing

@Suite struct ReportPlaceholdersTests {
    @Test func countsEachFormPerParagraph() throws {
        let ws = TestSupport.apply([ReportPlaceholders()], to: ["在XX委XX工委，学习X次，创新“********”品牌，***党支部", "没有占位符。"])
        #expect(ws.warnings.count == 1)
        let w = try #require(ws.warnings.first)
        #expect(w.code == "placeholder")
        #expect(w.position == .line(1))
        #expect(w.message.contains("XX ×2"))
        #expect(w.message.contains("X ×1"))
        #expect(w.message.contains("******** ×1"))
        #expect(w.message.contains("*** ×1"))
    }

    @Test func latinWordsAreNotPlaceholders() {
        let ws = TestSupport.apply([ReportPlaceholders()], to: ["XML and XXL sizes, Xbox"])
        #expect(ws.warnings.isEmpty)
    }

    @Test func textIsNotChanged() {
        let ws = TestSupport.apply([ReportPlaceholders()], to: ["学习XX次"])
        #expect(texts(ws) == ["学习XX次"])
    }
}

@Suite struct ReportUnbalancedBracketsTests {
    @Test func reportsAnUnclosedQuote() throws {
        let ws = TestSupport.apply([ReportUnbalancedBrackets()], to: ["发放“清风住建廉洁倡议书，打造廉洁文化长廊。", "“两个维护”（试行）《条例》"])
        #expect(ws.warnings.count == 1)
        let w = try #require(ws.warnings.first)
        #expect(w.code == "unbalanced-brackets")
        #expect(w.position == .line(1))
        #expect(w.message.contains("“"))
    }

    @Test func reportsAStrayCloser() {
        let ws = TestSupport.apply([ReportUnbalancedBrackets()], to: ["内容）多余"])
        #expect(ws.warnings.count == 1)
    }

    @Test func apostrophesAreNotQuotes() {
        let ws = TestSupport.apply([ReportUnbalancedBrackets()], to: ["don’t stop"])
        #expect(ws.warnings.isEmpty)
        #expect(ReportUnbalancedBrackets.firstProblem(in: "‘don’t’") == nil)
    }

    @Test func messagesShowWhereTheMarkIs() {
        #expect(ReportUnbalancedBrackets.firstProblem(in: "发放“清风住建廉洁倡议书，打造廉洁文化长廊。")
                == "unbalanced “: opened before 清风住建廉洁倡议书，打造… and never closed")
        #expect(ReportUnbalancedBrackets.firstProblem(in: "内容）多余") == "unbalanced ）: closed before 多余… without being opened")
        #expect(ReportUnbalancedBrackets.firstProblem(in: "（甲“乙）丙") == "unbalanced “: opened before 乙）丙… and never closed")
        #expect(ReportUnbalancedBrackets.firstProblem(in: "末尾（") == "unbalanced （: opened before … and never closed")
        #expect(ReportUnbalancedBrackets.firstProblem(in: "“两个维护”（试行）《条例》") == nil)
        // Item numbers in running text are not brackets; a real stray one still is.
        #expect(ReportUnbalancedBrackets.firstProblem(in: "主要包括：1）组织学习；2）开展调研；a) 其他") == nil)
        #expect(ReportUnbalancedBrackets.firstProblem(in: "第2）项") != nil)
    }
}

/// A label's own bracket (`1）` `a)`) is its form: never an unbalanced bracket.
@Suite struct LabelBracketTests {
    @Test func labelsWithOneBracketAreNotReported() {
        let doc = TestSupport.normalize(["报告", "一、要求", "1）认真学习。", "2）深入调研。", "a) 其他事项。"].joined(separator: "\n"))
        #expect(!doc.warnings.contains { $0.code == "unbalanced-brackets" }, "\(doc.warnings)")
    }
}

/// The pipeline runs clean-up, then classification, then assembly, and every rule after the
/// rules whose results it reads.
@Suite struct RulePhaseTests {
    @Test func theStandardOrderKeepsEveryDependency() {
        #expect(Normalizer.orderProblem(Normalizer.standardRules) == nil)
        let phases = Normalizer.standardRules.map(\.phase)
        #expect(phases == phases.sorted())
    }

    @Test func aBrokenOrderIsNamed() {
        #expect(Normalizer.orderProblem([DetectLabels(), DetectLanguage()]) == "detect-labels reads what detect-language finds, but detect-language does not run before it")
        #expect(Normalizer.orderProblem([DetectLanguage(), RemoveNoiseMarkers()]) == "remove-noise-markers (cleanup) runs after a classification rule")
    }

    /// Punctuation is widened before labels are read, without touching a label's delimiter.
    @Test func punctuationCleanUpLeavesLabelDelimiters() {
        #expect(TestSupport.outline("报告\n一.总体要求\n正文.\n二.具体措施\n正文,内容.") == ["# 报告", "## 一、总体要求", "## 二、具体措施"])
        let doc = TestSupport.normalize("报告\n一.总体要求\n正文,内容.")
        #expect(doc.warnings.allSatisfy { $0.code != "unbalanced-brackets" })
    }
}
