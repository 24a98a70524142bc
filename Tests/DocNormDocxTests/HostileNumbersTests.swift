import DocNorm
@testable import DocNormReaders
import DocNormModel
import DocNormTestSupport
import Testing

/// Numbers a document carries are clamped, with a warning, before any arithmetic: none traps,
/// and no label grows with the size of a number.
@Suite struct HostileNumbersTests {
    static let int64Max = "9223372036854775807"
    static let int64Min = "-9223372036854775808"

    func list(start: String, format: String = "decimal", override: String = "") -> String {
        """
        <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="\(start)"/><w:numFmt w:val="\(format)"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/>\(override)</w:num>
        """
    }

    let twoItems = p("甲", pPr: "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>")
        + p("乙", pPr: "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>")

    func labels(_ doc: Document) -> [String] {
        paragraphs(doc).compactMap { $0.hints.automaticNumbering?.text }
    }

    @Test func gridSpanAndGridBeforeAtInt64MaxAreClamped() throws {
        let cell = "<w:tc><w:tcPr><w:gridSpan w:val=\"\(Self.int64Max)\"/></w:tcPr>\(p("格"))</w:tc>"
        let body = "<w:tbl><w:tr><w:trPr><w:gridBefore w:val=\"\(Self.int64Max)\"/></w:trPr>\(cell)\(cell)</w:tr></w:tbl>"
        let doc = try readDocx(body)
        guard case .table(let t)? = doc.blocks.first else { Issue.record("no table"); return }
        // The skipped columns are one empty cell before the two.
        #expect(t.rows[0].cells.count == 3 && t.rows[0].cells[0].blocks.isEmpty)
        #expect(t.rows[0].cells.allSatisfy { $0.columnSpan == BodyReader.maxGridSpan })
        #expect(doc.warnings.contains { $0.code == "number-out-of-range" && $0.message.contains("w:gridSpan") })
        #expect(doc.warnings.contains { $0.code == "number-out-of-range" && $0.message.contains("w:gridBefore") })
    }

    @Test(arguments: [int64Max, int64Min, "99999999999999999999999"])
    func startOutOfRangeIsClampedAndCountsOn(start: String) throws {
        let doc = try readDocx(twoItems, numbering: list(start: start))
        let bound = start.hasPrefix("-") ? 0 : NumberingPart.maxStart
        #expect(labels(doc) == ["\(bound).", "\(bound + 1)."])
        #expect(doc.warnings.contains { $0.code == "number-out-of-range" && $0.message.contains("w:start") })
    }

    @Test(arguments: [int64Max, int64Min])
    func startOverrideOutOfRangeIsClamped(value: String) throws {
        let override = "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"\(value)\"/></w:lvlOverride>"
        let doc = try readDocx(twoItems, numbering: list(start: "1", override: override))
        let bound = value.hasPrefix("-") ? 0 : NumberingPart.maxStart
        #expect(labels(doc) == ["\(bound).", "\(bound + 1)."])
        #expect(doc.warnings.contains { $0.code == "number-out-of-range" && $0.message.contains("w:startOverride") })
    }

    @Test func lvlRestartAndLevelIdsOutOfRangeDoNotTrap() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="\(Self.int64Max)"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlRestart w:val="\(Self.int64Min)"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="\(Self.int64Max)"/></w:num>
            """
        let body = p("甲", pPr: "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr>")
            + p("乙", pPr: "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>")
            + p("丙", pPr: "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr>")
        let doc = try readDocx(body, numbering: numbering)
        #expect(labels(doc).count == 3)
    }

    @Test(arguments: ["lowerLetter", "upperLetter", "upperRoman", "ideographDigital", "chineseLegalSimplified", "decimalZero"])
    func largeAndNegativeStartsGiveShortLabels(format: String) throws {
        for start in ["2147483647", "1000000000000000", "-5", Self.int64Max] {
            let doc = try readDocx(twoItems, numbering: list(start: start, format: format))
            let found = labels(doc)
            #expect(found.count == 2)
            #expect(found.allSatisfy { $0.count <= 64 }, "\(format) \(start): \(found.map(\.count))")
        }
    }

    @Test func lettersRepeatOnlyAFewTimes() {
        #expect(Letters.format(27, upper: false) == "aa")
        #expect(Letters.format(26 * Letters.maxRepeat, upper: true).count == Letters.maxRepeat)
        #expect(Letters.format(Int.max, upper: false).count <= 32)
        #expect(NumberFormats.render(-3, format: "ideographDigital").count <= 8)
    }
}
