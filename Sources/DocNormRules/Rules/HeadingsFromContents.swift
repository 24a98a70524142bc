import DocNormModel

/// A table of contents says what the headings are (STRUCTURE.md §0, §5a): a paragraph after
/// the contents whose text is an entry's (label and text, without leader and page number,
/// whatever the spacing) is a heading, whatever its length or its siblings. Each entry
/// names one paragraph after its contents, in the contents' order (the first that keeps it),
/// so a clause that repeats a heading's words earlier or later stays what it is. An entry without a letter (`……`) or a caption
/// from a list of figures or tables names no heading, nor does an entry Word made for a
/// heading's description in the heading's style (`DiscountBodyOutlineLevels`). Reports nothing.
package struct HeadingsFromContents: Rule {
    package let name = "headings-from-contents"
    package let phase = RulePhase.classification
    package let requires = ["set-aside-table-of-contents", "detect-labels", "detect-title", "discount-body-outline-levels"]
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        guard workspace.items.contains(where: { $0.role == .tableOfContents }) else { return }
        // Each run of contents lines is one contents (a volume's or a chapter's own), and it
        // names headings after itself, in its own order.
        var blocks: [(end: Int, entries: [String])] = []
        var starts = Set<Unicode.Scalar>()
        var previous = -2
        for i in workspace.items.indices where workspace.items[i].role == .tableOfContents {
            guard let p = workspace.items[i].paragraph else { continue }
            let key = Self.entryKey(p)
            if previous != i - 1 || blocks.isEmpty { blocks.append((i, [])) }
            previous = i
            blocks[blocks.count - 1].end = i
            guard DiscountBodyOutlineLevels.hasLetter(key), !SetAsideTableOfContents.isContentsHeading(key), !Self.isCaption(key) else { continue }
            blocks[blocks.count - 1].entries.append(key)
            if let first = key.unicodeScalars.first { starts.insert(first) }
        }
        let allEntries = Set(blocks.flatMap(\.entries))
        guard !allEntries.isEmpty, let firstEnd = blocks.first?.end else { return }
        // The paragraphs that could be headings an entry names.
        var candidates: [(index: Int, key: String)] = []
        for i in workspace.items.indices where i > firstEnd {
            guard workspace.items[i].role == .body, !workspace.items[i].describesHeadingAbove, let p = workspace.items[i].paragraph,
                  !p.hints.isTableOfContents else { continue }
            // A heading is short, and starts as an entry does: the key is only worth building
            // for a line that could be one (the UTF-8 length bounds the scalar count).
            let text = p.content.plainText
            guard text.utf8.count <= 8 * options.maxHeadingLength, text.unicodeScalars.count <= 2 * options.maxHeadingLength,
                  let first = (p.label?.original ?? text).unicodeScalars.first(where: { !$0.properties.isWhitespace }),
                  starts.contains(first) else { continue }
            let key = Self.key(shown: p.label?.original ?? "", text)
            if allEntries.contains(key) { candidates.append((i, key)) }
        }
        var claimed = Set<Int>()
        for block in blocks where !block.entries.isEmpty {
            let names = Set(block.entries)
            let open = candidates.filter { $0.index > block.end && !claimed.contains($0.index) && names.contains($0.key) }
            // An entry no paragraph keeps takes no part in the order: the alignment would pass
            // over the first of two paragraphs that keep the next entry (`投标邀请书` set twice).
            let kept = Set(open.map(\.key))
            for index in Self.inOrder(block.entries.filter(kept.contains), open) { claimed.insert(index) }
        }
        for i in claimed { workspace.items[i].listedInContents = true }
        let named = Set(candidates.lazy.filter { claimed.contains($0.index) }.map(\.key))
        Self.splitHeadingsTypedWithTheirText(&workspace, entries: blocks.flatMap(\.entries).filter { !named.contains($0) },
                                             after: firstEnd, options: options)
        Self.listStyleKin(&workspace, after: firstEnd, options: options)
        Self.unlistSentencesInListedStyles(&workspace, after: firstEnd, options: options)
    }

    /// Contents that list a heading style's paragraphs (two or more) check the others: an
    /// unlabeled paragraph in that style they leave out, longer than a heading and closed like
    /// a sentence, is body text the author set in it (HIT's `女性在社会生活和家庭生活中，…` in
    /// Heading 3 after `（一）课题来源`).
    /// In Chinese reports: elsewhere numbered paragraphs in heading styles carry the outline.
    static func unlistSentencesInListedStyles(_ workspace: inout Workspace, after start: Int, options: NormalizationOptions) {
        guard workspace.metadata.language == "zh" else { return }
        var listed: [Int: Int] = [:]
        for item in workspace.items where item.listedInContents {
            if let level = item.hints?.styleHeadingLevel { listed[level, default: 0] += 1 }
        }
        guard listed.values.contains(where: { $0 >= 2 }) else { return }
        for i in workspace.items.indices where i > start && !workspace.items[i].listedInContents && workspace.items[i].role == .body {
            guard var p = workspace.items[i].paragraph, !p.hasLabel, let level = p.hints.styleHeadingLevel, listed[level] ?? 0 >= 2,
                  !p.hints.isTableOfContents else { continue }
            let text = p.content.plainText
            guard text.unicodeScalars.count > options.maxHeadingLength, DiscountBodyOutlineLevels.isBodyText(text, options: options) else { continue }
            p.hints.styleHeadingLevel = nil
            p.hints.outlineLevel = nil
            workspace.items[i].paragraph = p
        }
    }

    /// A heading its author typed together with its text in one paragraph, labeled or in a
    /// heading style (HIT's `（二）研究背景伴随着社会文明的进展，…` in Heading 3), which the contents list as
    /// `（二）研究背景`: the contents say where the heading ends, and the rest is its text. Only an
    /// entry no paragraph keeps, for the first such paragraph after the contents, whose rest is
    /// a text of its own (ten characters or more).
    static func splitHeadingsTypedWithTheirText(_ workspace: inout Workspace, entries: [String], after start: Int,
                                                options: NormalizationOptions) {
        guard !entries.isEmpty else { return }
        var open = entries
        var splits: [(index: Int, at: Int)] = []
        for i in workspace.items.indices where i > start && !open.isEmpty {
            guard workspace.items[i].role == .body, !workspace.items[i].listedInContents, let p = workspace.items[i].paragraph,
                  p.hints.styleHeadingLevel != nil || p.hasLabel, !p.hints.isTableOfContents else { continue }
            let text = p.content.plainText
            guard text.unicodeScalars.count > options.maxHeadingLength else { continue }
            let shown = TextKey.squeezed(p.label?.original ?? "")
            let whole = TextKey.heading(shown + text)
            let key = Self.withoutAttachmentSeparator(whole)
            guard let k = open.firstIndex(where: { $0.hasPrefix(shown) && key.hasPrefix($0) && key.unicodeScalars.count >= $0.unicodeScalars.count + 10 })
            else { continue }
            // The character after the entry's last non-white character of the text (counting
            // an attachment's separator the key leaves out).
            var wanted = open[k].unicodeScalars.count - shown.unicodeScalars.count
                + whole.unicodeScalars.count - key.unicodeScalars.count
            var offset = 0
            for c in text {
                if wanted == 0 { break }
                offset += 1
                if !c.isWhitespace { wanted -= c.unicodeScalars.count }
            }
            guard wanted == 0, offset > 0 else { continue }
            splits.append((i, offset))
            open.remove(at: k)
        }
        for (i, offset) in splits.reversed() {
            guard var p = workspace.items[i].paragraph else { continue }
            let (head, tail) = p.content.split(at: offset)
            let rest = Paragraph(content: tail.trimming { CharacterClass.isIndentSpace($0) }, position: p.position)
            p.content = head
            workspace.items[i].paragraph = p
            workspace.items[i].listedInContents = true
            workspace.items.insert(Item(block: .paragraph(rest)), at: i + 1)
        }
    }

    /// A style of the author's own of which the contents list three paragraphs or more, and half
    /// of its paragraphs or more (2606029001's `flName`: 投标人须知前附表, 投标函格式, 法人营业执照 …),
    /// is a heading style: its other paragraphs that read as headings are headings too (`投 标 人
    /// 情 况 表`, `网站查询截屏`, which a chapter's own contents leave out). Word's heading styles
    /// need no such vote; the body's styles, of which the contents list few, never win it.
    static func listStyleKin(_ workspace: inout Workspace, after start: Int, options: NormalizationOptions) {
        var counts: [Int: (listed: Int, all: Int)] = [:]
        for i in workspace.items.indices where i > start {
            guard workspace.items[i].role == .body, let p = workspace.items[i].paragraph, let style = p.hints.styleNumber,
                  p.hints.styleHeadingLevel == nil, !p.hints.isTableOfContents, ClassifyParagraphs.hasText(p.content) else { continue }
            counts[style, default: (0, 0)].all += 1
            if workspace.items[i].listedInContents { counts[style, default: (0, 0)].listed += 1 }
        }
        let kin = Set(counts.filter { $0.value.listed >= 3 && $0.value.listed * 2 >= $0.value.all }.keys)
        guard !kin.isEmpty else { return }
        for i in workspace.items.indices where i > start && !workspace.items[i].listedInContents {
            guard workspace.items[i].role == .body, let p = workspace.items[i].paragraph, let style = p.hints.styleNumber,
                  kin.contains(style), p.hints.styleHeadingLevel == nil, !p.hints.isTableOfContents,
                  ClassifyParagraphs.hasText(p.content), HeadingsByLook.readsAsHeading(p.content.plainText, options: options) else { continue }
            workspace.items[i].listedInContents = true
        }
    }

    /// The paragraphs the entries name, in the contents' order: the most entries matched
    /// (a line that repeats a later chapter's name inside an earlier chapter is passed over),
    /// each entry taking the first paragraph that keeps that order.
    static func inOrder(_ entries: [String], _ candidates: [(index: Int, key: String)]) -> [Int] {
        let n = entries.count, m = candidates.count
        guard n > 0, m > 0 else { return [] }
        // Too large to align (far beyond any real contents): the first paragraph for each entry.
        guard n * m <= 4_000_000 else {
            var wanted = Dictionary(entries.map { ($0, 1) }, uniquingKeysWith: +)
            return candidates.compactMap { c in
                guard let k = wanted[c.key] else { return nil }
                wanted[c.key] = k > 1 ? k - 1 : nil
                return c.index
            }
        }
        var table = [Int32](repeating: 0, count: (n + 1) * (m + 1))
        func at(_ a: Int, _ b: Int) -> Int32 { table[a * (m + 1) + b] }
        for a in stride(from: n - 1, through: 0, by: -1) {
            for b in stride(from: m - 1, through: 0, by: -1) {
                table[a * (m + 1) + b] = entries[a] == candidates[b].key ? at(a + 1, b + 1) + 1 : max(at(a + 1, b), at(a, b + 1))
            }
        }
        var out: [Int] = []
        var a = 0, b = 0
        while a < n, b < m {
            if entries[a] == candidates[b].key, at(a, b) == at(a + 1, b + 1) + 1 {
                out.append(candidates[b].index)
                a += 1; b += 1
            } else if at(a, b + 1) == at(a, b) {
                b += 1
            } else {
                a += 1
            }
        }
        return out
    }

    /// A list of tables or figures lists captions (`表1-1 支持的格式`, `图2-3`, `Figure 4`), not headings.
    static func isCaption(_ key: String) -> Bool {
        for word in ["表", "图", "Table", "Figure", "Fig."] where key.hasPrefix(word) {
            if key.dropFirst(word.count).first?.isNumber == true { return true }
        }
        return false
    }

    /// A contents line's key: its label as shown, then its text without the page number. An
    /// entry Word numbers (`一、` from a list) shows its number: it is part of the entry.
    static func entryKey(_ p: Paragraph) -> String {
        let shown = p.label?.original ?? p.hints.automaticNumbering.map { $0.isBullet ? "" : $0.text } ?? ""
        return key(shown: shown, SetAsideTableOfContents.entryText(p.content).plainText)
    }

    /// An entry's or a paragraph's key: the label as shown, then the text. What separates an
    /// attachment's number from its name is typing: the contents list `附件1  投标保证金…`
    /// for the body's `附件1：投标保证金…`, so it is left out of the key.
    static func key(shown: String, _ text: String) -> String {
        withoutAttachmentSeparator(TextKey.heading(shown + text))
    }

    /// A heading key without the separator after an attachment's number (`附件1：投标函` →
    /// `附件1投标函`).
    static func withoutAttachmentSeparator(_ key: String) -> String {
        guard key.hasPrefix("附件") || key.hasPrefix("附表") else { return key }
        let afterWord = key.dropFirst(2)
        let name = afterWord.drop(while: AttachmentHeadings.isNumeral)
        let rest = name.drop(while: AttachmentHeadings.isSeparator)
        // A name must follow: `附件：` alone keeps its colon.
        guard rest.count < name.count, !rest.isEmpty else { return key }
        return String(key[..<name.startIndex]) + rest
    }
}
