import DocNormModel

/// The document while the rules work on it: a flat list of items, each a block with the
/// role the rules have given it so far. `AssembleBlocks` turns it back into a `Document`.
package struct Workspace: Sendable {
    package var metadata: Metadata
    package var notes: [Note]
    package var warnings: [Warning]
    package var items: [Item]
    package var media: [MediaFile]
    /// Set by the last rule.
    package var blocks: [Block]

    package init(document: consuming Document) {
        metadata = document.metadata
        notes = document.notes
        warnings = document.warnings
        items = document.blocks.map { Item(block: $0) }
        media = document.media
        blocks = []
    }

    package var document: Document {
        Document(metadata: metadata, blocks: blocks, notes: notes, warnings: warnings, media: media)
    }

    package mutating func warn(_ code: String, _ message: String, at position: SourcePosition?, severity: Warning.Severity = .warning,
                              found: String? = nil, expected: String? = nil) {
        warnings.append(Warning(code: code, message: message, severity: severity, position: position, found: found, expected: expected))
    }
}

package struct Item: Sendable {
    package enum Role: String, Sendable {
        case body, title, subtitle, heading, runInHeading, listItem, article, enumeration, tableOfContents
    }

    package var block: Block
    package var role: Role = .body
    /// Heading level, once known.
    package var level: Int?
    /// The item whose label is this item's parent in the label tree.
    package var parent: Int?
    /// The document's own table of contents lists this paragraph, or it is in a style of the
    /// author's own whose paragraphs the contents list: it is a heading.
    package var listedInContents = false
    /// A heading's description in the heading's own style (its number switched off): body
    /// text, though Word's contents list it by that style.
    package var describesHeadingAbove = false

    package init(block: Block) {
        self.block = block
    }

    /// The paragraph, when this item is one.
    package var paragraph: Paragraph? {
        get { if case .paragraph(let p) = block { return p } else { return nil } }
        set { if let newValue { block = .paragraph(newValue) } }
    }

    package var label: NumberingLabel? { if case .paragraph(let p) = block { p.label } else { nil } }

    // Read in place, as the rules read them for every item: no copy of the paragraph.
    package var hints: ParagraphHints? { if case .paragraph(let p) = block { p.hints } else { nil } }
    package var labelRank: LabelRank? { if case .paragraph(let p) = block { p.labelRank } else { nil } }
    package var labelNumber: Int? { if case .paragraph(let p) = block { p.labelNumber } else { nil } }
    package var hasLabel: Bool { if case .paragraph(let p) = block { p.hasLabel } else { false } }
}
