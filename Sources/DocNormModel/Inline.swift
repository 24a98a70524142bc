/// Text-level content of a paragraph, heading, list item or cell.
/// Links and images are boxed: the rare two-field cases would otherwise make every inline
/// of every paragraph twice as large.
public enum Inline: Sendable, Equatable {
    /// Plain text.
    case text(String)
    /// Bold text.
    case strong([Inline])
    /// Italic text.
    case emphasis([Inline])
    /// Underlined text.
    case underline([Inline])
    /// Struck-through text.
    case strikethrough([Inline])
    /// Raised text (`x²`).
    case superscript([Inline])
    /// Lowered text (`H₂O`).
    case `subscript`([Inline])
    /// A link to `url` (only targets that are safe to follow are kept).
    indirect case link(url: String, content: [Inline])
    /// A reference to `Document.notes` by id.
    case noteReference(String)
    /// A line break inside a paragraph.
    case lineBreak
    /// An image: `source` is a path or nil when the image was not extracted.
    indirect case image(alt: String, source: String?)
    /// An equation: one atom for the rules, whose plain text is its linear text.
    indirect case math(Math)
}

extension Inline {
    /// The plain text of this inline, without markup.
    public var plainText: String {
        switch self {
        case .text(let s): return s
        case .strong(let c), .emphasis(let c), .underline(let c), .strikethrough(let c),
             .superscript(let c), .subscript(let c), .link(_, let c):
            return c.plainText
        case .noteReference: return ""
        case .lineBreak: return "\n"
        case .image(let alt, _): return alt
        case .math(let m): return m.text
        }
    }
}

extension Array where Element == Inline {
    /// The plain text of a run of inlines.
    public var plainText: String {
        // Most paragraphs are one run of text: its string, not a joined copy.
        if count == 1, case .text(let s) = self[0] { return s }
        return map(\.plainText).joined()
    }

    /// True when the run carries no formatting, links or notes: only text.
    package var isPlain: Bool {
        allSatisfy { if case .text = $0 { return true } else { return false } }
    }

    /// Merges adjacent text inlines and drops empty ones.
    package func coalesced() -> [Inline] {
        var out: [Inline] = []
        for inline in self {
            switch inline {
            case .text(let s):
                if s.isEmpty { continue }
                if case .text(let prev)? = out.last {
                    out[out.count - 1] = .text(prev + s)
                } else {
                    out.append(inline)
                }
            default:
                out.append(inline)
            }
        }
        return out
    }
}
