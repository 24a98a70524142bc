import DocNormModel

/// Gives every heading its level. Levels are relative (the title is level 1): a typed heading
/// goes one below the heading its label belongs to (`（一）` under `一、`, `1.` right under
/// `第一章` when the chapter has no `一、`), or one below the unlabeled heading right before it
/// inside that parent (`一、总则` under `投标人须知`); a heading whose label has no parent goes
/// one below the open headings that are no labels of its rank or lower, so a report that
/// starts at （一） gets （一） at level 2. Word's heading styles and outline levels are
/// relative the same way, and go below the typed heading their label belongs to.
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
        let listedLevel = Self.listedLevels(workspace.items, headings: headings)
        // Asked only of an unlabeled heading before a series: a cover's title is judged by it.
        lazy var bodySize = workspace.metadata.language == "zh" ? DetectTitle.bodySize(workspace.items) : nil
        let keys = Self.explicitKeys(workspace.items, headings: headings) { corrected[$0] ?? $0 }
        let explicit = Set(keys.values.map(\.level)).sorted()
        let explicitLevel = Dictionary(uniqueKeysWithValues: explicit.enumerated().map { ($1, $0 + 2) })

        var lastExplicit: Int?
        var lastExplicitIndex: Int?
        // Typed headings put inside a Word heading: parents of no Word sibling after it.
        var insideWordHeading = Set<Int>()
        var insideWordGroups = Set<String>()
        // The nesting open at each Word level: what the headings below it are shifted by.
        var shiftAt: [Int: Int] = [:]
        // How far below a heading of one label rank the document put a Word heading of another.
        var childOffset: [String: Int] = [:]
        // Siblings share one level: the one their first member gets.
        var groupLevel: [String: Int] = [:]
        // The level of the last chapter or section (第一章, 第一节): where unlabeled headings go.
        var lastDivision: Int?
        var lastDivisionIndex: Int?
        // The headings open above the current one, outermost first.
        var path: [(index: Int, level: Int)] = []
        // The level Word's levels alone gave the last heading at each Word level, and the typed
        // heading it was put below, if any.
        var lastAtWordLevel: [Int: (index: Int, level: Int, under: Int?)] = [:]
        for (k, i) in headings.enumerated() {
            defer {
                if let rank = workspace.items[i].labelRank, rank <= .section {
                    lastDivision = workspace.items[i].level
                    lastDivisionIndex = i
                }
                if let l = workspace.items[i].level {
                    while let top = path.last, top.level >= l { path.removeLast() }
                    path.append((i, l))
                }
            }
            // A chapter's name set again over its text, after its own contents (`第七章 评标办法`
            // / 分目录 / `第七章 评标办法`): the chapter's inner title, as another chapter's
            // `投标人须知` is, and no sibling of it.
            if k > 0, Self.repeats(workspace.items[i], workspace.items[headings[k - 1]]),
               let pl = workspace.items[headings[k - 1]].level {
                workspace.items[i].level = pl + 1
                continue
            }
            let groupKey = "\(workspace.items[i].parent ?? -1)|\(workspace.items[i].labelRank?.description ?? "")"
            if keys[i] == nil, workspace.items[i].hasLabel, let l = groupLevel[groupKey] {
                workspace.items[i].level = l
                if insideWordGroups.contains(groupKey) { insideWordHeading.insert(i) }
                continue
            }
            defer {
                if keys[i] == nil, workspace.items[i].hasLabel, let l = workspace.items[i].level {
                    groupLevel[groupKey] = l
                }
            }
            if let key = keys[i], let base = explicitLevel[key.level] {
                for deeper in shiftAt.keys where deeper >= key.level { shiftAt[deeper] = nil }
                var level = base + shiftAt.values.reduce(0, +) + key.depth
                // A Word level skipped under the heading open above, where the document put the
                // same label right under the same kind of heading before (合同通用条款's 一、定义 in
                // Heading 4 under its chapter, where the chapter before had its 一、说明 in Heading 3):
                // one below it, as there. Without such a sibling the skip is the document's.
                let parent = path.last { keys[$0.index].map { $0.level < key.level } ?? true }
                let rankPair = parent.map { "\(workspace.items[$0.index].labelRank?.description ?? "-")|\(workspace.items[i].labelRank?.description ?? "")" }
                if let parent, let rankPair, workspace.items[i].hasLabel, let offset = childOffset[rankPair], level > parent.level + offset {
                    level = parent.level + offset
                }
                defer {
                    if let parent, let rankPair, workspace.items[i].hasLabel, let l = workspace.items[i].level, l > parent.level {
                        childOffset[rankPair] = min(childOffset[rankPair] ?? .max, l - parent.level)
                    }
                }
                let previousAtWordLevel = lastAtWordLevel[key.level]
                // A Word heading under a typed one (`1 适用范围` in Heading 1 under a typed
                // `一、总则`) goes below it, and the Word levels under it with it; unless the typed
                // one is inside this heading's Word sibling before it, or no deeper than it (a
                // typed `（一）` between `3.` and `4.` of one outline level is inside `3.`).
                lastAtWordLevel[key.level] = (i, level, nil)
                var below = 0
                // Inside an attachment set within its chapter (`附件1：…` beside `投标人须知`), the
                // attachment's own Word headings (`1 接收投标保证金…` in Heading 1, numbered from 1
                // again) go below it, and their Word siblings with them while it is open; not below
                // the typed heading before the attachment their label would belong to.
                let attachment = Self.openAttachment(i, previous: k > 0 ? headings[k - 1] : nil, under: previousAtWordLevel?.under,
                                                     workspace.items, path: path)
                if let attachment, workspace.items[i].parent.map({ $0 < attachment }) ?? true,
                   let al = workspace.items[attachment].level, level <= al {
                    below = al + 1 - level
                    level += below
                    lastAtWordLevel[key.level]?.under = attachment
                } else if let parent = workspace.items[i].parent, Self.explicitLevel(workspace.items[parent]) == nil,
                   !insideWordHeading.contains(parent),
                   let pl = workspace.items[parent].level, Self.isHeading(workspace.items[parent]), level <= pl,
                   previousAtWordLevel?.under == parent || (pl > previousAtWordLevel?.level ?? 0
                       && (parent < previousAtWordLevel?.index ?? 0 || !path.contains(where: { $0.index == previousAtWordLevel?.index }))) {
                    // The sibling before it went below the same typed heading: so does this one.
                    below = pl + 1 - level
                    level += below
                    lastAtWordLevel[key.level]?.under = parent
                }
                shiftAt[key.level] = key.depth + below
                workspace.items[i].level = level
                lastExplicit = level
                lastExplicitIndex = i
                continue
            }
            if let rank = workspace.items[i].labelRank {
                let previous = k > 0 ? headings[k - 1] : nil
                if let parent = workspace.items[i].parent, let pl = workspace.items[parent].level {
                    workspace.items[i].level = pl + 1
                    // Between two Word siblings inside its parent (`37.其他` and `38.` at one outline
                    // level under `一、`), a typed `（一）遵守法律` is inside the first, whatever the
                    // ranks say.
                    if let e = lastExplicitIndex, e > parent, let el = workspace.items[e].level, el > pl,
                       Self.nextWordHeadingContinues(e, after: i, workspace.items, headings: headings, from: k) {
                        workspace.items[i].level = el + 1
                        insideWordHeading.insert(i)
                        insideWordGroups.insert(groupKey)
                    }
                    // Right under an unlabeled heading inside its parent (`投标人须知` between
                    // `第一章` and `一、总则`): the series starts under that heading.
                    // A contract's name opens the series after its parties and preamble too.
                    // So does a cover's title over its cover matter (`商务投标文件`, its fields, `一、开标一览表`).
                    if let u = previous, u == i - 1 || workspace.items[u].paragraph.map({ JoinSplitHeadings.namesContract($0.content) }) == true
                        || ClassifyParagraphs.coverSeriesStart(u, workspace.items, bodySize: bodySize) == i,
                       u > parent, workspace.items[u].label == nil,
                       let ul = workspace.items[u].level, ul > pl {
                        workspace.items[i].level = ul + 1
                    }
                } else {
                    // No label above it: below the open headings that are no labels of its rank or
                    // lower (a typed `第二章` after Word's `第一章` and its `一、` is beside it).
                    let mine = workspace.items[i].label
                    let open = path.prefix { p in
                        guard let r = workspace.items[p.index].labelRank else {
                            // Listed by the contents at its own level or deeper (`投标邀请书` before
                            // `第一章`, both `toc 2`): a sibling, whatever labels say.
                            if let m = listedLevel[i], m.isSibling(of: listedLevel[p.index]) { return false }
                            return true
                        }
                        // Word's own outline numbers (`3` `3.1`) are another series than a typed
                        // `1、` in another form: it goes inside them. (A typed chapter or `一、`
                        // still stands beside them.)
                        if Self.isOutlineRank(r), let theirs = workspace.items[p.index].label, theirs.automatic, let mine, !mine.automatic,
                           theirs.form != mine.form, rank >= .arabic {
                            return true
                        }
                        return r < rank
                    }
                    workspace.items[i].level = (open.last?.level ?? 1) + 1
                }
            } else if let m = listedLevel[i], let sibling = path.first(where: { m.isSibling(of: listedLevel[$0.index]) }) {
                // Listed by the contents at the level of a heading open above it (`哈尔滨工业大学学位
                // 论文原创性声明和使用权限` after `攻读硕士学位期间取得的科研成果`, both `toc 1`): its sibling.
                workspace.items[i].level = sibling.level
            } else if let division = lastDivision, explicit.isEmpty || lastDivisionIndex ?? -1 > lastExplicitIndex ?? -1 {
                // Unlabeled (a heading the contents list, such as 投标人须知前附表 or 附件一：…):
                // inside the chapter or section open above it, beside its numbered articles,
                // also when Word's levels are used, if that chapter came after the last of them.
                workspace.items[i].level = division + 1
            } else {
                workspace.items[i].level = (lastExplicit ?? 1) + 1
            }
        }
    }

    /// The attachment heading a labeled Word heading `i` belongs to: the unlabeled attachment
    /// line right before it when its number starts again at 1, or the one its Word sibling
    /// before it went below (`under`) while that is still open. No chapter or section belongs
    /// to an attachment.
    static func openAttachment(_ i: Int, previous: Int?, under: Int?, _ items: [Item], path: [(index: Int, level: Int)]) -> Int? {
        guard let label = items[i].label, label.rank > .section else { return nil }
        func isAttachment(_ u: Int) -> Bool {
            items[u].label == nil && explicitLevel(items[u]) == nil
                && items[u].paragraph.map { AttachmentHeadings.attachmentRest($0.content.plainText) != nil } == true
        }
        if let u = previous, label.number == 1, isAttachment(u) { return u }
        if let u = under, isAttachment(u), path.contains(where: { $0.index == u }) { return u }
        return nil
    }

    /// The next heading with a Word level after `i` continues the numbered series of the Word
    /// heading `e` (`4.` after `3.`).
    static func nextWordHeadingContinues(_ e: Int, after i: Int, _ items: [Item], headings: [Int], from k: Int) -> Bool {
        guard let label = items[e].label,
              let next = headings[(k + 1)...].first(where: { explicitLevel(items[$0]) != nil }),
              let nextLabel = items[next].label else { return false }
        return nextLabel.rank == label.rank && nextLabel.number > label.number && explicitLevel(items[next]) == explicitLevel(items[e])
    }

    /// Whether `item` is the chapter or section `previous` set again: the same text, with the
    /// same label or none (`第三章 招标需求` / `招标需求`), or an unlabeled heading set again
    /// (`投标邀请书` / `投  标  邀  请  书`).
    static func repeats(_ item: Item, _ previous: Item) -> Bool {
        guard let x = item.paragraph, let y = previous.paragraph else { return false }
        if let b = previous.label {
            guard b.rank <= .section else { return false }
            if let a = item.label, a.rank != b.rank || a.number != b.number { return false }
        } else if item.hasLabel {
            return false
        }
        return TextKey.squeezed(x.content.plainText) == TextKey.squeezed(y.content.plainText)
    }

    /// A rank Word's own outline numbers take (`3` as a list level, `3.1`).
    static func isOutlineRank(_ rank: LabelRank) -> Bool {
        switch rank {
        case .western, .listLevel: return true
        default: return false
        }
    }

    static func isHeading(_ item: Item) -> Bool { item.role == .heading || item.role == .runInHeading }

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
        var open: [Int: [(rank: LabelRank, index: Int)]] = [:]
        for i in headings {
            guard let e = explicitLevel(items[i]).map(level) else { continue }
            for deeper in open.keys where deeper > e { open[deeper] = nil }
            var stack = open[e] ?? []
            // A lettered form Word numbers (`附　录　A`) stands at its Word level, beside the rest.
            if let label = items[i].label, label.rank.order < LabelRank.article.order, !ClassifyParagraphs.isLetteredForm(label) {
                stack.removeLast(ClassifyParagraphs.closedCount(by: label, stack, items))
                keys[i] = ExplicitKey(level: e, depth: stack.count)
                stack.append((label.rank, i))
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
        guard let hints = item.hints else { return nil }
        return hints.styleHeadingLevel ?? hints.outlineLevel
    }
}
