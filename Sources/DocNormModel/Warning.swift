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

    public init(code: String, message: String, severity: Severity = .warning, position: SourcePosition? = nil) {
        self.code = code
        self.message = message
        self.severity = severity
        self.position = position
    }

    public var description: String {
        if let position { return "\(position): \(message)" }
        return message
    }
}
