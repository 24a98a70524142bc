/// Something a reader or a rule wants the user to know. Never fatal.
public struct Warning: Sendable, Equatable, CustomStringConvertible {
    /// How much a warning matters.
    public enum Severity: String, Sendable {
        /// A change docnorm made on purpose (a label rewritten).
        case info
        /// Something the author may want to fix, or content docnorm could not fully read.
        case warning
    }

    /// A stable, machine-readable name (`placeholder`, `unbalanced-quote`, `label-rewritten`, …).
    public var code: String
    /// A plain sentence for a person to read.
    public var message: String
    /// `.info` for a change made on purpose, `.warning` for something to look at.
    public var severity: Severity
    /// Where in the source the problem is, when known.
    public var position: SourcePosition?
    /// For numbering problems: the label as written, and what it should be.
    public var found: String?
    /// For numbering problems: the label the sequence expects.
    public var expected: String?

    /// A warning with a stable `code` and a plain `message`.
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
