import DocNormModel

/// In Chinese reports, the line that opens an attachment is a heading: `附件1：廉政协议`,
/// `附件 2．工作任务`, `附件一：` with its name on the next line, `附件——投标保证金银行保函格式`,
/// set apart from the body (bold, centred or larger) or the first line of its page (an
/// attachment starts on a new page, which is all plain text from a PDF shows). A label-only line (`附件三：`) and the
/// short name right after it are one heading (`附件三：法定代表人授权委托书`). A run of such
/// lines one after the other is a list of the attachments (a contract's `附件1…附件3`), not
/// their headings. Reports nothing.
package struct AttachmentHeadings: Rule {
    package let name = "attachment-headings"
    package let phase = RulePhase.classification
    package let requires = ["detect-labels", "detect-title", "headings-from-contents"]
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        guard workspace.metadata.language == "zh" else { return }
        let body = DetectTitle.bodySize(workspace.items)
        var i = 0
        while i < workspace.items.count {
            defer { i += 1 }
            guard let rest = Self.attachmentRest(workspace.items[i]) else { continue }
            // A list of attachments: attachment lines one after the other.
            var end = i + 1
            while end < workspace.items.count, Self.attachmentRest(workspace.items[end]) != nil { end += 1 }
            if end > i + 1 { i = end - 1; continue }
            guard var p = workspace.items[i].paragraph else { continue }
            if rest.isEmpty {
                guard i + 1 < workspace.items.count, workspace.items[i + 1].role == .body, let next = workspace.items[i + 1].paragraph,
                      next.label == nil, next.hints.automaticNumbering == nil,
                      HeadingsByLook.readsAsHeading(next.content.plainText, options: options),
                      Self.isSetApart(p, body: body) || Self.isSetApart(next, body: body) || p.hints.startsPage else { continue }
                let text = p.content.plainText
                let joint: [Inline] = text.unicodeScalars.last.map(CharacterClass.isCJKPunctuation) == true ? [] : [.text(" ")]
                p.content = p.content + joint + next.content
                workspace.items[i].paragraph = p
                workspace.items.remove(at: i + 1)
            } else {
                guard Self.isSetApart(p, body: body) || p.hints.startsPage, HeadingsByLook.readsAsHeading(p.content.plainText, options: options) else { continue }
            }
            workspace.items[i].role = .heading
        }
    }

    /// What follows `附件`, its number and separator; nil when the item is no attachment line.
    static func attachmentRest(_ item: Item) -> Substring? {
        guard item.role == .body, !item.listedInContents, let p = item.paragraph, p.label == nil,
              p.hints.automaticNumbering == nil, !p.hints.isTableOfContents else { return nil }
        return attachmentRest(p.content.plainText)
    }

    static func attachmentRest(_ plain: String) -> Substring? {
        // Nearly every line is no attachment line: its first scalar says so before anything is built.
        guard plain.unicodeScalars.first(where: { !CharacterClass.isIndentSpace($0) }) == "附" else { return nil }
        let text = plain.trimmingSpaces()
        guard text.hasPrefix("附件"), text.unicodeScalars.count <= maxLength else { return nil }
        let afterWord = Substring(text).dropFirst(2)
        let numbered = afterWord.drop(while: \.isWhitespace)
            .drop { c in c.isASCII && c.isNumber || "０１２３４５６７８９一二三四五六七八九十-－".contains(c) }
        let rest = numbered.drop { c in c.isWhitespace || "：:、．.—-".contains(c) }
        // `附件材料清单`: a word that starts with 附件, with neither number nor separator.
        guard afterWord.isEmpty || rest.count < afterWord.count else { return nil }
        return rest
    }

    /// Scalars, at most, of an attachment's heading line.
    static let maxLength = 48

    static func isSetApart(_ p: Paragraph, body: Int?) -> Bool {
        p.hints.isBold || p.hints.isCentered || ClassifyParagraphs.isLarger(p, than: body)
    }
}
