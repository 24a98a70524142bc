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
    static func firstProblem(in text: String) -> String? {
        var stack: [(Unicode.Scalar, Int)] = []
        let chars = Array(text.unicodeScalars)
        for (i, c) in chars.enumerated() {
            if c == "’", i > 0, i + 1 < chars.count, chars[i - 1].isASCII, chars[i - 1].properties.isAlphabetic,
               chars[i + 1].properties.isAlphabetic {
                continue  // an apostrophe: don’t
            }
            if closer(for: c) != nil {
                stack.append((c, i))
            } else if let open = opener(for: c) {
                if let last = stack.last, last.0 == open {
                    stack.removeLast()
                } else if let k = stack.lastIndex(where: { $0.0 == open }) {
                    let unclosed = stack[k + 1].0
                    return "unbalanced \(unclosed): opened before \(context(chars, stack[k + 1].1 + 1))… and never closed"
                } else {
                    return "unbalanced \(c): closed before \(context(chars, i + 1))… without being opened"
                }
            }
        }
        if let (c, i) = stack.first {
            return "unbalanced \(c): opened before \(context(chars, i + 1))… and never closed"
        }
        return nil
    }

    static func context(_ chars: [Unicode.Scalar], _ i: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: chars[min(i, chars.count)..<min(chars.count, i + 12)])
        return String(view)
    }
}
