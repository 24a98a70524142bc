import DocNormModel

/// Finds the table of contents and takes it out of the structure (STRUCTURE.md §5a): its
/// lines are never a heading, a title or a counted label.
/// - a .docx says so itself: a TOC field or content control, `toc N` styles, links to
///   `_Toc` bookmarks (`ParagraphHints.isTableOfContents`);
/// - in plain text, a block of lines ending in a page number after a tab or leader dots
///   (`第一章 总则……3`), at least three of them, or two after a `目录` line;
/// - after a `目录` line, two or more lines without page numbers that each come again
///   later as a paragraph of their own (`第一部分 招标公告` … and then the part itself);
/// - the `目录`/`Contents` line right before either is part of it.
/// Reports once per document how many lines were set aside; `AssembleBlocks` leaves them
/// out or, with `--toc keep`, writes them as a list without page numbers.
package struct SetAsideTableOfContents: Rule {
    package let name = "set-aside-table-of-contents"
    package let phase = RulePhase.classification
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        var marked = [Bool](repeating: false, count: workspace.items.count)
        for (i, item) in workspace.items.enumerated() where item.hints?.isTableOfContents == true { marked[i] = true }
        unmarkLoneEntries(&workspace.items, &marked)
        markTypedEntries(workspace.items, &marked)
        markRepeatedEntries(workspace.items, &marked)
        // The line that names the contents belongs to them, and so does the line of column
        // names over the entries (`Section⇥Page`), with the name above it.
        for i in workspace.items.indices where marked[i] {
            guard i > 0, !marked[i - 1], let p = workspace.items[i - 1].paragraph else { continue }
            var above = i - 1
            if Self.namesColumns(p.content.plainText) {
                marked[above] = true
                guard above > 0, !marked[above - 1] else { continue }
                above -= 1
            }
            guard let named = workspace.items[above].paragraph, Self.namesAList(named.content.plainText) else { continue }
            marked[above] = true
        }
        var count = 0
        for i in workspace.items.indices where marked[i] && workspace.items[i].paragraph != nil {
            workspace.items[i].role = .tableOfContents
            count += 1
        }
        guard count > 0 else { return }
        let first = workspace.items.firstIndex { $0.role == .tableOfContents }.flatMap { workspace.items[$0].paragraph?.position }
        workspace.warn("table-of-contents", options.tableOfContents == .keep
                        ? "a table of contents (\(count) lines) is written as a list, without page numbers"
                        : "a table of contents (\(count) lines) was left out; --toc keep writes it as a list",
                       at: first, severity: .info)
    }

    /// A contents style on one paragraph of the body, with no entry beside it, no page number
    /// and no `目录` line before it, is the author's slip (PCMET's `三、评分细则` in `TOC 2`
    /// between 评标办法's `二、` and its text): a table of contents has entries side by side.
    /// The paragraph is read as it would be without that style.
    func unmarkLoneEntries(_ items: inout [Item], _ marked: inout [Bool]) {
        for i in items.indices where marked[i] {
            // Only a `toc N` style: a field's result (`No table of figures entries found.`) stays.
            guard !(i > 0 && marked[i - 1]), !(i + 1 < items.count && marked[i + 1]), var p = items[i].paragraph,
                  p.hints.contentsLevel != nil else { continue }
            let text = p.content.plainText
            guard !Self.endsInPageNumber(text), !Self.isContentsHeading(text),
                  !(i > 0 && items[i - 1].paragraph.map { Self.isContentsHeading($0.content.plainText) } == true) else { continue }
            marked[i] = false
            p.hints.isTableOfContents = false
            items[i].paragraph = p
        }
    }

    /// Typed contents: runs of lines that end in a page number.
    func markTypedEntries(_ items: [Item], _ marked: inout [Bool]) {
        var i = 0
        while i < items.count {
            guard let p = items[i].paragraph, Self.endsInPageNumber(p.content.plainText) else { i += 1; continue }
            var end = i
            while end + 1 < items.count, let q = items[end + 1].paragraph, Self.endsInPageNumber(q.content.plainText) { end += 1 }
            let afterHeading = i > 0 && items[i - 1].paragraph.map { Self.isContentsHeading($0.content.plainText) } == true
            if end - i + 1 >= 3 || (afterHeading && end - i + 1 >= 2) {
                for k in i...end { marked[k] = true }
            }
            i = end + 1
        }
    }

    /// Contents typed without page numbers: after a `目录` line, the lines that the
    /// document repeats later, word for word, as paragraphs of their own.
    func markRepeatedEntries(_ items: [Item], _ marked: inout [Bool]) {
        // Most documents have no such line: only then is every paragraph looked at.
        let heads = items.indices.filter { !marked[$0] && items[$0].paragraph.map { Self.isContentsHeading($0.content.plainText) } == true }
        guard !heads.isEmpty else { return }
        var later: [String: Int] = [:]
        for (i, item) in items.enumerated() {
            // Keys longer than an entry can be are never looked up: not made either.
            guard let p = item.paragraph, let key = TextKey.heading(p.content.plainText, atMost: 60) else { continue }
            if !key.isEmpty { later[key] = i }
        }
        for i in heads where !marked[i] {
            var end = i
            while end + 1 < items.count, !marked[end + 1], let q = items[end + 1].paragraph {
                let key = TextKey.heading(q.content.plainText)
                // An entry comes before the section it lists, and not right before it: a heading
                // followed by its form's centred title (`一、 投标函` / `投标函`) lists nothing.
                guard !key.isEmpty, key.unicodeScalars.count <= 60, let again = later[key], again > end + 2 else { break }
                end += 1
            }
            guard end - i >= 2 else { continue }
            for k in (i + 1)...end { marked[k] = true }
        }
    }

    /// `目录`, `目 录`, `目\u{2003}\u{2003}次`, `Contents`, `Table of Contents`.
    static func isContentsHeading(_ text: String) -> Bool {
        // Lowercasing never makes text shorter: longer than `tableofcontents` is never one.
        guard TextKey.nonWhiteScalarCount(text, upTo: 16) <= 15 else { return false }
        let squeezed = TextKey.squeezed(text).lowercased()
        // A volume's whole contents and a chapter's own (`总  目  录`, `分  目  录`) too.
        return ["目录", "目次", "总目录", "分目录", "contents", "tableofcontents"].contains(squeezed)
    }

    /// The column names over a contents' entries: words, a tab, and the page column's name
    /// (`Section⇥Page`, `Figure⇥Page`, `章节⇥页码`).
    static func namesColumns(_ text: String) -> Bool {
        guard TextKey.nonWhiteScalarCount(text, upTo: 24) <= 23, let tab = text.lastIndex(of: "\t") else { return false }
        let page = text[text.index(after: tab)...].trimmingCharacters(in: .whitespaces).lowercased()
        let before = text[..<tab].trimmingCharacters(in: .whitespaces)
        return ["page", "pages", "page no.", "页码", "页次", "页"].contains(page) && !before.isEmpty
            && !before.contains(where: { $0.isNumber })
    }

    /// What Word writes in a contents field that finds nothing to list.
    static func isEmptyListNote(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        return t.hasPrefix("no table of ") && t.contains("entries found") || t.hasPrefix("未找到目录项") || t.hasPrefix("未找到图形项目表")
    }

    /// The line over a contents or over a list of tables or figures (`表格目录`, `插图目录`,
    /// `附图目录`, `List of Figures`): only where the list itself follows.
    static func namesAList(_ text: String) -> Bool {
        if isContentsHeading(text) { return true }
        guard TextKey.nonWhiteScalarCount(text, upTo: 24) <= 23 else { return false }
        let squeezed = TextKey.squeezed(text).lowercased()
        if squeezed.unicodeScalars.count <= 6, squeezed.hasSuffix("目录") || squeezed.hasSuffix("目次"),
           squeezed.unicodeScalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) }) { return true }
        return ["listoffigures", "listoftables", "tableoffigures", "listofillustrations"].contains(squeezed)
    }

    static let leaders: Set<Unicode.Scalar> = [".", "…", "·", "．", "_", "-", "—", "⋯", "。", "･", "•"]

    /// `一、总则……3`, `1.1 Scope\t12`, `附件 ........ iv`: a line ending in a page number
    /// after a tab or at least two leader characters.
    static func endsInPageNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        while let last = scalars.last, last == " " || last == "\u{3000}" { scalars = scalars.dropLast() }
        var digits = 0
        // An ASCII scalar with a numeric type is a digit.
        while let last = scalars.last, last.value &- 0x30 < 10 || Self.isRomanDigit(last) {
            scalars = scalars.dropLast()
            digits += 1
        }
        // Two scalars or more before the number, without counting a long text's scalars.
        guard (1...5).contains(digits), !scalars.isEmpty, scalars.index(after: scalars.startIndex) < scalars.endIndex else { return false }
        while let last = scalars.last, last == " " || last == "\u{3000}" { scalars = scalars.dropLast() }
        if scalars.last == "\t" { return true }
        var leaderCount = 0
        while let last = scalars.last, leaders.contains(last) || last == " " {
            if last != " " { leaderCount += 1 }
            scalars = scalars.dropLast()
        }
        return leaderCount >= 2 && !scalars.isEmpty
    }

    static func isRomanDigit(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "i", "v", "x", "l", "c", "I", "V", "X", "L", "C": return true
        default: return false
        }
    }

    /// The entry without its page number and leader: what `--toc keep` writes.
    static func entryText(_ content: [Inline]) -> [Inline] {
        let text = content.plainText
        var scalars = Substring(text).unicodeScalars[...]
        var cut = 0
        func drop(while predicate: (Unicode.Scalar) -> Bool) {
            while let last = scalars.last, predicate(last) { scalars = scalars.dropLast(); cut += 1 }
        }
        drop { $0 == " " || $0 == "\u{3000}" }
        drop { $0.isASCII && ($0.properties.numericType != nil || "ivxlcIVXLC".unicodeScalars.contains($0)) }
        drop { leaders.contains($0) || $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        guard cut > 0, !scalars.isEmpty else { return content }
        let keep = String(String.UnicodeScalarView(scalars)).count
        return content.split(at: keep).head.mapText { text, _, _ in String(text.map { $0 == "\t" ? " " : $0 }) }
    }
}
