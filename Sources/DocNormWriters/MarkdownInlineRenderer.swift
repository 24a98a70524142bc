import DocNormModel

/// Renders inlines as CommonMark + GFM. Emphasis is written so that it parses whatever the
/// neighbouring characters are: a delimiter next to punctuation (`**（一）加强理论学习。**全年`)
/// cannot open or close in CommonMark, so edge punctuation is moved outside the delimiters
/// (`**（一）加强理论学习**。全年`), and HTML tags are used where no delimiter can work.
struct MarkdownInlineRenderer {
    /// Footnote labels by note id (`NoteNumbering.keys`).
    var noteKeys: [String: String]
    /// What each note's reference shows, for the HTML a table falls back to.
    var noteMarks: [String: String] = [:]

    func render(_ inlines: [Inline], singleLine: Bool = false) -> String {
        // One run of text (most paragraphs): nothing to merge, no neighbours to look up.
        if inlines.count == 1, case .text(let s) = inlines[0] { return MarkdownEscaping.inline(s) }
        var out = ""
        render(merged(inlines), into: &out, after: nil, singleLine: singleLine)
        return out
    }

    private func render(_ inlines: [Inline], into out: inout String, after: Character?, singleLine: Bool) {
        // The character after each inline, found in one pass from the end: looking it up
        // afresh for every inline made a paragraph of many runs quadratic.
        var following = [Character?](repeating: after, count: inlines.count)
        var next = after
        for k in inlines.indices.reversed() {
            following[k] = next
            next = Self.firstCharacter(of: inlines[k]) ?? next
        }
        for (k, inline) in inlines.enumerated() {
            let next = following[k]
            switch inline {
            case .text(let s):
                out += MarkdownEscaping.inline(s)
            case .strong(let c):
                delimited(c, "**", html: "strong", into: &out, after: next, singleLine: singleLine)
            case .emphasis(let c):
                delimited(c, "*", html: "em", into: &out, after: next, singleLine: singleLine)
            case .strikethrough(let c):
                delimited(c, "~~", html: "del", into: &out, after: next, singleLine: singleLine)
            case .underline(let c):
                render(c, into: &out, after: next, singleLine: singleLine)
            case .superscript(let c):
                out += "<sup>"; render(c, into: &out, after: next, singleLine: singleLine); out += "</sup>"
            case .subscript(let c):
                out += "<sub>"; render(c, into: &out, after: next, singleLine: singleLine); out += "</sub>"
            case .link(let url, let c):
                // A target the link policy refuses keeps its text, unlinked.
                guard let url = LinkPolicy.safe(url) else {
                    render(c, into: &out, after: next, singleLine: singleLine)
                    continue
                }
                out += "["
                render(c, into: &out, after: "]", singleLine: singleLine)
                out += "](" + destination(url) + ")"
            case .noteReference(let id):
                if let key = noteKeys[id] { out += "[^\(key)]" }
            case .lineBreak:
                out += singleLine ? Self.joint(out.last, next) : "\\\n"
            case .image(let alt, let source):
                if let source {
                    out += "![" + MarkdownEscaping.inline(Self.oneLine(alt)) + "](" + destination(source) + ")"
                } else if !alt.isEmpty {
                    out += MarkdownEscaping.inline("[image: \(Self.oneLine(alt))]")
                }
            case .math(let m):
                math(m, into: &out, singleLine: singleLine)
            }
        }
    }

    /// `$…$` inside a sentence, `$$…$$` for a display equation, as pandoc, GitHub and KaTeX's
    /// auto-render read them. The LaTeX is written as it is: no Markdown escaping applies
    /// between the dollars for a reader that knows math.
    private func math(_ m: Math, into out: inout String, singleLine: Bool) {
        guard !m.latex.isEmpty else { return }
        let fence = m.display ? "$$" : "$"
        // Two equations side by side must not read as one `$$` fence; display ones go on lines of their own.
        if out.hasSuffix("$") && !out.hasSuffix("\\$") { out += m.display && !singleLine ? "\n" : " " }
        out += fence + m.latex + fence
    }

    private func delimited(_ content: [Inline], _ delimiter: String, html: String, into out: inout String,
                           after: Character?, singleLine: Bool) {
        let text = content.plainText
        // Whitespace and punctuation at the edges that would stop the delimiter from working go outside.
        let prev = out.last
        var leading = 0
        var before = prev
        for c in text {
            if c.isWhitespace || Self.isPunctuation(c) && !Self.isOpenContext(before) {
                leading += 1
                before = c
                continue
            }
            break
        }
        if leading == text.count {
            render(content, into: &out, after: after, singleLine: singleLine)
            return
        }
        var trailing = 0
        var behind = after
        for c in text.reversed() {
            if c.isWhitespace || Self.isPunctuation(c) && !Self.isCloseContext(behind) {
                trailing += 1
                behind = c
                continue
            }
            break
        }
        if leading + trailing >= text.count {
            render(content, into: &out, after: after, singleLine: singleLine)
            return
        }
        let (head, rest) = content.split(at: leading)
        let (core, tail) = rest.split(at: rest.characterCount - trailing)
        render(head, into: &out, after: firstCharacter(core), singleLine: singleLine)
        // A delimiter right after a delimiter character would merge with it.
        var useHTML = out.hasSuffix("*") && !out.hasSuffix("\\*") || out.hasSuffix("~") && !out.hasSuffix("\\~")
        var delimiter = delimiter
        // Italic right inside bold (`**_斜体_**`): `_` does not merge with `*`, and closes where
        // punctuation, a space or the end follows it.
        if useHTML, delimiter == "*", out.hasSuffix("*"), Self.isCloseContext(firstCharacter(tail) ?? after) {
            useHTML = false
            delimiter = "_"
        }
        if useHTML {
            out += "<\(html)>"
            render(core, into: &out, after: firstCharacter(tail) ?? after, singleLine: singleLine)
            out += "</\(html)>"
        } else {
            out += delimiter
            render(core, into: &out, after: firstCharacter(tail) ?? after, singleLine: singleLine)
            out += delimiter
        }
        render(tail, into: &out, after: after, singleLine: singleLine)
    }

