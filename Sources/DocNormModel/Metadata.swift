/// What is known about a document besides its content.
public struct Metadata: Sendable, Equatable {
    /// The document's title, from its properties, its `Title` paragraph, `<title>` or what the rules find.
    public var title: String?
    /// A subtitle under the title, if the document has one.
    public var subtitle: String?
    /// The author named in the document's properties.
    public var author: String?
    /// When the document was created, as its properties give it (`2024-03-01T08:00:00Z`).
    public var created: String?
    /// When the document was last changed, as its properties give it.
    public var modified: String?
    /// A length the author claimed in the title, such as `（2946字）`.
    public var claimedLength: Int?
    /// BCP 47 language tag guessed from the content (`zh`, `en`).
    public var language: String?
    /// The format the document was read from (`text`, `docx`).
    public var sourceFormat: String?
    /// The text encoding of a plain-text source (`UTF-8`, `GB18030`, …).
    public var sourceEncoding: String?

    /// Metadata with any of its fields.
    public init(title: String? = nil, subtitle: String? = nil, author: String? = nil, created: String? = nil,
                modified: String? = nil, claimedLength: Int? = nil, language: String? = nil,
                sourceFormat: String? = nil, sourceEncoding: String? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.author = author
        self.created = created
        self.modified = modified
        self.claimedLength = claimedLength
        self.language = language
        self.sourceFormat = sourceFormat
        self.sourceEncoding = sourceEncoding
    }
}
