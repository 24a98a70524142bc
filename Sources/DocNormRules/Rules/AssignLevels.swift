import DocNormModel

/// Gives every heading its level. Levels are relative: the ranks that occur among the
/// headings, in rank order, become levels 2, 3, 4 … (the title is level 1), so a report that
/// starts at （一） gets （一） at level 2. Word's heading styles and outline levels are
/// relative the same way, and a labeled heading among them goes one below its parent.
/// A level deeper than 6 is left as is; `AssembleBlocks` makes it a bold lead-in.
/// Reports nothing.
public struct AssignLevels: Rule {
    public let name = "assign-levels"
    public let phase = RulePhase.classification
    public let requires = ["classify-paragraphs"]
    public init() {}

    public func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        let headings = workspace.items.indices.filter {
            workspace.items[$0].role == .heading || workspace.items[$0].role == .runInHeading
        }
        let explicit = Set(headings.compactMap { Self.explicitLevel(workspace.items[$0]) }).sorted()
        let explicitLevel = Dictionary(uniqueKeysWithValues: explicit.enumerated().map { ($1, $0 + 2) })
        let ranks = Set(headings.compactMap { i -> LabelRank? in
            Self.explicitLevel(workspace.items[i]) == nil ? workspace.items[i].label?.rank : nil
        }).sorted()
        let rankLevel = Dictionary(uniqueKeysWithValues: ranks.enumerated().map { ($1, $0 + 2) })

        var lastExplicit: Int?
        // Siblings share one level: the one their first member gets.
        var groupLevel: [String: Int] = [:]
        for i in headings {
            let groupKey = "\(workspace.items[i].parent ?? -1)|\(workspace.items[i].label?.rank.description ?? "")"
            if Self.explicitLevel(workspace.items[i]) == nil, workspace.items[i].label != nil, let l = groupLevel[groupKey] {
                workspace.items[i].level = l
                continue
            }
            defer {
                if Self.explicitLevel(workspace.items[i]) == nil, workspace.items[i].label != nil, let l = workspace.items[i].level {
                    groupLevel[groupKey] = l
                }
            }
            if let e = Self.explicitLevel(workspace.items[i]) {
                workspace.items[i].level = explicitLevel[e]
                lastExplicit = explicitLevel[e]
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
            } else {
                workspace.items[i].level = (lastExplicit ?? 1) + 1
            }
        }
    }

    /// The level Word gives a paragraph: heading style first, then outline level.
    static func explicitLevel(_ item: Item) -> Int? {
        guard let hints = item.paragraph?.hints else { return nil }
        return hints.styleHeadingLevel ?? hints.outlineLevel
    }
}
