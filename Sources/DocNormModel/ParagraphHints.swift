/// What a source format says about a paragraph before any guessing.
/// Plain text has none of these; a .docx may have all.
public struct ParagraphHints: Sendable, Equatable {
    /// Level from a heading style (`heading 1` → 1), whatever its styleId.
    public var styleHeadingLevel: Int?
    /// `w:outlineLvl` + 1, from the paragraph or its style.
    public var outlineLevel: Int?
    /// The paragraph is in the `Title` style.
    public var isTitle: Bool
    /// The paragraph is in the `Subtitle` style.
    public var isSubtitle: Bool
    /// The label came from automatic numbering (not typed in the text).
    public var automaticNumbering: AutomaticNumbering?
    /// The whole paragraph is bold (a typed heading often is).
    public var isBold: Bool
    /// The paragraph is a list paragraph (`ListParagraph` style or numbering).
    public var isListParagraph: Bool
    /// Preformatted text (code style).
    public var isPreformatted: Bool
    /// Inside a block quote (`Quote` style).
    public var isQuote: Bool

    public init(styleHeadingLevel: Int? = nil, outlineLevel: Int? = nil, isTitle: Bool = false,
                isSubtitle: Bool = false, automaticNumbering: AutomaticNumbering? = nil, isBold: Bool = false,
                isListParagraph: Bool = false, isPreformatted: Bool = false, isQuote: Bool = false) {
        self.styleHeadingLevel = styleHeadingLevel
        self.outlineLevel = outlineLevel
        self.isTitle = isTitle
        self.isSubtitle = isSubtitle
        self.automaticNumbering = automaticNumbering
        self.isBold = isBold
        self.isListParagraph = isListParagraph
        self.isPreformatted = isPreformatted
        self.isQuote = isQuote
    }
}

/// A label rendered from Word's automatic numbering.
public struct AutomaticNumbering: Sendable, Equatable {
    /// The list instance (`w:numId`).
    public var listID: Int
    /// The list level (`w:ilvl`), 0-based.
    public var level: Int
    /// The label as Word displays it (`一、`, `（1）`, `•`).
    public var text: String
    /// The `w:numFmt` of the level (`decimal`, `chineseCounting`, `bullet`, …).
    public var format: String

    public init(listID: Int, level: Int, text: String, format: String) {
        self.listID = listID
        self.level = level
        self.text = text
        self.format = format
    }

    public var isBullet: Bool { format == "bullet" }
}
