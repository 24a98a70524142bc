import DocNormModel

/// What a line of plain text looks like at its ends, as far as joining wrapped lines
/// needs: does it start a paragraph of its own, end one, or stand alone as page furniture.
/// Each test reads a few scalars at one end of the line (or its bytes), never the whole
/// line as characters: it runs once per line that reaches the wrap width.
enum LineStart {
    /// The line begins a paragraph: an indent, a label (`第一章` `一、` `（一）` `1.` `1.1`
    /// `①` `★`), a note (`注：`), or a table-like layout (a tab or a run of spaces inside).
    static func startsParagraph(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return true }
        if CharacterClass.isIndentSpace(first) { return true }
        return hasLabel(text) || isTableLike(text)
    }

    static func hasLabel(_ text: String) -> Bool {
        var it = Array(text.unicodeScalars.prefix(12))[...]
        guard let first = it.first else { return false }
        switch first {
        case "第":
            it = it.dropFirst().drop { $0 == " " }
            let number = it.prefix { isChineseNumeral($0) || isDigit($0) }
            guard !number.isEmpty, let next = it.dropFirst(number.count).drop(while: { $0 == " " }).first else { return false }
            return "章节条部分卷篇编页".unicodeScalars.contains(next)
        case "（", "(":
            let inner = it.dropFirst().prefix { isChineseNumeral($0) || isDigit($0) || isLatinLetter($0) }
            guard (1...3).contains(inner.count), let close = it.dropFirst(1 + inner.count).first else { return false }
            return close == "）" || close == ")"
        case "注":
            guard let next = it.dropFirst().first else { return false }
            return next == "：" || next == ":"
        default: break
        }
        if (0x2460...0x249B).contains(first.value) { return true }  // ① ⑴ ⒈
        if "★▲●■◆•□√※○◇☆△▪◎".unicodeScalars.contains(first) { return true }
        if first == "-" || first == "—" { return it.dropFirst().first == " " }
        if isChineseNumeral(first) {
            let number = it.prefix(while: isChineseNumeral)
            guard let mark = it.dropFirst(number.count).first else { return false }
            return mark == "、" || mark == "．" || mark == "."
        }
        if isDigit(first) {
            let number = it.prefix(while: isDigit)
            guard number.count <= 3, let mark = it.dropFirst(number.count).first else { return false }
            return ".．、)）".unicodeScalars.contains(mark)
        }
        if isLatinLetter(first), let mark = it.dropFirst().first {
            if mark == ")" || mark == "）" || mark == "、" { return true }
            guard mark == "." || mark == "．", let after = it.dropFirst(2).first else { return false }
            return !isLatinLetter(after)  // `A.投资关系`, `a. text`; not `e.g.`
        }
        return false
    }

    /// A tab, or two spaces between words: columns laid out with spaces.
    static func isTableLike(_ text: String) -> Bool {
        var previousSpace = false
        var seenText = false
        for b in text.utf8 {
            if b == 0x09 { return true }
            if b == 0x20 {
                if previousSpace && seenText { return true }
                previousSpace = true
            } else {
                previousSpace = false
                seenText = true
            }
        }
        return false
    }

    /// A line that is only a page number or a page's footer: `- 3 -`, `3`, `第 3 页`,
    /// `第3页 共12页`, `3 / 12`. Only short lines are read.
    static func isPageNumber(_ text: String) -> Bool {
        guard text.utf8.count <= 40,
              let first = text.unicodeScalars.first(where: { !CharacterClass.isIndentSpace($0) }),
              first == "-" || first == "—" || first == "–" || first == "第" || isDigit(first) else { return false }
        let s = text.unicodeScalars.filter { !CharacterClass.isIndentSpace($0) }
        guard !s.isEmpty else { return false }
        var rest = s[...]
        if let f = rest.first, f == "-" || f == "—" || f == "–", let l = rest.last, l == f, rest.count >= 3 {
            rest = rest.dropFirst().dropLast()
            return !rest.isEmpty && rest.allSatisfy(isDigit)
        }
        if rest.allSatisfy(isDigit) { return rest.count <= 4 }
        if rest.first == "第" {
            let digits = rest.dropFirst().prefix(while: isDigit)
            guard !digits.isEmpty else { return false }
            rest = rest.dropFirst(1 + digits.count)
            guard rest.first == "页" else { return false }
            rest = rest.dropFirst()
            if rest.isEmpty { return true }
            guard rest.first == "共" || rest.first == "，" || rest.first == "," else { return false }
            return rest.last == "页" && rest.dropFirst().dropLast().drop { $0 == "共" }.allSatisfy(isDigit)
        }
        if let slash = rest.firstIndex(of: "/") {
            let a = rest[..<slash], b = rest[rest.index(after: slash)...]
            return !a.isEmpty && !b.isEmpty && a.count <= 4 && b.count <= 4 && a.allSatisfy(isDigit) && b.allSatisfy(isDigit)
        }
        return false
    }

    /// The line ends a sentence or introduces what follows (`。` `！` `？` `：` and their
    /// ASCII forms), closing quotes after the mark included.
    static func endsSentence(_ text: String) -> Bool {
        for s in text.unicodeScalars.reversed() {
            switch s {
            case " ", "\t", "\u{3000}", "”", "’", "\"", "」", "』": continue
            case "。", "！", "？", "：", ".", "!", "?", ":": return true
            default: return false
            }
        }
        return true
    }

    /// The line ends a clause of a list (`；` `;`), or a sentence.
    static func endsClause(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last(where: { $0 != " " && $0 != "\t" }) else { return true }
        return last == "；" || last == ";" || endsSentence(text)
    }

    /// A table-of-contents line: it ends in a page number after leader dots (`……3`, `....3`).
    static func endsInLeader(_ text: String) -> Bool {
        var dots = 0
        for s in text.unicodeScalars.reversed() {
            if dots == 0 && (isDigit(s) || s == " " || s == "\t") { continue }
            if s == "." || s == "…" || s == "·" { dots += s == "…" ? 3 : 1; if dots >= 3 { return true }; continue }
            return false
        }
        return false
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(s) || (0xFF10...0xFF19).contains(s.value)
    }

    static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s)
    }

    static func isChineseNumeral(_ s: Unicode.Scalar) -> Bool {
        "一二三四五六七八九十百千零〇两".unicodeScalars.contains(s)
    }
}
