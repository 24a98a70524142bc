import DocNormModel

/// A heading its author split over two paragraphs of the same heading style is one heading
/// (STRUCTURE.md §4): a paragraph that holds only its label (`第六章`, or Word's number on an
/// empty line) followed by the text in the same style, without a label of its own
/// (`投标文件有关格式`), or without any heading style a chapter's label alone and a short name
/// (`第四章` / `评标`), a heading whose text runs on into the next paragraph of its style
/// (`…抗逆力的` / `现实基础`), or a contract's name set over two lines (`…外包` / `服务协议`);
/// and a heading followed, in the same style, by a remark wholly in brackets that it qualifies
/// (`附件12 残疾人福利性单位声明函` / `（非福利性企业不用填写）`).
/// Reports nothing.
package struct JoinSplitHeadings: Rule {
    package let name = "join-split-headings"
    package let phase = RulePhase.classification
    package let requires = ["detect-labels"]
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        var i = 0
        // The body's size, found when a contract's name first asks for it.
        var body: Int?? = nil
        // The contents' entries, read when two lines of one heading style first ask for them.
        var entries: Set<String>? = nil
        // Plain text has no heading styles, bold or sizes: what only they tell is not looked for.
        let styled = workspace.metadata.sourceFormat != "text"
        let chinese = workspace.metadata.language == "zh"
        while i + 1 < workspace.items.count {
            defer { i += 1 }
            if styled, Self.joinsRemark(&workspace.items, at: i, options: options) { continue }
            if styled, Self.joinsUnfinished(&workspace.items, at: i, options: options, entries: &entries) { continue }
            if styled, chinese, Self.joinsOrdinal(&workspace.items, at: i, options: options) { continue }
            if styled, chinese, Self.joinsContractName(&workspace.items, at: i, body: &body) { continue }
            guard var first = workspace.items[i].paragraph, first.hasLabel, first.content.plainText.allSatisfy(\.isWhitespace),
                  let second = workspace.items[i + 1].paragraph, second.label == nil else { continue }
            let level = first.hints.styleHeadingLevel ?? first.hints.outlineLevel
            if let level {
                guard (second.hints.styleHeadingLevel ?? second.hints.outlineLevel) == level,
                      !second.content.plainText.isEmpty, second.content.plainText.count <= options.maxHeadingLength else { continue }
            } else {
                guard workspace.items[i].role == .body, workspace.items[i + 1].role == .body,
                      Self.namesChapter(first, second, options: options) else { continue }
            }
            first.label?.separated = true
            first.content = second.content
            workspace.items[i].paragraph = first
            workspace.items.remove(at: i + 1)
        }
    }

    /// Joins the bracketed remark after a heading in the same heading style.
    static func joinsRemark(_ items: inout [Item], at i: Int, options: NormalizationOptions) -> Bool {
        guard var first = items[i].paragraph, let level = first.hints.styleHeadingLevel ?? first.hints.outlineLevel,
              let second = items[i + 1].paragraph, second.label == nil, second.hints.automaticNumbering == nil,
              (second.hints.styleHeadingLevel ?? second.hints.outlineLevel) == level else { return false }
        let text = first.content.plainText, remark = second.content.plainText.trimmingSpaces()
        guard !text.allSatisfy(\.isWhitespace), let last = text.unicodeScalars.last, !isClosing(last),
              isRemark(remark), text.count + remark.count <= options.maxHeadingLength else { return false }
        let joint: [Inline] = remark.hasPrefix("(") && !CharacterClass.isIndentSpace(last) ? [.text(" ")] : []
        first.content = first.content + joint + second.content
        items[i].paragraph = first
        items.remove(at: i + 1)
        return true
    }

    /// A heading whose text runs on into the next paragraph of its heading style: the next one
    /// has no label, and either the first ends on a word that cannot end a title (`…抗逆力的` /
    /// `现实基础`), or the document's contents list the two as one entry.
    static func joinsUnfinished(_ items: inout [Item], at i: Int, options: NormalizationOptions, entries: inout Set<String>?) -> Bool {
        guard case .paragraph(let second) = items[i + 1].block, second.label == nil, second.hints.automaticNumbering == nil,
              let level = second.hints.styleHeadingLevel, case .paragraph(var first) = items[i].block,
              first.hints.styleHeadingLevel == level, items[i].role == .body, items[i + 1].role == .body else { return false }
        let text = first.content.plainText, next = second.content.plainText
        guard let last = text.unicodeScalars.last(where: { !CharacterClass.isIndentSpace($0) }), !isClosing(last), !CharacterClass.isCJKPunctuation(last),
              !next.isEmpty, text.count + next.count <= options.maxHeadingLength else { return false }
        var joins = unfinishing.contains(last)
        if !joins {
            if entries == nil {
                entries = Set(items.compactMap { item -> String? in
                    guard item.role == .tableOfContents, case .paragraph(let p) = item.block else { return nil }
                    return HeadingsFromContents.entryKey(p)
                })
            }
            joins = entries?.contains(HeadingsFromContents.key(shown: first.label?.original ?? "", text + next)) == true
        }
        guard joins else { return false }
        first.content = first.content + second.content
        items[i].block = .paragraph(first)
        items.remove(at: i + 1)
        return true
    }

    /// `第` alone, then `1 天` in the same heading style: an ordinal set over two lines (a
    /// template's narrow cell) is one heading, `第1 天`, its number part of the text.
    static func joinsOrdinal(_ items: inout [Item], at i: Int, options: NormalizationOptions) -> Bool {
        guard case .paragraph(var first) = items[i].block, let level = first.hints.styleHeadingLevel, first.label == nil,
              first.hints.automaticNumbering == nil, first.content.plainText.trimmingSpaces() == "第",
              case .paragraph(let second) = items[i + 1].block, second.hints.styleHeadingLevel == level,
              second.hints.automaticNumbering == nil, items[i].role == .body, items[i + 1].role == .body else { return false }
        let number: [Inline]
        if let label = second.label {
            guard label.rank.isStructural else { return false }
            number = [.text(label.original + (label.separated ? " " : ""))]
        } else {
            guard let head = second.content.plainText.first, head.isASCII && head.isNumber || ChineseNumerals.isNumeral(head) else { return false }
            number = []
        }
        let joined = ([.text("第")] + number + second.content).pruned()
        guard joined.plainText.count <= options.maxHeadingLength else { return false }
        first.content = joined
        items[i].block = .paragraph(first)
        items.remove(at: i + 1)
        return true
    }

    /// Words a Chinese title does not end on: a particle or conjunction waiting for its noun.
    static let unfinishing: Set<Unicode.Scalar> = ["的", "和", "与", "及", "之", "对", "在", "为", "以", "于", "或", "并", "等"]

    /// A contract's name set over two lines of one look, larger than the body and bold or
    /// centred (`交通银行张江园区餐厅洗碗业务外包` / `服务协议`), is one line: the name ends in
    /// 合同 or 协议 (书), and the first line ends in no punctuation.
    static func joinsContractName(_ items: inout [Item], at i: Int, body: inout Int??) -> Bool {
        guard items[i].role == .body, items[i + 1].role == .body, case .paragraph(let second) = items[i + 1].block,
              second.label == nil, namesContract(second.content), case .paragraph(var first) = items[i].block,
              first.label == nil, first.hints.automaticNumbering == nil, second.hints.automaticNumbering == nil,
              first.hints.fontSize == second.hints.fontSize, first.hints.isBold == second.hints.isBold,
              first.hints.isCentered == second.hints.isCentered, first.hints.isBold || first.hints.isCentered,
              first.hints.styleHeadingLevel == nil, first.hints.outlineLevel == nil,
              second.hints.styleHeadingLevel == nil, second.hints.outlineLevel == nil else { return false }
        let text = first.content.plainText
        guard let last = text.unicodeScalars.last(where: { !CharacterClass.isIndentSpace($0) }), !CharacterClass.isCJKPunctuation(last),
              !HeadingsByLook.closings.contains(last), text.unicodeScalars.count + second.content.plainText.unicodeScalars.count <= contractNameLength
        else { return false }
        if body == nil { body = .some(DetectTitle.bodySize(items)) }
        guard ClassifyParagraphs.isLarger(first, than: body ?? nil) else { return false }
        first.content = first.content + second.content
        items[i].block = .paragraph(first)
        items.remove(at: i + 1)
        return true
    }

    /// `…服务协议`, `…采购合同`, `…合同书`: a contract's name. The last scalar (同 议 书) is
    /// asked first, before any text is joined.
    static func namesContract(_ content: [Inline]) -> Bool {
        guard mayEndContractName(content) else { return false }
        let t = content.plainText.trimmingSpaces()
        return t.hasSuffix("合同") || t.hasSuffix("协议") || t.hasSuffix("合同书") || t.hasSuffix("协议书")
    }

    private static func mayEndContractName(_ content: [Inline]) -> Bool {
        switch content.last {
        case .text(let s)?:
            guard let last = s.unicodeScalars.last(where: { !CharacterClass.isIndentSpace($0) }) else { return false }
            return last == "同" || last == "议" || last == "书"
        case .strong(let c)?, .emphasis(let c)?, .underline(let c)?:
            return mayEndContractName(c)
        default:
            return false
        }
    }

    /// Scalars, at most, of a contract's name.
    static let contractNameLength = 40

    /// Without heading styles (plain text, a document typed by hand), a line that is only a
    /// chapter's or section's label (`第四章`) and a short name after it that reads as a heading
    /// (`评标`), neither in a heading style nor Word-numbered, are one heading: no chapter
    /// goes without its name.
    static func namesChapter(_ first: Paragraph, _ second: Paragraph, options: NormalizationOptions) -> Bool {
        guard let rank = first.labelRank, rank == .chapter || rank == .section, first.hints.automaticNumbering == nil,
              second.hints.automaticNumbering == nil, second.hints.styleHeadingLevel == nil, second.hints.outlineLevel == nil,
              !second.hints.isTableOfContents, !first.hints.isTableOfContents else { return false }
        let name = second.content.plainText
        return name.unicodeScalars.count <= chapterNameLength && HeadingsByLook.readsAsHeading(name, options: options)
    }

    /// Scalars, at most, of a chapter's name on a line of its own.
    static let chapterNameLength = 30

    /// A remark wholly in one pair of brackets: `（非福利性企业不用填写）`, `(draft)`.
    static func isRemark(_ text: String) -> Bool {
        let pairs: [(Character, Character)] = [("（", "）"), ("(", ")")]
        guard let (open, close) = pairs.first(where: { text.first == $0.0 && text.last == $0.1 }), text.count > 2 else { return false }
        // `（一）甲方…（二）`: the bracket closed inside is no one remark.
        return !text.dropFirst().dropLast().contains { $0 == open || $0 == close }
    }

    /// Sentence ends and colons: a heading that ends so is complete, what follows is its text.
    static func isClosing(_ s: Unicode.Scalar) -> Bool { "。.！!？?；;：:".unicodeScalars.contains(s) }
}
