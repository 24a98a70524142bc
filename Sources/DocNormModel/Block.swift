/// Block-level content.
public indirect enum Block: Sendable, Equatable {
    case heading(Heading)
    case paragraph(Paragraph)
    case list(ListBlock)
    case table(Table)
    case blockQuote([Block])
    case thematicBreak
}

public struct Heading: Sendable, Equatable {
    /// The heading level, starting at 1 (the title).
    public var level: Int {
        didSet { precondition(level >= 1 && level <= 6, "heading level must be 1...6") }
    }
    /// The numbering label, shown before the content unless stripped.
    public var label: NumberingLabel?
    /// The heading text without its label.
    public var content: [Inline]
    public var position: SourcePosition?
    /// The id a link to this heading uses (set where a kept table of contents points here);
    /// the same as GitHub derives from the heading's text, so Markdown links work there too.
    public var anchor: String?

    public init(level: Int, label: NumberingLabel? = nil, content: [Inline], position: SourcePosition? = nil) {
        precondition(level >= 1 && level <= 6, "heading level must be 1...6")
        self.level = level
        self.label = label
        self.content = content
        self.position = position
    }
}

public struct Paragraph: Sendable, Equatable {
    /// A numbering label found at the start (kept apart from the content until the rules place it).
    public var label: NumberingLabel? {
        get { storedLabel?.value }
        set { storedLabel = newValue.map(Box.init) }
    }
    // Most paragraphs have no label: one pointer instead of the label's hundred-odd bytes.
    private var storedLabel: Box<NumberingLabel>?
    public var content: [Inline]
    public var position: SourcePosition?
    /// What the source said about this paragraph's role (styles, outline levels, automatic numbering).
    public var hints: ParagraphHints

    public init(label: NumberingLabel? = nil, content: [Inline], position: SourcePosition? = nil,
                hints: ParagraphHints = ParagraphHints()) {
        self.storedLabel = label.map(Box.init)
        self.content = content
        self.position = position
        self.hints = hints
    }

    /// The plain text of the content (without the label).
    public var text: String { content.plainText }
}

public struct ListBlock: Sendable, Equatable {
    public var ordered: Bool
    public var items: [ListItem]

    public init(ordered: Bool, items: [ListItem]) {
        self.ordered = ordered
        self.items = items
    }
}

public struct ListItem: Sendable, Equatable {
    public var label: NumberingLabel?
    /// The item's own text, then any nested blocks (sub-lists).
    public var blocks: [Block]
    public var position: SourcePosition?

    public init(label: NumberingLabel? = nil, blocks: [Block], position: SourcePosition? = nil) {
        self.label = label
        self.blocks = blocks
        self.position = position
    }
}

public struct Table: Sendable, Equatable {
    public var rows: [TableRow]
    public var position: SourcePosition?

    public init(rows: [TableRow], position: SourcePosition? = nil) {
        self.rows = rows
        self.position = position
    }
}

public struct TableRow: Sendable, Equatable {
    public var cells: [TableCell]
    public var isHeader: Bool

    public init(cells: [TableCell], isHeader: Bool = false) {
        self.cells = cells
        self.isHeader = isHeader
    }
}

/// A cell. Cells covered by another cell's span are not stored.
public struct TableCell: Sendable, Equatable {
    public var blocks: [Block]
    public var columnSpan: Int
    public var rowSpan: Int

    public init(blocks: [Block], columnSpan: Int = 1, rowSpan: Int = 1) {
        self.blocks = blocks
        self.columnSpan = columnSpan
        self.rowSpan = rowSpan
    }
}
