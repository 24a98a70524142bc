/// Editing runs of inlines by character offset, so rules can cut labels and sentences
/// out of formatted text without losing the formatting around them.
extension Array where Element == Inline {
    /// The first `limit` characters of the plain text, without building the whole text.
    /// It ends before an equation: what the rules read there (a label, an enumeration) is
    /// never in an equation, which they would cut off whole.
    package func plainPrefix(_ limit: Int) -> String {
        var out = ""
        var count = 0
        for inline in self {
            let piece: Substring
            var stop = false
            if case .text(let s) = inline {
                // Counted in scalars where each is a character (nearly always): no grapheme breaking.
                if let simple = s.prefixOfSimpleCharacters(limit - count) {
                    out += simple.prefix
                    count += simple.count
                    if count >= limit { break }
                    continue
                }
                piece = s.prefix(limit - count)
            } else if case .math = inline {
                break
            } else if let c = inline.children, c.containsMath {
                piece = Substring(c.plainPrefix(limit - count))
                stop = true
            } else {
                piece = Substring(inline.plainText).prefix(limit - count)
            }
            out += piece
            count += piece.count
            if count >= limit || stop { break }
        }
        return out
    }

    /// An equation is among these inlines, at any depth.
    package var containsMath: Bool {
        contains { if case .math = $0 { return true } else { return $0.children?.containsMath ?? false } }
    }

    /// Length in characters, as the rules count: the plain text's length.
    package var characterCount: Int { reduce(0) { $0 + $1.characterCount } }

    /// Splits at a character offset. An atomic inline (image, break) that the offset falls
    /// inside goes to the left side.
    package func split(at offset: Int) -> (head: [Inline], tail: [Inline]) {
        var head: [Inline] = []
        var tail: [Inline] = []
        var remaining = offset
        for inline in self {
            if remaining <= 0 { tail.append(inline); continue }
            // Text is measured only as far as the offset: counting a long paragraph's
            // characters to cut a short label off its front would cost the whole paragraph.
            if case .text(let s) = inline {
                // Counted in scalars where each is a character (a label's text nearly always).
                let simple = s.prefixOfSimpleCharacters(remaining)
                let cut: String.Index?
                if let simple { cut = simple.count == remaining ? simple.prefix.endIndex : nil } else {
                    cut = s.index(s.startIndex, offsetBy: remaining, limitedBy: s.endIndex)
                }
                if let i = cut, i < s.endIndex {
                    head.append(.text(String(s[..<i])))
                    tail.append(.text(String(s[i...])))
                    remaining = 0
                } else {
                    head.append(inline)
                    remaining -= simple?.count ?? s.count
                }
                continue
            }
            let n = inline.characterCount
            if n <= remaining {
                head.append(inline)
                remaining -= n
                continue
            }
            let (h, t) = inline.split(at: remaining)
            if let h { head.append(h) }
            if let t { tail.append(t) }
            remaining = 0
        }
        return (head, tail)
    }

    /// The inlines after the first `count` characters.
    package func dropping(first count: Int) -> [Inline] { split(at: count).tail }

    /// Applies `transform` to every text leaf, giving it the plain-text characters just
    /// before and after the leaf (across formatting boundaries) for context.
    package func mapText(_ transform: (String, Character?, Character?) -> String) -> [Inline] {
        // Most paragraphs are one run of plain text: no neighbours to look up.
        if count == 1, case .text(let s) = self[0] { return [.text(transform(s, nil, nil))] }
        let leaves = textLeaves()
        var index = 0
        return mapText(leaves: leaves, index: &index, transform)
    }

    private func mapText(leaves: [String], index: inout Int, _ transform: (String, Character?, Character?) -> String) -> [Inline] {
        map { inline in
            switch inline {
            case .text(let s):
                let before = leaves[..<index].reversed().first { !$0.isEmpty }?.last
                let after = leaves[(index + 1)...].first { !$0.isEmpty }?.first
                index += 1
                return .text(transform(s, before, after))
            case .strong(let c): return .strong(c.mapText(leaves: leaves, index: &index, transform))
            case .emphasis(let c): return .emphasis(c.mapText(leaves: leaves, index: &index, transform))
            case .underline(let c): return .underline(c.mapText(leaves: leaves, index: &index, transform))
            case .strikethrough(let c): return .strikethrough(c.mapText(leaves: leaves, index: &index, transform))
            case .superscript(let c): return .superscript(c.mapText(leaves: leaves, index: &index, transform))
            case .subscript(let c): return .subscript(c.mapText(leaves: leaves, index: &index, transform))
            case .link(let url, let c): return .link(url: url, content: c.mapText(leaves: leaves, index: &index, transform))
            case .noteReference, .lineBreak, .image, .math: return inline
            }
        }
    }

