import DocNormModel

/// In Chinese reports, the line that opens an attachment is a heading: `附件1：廉政协议`,
/// `附件 2．工作任务`, `附件一：` with its name on the next line, `附件——投标保证金银行保函格式`,
/// set apart from the body (bold, centred or larger) or the first line of its page (an
/// attachment starts on a new page, which is all plain text from a PDF shows; or right after
/// its chapter's heading). A label-only
/// line (`附件三：`) and the short name right after it are one heading (`附件三：法定代表人授权
/// 委托书`). A run of such lines one after the other is a list of the attachments (a
/// contract's `附件1…附件3`), not their headings. So are a form attachment's `附表 1：资格性
/// 审查表` and a tender's form titles `表1法定代表人授权书`, unless half the document's `表N`
/// lines or more stand over tables (a thesis's captions).
/// Reports nothing.
package struct AttachmentHeadings: Rule {
    package let name = "attachment-headings"
    package let phase = RulePhase.classification
    package let requires = ["detect-labels", "detect-title", "headings-from-contents"]
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        guard workspace.metadata.language == "zh" else { return }
        let body = DetectTitle.bodySize(workspace.items)
        // Whether `表N` lines are captions, asked of the whole document at its first such line.
        var captions: Bool?
        // The word and number of the last attachment heading (`附表`, 1).
        var last: (word: Substring, number: Int)?
        // The contents' entries, keyed, once a joined attachment name asks for them.
        var entries: Set<String>?
        var i = 0
        while i < workspace.items.count {
            defer { i += 1 }
            guard let (rest, isForm) = Self.attachmentLine(workspace.items[i]) else { continue }
            // Its word and number, the same before and after its name is joined to it.
            let number = workspace.items[i].paragraph.flatMap { Self.number($0.content.plainText) }
            // A list of attachments: attachment lines one after the other, in one look (the
            // title of the first form may follow the list of forms).
            let look = workspace.items[i].paragraph.map { Self.isSetApart($0, body: body) }
            var end = i + 1
            while end < workspace.items.count, Self.attachmentLine(workspace.items[end]) != nil,
                  workspace.items[end].paragraph.map({ Self.isSetApart($0, body: body) }) == look { end += 1 }
            if end > i + 1 { i = end - 1; continue }
            if isForm {
                if captions == nil { captions = Self.formLinesAreCaptions(workspace.items) }
                if captions == true { continue }
            }
            guard var p = workspace.items[i].paragraph else { continue }
            if rest.isEmpty {
                guard i + 1 < workspace.items.count, workspace.items[i + 1].role == .body, let next = workspace.items[i + 1].paragraph,
                      next.label == nil, next.hints.automaticNumbering == nil,
                      HeadingsByLook.readsAsHeading(next.content.plainText, options: options),
                      Self.isSetApart(p, body: body) || Self.isSetApart(next, body: body) || p.hints.startsPage
                        || Self.opensAChapter(i, workspace.items) else { continue }
                let text = p.content.plainText
                let joint: [Inline] = text.unicodeScalars.last.map(CharacterClass.isCJKPunctuation) == true ? [] : [.text(" ")]
                p.content = p.content + joint + next.content
                workspace.items.remove(at: i + 1)
                // A name its author broke over two lines of one look (`…没有重大违法记录的书面` /
                // `声明`, both bold in 14 pt) is one name.
                if i + 1 < workspace.items.count, let tail = Self.continuation(of: next, workspace.items[i + 1], options: options) {
                    p.content = p.content + tail
                    workspace.items.remove(at: i + 1)
                }
                workspace.items[i].paragraph = p
                // The contents list the attachment under its whole name, which only now is one
                // paragraph: they place it (`附件1  上海国际招标有限公司…` beside `投标人须知`).
                if entries == nil {
                    entries = Set(workspace.items.lazy.filter { $0.role == .tableOfContents }
                        .compactMap { $0.paragraph.map(HeadingsFromContents.entryKey) })
                }
                if entries?.contains(HeadingsFromContents.key(shown: "", p.content.plainText)) == true {
                    workspace.items[i].listedInContents = true
                }
            } else {
                // The next of an attachment heading's series looks as it does, or not at all: it
                // goes on from it (附表2 after a table, after `附表 1：资格性审查表` on its page).
                let next = number.map { n in last.map { $0.word == n.word && $0.number + 1 == n.number } == true } == true
                guard Self.isSetApart(p, body: body) || p.hints.startsPage || next,
                      HeadingsByLook.readsAsHeading(p.content.plainText, options: options) else { continue }
            }
            workspace.items[i].role = .heading
            last = number
        }
    }

    /// An attachment line's word and number (`附表2：…` → 附表, 2; `附件三` → 附件, 3).
    static func number(_ plain: String) -> (word: Substring, number: Int)? {
        guard attachmentRest(plain) != nil else { return nil }
        let text = Substring(plain.trimmingSpaces())
        let digits = text.dropFirst(2).drop(while: \.isWhitespace).prefix(while: isNumeral)
        guard !digits.isEmpty, !digits.contains("-"), !digits.contains("－") else { return nil }
        // Digits, half- or full-width (`２`), or a Chinese numeral; a number from a file never traps.
        let value: Int?
        if digits.allSatisfy({ !ChineseNumerals.isNumeral($0) }) {
            value = digits.count <= 6 ? digits.reduce(0) { $0 * 10 + ($1.wholeNumberValue ?? 0) } : nil
        } else {
            value = ChineseNumerals.parse(digits)
        }
        return value.map { (text.prefix(2), $0) }
    }

    /// The rest of a name broken over two lines: a body line in the name's own look (bold,
    /// size, centring) right after it, the name ending and the line starting with a letter
    /// (no bracket, no punctuation), the two short enough together for a heading.
    static func continuation(of name: Paragraph, _ item: Item, options: NormalizationOptions) -> [Inline]? {
        guard item.role == .body, let next = item.paragraph, next.label == nil, next.hints.automaticNumbering == nil,
              next.hints.isBold == name.hints.isBold, next.hints.fontSize == name.hints.fontSize,
              next.hints.isCentered == name.hints.isCentered, name.hints.isBold || name.hints.fontSize != nil,
              let last = name.content.plainText.unicodeScalars.last, last.properties.isAlphabetic,
              attachmentRest(next.content.plainText) == nil,
              // A remark in brackets under the name (`（张江分公司）`, `(第____次报价书)`) is no part of it.
              let first = next.content.plainText.unicodeScalars.first, first.properties.isAlphabetic,
              HeadingsByLook.readsAsHeading(name.content.plainText + next.content.plainText, options: options) else { return nil }
        return next.content
    }

    /// Right after a chapter's heading (`第六章 响应文件组成`, then `附件一：` over its name): the
    /// chapter's first attachment, as if on a page of its own.
    static func opensAChapter(_ i: Int, _ items: [Item]) -> Bool {
        guard i > 0 else { return false }
        return items[i - 1].labelRank == .chapter || items[i - 1].role == .heading && items[i - 1].listedInContents
    }

    /// The line is an attachment's or a form's (`表1`): what follows its word, number and
    /// separator, and whether it is a form's.
    static func attachmentLine(_ item: Item) -> (rest: Substring, isForm: Bool)? {
        guard item.role == .body, !item.listedInContents, let p = item.paragraph, p.label == nil,
              p.hints.automaticNumbering == nil, !p.hints.isTableOfContents else { return nil }
        let plain = p.content.plainText
        if let rest = attachmentRest(plain) { return (rest, false) }
        return formRest(plain).map { ($0, true) }
    }

    /// A table follows, at once or after at most two short lines that are no sentences (a
    /// caption's English twin `Table 3-3 …`, a note on the font).
    static func tableFollows(_ items: [Item], _ i: Int) -> Bool {
        for k in (i + 1)..<min(i + 4, items.count) {
            if case .table = items[k].block { return true }
            guard k < i + 3, let p = items[k].paragraph else { return false }
            let text = p.content.plainText
            guard text.unicodeScalars.count <= maxLength,
                  let last = text.unicodeScalars.last(where: { !CharacterClass.isIndentSpace($0) }),
                  !HeadingsByLook.closings.contains(last) else { return false }
        }
        return false
    }

    /// Half the form lines or more stand right over a table: the document's `表N` lines are
    /// captions (a thesis's `表 3 实验结果`), not the titles of a tender's forms.
    static func formLinesAreCaptions(_ items: [Item]) -> Bool {
        var over = 0, other = 0
        for i in items.indices where attachmentLine(items[i])?.isForm == true {
            if tableFollows(items, i) { over += 1 } else { other += 1 }
        }
        return over > 0 && over * 2 >= over + other
    }

    /// What follows `附件` or `附表`, its number and separator; nil when the text is no
    /// attachment line.
    static func attachmentRest(_ plain: String) -> Substring? {
        // Nearly every line is no attachment line: its first scalar says so before anything is built.
        guard plain.unicodeScalars.first(where: { !CharacterClass.isIndentSpace($0) }) == "附" else { return nil }
        let text = plain.trimmingSpaces()
        guard text.hasPrefix("附件") || text.hasPrefix("附表"), text.unicodeScalars.count <= maxLength else { return nil }
        let afterWord = Substring(text).dropFirst(2)
        let numbered = afterWord.drop(while: \.isWhitespace).drop(while: isNumeral)
        let rest = numbered.drop(while: isSeparator)
        // `附件材料清单`: a word that starts with 附件, with neither number nor separator.
        guard afterWord.isEmpty || rest.count < afterWord.count else { return nil }
        return rest
    }

    /// What follows a form's `表1` (`表1法定代表人授权书`, `表10  投标廉政承诺书`): a number
    /// is needed (`表格`, `表明` are words).
    static func formRest(_ plain: String) -> Substring? {
        guard plain.unicodeScalars.first(where: { !CharacterClass.isIndentSpace($0) }) == "表" else { return nil }
        let text = plain.trimmingSpaces()
        guard text.unicodeScalars.count <= maxLength else { return nil }
        let afterWord = Substring(text).dropFirst().drop(while: \.isWhitespace)
        let numbered = afterWord.drop(while: isNumeral)
        guard numbered.count < afterWord.count else { return nil }
        return numbered.drop(while: isSeparator)
    }

    static func isNumeral(_ c: Character) -> Bool { c.isASCII && c.isNumber || "０１２３４５６７８９一二三四五六七八九十-－".contains(c) }
    static func isSeparator(_ c: Character) -> Bool { c.isWhitespace || "：:、．.—-".contains(c) }

    /// Scalars, at most, of an attachment's heading line.
    static let maxLength = 48

    static func isSetApart(_ p: Paragraph, body: Int?) -> Bool {
        p.hints.isBold || p.hints.isCentered || ClassifyParagraphs.isLarger(p, than: body)
    }
}
