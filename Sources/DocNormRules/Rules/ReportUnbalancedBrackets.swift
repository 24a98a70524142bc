import DocNormModel

/// Reports quotes and brackets that are opened and not closed, or closed and not opened,
/// within one paragraph (“ ” ‘ ’ （ ） ( ) 《 》 【 】 「 」 『 』). The text is not changed.
public struct ReportUnbalancedBrackets: Rule {
    public let name = "report-unbalanced-brackets"
    public init() {}

    static func closer(for s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s {
        case "“": return "”"
        case "‘": return "’"
        case "（": return "）"
        case "(": return ")"
        case "《": return "》"
        case "【": return "】"
        case "「": return "」"
        case "『": return "』"
        case "〔": return "〕"
        default: return nil
        }
    }

    static func opener(for s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s {
        case "”": return "“"
        case "’": return "‘"
        case "）": return "（"
        case ")": return "("
        case "》": return "《"
        case "】": return "【"
        case "」": return "「"
        case "』": return "『"
        case "〕": return "〔"
        default: return nil
        }
    }

    public func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        for item in workspace.items {
            guard let p = item.paragraph else { continue }
            let text = (p.label?.original ?? "") + p.content.plainText
            if let problem = Self.firstProblem(in: text) {
                workspace.warn("unbalanced-brackets", problem, at: p.position)
            }
        }
    }

    /// A sentence describing the first unbalanced mark, or nil when all are balanced.
    /// Walks the scalars in place: copying every paragraph into an array of scalars was a
    /// visible share of the time on plain text.
    static func firstProblem(in text: String) -> String? {
        let scalars = text.unicodeScalars
        /// Open marks, each with where the text after it starts.
        var stack: [(mark: Unicode.Scalar, after: String.Index)] = []
        var previous: Unicode.Scalar?
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            let next = scalars.index(after: i)
            defer {
                previous = c
                i = next
            }
            if c == "’", let p = previous, p.isASCII, p.properties.isAlphabetic, next < scalars.endIndex,
               scalars[next].properties.isAlphabetic {
                continue  // an apostrophe: don’t
            }
            if closer(for: c) != nil {
                stack.append((c, next))
            } else if let open = opener(for: c) {
                if let last = stack.last, last.mark == open {
                    stack.removeLast()
                } else if let k = stack.lastIndex(where: { $0.mark == open }) {
                    let unclosed = stack[k + 1]
                    return "unbalanced \(unclosed.mark): opened before \(context(scalars, unclosed.after))… and never closed"
                } else {
                    return "unbalanced \(c): closed before \(context(scalars, next))… without being opened"
                }
            }
        }
        if let first = stack.first {
            return "unbalanced \(first.mark): opened before \(context(scalars, first.after))… and never closed"
        }
        return nil
    }

    /// Up to twelve scalars from `start`, to show where a problem is.
    static func context(_ scalars: String.UnicodeScalarView, _ start: String.Index) -> String {
        let end = scalars.index(start, offsetBy: 12, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return String(scalars[start..<end])
    }
}
