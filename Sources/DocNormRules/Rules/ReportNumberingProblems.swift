import DocNormModel

/// Reports what is wrong with a report's numbering, each problem with the label as written and
/// what it should be: a skipped, repeated or restarted number; one rank written in mixed
/// forms; half-width brackets; a rank inside a lower one (一、 inside （一）); a level that
/// skips a rank the document uses elsewhere (一、 then （1） with no （一）); a heading nested
/// more than six levels deep. Word's automatic numbers are counted by Word and not checked.
/// Nothing is changed here: `ApplyNumberingMode` rewrites.
package struct ReportNumberingProblems: Rule {
    package let name = "report-numbering-problems"
    package let phase = RulePhase.classification
    package let requires = ["classify-paragraphs"]
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        let items = workspace.items
        // Read in place, item by item: a long document has a hundred thousand of them. Word's
        // numbers are not checked, but a typed series goes on from them (a typed `二、` after
        // Word's own `一、` starts nothing): they are counted, and only the typed ones checked.
        let counted = items.indices.filter { i in
            switch items[i].role {
            case .heading, .runInHeading, .listItem: return items[i].labelRank?.isStructural == true
            default: return false
            }
        }
        let labeled = counted.filter { items[$0].label?.automatic == false }
        sequences(counted, items, &workspace, options)
        mixedForms(labeled, items, &workspace, options)
        halfWidthBrackets(labeled, items, &workspace)
        inversions(labeled, items, &workspace)
        skippedLevels(items, &workspace)
        tooDeep(items, &workspace)
    }

    func canonical(_ label: NumberingLabel, _ n: Int, _ options: NormalizationOptions) -> String {
        options.scheme.render(label, number: n, parts: Array(label.parts.dropLast()) + [n])
    }

    /// Numbers within each run of siblings: 1, 2, 3 … with nothing skipped, repeated or restarted.
    func sequences(_ labeled: [Int], _ items: [Item], _ ws: inout Workspace, _ options: NormalizationOptions) {
        struct Key: Hashable { var parent: Int?; var rank: LabelRank }
        var last: [Key: (number: Int, count: Int)] = [:]
        var previousWasItem = false
        var previousIndex = -2
        for i in labeled {
            let label = items[i].label!
            let isItem = items[i].role == .listItem
            let key = Key(parent: items[i].parent, rank: label.rank)
            // A list interrupted by text may start again at 1.
            let interrupted = isItem && !(previousWasItem && previousIndex == i - 1)
            defer { previousWasItem = isItem; previousIndex = i }
            if interrupted && label.number == 1 { last[key] = nil }
            let position = items[i].paragraph?.position
            if label.automatic {
                last[key] = (label.number, (last[key]?.count ?? 0) + 1)
                continue
            }
            guard let prev = last[key] else {
                if label.number != 1 {
                    ws.warn("number-skipped", "\(label.original) starts the count; it should be \(canonical(label, 1, options))",
                            at: position, found: label.original, expected: canonical(label, 1, options))
                }
                last[key] = (label.number, 1)
                continue
            }
            let count = prev.count + 1
            // Rendered only for a label that is reported: most are in order.
            var expected: String { canonical(label, count, options) }
            if label.number == prev.number {
                ws.warn("number-repeated", "\(label.original) repeats the number before it; it should be \(expected)",
                        at: position, found: label.original, expected: expected)
            } else if label.number == 1 {
                ws.warn("number-restarted", "\(label.original) starts the count again; it should be \(expected)",
                        at: position, found: label.original, expected: expected)
            } else if label.number > prev.number + 1 {
                ws.warn("number-skipped", "\(label.original) skips a number; it should be \(expected)",
                        at: position, found: label.original, expected: expected)
            } else if label.number < prev.number {
                ws.warn("number-out-of-order", "\(label.original) comes after a higher number; it should be \(expected)",
                        at: position, found: label.original, expected: expected)
            }
            last[key] = (label.number, count)
        }
    }

    /// One rank written in more than one form (1. and 1．): labels not in the rank's main form
    /// are reported. The main form is the scheme's when the report uses it, else the most used
    /// (the first seen on a tie). Half-width brackets are reported on their own.
    func mixedForms(_ labeled: [Int], _ items: [Item], _ ws: inout Workspace, _ options: NormalizationOptions) {
        var byRank: [LabelRank: [String: Int]] = [:]
        var order: [LabelRank: [String]] = [:]
        // Each form written out once: a report uses a handful of forms over thousands of labels.
        var written: [LabelForm: String] = [:]
        var formOf: [String] = []
        formOf.reserveCapacity(labeled.count)
        for i in labeled {
            let label = items[i].label!
            let form: String
            if let known = written[label.form] { form = known } else { form = label.form.description; written[label.form] = form }
            formOf.append(form)
            if byRank[label.rank]?[form] == nil { order[label.rank, default: []].append(form) }
            byRank[label.rank, default: [:]][form, default: 0] += 1
        }
        // Only a rank written in more than one form has labels to report.
        guard byRank.values.contains(where: { $0.count > 1 }) else { return }
        for (k, i) in labeled.enumerated() {
            let label = items[i].label!
            guard let forms = byRank[label.rank], forms.count > 1, !isHalfWidth(label) else { continue }
            let canonicalForm = options.scheme.render(label, number: 1, parts: [1])
            let main = forms[canonicalForm] != nil ? canonicalForm
                : order[label.rank]!.max { a, b in forms[a]! < forms[b]! || forms[a]! == forms[b]! && order[label.rank]!.firstIndex(of: a)! > order[label.rank]!.firstIndex(of: b)! }!
            let form = formOf[k]
            guard form != main else { continue }
            let expected = canonical(label, label.number, options)
            ws.warn("mixed-forms", "\(label.original) is written as \(form) where the same rank is mostly \(main); it should be \(expected)",
                    at: items[i].paragraph?.position, found: label.original, expected: expected)
        }
    }

    func isHalfWidth(_ label: NumberingLabel) -> Bool {
        (label.rank == .parenthesizedChinese || label.rank == .parenthesizedArabic) && (label.form.prefix == "(" || label.form.suffix == ")")
    }

    /// （一） and （1） written with ASCII brackets.
    func halfWidthBrackets(_ labeled: [Int], _ items: [Item], _ ws: inout Workspace) {
        for i in labeled {
            let label = items[i].label!
            guard isHalfWidth(label) else { continue }
            let fixed = "（" + label.form.numerals.render(label.number) + "）"
            ws.warn("half-width-brackets", "\(label.original) has half-width brackets; it should be \(fixed)",
                    at: items[i].paragraph?.position, found: label.original, expected: fixed)
        }
    }

    /// A higher rank between siblings of a lower one: 一、 inside （一） … （二）.
    func inversions(_ labeled: [Int], _ items: [Item], _ ws: inout Workspace) {
        for (k, i) in labeled.enumerated() where k > 0 {
            let label = items[i].label!
            let before = items[labeled[k - 1]].label!
            guard before.rank > label.rank, before.rank != .western(depth: 0) else { continue }
            // Does the lower rank's count go on after this label's run?
            var j = k + 1
            while j < labeled.count, items[labeled[j]].label!.rank <= label.rank && items[labeled[j]].label!.rank != before.rank { j += 1 }
            guard j < labeled.count, let after = items[labeled[j]].label, after.rank == before.rank,
                  after.number == before.number + 1 else { continue }
            ws.warn("rank-inverted", "\(label.original) stands inside \(before.original) … \(after.original): a higher rank inside a lower one",
                    at: items[i].paragraph?.position, found: label.original, expected: nil)
        }
    }

    /// 一、 then （1） with no （一）, although the document uses （一） elsewhere.
    func skippedLevels(_ items: [Item], _ ws: inout Workspace) {
        let headings = items.indices.filter { items[$0].role == .heading || items[$0].role == .runInHeading }
        let headingRanks = Set(headings.compactMap { items[$0].labelRank })
        for i in headings {
            guard let parent = items[i].parent, let parentRank = items[parent].labelRank, let label = items[i].label else { continue }
            // The highest rank used by headings between the two, found without a set per heading.
            var between: LabelRank?
            for rank in headingRanks where rank > parentRank && rank < label.rank && (between.map { rank < $0 } ?? true) { between = rank }
            guard let missing = between else { continue }
            let name = NumberingScheme.gbt9704.forms[missing]?.description ?? missing.description
            ws.warn("level-skipped", "\(label.original) stands directly under \(items[parent].label!.original), skipping the \(name) level used elsewhere",
                    at: items[i].paragraph?.position, found: label.original, expected: nil)
        }
    }

    func tooDeep(_ items: [Item], _ ws: inout Workspace) {
        for i in items.indices where (items[i].level ?? 0) > 6 {
            ws.warn("too-deep", "\(items[i].label?.original ?? "a heading") is nested \(items[i].level!) levels deep; it is shown as a bold paragraph",
                    at: items[i].paragraph?.position, found: items[i].label?.original, expected: nil)
        }
    }
}