    /// Before an opening delimiter: start of text, whitespace or punctuation let it open before punctuation.
    static func isOpenContext(_ c: Character?) -> Bool {
        guard let c else { return true }
        return c.isWhitespace || isStrictPunctuation(c)
    }

    /// After a closing delimiter: end of text, whitespace or punctuation let it close after punctuation.
    static func isCloseContext(_ c: Character?) -> Bool {
        guard let c else { return true }
        return c.isWhitespace || isStrictPunctuation(c)
    }

    /// Punctuation or symbol: what CommonMark 0.31 counts as punctuation for flanking.
    static func isPunctuation(_ c: Character) -> Bool {
        guard let s = c.unicodeScalars.first else { return false }
        if s.isASCII { return isASCIIPunctuation(s) }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// Punctuation in the narrow sense older parsers use (no symbols): the safe side for context.
    static func isStrictPunctuation(_ c: Character) -> Bool {
        guard let s = c.unicodeScalars.first else { return false }
        if s.isASCII { return isASCIIPunctuation(s) }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    static func isASCIIPunctuation(_ s: Unicode.Scalar) -> Bool {
        (0x21...0x2F).contains(s.value) || (0x3A...0x40).contains(s.value)
            || (0x5B...0x60).contains(s.value) || (0x7B...0x7E).contains(s.value)
    }

    private func firstCharacter(_ inlines: [Inline]) -> Character? {
        for inline in inlines {
            if let c = Self.firstCharacter(of: inline) { return c }
        }
        return nil
    }

    /// The first character an inline writes: markup for notes, breaks and raised text, else
    /// the first character of its plain text (nil when it has none).
    /// What a line break becomes on one line: a space, or nothing between two CJK characters
    /// (a title broken as `关于做好2026年暑期` / `新时代文明实践工作的通知` reads as one).
    static func joint(_ before: Character?, _ after: Character?) -> String {
        guard let b = before?.unicodeScalars.last, let a = after?.unicodeScalars.first,
              CharacterClass.isCJK(b), CharacterClass.isCJK(a) else { return " " }
        return ""
    }

    static func firstCharacter(of inline: Inline) -> Character? {
        switch inline {
        case .noteReference: return "["
        case .lineBreak: return "\n"
        case .superscript, .subscript: return "<"
        case .math: return "$"
        default: return firstPlainCharacter(inline)
        }
    }

    /// `inline.plainText.first`, without building the plain text.
    static func firstPlainCharacter(_ inline: Inline) -> Character? {
        switch inline {
        case .text(let s): return s.first
        case .strong(let c), .emphasis(let c), .underline(let c), .strikethrough(let c),
             .superscript(let c), .subscript(let c), .link(_, let c):
            for i in c { if let f = firstPlainCharacter(i) { return f } }
            return nil
        case .noteReference: return nil
        case .lineBreak: return "\n"
        case .image(let alt, _): return alt.first
        case .math(let m): return m.text.first
        }
    }

    private func destination(_ url: String) -> String {
        let url = Self.encodingLineBreaks(url)
        if url.contains(where: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "<" || $0 == ">" }) {
            return "<" + url.replacingOccurrences("<", "%3C").replacingOccurrences(">", "%3E") + ">"
        }
        return url
    }

    /// Controls and line breaks percent-encoded: a destination must stay on one line, or
    /// the link falls apart into paragraphs and quotes.
    static func encodingLineBreaks(_ url: String) -> String {
        guard url.unicodeScalars.contains(where: isLineBreakOrControl) else { return url }
        var out = ""
        for s in url.unicodeScalars {
            if isLineBreakOrControl(s) {
                for b in String(s).utf8 { out += "%" + (b < 0x10 ? "0" : "") + String(b, radix: 16, uppercase: true) }
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    static func isLineBreakOrControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value) || s.value == 0x2028 || s.value == 0x2029
    }

    /// Alt text on one line: a line break there would end the image's paragraph.
    static func oneLine(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: isLineBreakOrControl) else { return s }
        return String(String.UnicodeScalarView(s.unicodeScalars.map { isLineBreakOrControl($0) ? " " : $0 }))
    }

    /// Adjacent inlines with the same formatting become one, so delimiters do not abut.
    func merged(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        for inline in inlines.pruned() {
            if let last = out.last, let m = Self.merge(last, inline) {
                out[out.count - 1] = m
            } else {
                out.append(inline)
            }
        }
        return out
    }

    static func merge(_ a: Inline, _ b: Inline) -> Inline? {
        switch (a, b) {
        case (.strong(let x), .strong(let y)): return .strong(x + y)
        case (.emphasis(let x), .emphasis(let y)): return .emphasis(x + y)
        case (.strikethrough(let x), .strikethrough(let y)): return .strikethrough(x + y)
        default: return nil
        }
    }
}

extension String {
    func replacingOccurrences(_ a: Character, _ b: String) -> String {
        var out = ""
        for c in self { if c == a { out += b } else { out.append(c) } }
        return out
    }
}
