/// Where a block came from: a line of a text file or a paragraph of a .docx.
public enum SourcePosition: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// 1-based line number in a text file.
    case line(Int)
    /// 1-based paragraph index in a .docx body.
    case paragraph(Int)

    public var description: String {
        switch self {
        case .line(let n): return "line \(n)"
        case .paragraph(let n): return "paragraph \(n)"
        }
    }
}