    /// Text leaves in reading order.
    func textLeaves() -> [String] {
        var out: [String] = []
        for inline in self {
            switch inline {
            case .text(let s): out.append(s)
            case .strong(let c), .emphasis(let c), .underline(let c), .strikethrough(let c),
                 .superscript(let c), .subscript(let c), .link(_, let c):
                out.append(contentsOf: c.textLeaves())
            case .noteReference, .lineBreak, .image, .math: break
            }
        }
        return out
    }

    /// Whether the content shows nothing: only spaces and line breaks, in any formatting (a
    /// paragraph Word holds for spacing, often a lone `<w:br/>`), or what `pruned()` drops
    /// (a link around nothing, an image with neither a file nor alt text).
    package var isBlank: Bool {
        allSatisfy { inline in
            switch inline {
            case .text(let s): return s.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
            case .lineBreak: return true
            case .strong(let c), .emphasis(let c), .underline(let c), .strikethrough(let c),
                 .superscript(let c), .subscript(let c): return c.isBlank
            case .link(_, let c): return c.pruned().isEmpty
            case .image(let alt, let source): return alt.isEmpty && source == nil
            case .noteReference, .math: return false
            }
        }
    }

    /// Removes empty text leaves and empty containers, and merges adjacent text.
    package func pruned() -> [Inline] {
        var out: [Inline] = []
        // Neighbouring texts are joined once, at the end of their stretch, into storage of
        // their exact size: joined two by two, each paragraph's text would keep room to grow.
        var texts: [String] = []
        func flush() {
            if texts.count == 1 { out.append(.text(texts[0])) } else if !texts.isEmpty { out.append(.text(texts.joinedCompactly())) }
            texts.removeAll(keepingCapacity: true)
        }
        for inline in self {
            let p: Inline?
            switch inline {
            case .text(let s): p = s.isEmpty ? nil : inline
            case .strong(let c): p = Self.wrap(Self.flattening(c.pruned(), { if case .strong(let x) = $0 { return x } else { return nil } }), Inline.strong)
            case .emphasis(let c): p = Self.wrap(Self.flattening(c.pruned(), { if case .emphasis(let x) = $0 { return x } else { return nil } }), Inline.emphasis)
            case .underline(let c): p = Self.wrap(c.pruned(), Inline.underline)
            case .strikethrough(let c): p = Self.wrap(c.pruned(), Inline.strikethrough)
            case .superscript(let c): p = Self.wrap(c.pruned(), Inline.superscript)
            case .subscript(let c): p = Self.wrap(c.pruned(), Inline.subscript)
            case .link(let url, let c):
                let inner = c.pruned()
                p = inner.isEmpty ? nil : .link(url: url, content: inner)
            // An image with neither a file nor alt text has nothing to show.
            case .image(let alt, let source): p = alt.isEmpty && source == nil ? nil : inline
            case .noteReference, .lineBreak, .math: p = inline
            }
            guard let p else { continue }
            if case .text(let s) = p {
                texts.append(s)
            } else {
                flush()
                out.append(p)
            }
        }
        flush()
        return out
    }

    /// The content with every link replaced by its text, neighbouring texts merged: a
    /// contents entry is one link to its heading, never a link around Word's own
    /// (`_Toc…` bookmarks the output does not have).
    package var unlinked: [Inline] {
        guard contains(where: { $0.children != nil }) else { return self }
        return flatMap { inline -> [Inline] in
            if case .link(_, let c) = inline { return c.unlinked }
            return inline.children.map { [inline.replacingChildren($0.unlinked)] } ?? [inline]
        }.pruned()
    }

    /// Bold inside bold is bold (a bold paragraph style over bold runs): the inner one goes,
    /// so no writer has to mark one inside the other.
    private static func flattening(_ c: [Inline], _ inner: (Inline) -> [Inline]?) -> [Inline] {
        guard c.contains(where: { inner($0) != nil }) else { return c }
        return c.flatMap { inner($0) ?? [$0] }.pruned()
    }

