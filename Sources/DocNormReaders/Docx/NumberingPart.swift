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
        /// The font of the label (`w:rPr/w:rFonts`): a bullet in a symbol font is that font's character.
        var font: String?
        /// A picture bullet (`w:lvlPicBulletId`): its text is only a fallback, shown as •.
        var picture = false
        /// The left indent of the level's paragraphs (`w:pPr/w:ind`), in twips.
        var leftIndent: Int?
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
                // A level redefined here changes how the number looks, not where it counts from:
                // Word and LibreOffice go on with the shared count (POI's ListFormatOverride test
                // shows 1, B, C, 4 across two instances); only w:startOverride restarts.
                if let l = o.first("w:lvl") { instance.levelOverrides[ilvl] = level(l) }
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
        let fonts = l.first("w:rPr")?.first("w:rFonts")
        level.font = fonts?.attribute("w:ascii") ?? fonts?.attribute("w:hAnsi")
        level.picture = l.first("w:lvlPicBulletId") != nil
        level.leftIndent = StylesPart.leftIndent(l.first("w:pPr")?.first("w:ind"))
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
