import DocNormModel

/// Gives every heading its level. Levels are relative: the ranks that occur among the
/// headings, in rank order, become levels 2, 3, 4 … (the title is level 1), so a report that
/// starts at （一） gets （一） at level 2. Word's heading styles and outline levels are
/// relative the same way, and a labeled heading among them goes one below its parent.
/// A level deeper than 6 is left as is; `AssembleBlocks` makes it a bold lead-in.
/// Reports nothing.
package struct AssignLevels: Rule {
    package let name = "assign-levels"
    package let phase = RulePhase.classification
    package let requires = ["classify-paragraphs"]
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        let headings = workspace.items.indices.filter {
            workspace.items[$0].role == .heading || workspace.items[$0].role == .runInHeading
        }
        let corrected = Self.contentsLevels(workspace.items, headings: headings)
        let keys = Self.explicitKeys(workspace.items, headings: headings) { corrected[$0] ?? $0 }
        let explicit = Set(keys.values.map(\.level)).sorted()
        let explicitLevel = Dictionary(uniqueKeysWithValues: explicit.enumerated().map { ($1, $0 + 2) })
        let ranks = Set(headings.compactMap { i -> LabelRank? in
            Self.explicitLevel(workspace.items[i]) == nil ? workspace.items[i].label?.rank : nil
        }).sorted()
        let rankLevel = Dictionary(uniqueKeysWithValues: ranks.enumerated().map { ($1, $0 + 2) })

        var lastExplicit: Int?
        // The nesting open at each Word level: what the headings below it are shifted by.
        var shiftAt: [Int: Int] = [:]
        // Siblings share one level: the one their first member gets.
        var groupLevel: [String: Int] = [:]
        // The level of the last chapter or section (第一章, 第一节): where unlabeled headings go.
        var lastDivision: Int?
        for i in headings {
            defer {
                if let rank = workspace.items[i].label?.rank, rank <= .section { lastDivision = workspace.items[i].level }
            }
            let groupKey = "\(workspace.items[i].parent ?? -1)|\(workspace.items[i].label?.rank.description ?? "")"
            if keys[i] == nil, workspace.items[i].label != nil, let l = groupLevel[groupKey] {
                workspace.items[i].level = l
                continue
            }
            defer {
                if keys[i] == nil, workspace.items[i].label != nil, let l = workspace.items[i].level {
                    groupLevel[groupKey] = l
                }
            }
            if let key = keys[i], let base = explicitLevel[key.level] {
                for deeper in shiftAt.keys where deeper >= key.level { shiftAt[deeper] = nil }
                let level = base + shiftAt.values.reduce(0, +) + key.depth
                shiftAt[key.level] = key.depth
                workspace.items[i].level = level
                lastExplicit = level
                continue
            }
            if let rank = workspace.items[i].label?.rank {
                if let parent = workspace.items[i].parent, let pl = workspace.items[parent].level, !explicit.isEmpty {
                    workspace.items[i].level = pl + 1
                } else if let le = lastExplicit {
                    workspace.items[i].level = le + 1
                } else {
                    workspace.items[i].level = rankLevel[rank] ?? 2
                }
            } else if explicit.isEmpty, let division = lastDivision {
                // Unlabeled (a heading the contents list, such as 投标人须知前附表 or 附件一：…):
                // inside the chapter or section open above it, beside its numbered articles.
                workspace.items[i].level = division + 1
            } else {
                workspace.items[i].level = (lastExplicit ?? 1) + 1
            }
        }
    }

    /// Word's level for each heading that has one, refined by its label: where an author gave
    /// one outline level to `第二部分 投标人须知` and to the `一、总则` under it, the label ranks
    /// say which contains which, so a label ranked below the open one at the same Word level
    /// goes one below it, and the headings under it with it. A heading without a label closes
    /// what is open at its level.
    struct ExplicitKey: Hashable {
        var level: Int, depth: Int
    }

    static func explicitKeys(_ items: [Item], headings: [Int], level: (Int) -> Int) -> [Int: ExplicitKey] {
        var keys: [Int: ExplicitKey] = [:]
        var open: [Int: [LabelRank]] = [:]
        for i in headings {
            guard let e = explicitLevel(items[i]).map(level) else { continue }
            for deeper in open.keys where deeper > e { open[deeper] = nil }
            var stack = open[e] ?? []
            if let rank = items[i].label?.rank, rank.order < LabelRank.article.order {
                while let top = stack.last, top >= rank { stack.removeLast() }
                keys[i] = ExplicitKey(level: e, depth: stack.count)
                stack.append(rank)
            } else {
                stack = []
                keys[i] = ExplicitKey(level: e, depth: 0)
            }
            open[e] = stack
        }
        return keys
    }

    /// The level Word gives a paragraph: heading style first, then outline level.
    static func explicitLevel(_ item: Item) -> Int? {
        guard let hints = item.paragraph?.hints else { return nil }
        return hints.styleHeadingLevel ?? hints.outlineLevel
    }
}
