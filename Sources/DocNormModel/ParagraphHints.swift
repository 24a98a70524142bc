/// What a source format says about a paragraph before any guessing.
/// Plain text has none of these; a .docx may have all.
///
/// Stored compactly (flag bits, two small levels, a reference for the rarely present
/// numbering and bookmarks): a document of a million paragraphs carries a million of these.
public struct ParagraphHints: Sendable, Equatable {
    private var flags: UInt16 = 0
    private var heading: Int8 = -1
    private var outline: Int8 = -1
    private var size: Int16 = -1
    private var contents: Int8 = -1
    private var lead: Int16 = -1
    private var style: Int16 = -1
    private var indent: Int16 = .min
    // The rarely present fields, behind one pointer: nil for most paragraphs.
    private var rare: Box<Rare>?
    struct Rare: Sendable, Equatable {
        var numbering: AutomaticNumbering?
        var bookmarks: [String] = []
        var isEmpty: Bool { numbering == nil && bookmarks.isEmpty }
    }
    private mutating func setRare(_ change: (inout Rare) -> Void) {
        var r = rare?.value ?? Rare()
        change(&r)
        rare = r.isEmpty ? nil : Box(r)
    }

    /// Level from a heading style (`heading 1` → 1), whatever its styleId.
    public var styleHeadingLevel: Int? {
        get { heading < 0 ? nil : Int(heading) }
        set { heading = newValue.map { Int8(clamping: $0) } ?? -1 }
    }
    /// `w:outlineLvl` + 1, from the paragraph or its style.
    public var outlineLevel: Int? {
        get { outline < 0 ? nil : Int(outline) }
        set { outline = newValue.map { Int8(clamping: $0) } ?? -1 }
    }
    /// The label came from automatic numbering (not typed in the text).
    public var automaticNumbering: AutomaticNumbering? {
        get { rare?.value.numbering }
        set { if newValue != nil || rare != nil { setRare { $0.numbering = newValue } } }
    }
    /// The names of the bookmarks that start in the paragraph (`w:bookmarkStart`): where an
    /// internal link (`#name`) goes. After assembly only the names some link points to remain.
    public var bookmarks: [String] {
        get { rare?.value.bookmarks ?? [] }
        set { if !newValue.isEmpty || rare != nil { setRare { $0.bookmarks = newValue } } }
    }
    /// Whether any bookmark starts in the paragraph, without reading their names.
    public var hasBookmarks: Bool {
        rare.map { !$0.value.bookmarks.isEmpty } ?? false
    }
    /// The paragraph is in the `Title` style.
    public var isTitle: Bool { get { flag(0) } set { set(0, newValue) } }
    /// The paragraph is in the `Subtitle` style.
    public var isSubtitle: Bool { get { flag(1) } set { set(1, newValue) } }
    /// The whole paragraph is bold (a typed heading often is).
    public var isBold: Bool { get { flag(2) } set { set(2, newValue) } }
    /// The paragraph is a list paragraph (`List Paragraph` style).
    public var isListParagraph: Bool { get { flag(3) } set { set(3, newValue) } }
    /// Preformatted text (code style).
    public var isPreformatted: Bool { get { flag(4) } set { set(4, newValue) } }
    /// Inside a block quote (`Quote` style).
    public var isQuote: Bool { get { flag(5) } set { set(5, newValue) } }
    /// The paragraph is centred.
    public var isCentered: Bool { get { flag(7) } set { set(7, newValue) } }
    /// The largest font size of its text, in half-points (Word's unit: 32 is 16 pt).
    public var fontSize: Int? {
        get { size < 0 ? nil : Int(size) }
        set { size = newValue.map { Int16(clamping: $0) } ?? -1 }
    }
    /// A line of a table of contents (a TOC field or content control, a `toc N` style, a
    /// link to a `_Toc` bookmark): never a heading, a title or a counted label.
    public var isTableOfContents: Bool { get { flag(6) } set { set(6, newValue) } }
    /// The level of a table-of-contents line (`toc 2` → 2): the level Word's own contents
    /// give the heading it lists.
    public var contentsLevel: Int? {
        get { contents < 0 ? nil : Int(contents) }
        set { contents = newValue.map { Int8(clamping: $0) } ?? -1 }
    }

