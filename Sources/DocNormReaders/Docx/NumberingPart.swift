import DocNormModel

/// `word/numbering.xml`: list definitions (`w:abstractNum`), list instances (`w:num`) with
/// their overrides, and the counters Word keeps while it numbers a document.
struct NumberingPart: Sendable {
    /// The largest start value Word accepts (its dialog stops there too).
    static let maxStart = 32767
    struct Level: Sendable {
        var start = 1
        var format = "decimal"
        var text = "%1."
        /// 1-based level after which this level restarts; 0 = never; nil = after any higher level.
        var restart: Int?
        var isLegal = false
        var paragraphStyle: String?
        /// `w:suff`: a tab (Word's default) or a space after the number; false for nothing.
        var separated = true
    }

    struct Abstract: Sendable {
        var levels: [Int: Level] = [:]
        var numStyleLink: String?
        var styleLink: String?
    }

    struct Instance: Sendable {
        var abstractID: Int
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: Level] = [:]
    }

    var abstracts: [Int: Abstract] = [:]
    var instances: [Int: Instance] = [:]
    /// Numbers out of range, clamped.
    var warnings: [Warning] = []

    init() {}

    init(_ root: XMLElement) {
        for e in root.elements { add(e) }
    }

    /// Adds a child of `w:numbering` (numbering.xml is read child by child).
    mutating func add(_ e: XMLElement) {
        switch e.name {
        case "w:abstractNum":
            guard let id = e.attribute("w:abstractNumId").flatMap({ Int($0) }) else { return }
            var abstract = Abstract()
            abstract.numStyleLink = e.value(of: "w:numStyleLink")
            abstract.styleLink = e.value(of: "w:styleLink")
            for (k, l) in e.all("w:lvl").enumerated() {
                // Some files leave out w:ilvl; their position is the level. Word has levels 0…8 only.
                let ilvl = l.attribute("w:ilvl").flatMap { Int($0) } ?? k
                guard Self.levels.contains(ilvl) else { continue }
                abstract.levels[ilvl] = level(l)
            }
            abstracts[id] = abstract
        case "w:num":
            guard let id = e.attribute("w:numId").flatMap({ Int($0) }),
                  let abstractID = e.value(of: "w:abstractNumId").flatMap({ Int($0) }) else { return }
            var instance = Instance(abstractID: abstractID)
            for o in e.all("w:lvlOverride") {
                guard let ilvl = o.attribute("w:ilvl").flatMap({ Int($0) }), Self.levels.contains(ilvl) else { continue }
                if let s = start(o, "w:startOverride") { instance.startOverrides[ilvl] = s }
                if let l = o.first("w:lvl") {
                    instance.levelOverrides[ilvl] = level(l)
                    if instance.startOverrides[ilvl] == nil, let s = start(l, "w:start") {
                        instance.startOverrides[ilvl] = s
                    }
                }
            }
            instances[id] = instance
        default:
            return
        }
    }

    /// Word's list levels.
    static let levels = 0...8

    /// A start value (`w:start`, `w:startOverride`) of `e`, held to 0…maxStart: counters and
    /// labels then stay small whatever the file says.
    mutating func start(_ e: XMLElement, _ name: String) -> Int? {
        let text = e.value(of: name)
        guard let n = DocxNumber(text, in: 0...Self.maxStart) else { return nil }
        if n.clamped { warnings.append(DocxNumber.warning("numbering.xml: \(name)", text, n.value)) }
        return n.value
    }

    mutating func level(_ l: XMLElement) -> Level {
        var level = Level()
        if let s = start(l, "w:start") { level.start = s }
        if let f = l.value(of: "w:numFmt") { level.format = f }
        // Strict and newer files put the format in w:numFmt/@w:format when w:val is "custom".
        if level.format == "custom", let f = l.first("w:numFmt")?.attribute("w:format") { level.format = f }
        if let t = l.first("w:lvlText") { level.text = t.attribute("w:val") ?? "" }
        let restart = l.value(of: "w:lvlRestart")
        if let r = DocxNumber(restart, in: 0...(Self.levels.upperBound + 1)) {
            level.restart = r.value
            if r.clamped { warnings.append(DocxNumber.warning("numbering.xml: w:lvlRestart", restart, r.value)) }
        }
        if let legal = l.first("w:isLgl") { level.isLegal = DocxRun.toggle(legal) ?? true }
        level.paragraphStyle = l.value(of: "w:pStyle")
        level.separated = l.value(of: "w:suff") != "nothing"
        return level
    }

    /// The abstract definition a list instance uses, following `w:numStyleLink` through the
    /// numbering style to the definition that carries the levels.
    func abstractID(for numID: Int, styles: StylesPart) -> Int? {
        guard var id = instances[numID]?.abstractID else { return nil }
        var hops = 0
        while let a = abstracts[id], a.levels.isEmpty || a.numStyleLink != nil, let link = a.numStyleLink, hops < 8 {
            guard let styleNum = styles.chain(link).lazy.compactMap(\.numID).first,
                  let next = instances[styleNum]?.abstractID, next != id else { break }
            id = next
            hops += 1
        }
        return id
    }

    /// The level of an abstract definition linked to a paragraph style (`w:lvl/w:pStyle`).
    func level(linkedTo styleID: String, abstractID: Int) -> Int? {
        abstracts[abstractID]?.levels.first { $0.value.paragraphStyle == styleID }?.key
    }
}

/// Counters while the document is read in order. Instances of one abstract definition share
/// counters, as in Word; an instance with a start override restarts them the first time it is used.
struct NumberingCounters {
    private var counters: [Int: [Int: Int]] = [:]
    private var startedInstances: Set<Int> = []

    /// The label Word shows for the next paragraph of list `numID` at level `ilvl`, and the
    /// level's format; nil when the list or level is not defined.
    mutating func next(numID: Int, ilvl: Int, numbering: NumberingPart, styles: StylesPart) -> (text: String, format: String, separated: Bool)? {
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
        // A level used before the levels above it have been: Word takes those as used once,
        // at their start, so the next paragraph of a higher level counts on from there (the
        // 1.1 1.2 of a list that starts at its second level are followed by 2., not 1.).
        for higher in 0..<ilvl where levels[higher] == nil { levels[higher] = levelDef(higher)?.start ?? 1 }
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
            return (NumberFormats.bulletText(level.text), "bullet", level.separated)
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
        return (text, level.format, level.separated)
    }
}
