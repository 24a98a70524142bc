import DocNormModel
import Testing

@Suite struct CharacterClassTests {
    /// The fast white-space test answers as the Unicode property does, for every scalar.
    @Test func whiteSpaceIsUnicodesWhiteSpaceProperty() {
        var differing: [UInt32] = []
        var white = 0
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            if s.properties.isWhitespace { white += 1 }
            if CharacterClass.isWhiteSpace(v) != s.properties.isWhitespace { differing.append(v) }
        }
        #expect(differing.isEmpty, "differs at \(differing.prefix(5).map { String($0, radix: 16) })")
        #expect(white == 25)
    }

    @Test func plainTextOfOneRunIsItsString() {
        #expect([Inline.text("第一章 总则")].plainText == "第一章 总则")
        #expect([Inline.text("a"), .strong([.text("b")]), .lineBreak].plainText == "ab\n")
        #expect([Inline]().plainText == "")
    }
}

/// Scalars taken for characters of their own really are, beside each other.
@Suite struct SimpleCharacterTests {
    static let ranges: [ClosedRange<UInt32>] = [0x0A...0x0A, 0x20...0x7E, 0xA0...0x24F, 0x400...0x482, 0x48A...0x52F, 0x606...0x60F,
                                                0x61B...0x61B, 0x61D...0x64A, 0x660...0x66F, 0x671...0x6D5, 0x2010...0x2027, 0x2030...0x205E, 0x2460...0x24FF, 0x25A0...0x25FF,
                                                0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x30A0...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E]

    @Test func everyPairBreaksBetween() {
        let all = ([0x09] + Self.ranges.flatMap { Array($0) }).compactMap(Unicode.Scalar.init)
        #expect(all.allSatisfy(CharacterClass.standsAlone))
        let partners = ([0x09] + Self.ranges.flatMap { [$0.lowerBound, $0.upperBound, ($0.lowerBound + $0.upperBound) / 2] }).compactMap(Unicode.Scalar.init)
        var joined: [String] = []
        for a in all {
            for b in partners {
                var s = String.UnicodeScalarView()
                s.append(a); s.append(b)
                if String(s).count != 2 { joined.append(String(s)) }
                s = String.UnicodeScalarView(); s.append(b); s.append(a)
                if String(s).count != 2 { joined.append(String(s)) }
            }
        }
        #expect(joined.isEmpty, "\(joined.prefix(5))")
        #expect(!CharacterClass.standsAlone("\u{301}") && !CharacterClass.standsAlone("\r") && !CharacterClass.standsAlone("\u{AC00}"))
        // Cyrillic and Arabic combining and prepended marks; Greek marks canonically equal to `;` and `·`.
        #expect(["\u{483}", "\u{600}", "\u{610}", "\u{61C}", "\u{64B}", "\u{670}", "\u{6DD}", "\u{37E}", "\u{387}"].allSatisfy { !CharacterClass.standsAlone($0) })
    }

    @Test(arguments: ["第一章 总则", "（一）加强", "é\u{301}x", "a\r\nb", "一二", "", "가나다", "😀👍🏽", String(repeating: "长", count: 30),
                      "倀鿿丁䷀一\u{4DBF}", "鿿\u{301}倀", "丁丁丁\u{FE00}",
                      "a\nb\r\nc", "\n\r\n", "Глава 1. Общие", "а\u{483}б", "الفصل ١، أحكام", "\u{600}١٢", "ب\u{64B}ت", "Ōsaka ǅ"])
    func prefixIsTheCharacterPrefix(text: String) {
        for n in 0...26 {
            guard let simple = text.prefixOfSimpleCharacters(n) else { continue }
            #expect(String(simple.prefix) == String(text.prefix(n)))
            #expect(simple.count == text.prefix(n).count)
            #expect(text.scalarsOfSimpleCharacters(n) == Array(simple.prefix.unicodeScalars))
        }
        #expect([Inline.text(text)].plainPrefix(24) == String(text.prefix(24)))
    }
}
