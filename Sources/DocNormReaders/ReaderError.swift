/// Why a whole file could not be read. Everything short of this is a warning on the document.
public struct ReaderError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case empty, notText, unsupportedFormat, corrupt, encrypted, tooLarge, unreadable
    }
    public var kind: Kind
    /// A plain sentence saying what is wrong with the file.
    public var reason: String

    package init(_ kind: Kind, _ reason: String) {
        self.kind = kind
        self.reason = reason
    }

    public var description: String { reason }
}
