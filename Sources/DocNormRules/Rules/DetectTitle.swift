import DocNormModel

/// The first paragraph is the title when it carries no label, is at most 80 characters and
/// does not end with 。！？；：，; a paragraph in Word's `Title` style always is.
/// A trailing word-count note (`（2946字）`) is removed and kept as `claimedLength`.
/// Reports nothing.
public struct DetectTitle: Rule {
    public let name = "detect-title"
    public init() {}

    static let closingMarks: Set<Character> = ["。", "！", "？", "；", "：", "，", ".", "!", "?", ";", ":", ","]

    public func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        var titleIndex: Int?
        // A table of contents is never the title, nor what comes before it.
        let first = workspace.items.firstIndex { $0.role != .tableOfContents } ?? 0
        if let styled = workspace.items.firstIndex(where: { $0.paragraph?.hints.isTitle == true && $0.role != .tableOfContents }) {
            titleIndex = styled
        } else if first < workspace.items.count, let p = workspace.items[first].paragraph, Self.looksLikeTitle(p, options: options),
                  !Self.hasPeer(p, in: workspace.items[(first + 1)...]) {
            titleIndex = first
        }
        guard let index = titleIndex, var p = workspace.items[index].paragraph else { return }
        if let (rest, length) = Self.splitWordCount(p.content.plainText) {
            p.content = p.content.split(at: rest.count).head.trimming(CharacterClass.isIndentSpace)
            workspace.metadata.claimedLength = length
        }
        workspace.items[index].paragraph = p
        workspace.items[index].role = .title
        workspace.metadata.title = p.content.plainText
        if let sub = workspace.items.firstIndex(where: { $0.paragraph?.hints.isSubtitle == true }) {
            workspace.items[sub].role = .subtitle
            workspace.metadata.subtitle = workspace.items[sub].paragraph?.content.plainText
        }
    }

    /// A first paragraph in a heading style is the title only when no later paragraph is a
    /// heading of the same or a higher level: otherwise it is the first of several sections.
    static func hasPeer(_ p: Paragraph, in rest: ArraySlice<Item>) -> Bool {
        guard let level = p.hints.styleHeadingLevel ?? p.hints.outlineLevel else { return false }
        return rest.contains { item in
            guard let h = item.paragraph?.hints, let other = h.styleHeadingLevel ?? h.outlineLevel else { return false }
            return other <= level
        }
    }

    static func looksLikeTitle(_ p: Paragraph, options: NormalizationOptions) -> Bool {
        guard p.label == nil, p.hints.automaticNumbering == nil else { return false }
        let text = p.content.plainText
        guard !text.isEmpty, text.count <= options.maxTitleLength + 8, let last = text.last else { return false }
        let body = splitWordCount(text)?.title ?? text
        return body.count <= options.maxTitleLength && !closingMarks.contains(last)
    }

    /// `标题（2946字）` → ("标题", 2946). Also `(2946字)` and `（约3000字）`.
    static func splitWordCount(_ text: String) -> (title: String, length: Int)? {
        let chars = Array(text)
        guard let last = chars.last, last == "）" || last == ")", chars.count >= 4, chars[chars.count - 2] == "字" else { return nil }
        var i = chars.count - 3
        var digits = ""
        while i >= 0, chars[i].isASCII, chars[i].isNumber { digits = String(chars[i]) + digits; i -= 1 }
        guard !digits.isEmpty, let n = Int(digits), i >= 0 else { return nil }
        if chars[i] == "约" { i -= 1 }
        guard i >= 1, chars[i] == "（" || chars[i] == "(" else { return nil }
        let title = String(chars[..<i]).trimmingSpaces()
        guard !title.isEmpty else { return nil }
        return (title, n)
    }
}
