import DocNormModel
@testable import DocNormRules
import DocNormTestSupport
import Testing

@Suite struct ReportNumberingProblemsTests {
    /// The problems `check` lists (the forms a conversion corrects included).
    func problems(_ lines: [String]) -> [(String, SourcePosition?, String?, String?)] {
        var options = NormalizationOptions()
        options.reportsCorrectedForms = true
        return TestSupport.normalize(lines.joined(separator: "\n"), options: options).warnings
            .filter { $0.severity == .warning && $0.code != "placeholder" && $0.code != "unbalanced-brackets" }
            .map { ($0.code, $0.position, $0.found, $0.expected) }
    }

    @Test func skippedRepeatedRestarted() {
        let p = problems(["报告", "一、甲", "正文。", "三、乙", "正文。", "三、丙", "正文。", "一、丁", "正文。"])
        #expect(p.map(\.0) == ["number-skipped", "number-repeated", "number-restarted"])
        #expect(p.map(\.1) == [.line(4), .line(6), .line(8)])
        #expect(p.map(\.3) == ["二、", "三、", "四、"])
    }

    @Test func aCountThatDoesNotStartAtOne() {
        let p = problems(["报告", "二、甲", "正文。", "三、乙", "正文。"])
        #expect(p.map(\.0) == ["number-skipped"])
        #expect(p.first?.3 == "一、")
    }

    @Test func mixedFormsAndHalfWidthBrackets() {
        let p = problems(["报告", "一、甲", "（一）子", "正文。", "(二)丑", "正文。", "1．寅", "正文。", "2、卯", "正文。"])
        #expect(p.map(\.0).sorted() == ["half-width-brackets", "mixed-forms", "mixed-forms"].sorted() || p.map(\.0).sorted() == ["half-width-brackets", "mixed-forms"])
        #expect(p.contains { $0.0 == "half-width-brackets" && $0.2 == "(二)" && $0.3 == "（二）" })
    }

    /// A conversion writes `(二)` as `（二）` and says so once: the half-width warning is no
    /// longer true of the output. `keep` writes `(二)`, so the warning stays.
    @Test func aCorrectedFormIsNotedOnce() {
        let lines = ["报告", "（一）子", "正文。", "(二)丑", "正文。"].joined(separator: "\n")
        let notes = TestSupport.normalize(lines).warnings.filter { $0.position == .line(4) }
        #expect(notes.map(\.code) == ["label-rewritten"] && notes.map(\.severity) == [.info], "\(notes)")
        let kept = TestSupport.normalize(lines, options: NormalizationOptions(numbering: .keep)).warnings.filter { $0.position == .line(4) }
        #expect(kept.map(\.code) == ["half-width-brackets"] && kept.map(\.severity) == [.warning], "\(kept)")
    }

    @Test func aRankInsideALowerOne() {
        let p = problems(["报告", "（一）甲", "正文。", "一、乙", "正文。", "（二）丙", "正文。"])
        #expect(p.contains { $0.0 == "rank-inverted" && $0.1 == .line(4) })
    }

    @Test func aLevelThatSkipsARankUsedElsewhere() {
        let p = problems(["报告", "一、甲", "（一）子", "正文。", "二、乙", "（1）丑", "正文。"])
        #expect(p.contains { $0.0 == "level-skipped" && $0.1 == .line(6) })
    }

    @Test func wordNumberingIsNotChecked() {
        var doc = TestSupport.rawDocument(["报告", "甲", "正文。", "乙", "正文。"])
        for k in [1, 3] {
            if case .paragraph(var p) = doc.blocks[k] {
                p.hints.automaticNumbering = AutomaticNumbering(listID: 1, level: 0, text: k == 1 ? "一、" : "三、", format: "chineseCounting")
                doc.blocks[k] = .paragraph(p)
            }
        }
        let warnings = Normalizer().normalize(doc).warnings.filter { $0.code.hasPrefix("number-") }
        #expect(warnings.isEmpty)
    }

    @Test func cleanSeedsHaveNoNumberingProblems() throws {
        for url in TestSupport.sampleTexts() {
            let text = try String(contentsOf: url, encoding: .utf8)
            let codes = Set(TestSupport.normalize(text).warnings.filter { $0.severity == .warning }.map(\.code))
            #expect(codes.isSubset(of: ["placeholder", "unbalanced-brackets"]), "\(url.lastPathComponent): \(codes)")
        }
    }
}

@Suite struct SchemeTests {
    @Test func samplesOverrideTheForms() throws {
        let scheme = try NumberingScheme.gbt9704.overriding(with: [.arabic: "1．", .parenthesizedChinese: "(一)"])
        let options = NormalizationOptions(scheme: scheme)
        let outline = TestSupport.outline(["报告", "一、甲", "（一）子", "1.丑", "正文。", "2.寅", "正文。"].joined(separator: "\n"), options: options)
        #expect(outline == ["# 报告", "## 一、甲", "### (一)子", "#### 1．丑", "#### 2．寅"])
    }

    @Test func aWesternOutlineNumbersByTheParents() throws {
        let scheme = try NumberingScheme.gbt9704.overriding(with: [.chineseNumber: "1", .parenthesizedChinese: "1.1", .arabic: "1.1.1"])
        let lines = ["报告", "一、甲", "（一）子", "1.丑", "正文。", "2.寅", "正文。", "（二）卯", "正文。", "二、乙", "正文。"]
        let outline = TestSupport.outline(lines.joined(separator: "\n"), options: NormalizationOptions(scheme: scheme))
        #expect(outline == ["# 报告", "## 1甲", "### 1.1子", "#### 1.1.1丑", "#### 1.1.2寅", "### 1.2卯", "## 2乙"])
    }

    @Test func unknownSamplesAreRefused() {
        #expect(throws: SchemeError.self) { try NumberingScheme.gbt9704.overriding(with: [.arabic: "hello"]) }
    }
}
