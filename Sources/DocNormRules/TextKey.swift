import DocNormModel

/// Text as rules compare it, whatever spacing a document used (`目\u{2003}\u{2003}次`,
/// `第二部分   投标人须知`).
enum TextKey {
    /// The last scalars of a sentence or a list item (。；，！？ and the ASCII ones, and 、): a line
    /// that ends in one names nothing.
    static let sentenceOrItemEnds: Set<Unicode.Scalar> = ["。", "；", "，", "！", "？", ".", ";", ",", "!", "?", "、"]

    /// A clause of a list closed by its conjunction (`…撤销其投标；或`, `…的，或者`, `…；以及`): the
    /// words that may follow a list item's ；or ，. Looked at only when the last scalar ends one.
    static func endsWithConjunctionAfterAClause(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last, conjunctionEnds.contains(last) else { return false }
        for word in conjunctions where text.hasSuffix(word) {
            let before = text.unicodeScalars.dropLast(word.unicodeScalars.count).last
            if before == "；" || before == "，" || before == ";" || before == "," { return true }
        }
        return false
    }

    static let conjunctions = ["或", "或者", "和", "及", "以及", "并", "并且", "且"]
    static let conjunctionEnds = Set(conjunctions.map { $0.unicodeScalars.last! })

    /// Whether a line of at most `limit` scalars ends open: its last scalar, spaces aside, is
    /// none of `ends` (what a short line must do to name something).
    static func endsOpen(_ text: String, atMost limit: Int, closedBy ends: Set<Unicode.Scalar>) -> Bool {
        let scalars = text.unicodeScalars
        guard scalars.count <= limit, let last = scalars.last(where: { !CharacterClass.isIndentSpace($0) }) else { return false }
        return !ends.contains(last)
    }

    /// Without any white space.
    static func squeezed(_ text: String) -> String {
        var text = text
        // Most paragraphs of CJK text have no white space: then the text itself, not a copy.
        let kept: [UInt8]? = text.withUTF8 { bytes in
            var out: [UInt8]?
            forEachScalar(bytes) { start, end, white in
                if white {
                    if out == nil { out = Array(bytes[..<start]); out!.reserveCapacity(bytes.count) }
                } else if out != nil {
                    out!.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                }
                return true
            }
            return out
        }
        guard let kept else { return text }
        return String(decoding: kept, as: UTF8.self)
    }

    /// A heading or a contents entry as the contents write it: squeezed, no closing 。.
    static func heading(_ text: String) -> String {
        var out = squeezed(text)
        // `hasSuffix` compares characters; only a text whose last scalar is 。 can match it.
        if out.utf8.last == 0x82, out.unicodeScalars.last == "。" {
            while out.hasSuffix("。") { out.removeLast() }
        }
        return out
    }

    /// `heading(text)` when it has at most `limit` scalars, else nil: long paragraphs are
    /// counted, not copied.
    static func heading(_ text: String, atMost limit: Int) -> String? {
        if text.utf8.count > limit, nonWhiteScalarCount(text, upTo: limit + 1) > limit {
            // Only closing 。 can bring it back under the limit.
            guard text.unicodeScalars.last(where: { !$0.properties.isWhitespace }) == "。" else { return nil }
        }
        let key = heading(text)
        return key.unicodeScalars.count <= limit ? key : nil
    }

    /// How many scalars `squeezed(text)` has, without making it; counting stops at `cap`.
    static func nonWhiteScalarCount(_ text: String, upTo cap: Int) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            forEachScalar(bytes) { _, _, white in
                if !white { count += 1 }
                return count < cap
            }
            return count
        }
    }

    /// Calls `body` with the byte range of every scalar of valid UTF-8 and whether it is white
    /// space, until it returns false. Only the lead bytes of white space beyond ASCII (C2, E1,
    /// E2, E3) are decoded.
    @inline(__always)
    static func forEachScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int, Bool) -> Bool) {
        var i = 0
        let n = bytes.count
        while i < n {
            let lead = bytes[i]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            let end = min(i + length, n)
            let white: Bool
            switch lead {
            case 0x09...0x0D, 0x20: white = true
            case 0xC2: white = end - i == 2 && CharacterClass.isWhiteSpace(0x80 | UInt32(bytes[i + 1] & 0x3F))
            case 0xE1, 0xE2, 0xE3:
                white = end - i == 3
                    && CharacterClass.isWhiteSpace(UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F))
            default: white = false
            }
            guard body(i, end, white) else { return }
            i = end
        }
    }
}
