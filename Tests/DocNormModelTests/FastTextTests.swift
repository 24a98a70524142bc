import DocNormModel
import Testing

/// The byte searches against plain definitions on the UTF-8.
@Suite struct FastTextTests {
    static let hay = ["##paidbegin##本人##paidend##", "a##paidend", "##", "#", "", "x#y##z###", "一二三：四", String(repeating: "#a", count: 50) + "##paidend##"]

    static func naive(_ hay: String, _ needle: String, from start: Int) -> Range<Int>? {
        let h = Array(hay.utf8), n = Array(needle.utf8)
        guard !n.isEmpty, h.count >= n.count, start <= h.count - n.count else { return nil }
        for i in start...(h.count - n.count) where Array(h[i..<(i + n.count)]) == n { return i..<(i + n.count) }
        return nil
    }

    @Test(arguments: hay) func byteRangeFindsTheFirstOccurrence(text: String) {
        for needle in ["##paidend##", "##", "#", "：", "z###", "本人"] {
            for start in 0...text.utf8.count {
                #expect(text.byteRange(of: needle, from: start) == Self.naive(text, needle, from: start), "\(needle) from \(start)")
            }
        }
        #expect(text.containsByte(UInt8(ascii: "#")) == text.utf8.contains(UInt8(ascii: "#")))
    }

    @Test func widthCountsCJKTwice() {
        #expect(CharacterClass.displayWidth("ab一二é😀") == 2 + 4 + 1 + 2)
        for k in 0..<40 {
            let text = String(repeating: "ab一二é😀", count: k) + String(repeating: "x", count: k % 7)
            let expected = text.unicodeScalars.reduce(0) { $0 + ($1.value < 0x800 ? 1 : 2) }
            #expect(CharacterClass.displayWidth(text) == expected)
        }
        // Every byte class at every offset of a word, and words of one class only.
        for pad in 0..<8 {
            for run in ["a", "é", "一", "😀", "　", "\u{200B}"] {
                let text = String(repeating: "x", count: pad) + String(repeating: run, count: 17) + "é一"
                let expected = text.unicodeScalars.reduce(0) { $0 + ($1.value < 0x800 ? 1 : 2) }
                #expect(CharacterClass.displayWidth(text) == expected, "\(text)")
            }
        }
    }

    /// The lowest lane of `zeroLanes` is the first byte wanted, even with bytes one above it
    /// (where a borrow runs up): every wanted byte at every offset, from every start.
    @Test func lanesFindTheFirstWantedByte() {
        let wanted: (UInt8) -> Bool = { $0 == 0x28 || $0 == 0x29 || $0 == 0xEF }
        let lanes: (UInt64) -> UInt64 = { x in UTF8Scan.zeroLanes(x & 0xFEFE_FEFE_FEFE_FEFE, 0x28) | UTF8Scan.zeroLanes(x, 0xEF) }
        for fill in [0x00, 0x01, 0x29, 0x2A, 0x27, 0xEE, 0xF0, 0x80] as [UInt8] {
            for length in 0..<20 {
                for at in 0...length {
                    for mark in [0x28, 0x29, 0xEF] as [UInt8] {
                        var bytes = [UInt8](repeating: fill, count: length)
                        if at < length { bytes[at] = mark }
                        bytes.withUnsafeBufferPointer { b in
                            for start in 0...length {
                                let expected = (start..<length).first { wanted(b[$0]) }
                                #expect(UTF8Scan.firstIndex(b, from: start, lanes: lanes, byte: wanted) == expected, "\(bytes) from \(start)")
                            }
                        }
                    }
                }
            }
        }
    }

    /// The word-at-a-time skip over non-ASCII bytes finds a mark wherever it sits.
    @Test func containsASCIIFindsAMarkAtEveryOffset() {
        let marks: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "?"), UInt8(ascii: "~")]
        for k in 0..<24 {
            for pad in ["中", "é", "ab", "😀"] {
                let run = String(repeating: pad, count: k)
                for mark in [",", "?", "~", "-", "，"] {
                    let text = run + mark + run
                    let expected = text.utf8.contains { marks.contains($0) }
                    #expect(text.containsASCII(anyOf: marks) == expected, "\(text)")
                }
                #expect(!run.containsASCII(anyOf: marks))
            }
        }
    }
}

/// The colon and mask scans against the character and set definitions.
@Suite struct ColonAndMaskTests {
    static let texts: [String] = {
        let parts = ["", "项目", "名称", "：", ":", " ", "值", "e\u{301}", "\u{0600}", "\u{3000}", "\n", "a", "：\u{301}", "12", "这是很长的一段话"]
        var all: [String] = []
        for a in parts { for b in parts { for c in parts { all.append(a + b + c) } } }
        return all
    }()

    @Test func colonFieldsAreTheCharacterOnes() {
        for t in Self.texts {
            let colon = t.firstIndex(where: { $0 == "：" || $0 == ":" })
            switch t.colonField(within: 10) {
            case .none: #expect(colon == nil, "\(t.debugDescription)")
            case .beyond: #expect(colon.map { t.distance(from: t.startIndex, to: $0) > 10 } ?? true, "\(t.debugDescription)")
            case .colon(let key, let valueFollows):
                #expect(colon.map { t.distance(from: t.startIndex, to: $0) } == key, "\(t.debugDescription)")
                if let colon {
                    #expect(valueFollows == !t[t.index(after: colon)...].drop(while: { $0.isWhitespace }).isEmpty, "\(t.debugDescription)")
                }
            case .unknown: break
            }
        }
        #expect("项目名称：值".colonField(within: 10) == .colon(key: 4, valueFollows: true))
        #expect("项目：\u{301}值".colonField(within: 10) == .unknown)
    }

    @Test func masksFindWhatSetsFind() {
        let set: Set<UInt8> = Set("\\`*_[]<>~|&!$".utf8)
        for t in Self.texts + ["a*b", "一_二", "&", String(repeating: "中", count: 9) + "|"] {
            #expect(t.containsASCII(ASCIIMask(set)) == t.utf8.contains(where: set.contains), "\(t.debugDescription)")
        }
    }

    @Test func simpleScalarsAreTheCharacters() {
        for t in Self.texts {
            guard let scalars = t.scalarsOfSimpleCharacters(5) else { continue }
            #expect(scalars.map { Character($0) } == Array(t.prefix(5)), "\(t.debugDescription)")
        }
    }
}
