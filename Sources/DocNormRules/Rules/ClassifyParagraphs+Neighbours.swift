import DocNormModel

extension ClassifyParagraphs {
    // What a paragraph's neighbours say: a note's lead, a sentence with no text of its own,
    // a line naming the series after it.

    /// A series opened right after `注：各行业划型标准：`: the items of a note, not sections.
    static func followsANoteLead(_ i: Int, _ items: [Item]) -> Bool {
        guard i > 0, items[i - 1].role == .body, items[i - 1].label == nil, let p = items[i - 1].paragraph else { return false }
        let text = p.content.plainText
        guard let last = text.last(where: { !$0.isWhitespace }), last == "：" || last == ":" else { return false }
        return noteLeads.contains { text.hasPrefix($0) }
    }
    static let noteLeads = ["注：", "注:", "备注：", "备注:", "说明：", "说明:", "注释：", "附注："]

    /// The paragraph's text ends in `。`.
    static func closesWithFullStop(_ item: Item) -> Bool {
        item.paragraph?.content.plainText.unicodeScalars.last(where: { !CharacterClass.isIndentSpace($0) }) == "。"
    }

    /// A one-sentence heading closed by a full stop with no text of its own after it: the next
    /// item is a label that is not its child (`1.仪容整洁、着装统一、干净平整。` `2.…`).
    /// It votes as a list item: a section's heading is followed by its content.
    static func isSentenceWithoutContent(_ i: Int, _ items: [Item]) -> Bool {
        guard items[i].role == .heading, !isFixedHeading(items[i]), closesWithFullStop(items[i]),
              i + 1 < items.count else { return false }
        let next = items[i + 1]
        return next.hasLabel && isLabeled(next.role) && next.parent != i
    }

    /// An unlabeled short line, bold, centred or larger than the body (`bodySize`), followed by
    /// a heading that opens a run of headings at number 1. A line only larger names a series
    /// after the first heading (`firstHeading`): before it, it is a cover's or letterhead's.
    /// A cover title inside the document (`商务投标文件`, centred and half as large again as
    /// the body) may have its cover matter between it and that heading.
    static func namesTheSeriesAfterIt(_ i: Int, _ items: [Item], bodySize: Int?, firstHeading: Int?,
                                      options: NormalizationOptions) -> Bool {
        guard items[i].role == .body, let p = items[i].paragraph, p.label == nil,
              p.hints.isBold || p.hints.isCentered || isLarger(p, than: bodySize) && i > firstHeading ?? Int.max else { return false }
        let first = i > firstHeading ?? Int.max ? coverSeriesStart(i, items, bodySize: bodySize) ?? i + 1 : i + 1
        guard first < items.count, let next = items[first].paragraph, let label = next.label, label.number == 1, label.rank.isStructural,
              items[first].role == .heading || items[first].role == .runInHeading,
              HeadingsByLook.readsAsHeading(p.content.plainText, options: options),
              !Self.isCoverLine(p.content.plainText) else { return false }
        // Its siblings are headings too: the series is sections, not one heading's list.
        let rank = label.rank
        return items[(first + 1)...].prefix(400).contains { item in
            item.labelRank == rank && item.labelNumber == 2 && (item.role == .heading || item.role == .runInHeading)
        }
    }

