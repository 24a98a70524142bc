/// Why a whole file could not be read. Everything short of this is a warning on the document.
public struct ReaderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Why a file cannot be read: empty, not text, an unsupported format, damaged, encrypted, too large, unreadable.
    public enum Kind: String, Sendable {
        /// Why a file cannot be read: empty, not text, an unsupported format, damaged, encrypted, too large, unreadable.
        case empty, notText, unsupportedFormat, corrupt, encrypted, tooLarge, unreadable
    }
    /// What kind of problem it is, to act on without parsing the reason.
    public var kind: Kind
    /// A plain sentence saying what is wrong with the file.
    public var reason: String

    package init(_ kind: Kind, _ reason: String) {
        self.kind = kind
        self.reason = reason
    }

    public var description: String { reason }
}
