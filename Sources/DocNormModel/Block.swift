/// Block-level content.
public indirect enum Block: Sendable, Equatable {
    /// A heading, with its level and label.
    case heading(Heading)
    /// A paragraph of body text.
    case paragraph(Paragraph)
    /// A bulleted or numbered list.
    case list(ListBlock)
    /// A table.
    case table(Table)
    /// Quoted blocks (a `Quote` style, `>` in Markdown, `<blockquote>`).
    case blockQuote([Block])
    /// A horizontal rule between parts of the text.
    case thematicBreak
}

/// A heading: its level in the outline, its numbering label and its text.
public struct Heading: Sendable, Equatable {
    /// The heading level, starting at 1 (the title).
    public var level: Int {
        didSet { precondition(level >= 1 && level <= 6, "heading level must be 1...6") }
    }
    /// The numbering label, shown before the content unless stripped.
    public var label: NumberingLabel?
    /// The heading text without its label.
    public var content: [Inline]
    /// Where the heading stands in the source, for messages.
    public var position: SourcePosition?
    /// The id a link to this heading uses (set where a kept table of contents points here);
    /// the same as GitHub derives from the heading's text, so Markdown links work there too.
    public var anchor: String?
    /// The bookmarks of the paragraph it was made from (`ParagraphHints.bookmarks`): internal
    /// links to them lead here.
    public var bookmarks: [String] = []

    /// A heading at `level` (1...6).
    public init(level: Int, label: NumberingLabel? = nil, content: [Inline], position: SourcePosition? = nil) {
        precondition(level >= 1 && level <= 6, "heading level must be 1...6")
        self.level = level
        self.label = label
        self.content = content
        self.position = position
    }
}

/// A paragraph of body text, with any label found at its start.
public struct Paragraph: Sendable, Equatable {
    /// A numbering label found at the start (kept apart from the content until the rules place it).
    @inlinable public var label: NumberingLabel? {
        get { storedLabel?.value }
        set { storedLabel = newValue.map(Box.init) }
    }
    // Most paragraphs have no label: one pointer instead of the label's hundred-odd bytes.
    // Read inline by the rules: a read of the rank or number alone copies no strings.
    @usableFromInline var storedLabel: Box<NumberingLabel>?
    /// The paragraph's text and formatting, without the label.
    public var content: [Inline]
    /// Where the paragraph stands in the source, for messages.
    public var position: SourcePosition?
    /// What the source said about this paragraph's role (styles, outline levels, automatic numbering).
    public var hints: ParagraphHints

    /// A paragraph; `hints` carry what a source format says about its role, for the rules.
    public init(label: NumberingLabel? = nil, content: [Inline], position: SourcePosition? = nil,
                hints: ParagraphHints = ParagraphHints()) {
        self.storedLabel = label.map(Box.init)
        self.content = content
        self.position = position
        self.hints = hints
    }

    /// The plain text of the content (without the label).
    public var text: String { content.plainText }

    /// The label's rank, read in place: no copy of the label's strings.
    @inlinable public var labelRank: LabelRank? { storedLabel?.value.rank }
    /// The label's number, read in place.
    @inlinable public var labelNumber: Int? { storedLabel?.value.number }
    /// Whether the paragraph has a label.
    @inlinable public var hasLabel: Bool { storedLabel != nil }
}

/// A list whose items may hold nested lists.
public struct ListBlock: Sendable, Equatable {
    /// Numbered (true) or bulleted.
    public var ordered: Bool
    /// The items, in order.
    public var items: [ListItem]

    /// A list of `items`.
    public init(ordered: Bool, items: [ListItem]) {
        self.ordered = ordered
        self.items = items
    }
}

/// One item of a list.
public struct ListItem: Sendable, Equatable {
    /// The item's number or bullet as found, if any.
    public var label: NumberingLabel?
    /// The item's own text, then any nested blocks (sub-lists).
    public var blocks: [Block]
    /// Where the item stands in the source, for messages.
    public var position: SourcePosition?

    /// An item holding `blocks`.
    public init(label: NumberingLabel? = nil, blocks: [Block], position: SourcePosition? = nil) {
        self.label = label
        self.blocks = blocks
        self.position = position
    }
}

/// A table: rows of cells, some marked as header rows.
public struct Table: Sendable, Equatable {
    /// The rows, top to bottom.
    public var rows: [TableRow]
    /// Where the table stands in the source, for messages.
    public var position: SourcePosition?

    /// A table of `rows`.
    public init(rows: [TableRow], position: SourcePosition? = nil) {
        self.rows = rows
        self.position = position
    }
}

/// One row of a table.
public struct TableRow: Sendable, Equatable {
    /// The row's cells, left to right (cells covered by a span are left out).
    public var cells: [TableCell]
    /// A header row (the table's head in Markdown and HTML; repeated when chunks split the table).
    public var isHeader: Bool

    /// A row of `cells`.
    public init(cells: [TableCell], isHeader: Bool = false) {
        self.cells = cells
        self.isHeader = isHeader
    }
}

/// A cell. Cells covered by another cell's span are not stored.
public struct TableCell: Sendable, Equatable {
    /// The cell's content.
    public var blocks: [Block]
    /// How many columns the cell covers (1 for an ordinary cell).
    public var columnSpan: Int
    /// How many rows the cell covers (1 for an ordinary cell).
    public var rowSpan: Int

    /// A cell holding `blocks`, spanning the given columns and rows.
    public init(blocks: [Block], columnSpan: Int = 1, rowSpan: Int = 1) {
        self.blocks = blocks
        self.columnSpan = columnSpan
        self.rowSpan = rowSpan
    }
}
