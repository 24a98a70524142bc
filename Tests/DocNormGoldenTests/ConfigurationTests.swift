import DocNorm
import DocNormTestSupport
import Foundation
import Testing

@Suite struct ConfigurationTests {
    @Test func readsEverySetting() throws {
        let config = try Configuration.parse("""
            numbering: keep
            runIn: keep
            splitEnumerations: true
            noiseMarkers: ["[广告]"]
            cleanup: {punctuation: false, halfWidth: false}
            scheme:
              arabic: "1．"
              parenthesizedArabic: "(1)"
            """)
        let o = config.applied(to: NormalizationOptions())
        #expect(o.numbering == .keep && o.runIn == .keep && o.splitEnumerations)
        #expect(o.noiseMarkers == ["[广告]"] && !o.fixPunctuation && !o.halfWidthAlphanumerics)
        #expect(o.scheme.forms[.arabic]?.description == "1．")
        #expect(o.scheme.forms[.parenthesizedArabic]?.description == "(1)")
        #expect(config.applied(to: NormalizationOptions(), schemeOnly: true).numbering == .normalize)
    }

    @Test(arguments: [
        ("numberng: keep", "unknown setting numberng"),
        ("numbering: sideways", "numbering must be normalize, keep or strip"),
        ("scheme: {rank9: '1.'}", "unknown rank rank9"),
        ("scheme: {arabic: 1.1}", "write the label in quotes"),
        ("scheme: {arabic: 'hello'}", "hello is not a numbering label"),
        ("cleanup: {spelling: true}", "unknown cleanup setting spelling"),
        ("- a list", "must be a mapping"),
        ("numbering: [", "is not valid YAML"),
    ])
    func mistakesAreOneLine(text: String, reason: String) {
        do {
            _ = try Configuration.parse(text, file: "docnorm.yaml")
            Issue.record("\(text) accepted")
        } catch {
            #expect(error.description.hasPrefix("docnorm.yaml: "))
            #expect(error.description.contains(reason), "\(error.description)")
        }
    }

    /// The five seeds converted together with a scheme asking for 1．: rank 4 shows 1． (004
    /// keeps it; the others have none); with the default, 1.
    @Test func oneSchemeForABatch() throws {
        let scheme = try Configuration.parse("scheme: {arabic: '1．'}").applied(to: NormalizationOptions())
        for options in [scheme, NormalizationOptions()] {
            let converter = Converter(options: ConversionOptions(normalization: options))
            var rank4: [String] = []
            for url in TestSupport.sampleTexts() {
                let doc = try converter.load(url)
                for case .heading(let h) in doc.blocks where h.label?.rank == .arabic { rank4.append(h.label!.display!) }
            }
            #expect(rank4 == (options == scheme ? ["1．", "2．", "3．", "4．"] : ["1.", "2.", "3.", "4."]))
        }
    }
}

/// A messy copy of each seed (a skipped 二、, half-width (一), a mixed 2、) converts to exactly
/// the clean seed's outline, and check lists each planted problem once, where it was planted.
@Suite struct MessySeedTests {
    struct Messy {
        var text: String
        var planted: [(code: String, line: Int)]
    }

    static func messy(_ seed: String) -> Messy {
        var lines = seed.components(separatedBy: "\n")
        var planted: [(String, Int)] = []
        let chinese = ["二、", "三、", "四、", "五、"]
        var seenRank2 = 0
        var firstParen = true
        var seenRank4 = 0
        for k in lines.indices {
            let stripped = lines[k].replacingOccurrences(of: "##paidbegin##", with: "")
            let prefix = lines[k].hasPrefix("##paidbegin##") ? "##paidbegin##" : ""
            if let i = chinese.firstIndex(where: { stripped.hasPrefix($0) }) ?? (stripped.hasPrefix("一、") ? -1 : nil) {
                seenRank2 += 1
                if i >= 0 {
                    // 二、 becomes 三、, 三、 becomes 四、 …: one number skipped.
                    lines[k] = prefix + ["三、", "四、", "五、", "六、"][i] + stripped.dropFirst(2)
                    if seenRank2 == 2 { planted.append(("number-skipped", k + 1)) }
                }
            } else if firstParen, stripped.hasPrefix("（一）") {
                lines[k] = prefix + "(一)" + stripped.dropFirst(3)
                planted.append(("half-width-brackets", k + 1))
                firstParen = false
            } else if stripped.first?.isNumber == true, stripped.dropFirst().hasPrefix("．") {
                seenRank4 += 1
                if seenRank4 == 2 {
                    lines[k] = prefix + String(stripped.first!) + "、" + stripped.dropFirst(2)
                    planted.append(("mixed-forms", k + 1))
                }
            }
        }
        return Messy(text: lines.joined(separator: "\n"), planted: planted)
    }

    @Test(arguments: TestSupport.sampleTexts())
    func messyCopyGivesTheCleanOutlineAndEachProblemOnce(seed: URL) throws {
        let clean = try String(contentsOf: seed, encoding: .utf8)
        let m = Self.messy(clean)
        #expect(!m.planted.isEmpty)
        // Repaired only when asked: by default a number stays what the document shows.
        #expect(TestSupport.outline(m.text, options: NormalizationOptions(renumber: true)) == TestSupport.outline(clean))
        // What `check` lists: the corrected forms too.
        var asChecked = NormalizationOptions()
        asChecked.reportsCorrectedForms = true
        let found = TestSupport.normalize(m.text, options: asChecked).warnings.filter { NumberingReport.problemCodes.contains($0.code) && $0.code != "placeholder" && $0.code != "unbalanced-brackets" }
        let got = found.map { w -> String in
            if case .line(let n)? = w.position { return "\(w.code)@\(n)" }
            return w.code
        }.sorted()
        #expect(got == m.planted.map { "\($0.code)@\($0.line)" }.sorted(), "\(seed.lastPathComponent)")
    }
}
