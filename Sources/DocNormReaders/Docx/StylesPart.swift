/// `word/styles.xml`: what each paragraph and character style means, with `w:basedOn`
/// inheritance resolved. Headings are found by style *name* (`heading 1`, `标题 1`),
/// whatever the styleId (Chinese Word stores `heading 1` as styleId `1`).
struct StylesPart: Sendable {
    struct Style: Sendable {
        var id: String
        var name: String
        var type: String
        var basedOn: String?
        var outlineLevel: Int?
        var numID: Int?
        var numLevel: Int?
        var bold: Bool?
        var italic: Bool?
        /// Font size in half-points, and centred alignment, when the style sets them.
        var size: Int?
        var centered: Bool?
        var pageBreakBefore: Bool?
        /// The left indent its paragraphs' text stands at, in twips.
        var leftIndent: Int?
    }

    /// What a paragraph style gives a paragraph, after inheritance.
    struct Resolved: Sendable {
        var headingLevel: Int?
        var outlineLevel: Int?
        var isTitle = false
        var isSubtitle = false
        var isQuote = false
        var isListParagraph = false
        var isPreformatted = false
        /// `toc 1`…`toc 9`, `TOC Heading`, `table of figures`: lines of a table of contents.
        var isTableOfContents = false
        /// N of `toc N`.
        var contentsLevel: Int?
        /// Author, Date, Abstract: document metadata lines, never headings.
        var metadataLine: String?
        var numID: Int?
        var numLevel: Int?
        var bold = false
        var italic = false
        var size: Int?
        var centered = false
        var leftIndent: Int?
        /// `w:pageBreakBefore`: the paragraph starts a page.
        var pageBreakBefore = false
    }

    var styles: [String: Style] = [:]
    var defaultParagraphStyle: String?
    /// The document's default font size (docDefaults), in half-points.
    var defaultSize: Int?

    init() {}

    init(_ root: XMLElement) {
        for s in root.elements { add(s) }
    }

    /// Adds a child of `w:styles` (styles.xml is read child by child).
    mutating func add(_ s: XMLElement) {
        if s.name == "w:docDefaults" {
            defaultSize = s.first("w:rPrDefault")?.first("w:rPr")?.value(of: "w:sz").flatMap { Int($0) }.map { min(max($0, 1), 3200) }
        }
        if s.name == "w:style", let id = s.attribute("w:styleId") {
            let ppr = s.first("w:pPr")
            let rpr = s.first("w:rPr")
            let numPr = ppr?.first("w:numPr")
            var style = Style(id: id, name: s.value(of: "w:name") ?? id, type: s.attribute("w:type") ?? "paragraph",
                              basedOn: s.value(of: "w:basedOn"))
            style.outlineLevel = ppr?.value(of: "w:outlineLvl").flatMap { Int($0) }
            style.numID = numPr?.value(of: "w:numId").flatMap { Int($0) }
            style.numLevel = numPr?.value(of: "w:ilvl").flatMap { Int($0) }
            style.bold = rpr.flatMap { DocxRun.toggle($0.first("w:b")) }
            style.italic = rpr.flatMap { DocxRun.toggle($0.first("w:i")) }
            style.size = rpr?.value(of: "w:sz").flatMap { Int($0) }.map { min(max($0, 1), 3200) }
            style.centered = ppr?.value(of: "w:jc").map { $0 == "center" }
            style.leftIndent = Self.leftIndent(ppr?.first("w:ind"))
            style.pageBreakBefore = DocxRun.toggle(ppr?.first("w:pageBreakBefore"))
            styles[id] = style
            if style.type == "paragraph", DocxRun.isOn(s.attribute("w:default")) { defaultParagraphStyle = id }
        }
    }

    /// A `w:ind`'s left indent in twips: `w:leftChars` (hundredths of a character, about 210
    /// twips for a 五号 character) where it is set, else `w:left` or `w:start`. Clamped, so a
    /// number from a file never traps.
    static func leftIndent(_ ind: XMLElement?) -> Int? {
        guard let ind else { return nil }
        if let chars = ind.attribute("w:leftChars").flatMap({ Int($0) }), chars != 0 {
            return max(-31_680, min(31_680, chars)) * 21 / 10
        }
        guard let left = (ind.attribute("w:left") ?? ind.attribute("w:start")).flatMap({ Int($0) }) else { return nil }
        return max(-31_680, min(31_680, left))
    }