    /// How many characters (white space left out) at the start of the paragraph share the first
    /// run's look (bold, font, size) while most of the rest is in another look: a lead set apart.
    public var setApartLeadLength: Int? {
        get { lead < 0 ? nil : Int(lead) }
        set { lead = newValue.map { Int16(clamping: $0) } ?? -1 }
    }

    /// The paragraph's own style (`w:pStyle`), numbered in the order a document's paragraphs
    /// first use them: paragraphs of one document with the same number share a style. Nil for
    /// the default style and in plain text.
    public var styleNumber: Int? {
        get { style < 0 ? nil : Int(style) }
        set { style = newValue.map { Int16(clamping: $0) } ?? -1 }
    }

    /// Where a Word list item's text stands from the left margin, in twips (its own `w:ind`,
    /// its list level's or its style's): what nests one item under another as Word shows them.
    /// Nil outside Word's lists and in plain text.
    public var leftIndent: Int? {
        get { indent == .min ? nil : Int(indent) }
        set { indent = newValue.map { Int16(clamping: max($0, -32_000)) } ?? .min }
    }

    /// The paragraph is the first on its page: after a page break, a section break that
    /// starts a new page, `pageBreakBefore`, or in text a page-number line.
    public var startsPage: Bool { get { flag(8) } set { set(8, newValue) } }

    /// The paragraph's style numbers its paragraphs and the paragraph switches that off
    /// (`w:numId w:val="0"`): the author took the number away from this one.
    public var numberingSwitchedOff: Bool { get { flag(9) } set { set(9, newValue) } }

    private func flag(_ bit: UInt16) -> Bool { flags & (1 << bit) != 0 }
    private mutating func set(_ bit: UInt16, _ on: Bool) { if on { flags |= 1 << bit } else { flags &= ~(1 << bit) } }

    /// Hints for a paragraph built by hand (a reader of your own): what the rules weigh when they find headings.
    public init(styleHeadingLevel: Int? = nil, outlineLevel: Int? = nil, isTitle: Bool = false,
                isSubtitle: Bool = false, automaticNumbering: AutomaticNumbering? = nil, isBold: Bool = false,
                isListParagraph: Bool = false, isPreformatted: Bool = false, isQuote: Bool = false) {
        self.styleHeadingLevel = styleHeadingLevel
        self.outlineLevel = outlineLevel
        self.automaticNumbering = automaticNumbering
        self.isTitle = isTitle
        self.isSubtitle = isSubtitle
        self.isBold = isBold
        self.isListParagraph = isListParagraph
        self.isPreformatted = isPreformatted
        self.isQuote = isQuote
    }
}

/// An immutable value kept behind a reference, so the rare large field of a common value
/// costs one pointer when absent. Inlinable, so that another module reading one field
/// (`paragraph.label?.rank`) borrows the boxed value instead of copying it whole.
@usableFromInline
final class Box<Value: Sendable & Equatable>: Sendable, Equatable {
    @usableFromInline let value: Value
    @usableFromInline init(_ value: Value) { self.value = value }
    @usableFromInline static func == (a: Box, b: Box) -> Bool { a.value == b.value }
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

    /// What follows the number in Word (`w:suff`): a tab or a space (true), or nothing.
    public var separated: Bool

    /// A label Word rendered from list `listID` at `level`.
    public init(listID: Int, level: Int, text: String, format: String, separated: Bool = true) {
        self.listID = listID
        self.level = level
        self.text = text
        self.format = format
        self.separated = separated
    }

    /// The list level is a bullet, not a number.
    public var isBullet: Bool { format == "bullet" }
}
