import DocNormModel

/// Run-level formatting and OOXML's on/off values.
enum DocxRun {
    /// `<w:b/>` is on; `w:val` of 0, false, off or none is off; nil when the element is absent.
    static func toggle(_ e: XMLElement?) -> Bool? {
        guard let e else { return nil }
        guard let v = e.attribute("w:val") else { return true }
        return isOn(v)
    }

    static func isOn(_ v: String?) -> Bool {
        guard let v else { return false }
        return !["0", "false", "off", "none"].contains(v.lowercased())
    }

    struct Format: Equatable, Sendable {
        var bold = false
        var italic = false
        var underline = false
        var strike = false
        var superscript = false
        var `subscript` = false
        var hidden = false
        /// Font size in half-points, when the run sets it. Not part of equality: runs that
        /// differ only in size are one piece of text.
        var size: Int?
        /// The font the run names for its Chinese text (else for its Latin text), when it names
        /// one. Not part of equality either.
        var font: String?

        static func == (a: Format, b: Format) -> Bool {
            a.bold == b.bold && a.italic == b.italic && a.underline == b.underline && a.strike == b.strike
                && a.superscript == b.superscript && a.subscript == b.subscript && a.hidden == b.hidden
        }
    }

    /// The formatting of a run: paragraph style, then character style (`characterStyle` gives
    /// its bold and italic by styleId), then direct formatting. One walk over the properties,
    /// each read from its first element, as `XMLElement.first` finds it.
    static func format(_ rPr: XMLElement?, base: Format, characterStyle: (String) -> (bold: Bool?, italic: Bool?)) -> Format {
        var f = base
        guard let rPr else { return f }
        var rStyle, b, i, u, strike, dstrike, vertAlign, vanish, sz: XMLElement?
        for case .element(let e) in rPr.children {
            switch e.name {
            case "w:rStyle": if rStyle == nil { rStyle = e }
            case "w:b": if b == nil { b = e }
            case "w:i": if i == nil { i = e }
            case "w:sz": if sz == nil { sz = e }
            case "w:u": if u == nil { u = e }
            case "w:strike": if strike == nil { strike = e }
            case "w:dstrike": if dstrike == nil { dstrike = e }
            case "w:vertAlign": if vertAlign == nil { vertAlign = e }
            case "w:vanish": if vanish == nil { vanish = e }
            default: continue
            }
        }
        if let id = rStyle?.attribute("w:val") {
            let char = characterStyle(id)
            if let b = char.bold { f.bold = b }
            if let i = char.italic { f.italic = i }
        }
        if let b = toggle(b) { f.bold = b }
        if let i = toggle(i) { f.italic = i }
        if let u { f.underline = (u.attribute("w:val") ?? "single") != "none" }
        if let s = toggle(strike) ?? toggle(dstrike) { f.strike = s }
        if let v = vertAlign?.attribute("w:val") {
            f.superscript = v == "superscript"
            f.subscript = v == "subscript"
        }
        if let h = toggle(vanish) { f.hidden = h }
        if let sz = sz?.attribute("w:val").flatMap({ Int($0) }) { f.size = min(max(sz, 1), 3200) }
        return f
    }
}

/// A piece of paragraph content with its formatting and link, before nesting.
struct Segment {
    var inline: Inline
    var format: DocxRun.Format
    var link: String?

    var isText: Bool { if case .text = inline { return true } else { return false } }
}

enum SegmentBuilder {
    /// Nests segments into inlines: links outermost, then bold, italic, underline, strike,
    /// superscript, subscript; adjacent text with equal formatting merges.
    static func inlines(_ segments: [Segment]) -> [Inline] {
        var out: [Inline] = []
        var i = 0
        while i < segments.count {
            let link = segments[i].link
            var j = i
            while j < segments.count, segments[j].link == link { j += 1 }
            let inner = nest(segments[i..<j], level: 0)
            if let link { out.append(.link(url: link, content: inner)) } else { out.append(contentsOf: inner) }
            i = j
        }
        return out.pruned()
    }

    static let flagCount = 6

    /// The formatting flags in nesting order.
    static func flag(_ level: Int, _ f: DocxRun.Format) -> Bool {
        switch level {
        case 0: return f.bold
        case 1: return f.italic
        case 2: return f.underline
        case 3: return f.strike
        case 4: return f.superscript
        default: return f.subscript
        }
    }

    static func wrap(_ level: Int, _ c: [Inline]) -> Inline {
        switch level {
        case 0: return .strong(c)
        case 1: return .emphasis(c)
        case 2: return .underline(c)
        case 3: return .strikethrough(c)
        case 4: return .superscript(c)
        default: return .subscript(c)
        }
    }

    static func nest(_ segments: ArraySlice<Segment>, level: Int) -> [Inline] {
        guard level < flagCount else { return segments.map(\.inline) }
        guard let first = segments.first else { return [] }
        // The same flag on every segment (nearly always: plain text) is one stretch, as the
        // loop below would find, without building one array per level.
        let on = flag(level, first.format)
        if segments.allSatisfy({ flag(level, $0.format) == on }) {
            let inner = nest(segments, level: level + 1)
            return on ? [wrap(level, inner)] : inner
        }
        var out: [Inline] = []
        var i = segments.startIndex
        while i < segments.endIndex {
            let on = flag(level, segments[i].format)
            var j = i
            // Spaces between two runs of the same formatting join them.
            while j < segments.endIndex, flag(level, segments[j].format) == on || isSpace(segments[j]) && continues(segments, j, level, on) { j += 1 }
            let inner = nest(segments[i..<j], level: level + 1)
            if on { out.append(wrap(level, inner)) } else { out.append(contentsOf: inner) }
            i = j
        }
        return out
    }

    static func isSpace(_ s: Segment) -> Bool {
        if case .text(let t) = s.inline { return !t.isEmpty && t.allSatisfy { $0 == " " } }
        return false
    }

    static func continues(_ segments: ArraySlice<Segment>, _ j: Int, _ level: Int, _ on: Bool) -> Bool {
        var k = j + 1
        while k < segments.endIndex, isSpace(segments[k]) { k += 1 }
        return k < segments.endIndex && flag(level, segments[k].format) == on
    }
}
