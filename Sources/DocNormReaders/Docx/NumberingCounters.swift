import DocNormModel

/// Counters while the document is read in order. Instances of one abstract definition share
/// counters, as in Word; an instance with a start override restarts them the first time it is used.
struct NumberingCounters {
    private var counters: [Int: [Int: Int]] = [:]
    private var startedInstances: Set<Int> = []

    /// The label Word shows for the next paragraph of list `numID` at level `ilvl`, the level's
    /// format, and where the level sets its text; nil when the list or level is not defined.
    mutating func next(numID: Int, ilvl: Int, numbering: NumberingPart, styles: StylesPart)
        -> (text: String, format: String, separated: Bool, leftIndent: Int?)? {
        guard numID != 0, let instance = numbering.instances[numID],
              let abstractID = numbering.abstractID(for: numID, styles: styles),
              let abstract = numbering.abstracts[abstractID] else { return nil }
        func levelDef(_ l: Int) -> NumberingPart.Level? { instance.levelOverrides[l] ?? abstract.levels[l] }
        guard let level = levelDef(ilvl) else { return nil }
        var levels = counters[abstractID] ?? [:]
        if startedInstances.insert(numID).inserted, let top = instance.startOverrides.keys.min() {
            for l in levels.keys where l > top { levels[l] = nil }
            for (l, start) in instance.startOverrides { levels[l] = start - 1 }
        }
        levels[ilvl] = (levels[ilvl] ?? (level.start - 1)) + 1
        // A level used before the levels above it have been: Word takes those it shows as used
        // once, at their start, so the next paragraph of a higher level counts on from there
        // (the 1.1 1.2 of a list that starts at its second level are followed by 2., not 1.).
        // A level its text does not show stays unused: a thesis's table caption `表%1-%5` before
        // the chapter's first figure `图%1-%4` leaves that figure 图1-1, as Word's own list of
        // figures says (SEUThesis).
        for higher in 0..<ilvl where levels[higher] == nil && level.text.contains("%\(higher + 1)") {
            levels[higher] = levelDef(higher)?.start ?? 1
        }
        // Deeper levels restart when a higher level is used, unless w:lvlRestart says otherwise
        // (0: never; r: only when level r or a higher one is used).
        for deeper in levels.keys where deeper > ilvl {
            let restarts: Bool
            switch levelDef(deeper)?.restart {
            case nil: restarts = true
            case 0?: restarts = false
            case let r?: restarts = r - 1 >= deeper || ilvl <= r - 1
            }
            if restarts { levels[deeper] = nil }
        }
        counters[abstractID] = levels
        if level.format == "bullet" {
            return (level.picture ? "•" : SymbolFonts.bullet(level.text, font: level.font), "bullet", level.separated, level.leftIndent)
        }
        var text = ""
        var chars = level.text.makeIterator()
        while let c = chars.next() {
            guard c == "%" else { text.append(c); continue }
            guard let d = chars.next(), let k = d.wholeNumberValue, (1...9).contains(k) else { continue }
            let l = k - 1
            let value = levels[l] ?? levelDef(l)?.start ?? 1
            let format = level.isLegal ? "decimal" : (levelDef(l)?.format ?? "decimal")
            text += NumberFormats.render(value, format: format)
        }
        return (text, level.format, level.separated, level.leftIndent)
    }
}