    /// A contract's name (`…服务协议`, `…采购合同`), larger than the body and bold or centred
    /// (or both at the body's size), followed by its parties' fields and no more than
    /// `contractPreamble` other paragraphs, then the first of a series of headings
    /// (`一、价格条款` … `二、`).
    static func namesTheContractAfterIt(_ i: Int, _ items: [Item], bodySize: Int?, options: NormalizationOptions) -> Bool {
        guard items[i].role == .body, case .paragraph(let p) = items[i].block, p.label == nil,
              JoinSplitHeadings.namesContract(p.content),
              (p.hints.isBold || p.hints.isCentered) && isLarger(p, than: bodySize) || p.hints.isBold && p.hints.isCentered,
              HeadingsByLook.readsAsHeading(p.content.plainText, options: options) else { return false }
        // The parties' fields (`甲方：…`, `联系电话：`) do not count against the preamble.
        var text = 0
        for k in (i + 1)..<min(i + 2 + 3 * contractPreamble, items.count) {
            guard case .paragraph(let q) = items[k].block else { return false }
            if let label = q.label {
                // Its articles (`第一条 保密的范围和内容` … `第二条`) are a contract's structure too.
                if label.rank == .article, label.number == 1, items[k].role == .article {
                    return items[(k + 1)...].prefix(400).contains { $0.labelRank == .article && $0.labelNumber == 2 && $0.role == .article }
                }
                guard label.number == 1, label.rank.isStructural, items[k].role == .heading || items[k].role == .runInHeading else { return false }
                return items[(k + 1)...].prefix(400).contains { item in
                    item.labelRank == label.rank && item.labelNumber == 2 && (item.role == .heading || item.role == .runInHeading)
                }
            }
            // Another name, or a heading, comes first: this one names nothing.
            guard items[k].role == .body, !JoinSplitHeadings.namesContract(q.content) else { return false }
            if !DetectTitle.isCoverField(q.content.plainText, chinese: true) { text += 1 }
            if text > contractPreamble { return false }
        }
        return false
    }

    /// Paragraphs, at most, between a contract's name and its first section.
    static let contractPreamble = 8

    /// When `i` is a cover's title (centred and half as large again as the body), the first
    /// item after its cover matter. One of several such lines (`招标文件` / `（技术文件部分）` /
    /// the company, `…公开招标` / `投 标 文 件`) is one line of a cover, not the title of what
    /// follows: nil.
    static func coverSeriesStart(_ i: Int, _ items: [Item], bodySize: Int?) -> Int? {
        guard let p = items[i].paragraph, p.hints.isCentered, let body = bodySize, let size = p.hints.fontSize,
              size * 2 >= body * 3 else { return nil }
        if i > 0, let q = items[i - 1].paragraph, q.hints.isCentered, isLarger(q, than: bodySize) { return nil }
        let end = afterCoverMatter(i, items)
        let anotherLine = items[(i + 1)..<end].contains { item in
            item.role != .tableOfContents && item.paragraph.map { $0.hints.isCentered && isLarger($0, than: bodySize) } == true
        }
        return anotherLine ? nil : end
    }

    /// The first item after `i` that is not a cover's matter: its tables of fields, remarks
    /// in brackets (`（投标人盖章）`), fields, and a contents list, at most `coverMatter` of
    /// them besides the contents.
    static func afterCoverMatter(_ i: Int, _ items: [Item]) -> Int {
        var k = i + 1
        var skipped = 0
        while k < items.count, skipped <= coverMatter {
            if items[k].role == .tableOfContents { k += 1; continue }
            switch items[k].block {
            case .table: break
            case .paragraph(let q) where q.label == nil && items[k].role == .body && isCoverLine(q.content.plainText): break
            default: return k
            }
            skipped += 1
            k += 1
        }
        return k
    }

    /// Items of a cover's matter, at most, between its title and its first section.
    static let coverMatter = 3

    static func isLarger(_ p: Paragraph, than body: Int?) -> Bool {
        guard let body, let size = p.hints.fontSize else { return false }
        return size > body
    }

    /// A field, a date, a remark in brackets (`（投标人盖章）`) or a letter-spaced cover line
    /// (`投 标 文 件`): what a cover or a form writes above its first section.
    static func isCoverLine(_ text: String) -> Bool {
        if DetectTitle.isCoverField(text, chinese: true) { return true }
        let t = text.trimmingSpaces()
        if let f = t.first, let l = t.last, f == "（" || f == "(", l == "）" || l == ")" { return true }
        let scalars = Array(t.unicodeScalars)
        return scalars.count >= 3 && scalars.enumerated().allSatisfy { k, c in k % 2 == 0 ? c != " " && c != "\u{3000}" : c == " " || c == "\u{3000}" }
    }
}