    private static func wrap(_ c: [Inline], _ make: ([Inline]) -> Inline) -> Inline? {
        c.isEmpty ? nil : make(c)
    }

    /// Trims leading and trailing characters matching `predicate`, reaching into formatting
    /// at the edges (`[strong(" a ")]` → `[strong("a")]`).
    package func trimming(_ predicate: (Unicode.Scalar) -> Bool) -> [Inline] {
        pruned().trimmingLeading(predicate).trimmingTrailing(predicate)
    }

    func trimmingLeading(_ predicate: (Unicode.Scalar) -> Bool) -> [Inline] {
        var result = self
        while let first = result.first {
            let trimmed: Inline?
            switch first {
            case .text(let s):
                let scalars = s.unicodeScalars
                guard let i = scalars.firstIndex(where: { !predicate($0) }) else { trimmed = nil; break }
                trimmed = i == scalars.startIndex ? first : .text(String(s[i...]))
            default:
                guard let children = first.children else { return result }
                let c = children.trimmingLeading(predicate)
                trimmed = c.isEmpty ? nil : first.replacingChildren(c)
            }
            if let trimmed {
                result[0] = trimmed
                return result
            } else {
                result.removeFirst()
            }
        }
        return result
    }

    func trimmingTrailing(_ predicate: (Unicode.Scalar) -> Bool) -> [Inline] {
        var result = self
        while let last = result.last {
            let trimmed: Inline?
            switch last {
            case .text(let s):
                let scalars = s.unicodeScalars
                guard let i = scalars.lastIndex(where: { !predicate($0) }) else { trimmed = nil; break }
                let end = scalars.index(after: i)
                trimmed = end == scalars.endIndex ? last : .text(String(s[..<end]))
            default:
                guard let children = last.children else { return result }
                let c = children.trimmingTrailing(predicate)
                trimmed = c.isEmpty ? nil : last.replacingChildren(c)
            }
            if let trimmed {
                result[result.count - 1] = trimmed
                return result
            } else {
                result.removeLast()
            }
        }
        return result
    }
}

extension Inline {
    /// The content of a formatting or link inline; nil for leaves.
    package var children: [Inline]? {
        switch self {
        case .strong(let c), .emphasis(let c), .underline(let c), .strikethrough(let c),
             .superscript(let c), .subscript(let c), .link(_, let c):
            return c
        case .text, .noteReference, .lineBreak, .image, .math:
            return nil
        }
    }

    /// The same formatting around other content.
    package func replacingChildren(_ c: [Inline]) -> Inline {
        switch self {
        case .strong: return .strong(c)
        case .emphasis: return .emphasis(c)
        case .underline: return .underline(c)
        case .strikethrough: return .strikethrough(c)
        case .superscript: return .superscript(c)
        case .subscript: return .subscript(c)
        case .link(let url, _): return .link(url: url, content: c)
        case .text, .noteReference, .lineBreak, .image, .math: return self
        }
    }
}

extension Inline {
    package var characterCount: Int {
        switch self {
        case .text(let s): return s.characterCount
        case .strong(let c), .emphasis(let c), .underline(let c), .strikethrough(let c),
             .superscript(let c), .subscript(let c), .link(_, let c):
            return c.characterCount
        case .noteReference: return 0
        case .lineBreak: return 1
        case .image(let alt, _): return alt.count
        case .math(let m): return m.text.count
        }
    }

    /// Splits inside this inline; atomic inlines go wholly to the head.
    func split(at offset: Int) -> (Inline?, Inline?) {
        func container(_ c: [Inline], _ make: ([Inline]) -> Inline) -> (Inline?, Inline?) {
            let (h, t) = c.split(at: offset)
            return (h.isEmpty ? nil : make(h), t.isEmpty ? nil : make(t))
        }
        switch self {
        case .text(let s):
            let i = s.index(s.startIndex, offsetBy: offset)
            return (.text(String(s[..<i])), .text(String(s[i...])))
        case .strong(let c): return container(c, Inline.strong)
        case .emphasis(let c): return container(c, Inline.emphasis)
        case .underline(let c): return container(c, Inline.underline)
        case .strikethrough(let c): return container(c, Inline.strikethrough)
        case .superscript(let c): return container(c, Inline.superscript)
        case .subscript(let c): return container(c, Inline.subscript)
        case .link(let url, let c): return container(c) { .link(url: url, content: $0) }
        case .noteReference, .lineBreak, .image, .math: return (self, nil)
        }
    }
}
