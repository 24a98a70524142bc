import DocNormModel

/// Removes indentation at the start of a paragraph (spaces, tabs, U+3000, no-break spaces:
/// `　　2022年，…` → `2022年，…`) and spaces at its end, and line breaks at either end.
/// Reports nothing.
package struct TrimIndentation: Rule {
    package let name = "trim-indentation"
    package let phase = RulePhase.cleanup
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        workspace.mapParagraphs(clean)
    }

    /// The rule on one paragraph (`CleanUpText` runs it with the other clean-up rules).
    func clean(_ p: inout Paragraph) {
        // Most paragraphs are one run that needs nothing trimmed.
        if p.content.count == 1, case .text(let s) = p.content[0], let f = s.unicodeScalars.first, let l = s.unicodeScalars.last,
           !CharacterClass.isIndentSpace(f), !CharacterClass.isIndentSpace(l) {
            return
        }
        p.content = Self.trimmed(p.content)
    }

    /// Whether the UTF-8 of a one-run paragraph starts or ends with an indent space (space,
    /// tab, U+00A0 = C2 A0, U+3000 = E3 80 80), or is empty: `clean` has then work to do.
    @inline(__always)
    static func mayTrim(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        guard n > 0 else { return true }
        let (f, l) = (b[0], b[n - 1])
        if f == 0x20 || f == 0x09 || l == 0x20 || l == 0x09 { return true }
        if f == 0xC2 && n >= 2 && b[1] == 0xA0 || f == 0xE3 && n >= 3 && b[1] == 0x80 && b[2] == 0x80 { return true }
        if l == 0xA0 && n >= 2 && b[n - 2] == 0xC2 || l == 0x80 && n >= 3 && b[n - 2] == 0x80 && b[n - 3] == 0xE3 { return true }
        return false
    }

    /// The content without indentation, trailing spaces or line breaks at either end.
    static func trimmed(_ content: [Inline]) -> [Inline] {
        var content = content.trimming(CharacterClass.isIndentSpace)
        while content.first == .lineBreak || content.last == .lineBreak {
            if content.first == .lineBreak { content.removeFirst() }
            if content.last == .lineBreak { content.removeLast() }
            content = content.trimming(CharacterClass.isIndentSpace)
        }
        return content
    }
}
