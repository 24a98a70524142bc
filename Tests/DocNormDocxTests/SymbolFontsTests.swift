import DocNorm
@testable import DocNormReaders
import DocNormTestSupport
import Foundation
import Testing

@Suite struct SymbolFontsTests {
    @Test func everyTableCoversItsFontsCodes() {
        for table in [SymbolFonts.symbol, SymbolFonts.wingdings, SymbolFonts.wingdings2, SymbolFonts.wingdings3, SymbolFonts.webdings] {
            #expect(table.count == 0x100 - 0x20)
        }
    }

    @Test(arguments: [
        (0xF0B7, "Symbol", "•"), (0x00DA, "Symbol", "∨"), (0xF061, "Symbol", "α"), (0xF0A8, "Symbol", "♦"),
        (0xF0FC, "Wingdings", "✓"), (0xF0D8, "Wingdings", "➢"), (0xF0A8, "Wingdings", "☐"), (0xF0FD, "Wingdings", "☒"),
        (0xF06E, "Wingdings", "■"), (0xF075, "Wingdings", "◆"), (0xF04A, "Wingdings", "☺"), (0xF0A7, "Wingdings", "▪"),
        (0xF050, "Wingdings 2", "✓"), (0xF054, "Wingdings 2", "☒"), (0xF071, "Wingdings 3", "▼"),
        (0xF068, "Webdings", "🚑"), (0xF04A, "Webdings", "🏝"), (0xF0E6, "Webdings", "🛎"), (0x263A, "", "☺"),
    ] as [(UInt32, String, String)])
    func codesShowTheirCharacters(code: UInt32, font: String, expected: String) {
        #expect(SymbolFonts.symbol(code, font: font.isEmpty ? nil : font) == expected)
    }

    @Test func aCodeTheFontLacksShowsNothing() {
        #expect(SymbolFonts.symbol(0xF0F0, font: "Symbol") == nil)
        #expect(SymbolFonts.symbol(0xE123, font: nil) == nil)
    }

    @Test func bulletsInSymbolFontsAndCourierO() {
        #expect(SymbolFonts.bullet("\u{F0B7}", font: "Symbol") == "•")
        #expect(SymbolFonts.bullet("\u{F0A7}", font: "Wingdings") == "▪")
        #expect(SymbolFonts.bullet("§", font: "Wingdings") == "▪")
        #expect(SymbolFonts.bullet("o", font: "Courier New") == "◦")
        #expect(SymbolFonts.bullet("o", font: nil) == "o")
        #expect(SymbolFonts.bullet("\u{F0A8}", font: nil) == "♦")
        #expect(SymbolFonts.bullet("\u{E000}", font: nil) == "•")
        #expect(SymbolFonts.bullet("–", font: "Calibri") == "–")
    }

    @Test func aSymFontAndPrivateUseTextInARun() throws {
        let body = """
            <w:p><w:r><w:sym w:font="Webdings" w:char="F068"/><w:sym w:font="Symbol" w:char="F0F0"/></w:r>
            <w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr><w:t>\u{F0FE}\u{F0A8}</w:t></w:r></w:p>
            """
        let doc = try readDocx(body)
        #expect(texts(doc) == ["🚑☑☐"])
        #expect(doc.warnings.map(\.message) == ["symbols with no Unicode character were left out: Symbol F0F0"])
    }

    @Test func aCourierOBulletIsABullet() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/>
            <w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New"/></w:rPr></w:lvl>
            <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="\u{F0A7}"/><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr></w:lvl>
            <w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/><w:lvlText w:val="\u{F06C}"/><w:lvlPicBulletId w:val="1"/><w:rPr><w:rFonts w:ascii="Symbol"/></w:rPr></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """
        let doc = try readDocx(p("甲", pPr: "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>")
                                + p("乙", pPr: "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr>")
                                + p("丙", pPr: "<w:numPr><w:ilvl w:val=\"2\"/><w:numId w:val=\"1\"/></w:numPr>"), numbering: numbering)
        // A picture bullet's text is only its fallback: Symbol's λ here.
        #expect(paragraphs(doc).map { $0.hints.automaticNumbering?.text } == ["◦", "▪", "•"])
    }

    /// docx2python's symbols file: Webdings and Symbol `w:sym`, as pandoc shows them too.
    @Test func theCorpusSymbolsFile() throws {
        guard let shared = TestSupport.sharedDirectory else {
            print("skipped: ../shared is absent, so the symbols file is not checked")
            return
        }
        let url = shared.appendingPathComponent("corpus/docx/docx2python/symbols.docx")
        let doc = try Converter().readFile(url, name: "symbols.docx")
        #expect(texts(doc).joined() == "🚑≠∞×÷≥≤±™®©¥£€µαβπΩ∑🏝🛣🚼🛎🌪")
    }
}
