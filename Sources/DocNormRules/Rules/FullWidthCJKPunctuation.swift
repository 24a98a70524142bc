import DocNormModel

/// Punctuation between CJK characters is full-width: `指示精神.` → `指示精神。`,
/// `监督,深化` → `监督，深化`. ASCII punctuation stays inside numbers, URLs, e-mail
/// addresses and Latin words (`8.1万`, `5.11亿元`, `DA/T 18`); a leading label's delimiter
/// (`一.` `1.`) stays as written, for the labels to be read; a reference entry (`[1] …`) keeps
/// its citation style's marks. Reports nothing.
package struct FullWidthCJKPunctuation: Rule {
    package let name = "full-width-cjk-punctuation"
    package let phase = RulePhase.cleanup
    package init() {}

    static let asciiMarks: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"),
                                          UInt8(ascii: "!"), UInt8(ascii: "?")]

    static let asciiMarksMask = ASCIIMask(asciiMarks)

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        guard options.fixPunctuation else { return }
        workspace.mapParagraphs(clean)
    }

    /// The rule on one paragraph (`CleanUpText` runs it with the other clean-up rules).
    func clean(_ p: inout Paragraph) {
        // A typed label's delimiter is part of the label (`一.` `1.`), never punctuation
        // to widen: only the text after it is changed. Labels are looked for only where
        // there is ASCII punctuation to widen at all, which most paragraphs lack.
        guard p.content.contains(where: { Self.hasASCIIMarks($0) }) else { return }
        // A reference entry keeps the marks its citation style sets between its fields, Chinese
        // or not (GB/T 7714: `[26] 孟威.网络互动：意义诠释与规则探讨[D]. 北京:…`).
        if Self.isReferenceEntry(p.content.plainPrefix(8)) { return }
        if p.label == nil, case .label(_, let length)? = LabelParser.parse(p.content.plainPrefix(24)) {
            let (head, tail) = p.content.split(at: length)
            p.content = (head + tail.mapText { text, before, after in Self.convert(text, before: before, after: after) }).pruned()
            return
        }
        p.content = p.content.mapText { text, before, after in Self.convert(text, before: before, after: after) }
    }

    /// Text that starts with a bracketed number, `[1]` or `［1］`, as a reference list's entries do.
    static func isReferenceEntry(_ prefix: String) -> Bool {
        let s = prefix.unicodeScalars.drop { CharacterClass.isIndentSpace($0) }
        guard let open = s.first, open == "[" || open == "［" else { return false }
        let digits = s.dropFirst().prefix { ("0"..."9").contains($0) }
        guard !digits.isEmpty, let close = s.dropFirst(1 + digits.count).first else { return false }
        return close == "]" || close == "］"
    }

    static func hasASCIIMarks(_ inline: Inline) -> Bool {
        if case .text(let s) = inline { return s.containsASCII(asciiMarksMask) }
        return inline.children?.contains(where: hasASCIIMarks) ?? false
    }

    /// The text with every mark that `widens` replaced, copied byte by byte (the scalars
    /// around a mark are read where they are): untouched when no mark widens (`0.5`, `e.g.`).
    static func convert(_ text: String, before: Character?, after: Character?) -> String {
        guard text.containsASCII(asciiMarksMask) else { return text }
        var text = text
        return text.withUTF8 { b -> String? in
            var out: [UInt8] = []
            var copied = 0
            for i in b.indices {
                guard let wide = wideBytes(b[i]), widens(b, at: i, before: before, after: after) else { continue }
                if out.isEmpty { out.reserveCapacity(b.count + 16) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<i]))
                out.append(contentsOf: [wide.0, wide.1, wide.2])
                copied = i + 1
            }
            guard copied > 0 else { return nil }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied...]))
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    /// The UTF-8 of `fullWidth` of an ASCII mark.
    @inline(__always)
    static func wideBytes(_ c: UInt8) -> (UInt8, UInt8, UInt8)? {
        switch c {
        case 0x2C: return (0xEF, 0xBC, 0x8C)  // ，
        case 0x2E: return (0xE3, 0x80, 0x82)  // 。
        case 0x3B: return (0xEF, 0xBC, 0x9B)  // ；
        case 0x3A: return (0xEF, 0xBC, 0x9A)  // ：
        case 0x21: return (0xEF, 0xBC, 0x81)  // ！
        case 0x3F: return (0xEF, 0xBC, 0x9F)  // ？
        default: return nil
        }
    }

    /// Whether the ASCII mark at `i` stands between a CJK letter and CJK text (or the end).
    @inline(__always)
    static func widens(_ b: UnsafeBufferPointer<UInt8>, at i: Int, before: Character?, after: Character?) -> Bool {
        let prev = i > 0 ? Unicode.Scalar(UTF8Scan.scalar(b, at: UTF8Scan.start(b, before: i))) : before?.unicodeScalars.last
        let next = i + 1 < b.count ? Unicode.Scalar(UTF8Scan.scalar(b, at: i + 1)) : after?.unicodeScalars.first
        return isCJKLetter(prev) && (next == nil || next.map(CharacterClass.isCJK) == true)
    }

    static func isCJKLetter(_ s: Unicode.Scalar?) -> Bool {
        guard let s else { return false }
        return CharacterClass.isCJKLetter(s) || s == "”" || s == "’" || s == "）" || s == "》"
    }
}
