import DocNormModel

/// Sets what writers show for each label (STRUCTURE.md §5):
/// - `normalize`: the canonical form of the label's rank (from the numbering scheme), its
///   number as the document shows it: `(一)` → `（一）`, `1、` → `1.`, `4.3` stays `4.3`.
///   A label keeps its family: `a)` is never written `①`.
/// - with `renumber`, typed numbers are also recounted: `一、 三、 四、` → `一、 二、 三、`,
///   restarting under each parent, at each attachment (附件…) and at every typed 1; a series
///   is one form of one rank (第一章 and 第一部分 count apart); Word's numbers stay.
/// - `keep`: the label as written or as Word rendered it.
/// - `strip`: no label on headings; list items keep theirs, normalized.
/// Each rewritten label is reported (info) with its original text; a half-width-brackets warning
/// for a label it writes full-width is then dropped unless `reportsCorrectedForms`.
package struct ApplyNumberingMode: Rule {
    package let name = "apply-numbering-mode"
    package let phase = RulePhase.classification
    package let requires = ["classify-paragraphs"]
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        if options.numbering == .keep {
            for i in workspace.items.indices {
                guard var p = workspace.items[i].paragraph, var label = p.label else { continue }
                label.display = label.original
                p.label = label
                workspace.items[i].paragraph = p
            }
            return
        }
        let numbers = recount(workspace.items, renumber: options.renumber)
        var rewritten: [SourcePosition: String] = [:]
        for i in workspace.items.indices {
            guard var p = workspace.items[i].paragraph, var label = p.label else { continue }
            let role = workspace.items[i].role
            guard role == .heading || role == .runInHeading || role == .listItem, label.rank.isStructural else { continue }
            let (n, parts) = numbers[i] ?? (label.number, label.parts)
            let display = Self.sameFamily(options.scheme, label)
                ? options.scheme.render(label, number: n, parts: parts)
                : label.form.render(n, parts: parts)
            if display != label.original {
                workspace.warn("label-rewritten", "label \(label.original) written as \(display)",
                               at: p.position, severity: .info)
                if let position = p.position { rewritten[position] = display }
            }
            label.display = display
            if options.numbering == .strip && role != .listItem { label.display = nil }
            p.label = label
            workspace.items[i].paragraph = p
        }
        // `(一) has half-width brackets; it should be （一）` beside `label (一) written as （一）`
        // says one thing twice, and the first is no longer true of the output.
        if !options.reportsCorrectedForms, !rewritten.isEmpty {
            workspace.warnings.removeAll { w in
                w.code == "half-width-brackets" && w.position.flatMap { rewritten[$0] } == w.expected
            }
        }
    }

    /// Whether the scheme's form for the label's rank writes numbers the way the label does
    /// (Chinese, digits, circled, letters, roman): only then may it replace the label's form.
    static func sameFamily(_ scheme: NumberingScheme, _ label: NumberingLabel) -> Bool {
        // A form the house style names for a rank is what the user asked for, whatever the family.
        guard let target = scheme.forms[label.rank], !scheme.chosen.contains(label.rank) else { return true }
        if scheme.outlineDepths[label.rank] != nil { return label.form.numerals == .arabic || label.form.numerals == .decimalOutline }
        // `1)` and `1）` are a family of their own: never written `1.`.
        let closing = { (s: String) in s == ")" || s == "）" }
        if closing(label.form.suffix) != closing(target.suffix), label.form.prefix.isEmpty { return false }
        return family(target.numerals) == family(label.form.numerals)
    }

    static func family(_ style: NumeralStyle) -> Int {
        switch style {
        case .chinese: return 0
        case .arabic, .decimalOutline: return 1
        case .circled, .parenthesizedDigit: return 2
        case .lowerLetter: return 3
        case .upperLetter: return 4
        case .lowerRoman: return 5
        case .upperRoman: return 6
        case .bullet: return 7
        }
    }

    /// Each label's number and the numbers of its labeled ancestors, outermost first (what an
    /// outline form such as `1.2` shows). Without `renumber` the numbers are the labels' own.
    /// With it, siblings of one rank under one parent count 1, 2, 3 … in order, headings and
    /// list items apart. Headings count across the text between them; a list restarts when
    /// other text interrupts it and it starts again at 1. An attachment (附件) starts every
    /// count again. Word's own numbers are kept, and the typed ones after them count on from them.
    func recount(_ items: [Item], renumber: Bool) -> [Int: (Int, [Int])] {
        // One series per form as well as rank: 第一章 and 第一部分 share a rank, not a count.
        // Headings and list items count apart: a letter's `一、…五、` between the forms
        // `一、商务…` and `二、技术…` is a list of its own (a series is one or the other).
        struct Key: Hashable { var parent: Int?; var rank: LabelRank; var form: String; var isItem: Bool }
        var counters: [Key: Int] = [:]
        var result: [Int: (Int, [Int])] = [:]
        // A document has a few forms and many labels: each form's series key is made once.
        var seriesForms: [LabelForm: String] = [:]
        // A label's own numbers: a Western label shows its own outline; another one is placed
        // under its parents'.
        func ownParts(_ label: NumberingLabel, _ i: Int) -> [Int] {
            if case .western = label.rank { return label.parts }
            if let parent = items[i].parent, let parentParts = result[parent]?.1 { return parentParts + [label.number] }
            return [label.number]
        }
        for i in items.indices {
            let role = items[i].role
            let isLabeled = role == .heading || role == .runInHeading || role == .listItem
            guard let label = items[i].label else {
                if renumber, let p = items[i].paragraph, Self.isAttachment(p) { counters.removeAll() }
                continue
            }
            guard isLabeled, label.rank.isStructural else { continue }
            // Without `renumber` every number is the label's own: no series to count.
            if !renumber {
                result[i] = (label.number, ownParts(label, i))
                continue
            }
            let form: String
            if let known = seriesForms[label.form] { form = known } else {
                form = Self.seriesForm(label.form)
                seriesForms[label.form] = form
            }
            var key = Key(parent: items[i].parent, rank: label.rank, form: form, isItem: role == .listItem)
            // An item that goes on from the headings' count, with no list of items open, is one of
            // them left a list item (a sentence among titled clauses: `2.2.2 我们为…，…` between
            // `2.2.1` and `2.2.3`): it counts with them.
            if key.isItem, counters[key] == nil {
                var headings = key
                headings.isItem = false
                if let n = counters[headings], label.number == n + 1 { key = headings }
            }
            // A 1 starts a series again (a list interrupted by text, or a parent docnorm has
            // not seen): a recount never turns an author's `1.` into `12.`.
            if label.number == 1 { counters[key] = nil }
            if label.automatic {
                counters[key] = label.number
                result[i] = (label.number, ownParts(label, i))
                continue
            }
            // The first of a series keeps its number (a section may start at 4.2 where 4.1 is
            // elsewhere); the others count on from it.
            let n = counters[key].map { $0 + 1 } ?? label.number
            counters[key] = n
            // The numbers of the labeled ancestors, outermost first, then this one.
            var parts = [n]
            if let parent = items[i].parent, let parentParts = result[parent]?.1, Self.isOutlineParent(items[parent].label, of: label) {
                parts = parentParts + [n]
            } else if case .western(let depth) = label.rank, depth > 1 {
                parts = Array(label.parts.dropLast()) + [n]
            }
            result[i] = (n, parts)
        }
        return result
    }

    /// Whether `parent` is the label an outline number such as `1.5` continues (`1.`, or `1`
    /// of the same numbers): then a recount carries the parent's new number into it. A `16.`
    /// clause that happens to come before a chapter's `1.5` is no part of `1.5`. Labels that are
    /// not outline numbers (`（1）` under `一、`) take their parent as it is.
    static func isOutlineParent(_ parent: NumberingLabel?, of label: NumberingLabel) -> Bool {
        guard case .western(let depth) = label.rank, depth > 1, label.parts.count == depth else { return true }
        guard let parent else { return false }
        let own = parent.parts.isEmpty ? [parent.number] : parent.parts
        return own == Array(label.parts.dropLast())
    }

    /// A label's form with its delimiter's width and kind folded (`1．` `1.` `1、` and `四．`
    /// `四、` are one series, a typing slip); `第一章` and `第一部分` stay apart.
    static func seriesForm(_ form: LabelForm) -> String {
        let f = { (s: String) in String(s.map { seriesFold[$0] ?? $0 }) }
        return "\(f(form.prefix))|\(f(form.suffix))|\(form.numerals)"
    }

    static let seriesFold: [Character: Character] = ["．": ".", "、": ".", "，": ".", "（": "(", "）": ")", "：": ":"]

    /// `附件`, `附件1`, `附件一：…`: a short line that starts an attachment.
    static func isAttachment(_ p: Paragraph) -> Bool {
        // One run of text that does not start with 附 (nearly all): no prefix to make.
        if p.content.count == 1, case .text(let s) = p.content[0], s.unicodeScalars.first != "附" { return false }
        let text = p.content.plainPrefix(24)
        return text.hasPrefix("附件") && p.content.plainText.count <= 40
    }
}
