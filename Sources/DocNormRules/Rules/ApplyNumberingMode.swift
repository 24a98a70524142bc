import DocNormModel

/// Sets what writers show for each label (STRUCTURE.md §5):
/// - `normalize`: the canonical form of the label's rank (from the numbering scheme), with
///   numbers recounted within the parent: `一、 三、 四、` → `一、 二、 三、`, `(一)` → `（一）`,
///   `1、` → `1.`. Each rewritten label is reported (info) with its original text.
/// - `keep`: the label as written or as Word rendered it.
/// - `strip`: no label on headings; list items keep theirs, normalized.
public struct ApplyNumberingMode: Rule {
    public let name = "apply-numbering-mode"
    public init() {}

    public func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        if options.numbering == .keep {
            for i in workspace.items.indices {
                guard var p = workspace.items[i].paragraph, var label = p.label else { continue }
                label.display = label.original
                p.label = label
                workspace.items[i].paragraph = p
            }
            return
        }
        let numbers = recount(workspace.items)
        for i in workspace.items.indices {
            guard var p = workspace.items[i].paragraph, var label = p.label else { continue }
            let role = workspace.items[i].role
            guard role == .heading || role == .runInHeading || role == .listItem, label.rank.isStructural else { continue }
            let (n, parts) = numbers[i] ?? (label.number, label.parts)
            let display = options.scheme.render(label, number: n, parts: parts)
            if display != label.original {
                workspace.warn("label-rewritten", "label \(label.original) written as \(display)",
                               at: p.position, severity: .info)
            }
            label.display = display
            if options.numbering == .strip && role != .listItem { label.display = nil }
            p.label = label
            workspace.items[i].paragraph = p
        }
    }

    /// New numbers: siblings of one rank under one parent count 1, 2, 3 … in order. Headings
    /// count across the text between them; a list restarts when
    /// other text interrupts it and it starts again at 1.
    func recount(_ items: [Item]) -> [Int: (Int, [Int])] {
        struct Key: Hashable { var parent: Int?; var rank: LabelRank }
        var counters: [Key: Int] = [:]
        var result: [Int: (Int, [Int])] = [:]
        var previousWasItem = false
        for i in items.indices {
            let role = items[i].role
            let isLabeled = role == .heading || role == .runInHeading || role == .listItem
            defer { previousWasItem = role == .listItem }
            guard isLabeled, let label = items[i].label, label.rank.isStructural else { continue }
            let key = Key(parent: items[i].parent, rank: label.rank)
            if role == .listItem && !previousWasItem && label.number == 1 { counters[key] = 0 }
            let n = (counters[key] ?? 0) + 1
            counters[key] = n
            // The numbers of the labeled ancestors, outermost first, then this one.
            var parts = [n]
            if let parent = items[i].parent, let parentParts = result[parent]?.1 {
                parts = parentParts + [n]
            } else if case .western(let depth) = label.rank, depth > 1 {
                parts = Array(label.parts.dropLast()) + [n]
            }
            result[i] = (n, parts)
        }
        return result
    }
}
