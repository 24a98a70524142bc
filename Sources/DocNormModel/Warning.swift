/// Something a reader or a rule wants the user to know. Never fatal.
public struct Warning: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        /// A change docnorm made on purpose (a label rewritten).
        case info
        /// Something the author may want to fix, or content docnorm could not fully read.
        case warning
    }

    /// A stable, machine-readable name (`placeholder`, `unbalanced-quote`, `label-rewritten`, …).
    public var code: String
    public var message: String
    public var severity: Severity
    public var position: SourcePosition?
    /// For numbering problems: the label as written, and what it should be.
    public var found: String?
    public var expected: String?

    public init(code: String, message: String, severity: Severity = .warning, position: SourcePosition? = nil,
                found: String? = nil, expected: String? = nil) {
        self.code = code
        self.message = message
        self.severity = severity
        self.position = position
        self.found = found
        self.expected = expected
    }

    public var description: String {
        if let position { return "\(position): \(message)" }
        return message
    }
}