    /// The chain of styles from `id` up through `w:basedOn` (cycles cut).
    func chain(_ id: String?) -> [Style] {
        var out: [Style] = []
        var seen = Set<String>()
        var next = id
        while let current = next, let style = styles[current], seen.insert(current).inserted, out.count < 32 {
            out.append(style)
            next = style.basedOn
        }
        return out
    }

    func resolve(paragraphStyle id: String?) -> Resolved {
        var r = Resolved()
        let chain = self.chain(id ?? defaultParagraphStyle)
        if let first = chain.first, ["author", "date", "abstract", "作者", "日期", "摘要"].contains(Self.normalizedName(first.name)) {
            r.metadataLine = Self.normalizedName(first.name)
        }
        for style in chain {
            let name = Self.normalizedName(style.name)
            if r.headingLevel == nil, let level = Self.headingLevel(name) { r.headingLevel = level }
            if r.outlineLevel == nil, let o = style.outlineLevel { r.outlineLevel = o }
            // A style may set only the level and take the list from the style it is based on:
            // the nearer level wins.
            if r.numID == nil, let n = style.numID { r.numID = n; if r.numLevel == nil { r.numLevel = style.numLevel } }
            if r.numLevel == nil, let l = style.numLevel { r.numLevel = l }
            if name == "title" || name == "标题" { r.isTitle = true }
            if name == "subtitle" || name == "副标题" { r.isSubtitle = true }
            if ["quote", "intense quote", "block text", "引用", "明显引用"].contains(name) { r.isQuote = true }
            if name == "list paragraph" || name == "列表段落" || name == "列出段落" { r.isListParagraph = true }
            // Not "Plain Text" (纯文本): Chinese reports set whole bodies in it.
            if ["source code", "html preformatted", "code"].contains(name) { r.isPreformatted = true }
        }
        if let first = chain.first, Self.isTableOfContents(Self.normalizedName(first.name)) {
            r.isTableOfContents = true
            r.contentsLevel = Self.contentsLevel(Self.normalizedName(first.name))
        }
        // A TOC Heading is based on Heading 1, but it heads the contents, not a section.
        if r.metadataLine != nil || r.isTableOfContents {
            r.headingLevel = nil
            r.outlineLevel = nil
        }
        // The nearest style that says something about bold or italic decides.
        r.bold = chain.lazy.compactMap(\.bold).first ?? false
        r.italic = chain.lazy.compactMap(\.italic).first ?? false
        r.size = chain.lazy.compactMap(\.size).first ?? defaultSize
        r.centered = chain.lazy.compactMap(\.centered).first ?? false
        r.leftIndent = chain.lazy.compactMap(\.leftIndent).first
        r.pageBreakBefore = chain.lazy.compactMap(\.pageBreakBefore).first ?? false
        return r
    }

    /// Bold and italic a character style gives its runs.
    func characterFormatting(_ id: String?) -> (bold: Bool?, italic: Bool?) {
        let chain = self.chain(id)
        return (chain.lazy.compactMap(\.bold).first, chain.lazy.compactMap(\.italic).first)
    }

    static func normalizedName(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).joined(separator: " ")
    }

    /// `toc 1`, `TOC Heading`, `table of figures`, `目录 1`.
    static func isTableOfContents(_ name: String) -> Bool {
        if name == "toc heading" || name == "table of figures" || name == "目录标题" || name == "图表目录" { return true }
        for prefix in ["toc", "目录"] where name.hasPrefix(prefix) {
            let rest = String(name.dropFirst(prefix.count)).trimmingCharacters(in: " ")
            if let n = Int(rest), (1...9).contains(n) { return true }
        }
        return false
    }

    /// `toc 2`, `目录 2` → 2.
    static func contentsLevel(_ name: String) -> Int? {
        for prefix in ["toc", "目录"] where name.hasPrefix(prefix) {
            if let n = Int(String(name.dropFirst(prefix.count)).trimmingCharacters(in: " ")), (1...9).contains(n) { return n }
        }
        return nil
    }

    /// `heading 2`, `Heading2`, `标题 2`, `标题2`, `标题2级` → 2.
    static func headingLevel(_ name: String) -> Int? {
        for prefix in ["heading", "标题", "titre", "überschrift", "encabezado", "título", "заголовок"] where name.hasPrefix(prefix) {
            var rest = String(name.dropFirst(prefix.count)).trimmingCharacters(in: " ")
            // WPS and templates name them 标题2级 / 标题 3 级.
            if prefix == "标题", rest.hasSuffix("级") { rest = String(rest.dropLast()).trimmingCharacters(in: " ") }
            if let n = Int(rest), (1...9).contains(n) { return n }
        }
        return nil
    }
}
