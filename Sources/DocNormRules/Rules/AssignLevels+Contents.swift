import DocNormModel

extension AssignLevels {
    /// Where a contents lists a heading: which contents (a volume's and a chapter's own count
    /// their levels apart) and at what level (`toc 2` → 2).
    struct Listing: Equatable {
        var contents: Int, level: Int
        /// Listed by the same contents at this level or deeper.
        func isSibling(of other: Listing?) -> Bool {
            guard let other else { return false }
            return other.contents == contents && other.level >= level
        }
    }

    /// Where the contents list each heading they list, by its label and text.
    static func listedLevels(_ items: [Item], headings: [Int]) -> [Int: Listing] {
        guard headings.contains(where: { items[$0].listedInContents }) else { return [:] }
        var listed: [String: Listing] = [:]
        var contents = 0, previous = -2
        for (k, item) in items.enumerated() where item.role == .tableOfContents {
            if k != previous + 1 { contents += 1 }
            previous = k
            guard let p = item.paragraph, let level = p.hints.contentsLevel else { continue }
            let key = HeadingsFromContents.entryKey(p)
            if !key.isEmpty, listed[key] == nil { listed[key] = Listing(contents: contents, level: level) }
        }
        var levels: [Int: Listing] = [:]
        for i in headings where items[i].listedInContents {
            guard let p = items[i].paragraph else { continue }
            levels[i] = listed[HeadingsFromContents.key(shown: p.label?.original ?? p.hints.automaticNumbering?.text ?? "", p.content.plainText)]
        }
        return levels
    }

    /// Word's own table of contents lists headings at the levels it shows them (`toc 1`,
    /// `toc 2`). Where it disagrees with the outline levels, it is the better witness: a GB/T
    /// standard gives 前言 outline level 1 and its chapters level 2, yet lists both at `toc 1`.
    /// Returns each Word level's corrected level, or nothing when the contents say nothing
    /// about levels (fewer than two headings listed, or levels that would cross).
    static func contentsLevels(_ items: [Item], headings: [Int]) -> [Int: Int] {
        var listed: [String: Int] = [:]
        for item in items where item.role == .tableOfContents {
            guard let p = item.paragraph, let level = p.hints.contentsLevel else { continue }
            let key = TextKey.heading(SetAsideTableOfContents.entryText(p.content).plainText)
            if !key.isEmpty, listed[key] == nil { listed[key] = level }
        }
        guard !listed.isEmpty else { return [:] }
        var votes: [Int: [Int: Int]] = [:]
        for i in headings {
            guard let e = explicitLevel(items[i]), let p = items[i].paragraph else { continue }
            let label = p.label?.original ?? p.hints.automaticNumbering?.text ?? ""
            guard let t = listed[TextKey.heading(label + p.content.plainText)] else { continue }
            votes[e, default: [:]][t, default: 0] += 1
        }
        guard votes.values.reduce(0, { $0 + $1.values.reduce(0, +) }) >= 2 else { return [:] }
        var mapped: [Int: Int] = [:]
        for (e, tally) in votes {
            mapped[e] = tally.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
        }
        let voted = mapped.keys.sorted()
        for (a, b) in zip(voted, voted.dropFirst()) where mapped[a]! > mapped[b]! { return [:] }
        // Levels the contents do not list keep their distance to the nearest listed one above.
        let all = Set(headings.compactMap { explicitLevel(items[$0]) })
        for e in all where mapped[e] == nil {
            if let above = voted.last(where: { $0 < e }) {
                mapped[e] = mapped[above]! + (e - above)
            } else if let below = voted.first(where: { $0 > e }) {
                mapped[e] = mapped[below]! - (below - e)
            }
        }
        // Contents that put `3.2.1` beside `3.1` only echo an outline level; the numbers say more.
        var highestRank: [Int: Int] = [:], lowestSectionRank: [Int: Int] = [:]
        for i in headings {
            guard let e = explicitLevel(items[i]), let order = items[i].labelRank?.order else { continue }
            highestRank[e] = min(highestRank[e] ?? order, order)
            if order < LabelRank.article.order { lowestSectionRank[e] = max(lowestSectionRank[e] ?? order, order) }
        }
        for (e1, l1) in mapped {
            for (e2, l2) in mapped where e1 < e2 && l1 == l2 {
                if let a = highestRank[e1], let b = lowestSectionRank[e2], b > a { return [:] }
            }
        }
        return mapped
    }
}
