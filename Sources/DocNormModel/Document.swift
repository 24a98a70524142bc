/// A converted document: the one model every reader produces and every writer reads.
public struct Document: Sendable, Equatable {
    /// Title, author, dates, language and where the document came from.
    public var metadata: Metadata
    /// The content, in reading order.
    public var blocks: [Block]
    /// Footnotes and endnotes, referenced from `Inline.noteReference`.
    public var notes: [Note]
    /// What the reader and the rules want the user to know (never fatal).
    public var warnings: [Warning]
    /// Files the document embeds (images) that were asked to be extracted: name → bytes.
    /// Image inlines refer to them by path.
    public var media: [MediaFile]

    /// A document built by hand (a reader of your own); normalize it to have the rules run.
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

/// A footnote, endnote or comment, referenced from the text by its id.
public struct Note: Sendable, Equatable {
    /// Where the note came from.
    public enum Kind: String, Sendable {
        /// A footnote, an endnote or a reviewer's comment.
        case footnote, endnote, comment
    }
    /// The id `Inline.noteReference` uses.
    public var id: String
    /// Footnote, endnote or comment.
    public var kind: Kind
    /// The note's content.
    public var blocks: [Block]
    /// The mark the document shows for it (`3`, `iv`, `*`), where the source says; nil when
    /// the writers number the notes in the order they are referenced.
    public var mark: String?

    /// A note that `Inline.noteReference(id)` refers to.
    public init(id: String, kind: Kind = .footnote, blocks: [Block], mark: String? = nil) {
        self.id = id
        self.kind = kind
        self.blocks = blocks
        self.mark = mark
    }
}

/// An embedded file to be written beside the outputs.
public struct MediaFile: Sendable, Equatable {
    /// The path image inlines use for it.
    public var path: String
    /// The file's content.
    public var bytes: [UInt8]

    /// An embedded file linked as `path`.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
