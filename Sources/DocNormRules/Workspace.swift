import DocNormModel

/// The document while the rules work on it: a flat list of items, each a block with the
/// role the rules have given it so far. `AssembleBlocks` turns it back into a `Document`.
public struct Workspace: Sendable {
    public var metadata: Metadata
    public var notes: [Note]
    public var warnings: [Warning]
    public var items: [Item]
    public var media: [MediaFile]
    /// Set by the last rule.
    public var blocks: [Block]

    public init(document: consuming Document) {
        metadata = document.metadata
        notes = document.notes
        warnings = document.warnings
        items = document.blocks.map { Item(block: $0) }
        media = document.media
        blocks = []
    }

    public var document: Document {
        Document(metadata: metadata, blocks: blocks, notes: notes, warnings: warnings, media: media)
    }

    public mutating func warn(_ code: String, _ message: String, at position: SourcePosition?, severity: Warning.Severity = .warning,
                              found: String? = nil, expected: String? = nil) {
        warnings.append(Warning(code: code, message: message, severity: severity, position: position, found: found, expected: expected))
    }
}

public struct Item: Sendable {
    public enum Role: String, Sendable {
        case body, title, subtitle, heading, runInHeading, listItem, article, enumeration, tableOfContents
    }

    public var block: Block
    public var role: Role = .body
    /// Heading level, once known.
    public var level: Int?
    /// The item whose label is this item's parent in the label tree.
    public var parent: Int?
    /// The document's own table of contents lists this paragraph: it is a heading.
    public var listedInContents = false

    public init(block: Block) {
        self.block = block
    }

    /// The paragraph, when this item is one.
    public var paragraph: Paragraph? {
        get { if case .paragraph(let p) = block { return p } else { return nil } }
        set { if let newValue { block = .paragraph(newValue) } }
    }

    public var label: NumberingLabel? { paragraph?.label }
}
