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
