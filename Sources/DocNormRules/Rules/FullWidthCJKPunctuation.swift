import DocNormModel

/// Punctuation between CJK characters is full-width: `指示精神.` → `指示精神。`,
/// `监督,深化` → `监督，深化`. ASCII punctuation stays inside numbers, URLs, e-mail
/// addresses and Latin words (`8.1万`, `5.11亿元`, `DA/T 18`); a leading label's delimiter
/// (`一.` `1.`) stays as written, for the labels to be read. Reports nothing.
package struct FullWidthCJKPunctuation: Rule {
    package let name = "full-width-cjk-punctuation"
    package let phase = RulePhase.cleanup
    package init() {}

    static let asciiMarks: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"),
                                          UInt8(ascii: "!"), UInt8(ascii: "?")]

    static func fullWidth(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s {
        case ",": return "，"
        case ".": return "。"
        case ";": return "；"
        case ":": return "："
        case "!": return "！"
        case "?": return "？"
        default: return nil
        }
    }

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        guard options.fixPunctuation else { return }
        workspace.mapParagraphs { p in
            // A typed label's delimiter is part of the label (`一.` `1.`), never punctuation
            // to widen: only the text after it is changed. Labels are looked for only where
            // there is ASCII punctuation to widen at all, which most paragraphs lack.
            guard p.content.contains(where: { Self.hasASCIIMarks($0) }) else { return }
            if p.label == nil, case .label(_, let length)? = LabelParser.parse(p.content.plainPrefix(24)) {
                let (head, tail) = p.content.split(at: length)
                p.content = (head + tail.mapText { text, before, after in Self.convert(text, before: before, after: after) }).pruned()
                return
            }
            p.content = p.content.mapText { text, before, after in Self.convert(text, before: before, after: after) }
        }
    }

    static func hasASCIIMarks(_ inline: Inline) -> Bool {
        if case .text(let s) = inline { return s.containsASCII(anyOf: asciiMarks) }
        return inline.children?.contains(where: hasASCIIMarks) ?? false
    }

    static func convert(_ text: String, before: Character?, after: Character?) -> String {
        guard text.containsASCII(anyOf: asciiMarks), widensAny(text, before: before, after: after) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(scalars.count)
        let beforeScalar = before?.unicodeScalars.last
        let afterScalar = after?.unicodeScalars.first
        for (i, c) in scalars.enumerated() {
            guard let wide = fullWidth(c) else { out.append(c); continue }
            let prev = i > 0 ? scalars[i - 1] : beforeScalar
            let next = i + 1 < scalars.count ? scalars[i + 1] : afterScalar
            if isCJKLetter(prev) && (next == nil || next.map(CharacterClass.isCJK) == true) {
                out.append(wide)
            } else {
                out.append(c)
            }
        }
        return String(out)
    }

    /// Whether `convert` would widen any mark, judged from the bytes around each ASCII mark:
    /// most marks (`0.5`, `e.g.`) stay, and then the text is not rebuilt scalar by scalar.
    static func widensAny(_ text: String, before: Character?, after: Character?) -> Bool {
        var text = text
        return text.withUTF8 { b in
            for i in b.indices {
                switch b[i] {
                case 0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F: break  // , . ; : ! ?
                default: continue
                }
                let prev = i > 0 ? Unicode.Scalar(UTF8Scan.scalar(b, at: UTF8Scan.start(b, before: i))) : before?.unicodeScalars.last
                let next = i + 1 < b.count ? Unicode.Scalar(UTF8Scan.scalar(b, at: i + 1)) : after?.unicodeScalars.first
                if isCJKLetter(prev) && (next == nil || next.map(CharacterClass.isCJK) == true) { return true }
            }
            return false
        }
    }

    static func isCJKLetter(_ s: Unicode.Scalar?) -> Bool {
        guard let s else { return false }
        return CharacterClass.isCJKLetter(s) || s == "”" || s == "’" || s == "）" || s == "》"
    }
}
