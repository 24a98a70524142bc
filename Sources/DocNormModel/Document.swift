/// A converted document: the one model every reader produces and every writer reads.
public struct Document: Sendable, Equatable {
    public var metadata: Metadata
    public var blocks: [Block]
    /// Footnotes and endnotes, referenced from `Inline.noteReference`.
    public var notes: [Note]
    public var warnings: [Warning]

    public init(metadata: Metadata = Metadata(), blocks: [Block] = [], notes: [Note] = [], warnings: [Warning] = []) {
        self.metadata = metadata
        self.blocks = blocks
        self.notes = notes
        self.warnings = warnings
    }

    /// The title as plain text, if the document has one.
    public var title: String? { metadata.title }
}

public struct Note: Sendable, Equatable {
    public enum Kind: String, Sendable { case footnote, endnote }
    public var id: String
    public var kind: Kind
    public var blocks: [Block]

    public init(id: String, kind: Kind = .footnote, blocks: [Block]) {
        self.id = id
        self.kind = kind
        self.blocks = blocks
    }
}
