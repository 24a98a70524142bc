import DocNormModel

/// A decimal number from a document's XML, held to the range the reader can use before any
/// arithmetic touches it: a value out of range (beyond Int64 too) is clamped, never trusted.
struct DocxNumber {
    var value: Int
    /// The text said something else; the caller reports it.
    var clamped: Bool

    /// nil when the text is not a decimal number at all (the attribute is then ignored, as before).
    init?(_ text: String?, in range: ClosedRange<Int>) {
        guard let text else { return nil }
        let s = text.trimmingCharacters(in: " \t\n\r")
        if let n = Int(s) {
            value = min(max(n, range.lowerBound), range.upperBound)
            clamped = value != n
            return
        }
        // Digits past Int64: the sign says which end it is clamped to.
        let negative = s.hasPrefix("-")
        let digits = s.drop { $0 == "-" || $0 == "+" }
        guard !digits.isEmpty, s.count - digits.count <= 1, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        value = negative ? range.lowerBound : range.upperBound
        clamped = true
    }

    /// The warning for a clamped value of `name`.
    static func warning(_ name: String, _ text: String?, _ value: Int, position: SourcePosition? = nil) -> Warning {
        Warning(code: "number-out-of-range",
                message: "\(name) = \(text.map { $0.count > 40 ? String($0.prefix(40)) + "…" : $0 } ?? "") is out of range; read as \(value)",
                position: position)
    }
}
