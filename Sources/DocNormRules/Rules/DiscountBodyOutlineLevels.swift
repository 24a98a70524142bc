import DocNormModel

/// An outline level alone (no heading style by name) does not make a heading of a paragraph
/// closed by 。, or longer than a heading and ending like a sentence or wholly in brackets (a
/// note): WPS gives whole body paragraphs
/// outline levels (STRUCTURE.md §4); nor of one without a single letter (a code or page number
/// such as `56153207` left in a heading's format), nor of a form's line with a blank to fill
/// (`电    话：_____________`), nor of a list item or field line, which
/// ends in ；，： or gives a value after a short key (`1．以职权谋私金额1500元及以上的；`,
/// `7.2.1加液电池充电时间：10～12小时`, and unlabeled: `合同签订点：网上签约`, `投标人名称（公章）：`).
/// Such a paragraph loses the outline level
/// and is read like any other. A heading style gives way only to a numbered clause or list
/// item (STRUCTURE.md §5): a label, and text closed like a sentence beyond a heading's length,
/// or closed by ；， at any length, or one sentence that defines or rules; and a paragraph
/// whose number the author switched off right under a numbered one of its style (its
/// description). Reports nothing.
package struct DiscountBodyOutlineLevels: Rule {
    package let name = "discount-body-outline-levels"
    package let phase = RulePhase.classification
    package let requires = ["detect-language", "detect-labels"]
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        // A cover comes before the contents and before any text: WPS gives the cover's lines
        // outline levels (`交通银行张江园区`↵`竞争性谈判文件`), and only a heading style makes a
        // heading there. (A thesis's 摘要 after the cover keeps its outline level.)
        if let contents = workspace.items.firstIndex(where: { $0.role == .tableOfContents }) {
            let text = workspace.items.firstIndex {
                ($0.paragraph?.content.plainText.unicodeScalars.count ?? 0) > options.maxHeadingLength
            } ?? contents
            for i in 0..<min(contents, text) {
                guard var p = workspace.items[i].paragraph, p.hints.outlineLevel != nil, p.hints.styleHeadingLevel == nil else { continue }
                p.hints.outlineLevel = nil
                workspace.items[i].paragraph = p
            }
        }
        // WPS's outline levels on fields are Chinese reports' (an English `Goal: …` may head its part).
        let chinese = workspace.metadata.language == "zh"
        // The paragraphs that lose their outline level below, each with the level it had.
        var discounted: [Int: Int] = [:]
        // The labeled paragraphs in a heading style, each with its style level and whether it
        // lost it below.
        var styledItems: [(index: Int, level: Int, lost: Bool)] = []
        for i in workspace.items.indices {
            if Self.describesTheHeadingAbove(i, workspace.items) {
                guard var p = workspace.items[i].paragraph else { continue }
                p.hints.styleHeadingLevel = nil
                p.hints.outlineLevel = nil
                workspace.items[i].paragraph = p
                // Word's contents list it by its style, which says nothing more.
                workspace.items[i].listedInContents = false
                workspace.items[i].describesHeadingAbove = true
                continue
            }
            // Tender templates number their clauses with heading styles (`2.2 近3年内…，须提供合同作为证明文件。`):
            // a numbered paragraph longer than a heading and closed like a sentence is a clause, and one
            // closed by ；， is a list item.
            if var p = workspace.items[i].paragraph, p.hints.styleHeadingLevel != nil, p.hasLabel,
               !workspace.items[i].listedInContents,
               Self.isClauseText(p.content.plainText, options: options) || Self.endsLikeAListItem(p.content.plainText)
                || Self.isDefinitionOrRule(p.content.plainText) || Self.isItemField(p) || Self.isRuleOverAList(p.content.plainText) {
                styledItems.append((i, p.hints.styleHeadingLevel ?? 0, true))
                p.hints.styleHeadingLevel = nil
                p.hints.outlineLevel = nil
                workspace.items[i].paragraph = p
                continue
            }
            if let p = workspace.items[i].paragraph, let level = p.hints.styleHeadingLevel, p.hasLabel {
                styledItems.append((i, level, false))
            }
            guard var p = workspace.items[i].paragraph, p.hints.outlineLevel != nil, p.hints.styleHeadingLevel == nil,
                  Self.isBodyText(p.content.plainText, options: options) || !Self.hasLetter(p.content.plainText)
                    || Self.isListLine(p) || Self.hasBlank(p.content.plainText) || chinese && Self.isFieldLine(p) else { continue }
            discounted[i] = p.hints.outlineLevel
            p.hints.outlineLevel = nil
            workspace.items[i].paragraph = p
        }
        Self.discountRunsOfBody(&workspace, discounted: discounted)
        Self.discountStyledSeriesOfItems(&workspace, styledItems)
    }

    /// A paragraph in a numbered heading style with its number switched off, right under a
    /// numbered paragraph of that style, is that heading's description (WIFIProbe's
    /// `- data：数据访问层以及持久化对象` over `包括数据库映射实体，数据库访问层…`, the bullet
    /// removed): a heading with no number directly under its numbered sibling would head
    /// an empty section.
    static func describesTheHeadingAbove(_ i: Int, _ items: [Item]) -> Bool {
        guard i > 0, let h = items[i].hints, h.numberingSwitchedOff, let level = h.styleHeadingLevel, !items[i].hasLabel,
              let above = items[i - 1].hints, above.styleHeadingLevel == level, above.automaticNumbering != nil else { return false }
        return true
    }

    /// A numbered series in one heading style whose members are mostly clauses or list items
    /// (each discounted above) is a list the author set in that style: `（1）投标报价表；` …
    /// `（3）商务条件响应/偏离表` … `（7）“投标人须知”…全部文件。` in Heading 7, or an invitation's
    /// sentences `1`…`6当投标人少于(<)4家时，本项目不开标。` in Heading 1. Its short members lose
    /// the style too. A series runs while its numbers rise, and ends at a heading style above
    /// its own.
    static func discountStyledSeriesOfItems(_ workspace: inout Workspace, _ styled: [(index: Int, level: Int, lost: Bool)]) {
        guard styled.contains(where: \.lost) else { return }
        var open: [Int: [(index: Int, lost: Bool)]] = [:]
        func close(_ run: [(index: Int, lost: Bool)]) {
            let lost = run.filter(\.lost).count
            guard run.count >= 3, lost * 3 >= run.count * 2 else { return }
            for member in run where !member.lost {
                guard var p = workspace.items[member.index].paragraph, !workspace.items[member.index].listedInContents else { continue }
                p.hints.styleHeadingLevel = nil
                p.hints.outlineLevel = nil
                workspace.items[member.index].paragraph = p
            }
        }
        for member in styled {
            for deeper in open.keys where deeper >= member.level {
                let run = open[deeper]!
                if deeper > member.level { close(run); open[deeper] = nil; continue }
                // The same level: the series goes on while the numbers rise in one rank, or in
                // one level of one Word list (Word counts it).
                guard let last = run.last, let a = workspace.items[last.index].paragraph,
                      let b = workspace.items[member.index].paragraph,
                      Self.goesOn(a, with: b) else { close(run); open[deeper] = nil; continue }
            }
            open[member.level, default: []].append((member.index, member.lost))
        }
        for run in open.values { close(run) }
    }

    /// A run of paragraphs one after the other at one outline level (no heading style), most of
    /// them body text this rule has discounted, is WPS giving body paragraphs an outline level:
    /// the short lines among them (`（1）依据的国家标准` between sentences) lose it too. A run
    /// of headings has its sentences discounted one by one and keeps the rest.
    static func discountRunsOfBody(_ workspace: inout Workspace, discounted: [Int: Int]) {
        guard !discounted.isEmpty else { return }
        // The level each paragraph had, discounted or not (a heading style's is not counted).
        func level(_ k: Int) -> Int? {
            if let l = discounted[k] { return l }
            guard let h = workspace.items[k].hints, h.styleHeadingLevel == nil else { return nil }
            return h.outlineLevel
        }
        var start = 0
        let n = workspace.items.count
        while start < n {
            guard let first = level(start) else { start += 1; continue }
            var end = start + 1
            while end < n, level(end) == first { end += 1 }
            let count = end - start
            let body = (start..<end).filter { discounted[$0] != nil }.count
            if count >= 4, body * 3 >= count * 2 {
                for k in start..<end where discounted[k] == nil {
                    guard var p = workspace.items[k].paragraph, p.hints.styleHeadingLevel == nil, !workspace.items[k].listedInContents else { continue }
                    p.hints.outlineLevel = nil
                    workspace.items[k].paragraph = p
                }
            }
            start = end
        }
    }

    /// `b` goes on from `a` in one numbered series.
    static func goesOn(_ a: Paragraph, with b: Paragraph) -> Bool {
        if let x = a.hints.automaticNumbering, let y = b.hints.automaticNumbering {
            return x.listID == y.listID && x.level == y.level
        }
        guard let x = a.label, let y = b.label else { return false }
        return x.rank == y.rank && y.number > x.number
    }

    /// A blank to fill in (`电    话：_____________`): a form's line, not a section's name.
    static func hasBlank(_ text: String) -> Bool {
        text.contains("___") || text.contains("＿＿＿")
    }

    /// An unlabeled field or lead-in given an outline level (`合同签订点：网上签约`, the signature
    /// line `投标人名称（公章）：`): a form's line. An attachment's or form's line is not one.
    static func isFieldLine(_ p: Paragraph) -> Bool {
        guard !p.hasLabel else { return false }
        let text = p.content.plainText
        guard AttachmentHeadings.attachmentRest(text) == nil, AttachmentHeadings.formRest(text) == nil else { return false }
        let last = text.unicodeScalars.last(where: { !CharacterClass.isIndentSpace($0) })
        return last == "：" || last == ":" || ClassifyParagraphs.isField(text)
    }

    static func isListLine(_ p: Paragraph) -> Bool {
        let text = p.content.plainText
        guard p.hasLabel, let last = text.last(where: { !$0.isWhitespace }) else { return false }
        return ClassifyParagraphs.listEndings.contains(last) || ClassifyParagraphs.isField(text)
    }

    /// A field filled in under a low rank (`（2）账号：215080920510001` in Heading 7): a form's
    /// line, not a section. `一、项目名称：…` in a notice's heading style stays a heading.
    static func isItemField(_ p: Paragraph) -> Bool {
        guard let rank = p.labelRank, rank >= .parenthesizedArabic, rank < .article else { return false }
        return ClassifyParagraphs.isField(p.content.plainText)
    }

    /// One sentence closed by 。 that defines or rules (`“合同”是指甲方和乙方已达成的协议。`,
    /// `…不得转包。`): a contract's clause, whatever style numbers it.
    static func isDefinitionOrRule(_ text: String) -> Bool {
        guard text.unicodeScalars.last(where: { !CharacterClass.isIndentSpace($0) }) == "。" else { return false }
        let sentence = ClassifyParagraphs.firstSentence(text)
        return sentence.endIndex == text.endIndex && ClassifyParagraphs.readsAsClause(sentence)
    }

    /// A rule that announces the list after it (`8.1投标人编写的投标文件应包括下列部分：`,
    /// `（3）投标人有下列情形之一的，评标委员会应当否决其投标：`): a clause, whatever its style.
    /// Without a modal it may name a section (`1．乙方根据本合同的规定向甲方提供以下服务：`),
    /// unless it says how a thing is done (`3.1整个评标过程按下列步骤进行：`, 按 before 下列, 以下
    /// or 如下): a procedure's rule.
    static func isRuleOverAList(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix { $0 != "\n" && $0 != "\u{0B}" })
        // One rule, not a paragraph of them.
        guard let last = scalars.last(where: { !CharacterClass.isIndentSpace($0) }), last == "：" || last == ":",
              scalars.count <= 120 else { return false }
        let announcing = scalars.indices.dropLast().filter { k in
            let (a, b) = (scalars[k], scalars[k + 1])
            return a == "下" && b == "列" || (a == "以" || a == "如") && b == "下"
        }
        guard !announcing.isEmpty else { return false }
        let procedure = announcing.contains { $0 > 0 && scalars[$0 - 1] == "按" }
        return procedure || ClassifyParagraphs.hasClauseMarker(scalars)
    }

    /// Closed by ；， as the items of a list are (`（2）服务说明一览表；`).
    static func endsLikeAListItem(_ text: String) -> Bool {
        guard let last = text.last(where: { !$0.isWhitespace }) else { return false }
        return last == "；" || last == "，" || last == ";" || last == "," || TextKey.endsWithConjunctionAfterAClause(text)
    }

    static func hasLetter(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// Far longer than a heading and closed like a sentence.
    /// A remark in brackets after the full stop does not count (`（五）“服务”是指…的服务。
    /// （交付类项目，是指…）`).
    static func isClauseText(_ text: String, options: NormalizationOptions) -> Bool {
        let scalars = closedBeforeARemark(text)
        guard let last = scalars.last(where: { !CharacterClass.isIndentSpace($0) }) else { return false }
        let closing: Set<Unicode.Scalar> = ["。", "；", ";", "：", ":"]
        return text.unicodeScalars.count > options.maxHeadingLength && closing.contains(last)
    }

    /// The text's scalars up to a closing remark in brackets that follows a full stop (`…。（…）`),
    /// or all of them.
    static func closedBeforeARemark(_ text: String) -> Substring.UnicodeScalarView {
        let scalars = Substring(text).unicodeScalars
        guard let last = scalars.last(where: { !CharacterClass.isIndentSpace($0) }), last == "）" || last == ")" else { return scalars }
        // The bracket that opens the closing remark.
        var depth = 0
        var k = scalars.endIndex
        while k > scalars.startIndex {
            k = scalars.index(before: k)
            let c = scalars[k]
            if c == "）" || c == ")" { depth += 1 } else if c == "（" || c == "(" {
                depth -= 1
                if depth == 0 { break }
            }
        }
        guard depth == 0, k > scalars.startIndex, scalars[scalars.index(before: k)] == "。" else { return scalars }
        return scalars[..<k]
    }

    /// Longer than a heading and closed like a sentence (。！？；.!?;).
    static func isBodyText(_ text: String, options: NormalizationOptions) -> Bool {
        guard let last = text.unicodeScalars.last(where: { !CharacterClass.isIndentSpace($0) }) else { return false }
        let closing: Set<Unicode.Scalar> = ["。", "！", "？", "；", ".", "!", "?", ";", "：", ":"]
        if last == "。" { return true }
        guard text.unicodeScalars.count > options.maxHeadingLength else { return false }
        // A long remark wholly in brackets (`（“开标一览表”随…一起单独密封并递交，…的风险）`) is a note.
        return closing.contains(last) || (last == "）" || last == ")") && JoinSplitHeadings.isRemark(text.trimmingSpaces())
    }
}
