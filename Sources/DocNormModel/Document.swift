/// A converted document: the one model every reader produces and every writer reads.
public struct Document: Sendable, Equatable {
    public var metadata: Metadata
    public var blocks: [Block]
    /// Footnotes and endnotes, referenced from `Inline.noteReference`.
    public var notes: [Note]
    public var warnings: [Warning]
    /// Files the document embeds (images) that were asked to be extracted: name → bytes.
    /// Image inlines refer to them by path.
    public var media: [MediaFile]

    public init(metadata: Metadata = Metadata(), blocks: [Block] = [], notes: [Note] = [], warnings: [Warning] = [],
                media: [MediaFile] = []) {
        self.metadata = metadata
        self.blocks = blocks
        self.notes = notes
        self.warnings = warnings
        self.media = media
    }

    /// The title as plain text, if the document has one.
    public var title: String? { metadata.title }
}

public struct Note: Sendable, Equatable {
    public enum Kind: String, Sendable { case footnote, endnote, comment }
    public var id: String
    public var kind: Kind
    public var blocks: [Block]

    public init(id: String, kind: Kind = .footnote, blocks: [Block]) {
        self.id = id
        self.kind = kind
        self.blocks = blocks
    }
}

/// An embedded file to be written beside the outputs.
public struct MediaFile: Sendable, Equatable {
    /// The path image inlines use for it.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
