/// What is known about a document besides its content.
public struct Metadata: Sendable, Equatable {
    public var title: String?
    public var subtitle: String?
    public var author: String?
    public var created: String?
    public var modified: String?
    /// A length the author claimed in the title, such as `（2946字）`.
    public var claimedLength: Int?
    /// BCP 47 language tag guessed from the content (`zh`, `en`).
    public var language: String?
    /// The format the document was read from (`text`, `docx`).
    public var sourceFormat: String?
    /// The text encoding of a plain-text source (`UTF-8`, `GB18030`, …).
    public var sourceEncoding: String?

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
