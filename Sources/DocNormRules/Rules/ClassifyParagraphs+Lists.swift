import DocNormModel

extension ClassifyParagraphs {
    // What makes siblings a list: their children, their sentences, their labels, an article.

    /// True when siblings mostly follow each other with nothing but labeled, contentless items
    /// between them (no body text, no run-in heading, no table): a list, even if text
    /// interrupts it once. Run-in headings carry their own text, so their siblings never are.
    static func isTight(_ members: [Int], _ items: [Item]) -> Bool {
        guard members.count >= 2 else { return false }
        if members.contains(where: { items[$0].role == .runInHeading }) { return false }
        var adjacent = 0
        var apart = 0
        for (a, b) in zip(members, members.dropFirst()) {
            let between = items[(a + 1)..<b]
            // Children long enough to be clauses (`1.1.1 根据《招标投标法》…`) are content, and so
            // is a child that is a whole sentence (`14.1 本项目谈判保证金详见前附表。`), unless it
            // is a field filled in (`1.1.1 招标人：见前附表。`), as a form's items are.
            let contentless = between.allSatisfy { item in
                guard let p = item.paragraph else { return false }
                let text = p.content.plainText
                return item.hasLabel && isLabeled(item.role) && item.role != .runInHeading && !isFixedHeading(item)
                    && text.unicodeScalars.count <= maxChildLength && (text.unicodeScalars.last != "。" || isField(text))
            }
            if contentless { adjacent += 1 } else { apart += 1 }
        }
        return adjacent > apart
    }

    /// A child item longer than this (in scalars after its label) is a clause with content.
    static let maxChildLength = 60

    /// A paragraph in a heading style (not one the contents list) that ends as an item does
    /// (；：，), or as a sentence (。) with no text of its own after it: `2.2 回避要求。` followed
    /// by its text is a heading closed by a full stop.
    static func isStyledSentence(_ i: Int, _ items: [Item]) -> Bool {
        let item = items[i]
        guard !item.listedInContents, let p = item.paragraph, p.hints.styleHeadingLevel != nil || p.hints.outlineLevel != nil,
              let last = p.content.plainText.unicodeScalars.last(where: { !CharacterClass.isIndentSpace($0) }) else { return false }
        if last == "。" {
            guard i + 1 < items.count, let next = items[i + 1].paragraph else { return true }
            return !(items[i + 1].role == .body && next.label == nil)
        }
        return last == "；" || last == "：" || last == "，" || last == ";" || last == ":"
    }

    /// A field whose value runs past a heading's length (`3.中标保证金：人民币10,000元（中标后…）`):
    /// a term among headings, never one of them.
    static func isLongField(_ p: Paragraph, options: NormalizationOptions) -> Bool {
        let text = p.content.plainText
        return text.scalarCount > options.maxHeadingLength && isField(text)
    }

    /// `1）` `a)`: the labels of items in body text, typed or Word's, never of sections.
    static func isBodyItemLabel(_ label: NumberingLabel) -> Bool {
        label.rank == .arabic && label.form.prefix.isEmpty && (label.form.suffix == "）" || label.form.suffix == ")")
    }

    /// After an article, its `（一）` and `1.` are list items up to the next heading of a higher
    /// rank or one Word marks: the article's text ends there.
    static func keepArticleClausesInTheirArticle(_ items: inout [Item]) {
        var inArticle = false
        for i in items.indices {
            if items[i].role == .article { inArticle = true; continue }
            guard inArticle else { continue }
            if Self.isFixedHeading(items[i]) { inArticle = false; continue }
            guard Self.isLabeled(items[i].role), let rank = items[i].labelRank else {
                if items[i].role == .heading { inArticle = false }
                continue
            }
            if rank < .parenthesizedChinese { inArticle = false } else { items[i].role = .listItem }
        }
    }
}
