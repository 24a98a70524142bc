import DocNormModel

/// Finds the numbering label at the start of each paragraph (typed, or rendered by Word's
/// automatic numbering) and moves it from the text into `Paragraph.label`.
/// Then settles ranks that depend on the whole document: `1.` is the Western outline's
/// first level in a Western document, `1)` ranks with the circled numbers when `1.` or `（1）`
/// is also used, `1 正文` is the outline's first level when `1.1` labels follow it (and so
/// are `2 设计` and `1引言` in its heading style beside it, numbered in turn), and
/// `一 信息舱` … `二 树` a series of Chinese numerals typed without 、, and `2.1查看数据` a
/// label where the document's outline has `2.2` or `2.1.1`.
/// Reports nothing.
package struct DetectLabels: Rule {
    package let name = "detect-labels"
    package let phase = RulePhase.classification
    package let requires = ["detect-language", "set-aside-table-of-contents"]
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        // Each paragraph's own label: a long document's parts at the same time.
        Parallel.forEach(&workspace.items) { item in
            guard item.role != .tableOfContents, var p = item.paragraph, p.label == nil,
                  !p.hints.isPreformatted else { return }
            // One run of text that no label can start (most paragraphs): nothing to parse or store.
            if p.hints.automaticNumbering == nil, p.content.count == 1, case .text(let s) = p.content[0], !LabelParser.mayStart(s) { return }
            if let auto = p.hints.automaticNumbering {
                p.label = Self.label(forAutomatic: auto)
            } else if case .label(var label, let length)? = LabelParser.parse(Self.labelText(p.content)) {
                // The parser's length takes the space after the label with it.
                label.separated = length > label.original.count
                    && !NumberingLabel.runsInto(label.original, Self.labelText(p.content).dropFirst(length))
                p.label = label
                p.content = Self.dropping(length, from: p.content)
            }
            item.paragraph = p
        }
        settleDocumentRanks(&workspace)
        settleJoinedDecimals(&workspace)
        settleBareNumbers(&workspace, options: options)
        settleBareChineseNumerals(&workspace, options: options)
        settleSplitDecimals(&workspace)
    }

    /// The label Word displays for automatic numbering, ranked like a typed one, marked as
    /// Word's and separated from its text as the list says.
    static func label(forAutomatic auto: AutomaticNumbering) -> NumberingLabel {
        var label = ranked(auto)
        label.automatic = true
        label.separated = auto.separated
        return label
    }

    private static func ranked(_ auto: AutomaticNumbering) -> NumberingLabel {
        let text = auto.text.trimmingSpaces()
        if auto.isBullet || text.isEmpty {
            return NumberingLabel(original: text, rank: .bullet, number: 1, form: LabelForm(numerals: .bullet(text)))
        }
        // The label alone, followed by text as in a paragraph, so digit labels parse too.
        if case .label(let label, let length)? = LabelParser.parse(text + " x"), length >= text.count {
            return label
        }
        // A form the typed-label rules do not know (roman numerals, custom text): ranked by its
        // list level, shown as Word shows it.
        return NumberingLabel(original: text, rank: .listLevel(auto.level), number: 1,
                              form: LabelForm(numerals: .bullet(text)))
    }

    func settleDocumentRanks(_ workspace: inout Workspace) {
        let labels = workspace.items.compactMap(\.label)
        let western = workspace.metadata.language == "en"
        let otherArabic = labels.contains { $0.rank == .arabic && !Self.isParenSuffix($0) }
            || labels.contains { $0.rank == .parenthesizedArabic }
        for i in workspace.items.indices {
            guard var p = workspace.items[i].paragraph, var label = p.label, label.rank == .arabic,
                  p.hints.automaticNumbering == nil else { continue }
            if Self.isParenSuffix(label) {
                if otherArabic { label.rank = .circled }
            } else if western && label.form.suffix == "." {
                label.rank = .western(depth: 1)
                label.form = LabelForm(numerals: .decimalOutline, suffix: ".")
            }
            p.label = label
            workspace.items[i].paragraph = p
        }
    }

    /// What the parser reads: one run of text as it is (the parser looks at its first 24
    /// characters, as many as the prefix holds), else the first 24 characters of the text.
    static func labelText(_ content: [Inline]) -> String {
        if content.count == 1, case .text(let s) = content[0] { return s }
        return content.plainPrefix(24)
    }

    /// The content after its label's `length` characters, without the indentation around
    /// it. One run of simple characters (nearly every paragraph) is cut in its UTF-8 and copied
    /// once; anything else by characters, formatting kept.
    static func dropping(_ length: Int, from content: [Inline]) -> [Inline] {
        if content.count == 1, case .text(let s) = content[0], let cut = s.prefixOfSimpleCharacters(length), cut.count == length {
            let rest = s.unicodeScalars[cut.prefix.endIndex...].trimming(CharacterClass.isIndentSpace)
            return rest.isEmpty ? [] : [.text(String(Substring(rest)))]
        }
        return content.dropping(first: length).trimming(CharacterClass.isIndentSpace)
    }

    static func isParenSuffix(_ label: NumberingLabel) -> Bool {
        label.form.suffix == ")" || label.form.suffix == "）"
    }
}

extension String {
    /// The text without its leading and trailing indent spaces; the string itself when it has none.
    func trimmingSpaces() -> String {
        let trimmed = Substring(self).unicodeScalars.trimming(CharacterClass.isIndentSpace)
        if trimmed.startIndex == startIndex, trimmed.endIndex == endIndex { return self }
        return String(Substring(trimmed))
    }
}
