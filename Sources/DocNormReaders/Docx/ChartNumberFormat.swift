/// A chart's cached number written as its format code shows it, for the codes reports use:
/// `General`, fixed decimals (`0.00`), thousands (`#,##0`), percent (`0%`, `0.0%`) and
/// literal text around them (`"¥"#,##0`, `0.0"万元"`). Any other code (dates, fractions,
/// scientific) leaves the cached text as it is.
enum ChartNumberFormat {
    static func format(_ raw: String, code: String) -> String {
        guard let value = Double(raw.trimmingCharacters(in: " \n\t")), value.isFinite else { return raw }
        // The first section is for positive numbers; a negative one keeps its sign with it.
        let section = code.split(separator: ";", omittingEmptySubsequences: false).first.map(String.init) ?? code
        if section.isEmpty || section.lowercased() == "general" { return general(value) }
        guard let pattern = Pattern(section) else { return raw }
        return pattern.apply(value)
    }

    /// Excel's General: up to ten significant digits, no trailing zeros, no float noise
    /// (`2.4000000000000004` is `2.4`).
    static func general(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        for d in 1...15 {
            let s = fixed(value, decimals: d)
            if let back = Double(s), abs(back - value) <= abs(value) * 1e-10 { return trimmed(s) }
        }
        return String(value)
    }

    /// `value` with exactly `decimals` digits after the point, rounded half away from zero.
    static func fixed(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let m = (abs(value) * scale).rounded()
        guard m < 9e15 else { return String(value) }
        var digits = String(Int64(m))
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return (value < 0 && m > 0 ? "-" : "") + digits
    }

    static func trimmed(_ s: String) -> String {
        guard s.contains(".") else { return s }
        var s = s
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    struct Pattern {
        var prefix = ""
        var suffix = ""
        var decimals = 0
        var grouping = false
        var percent = false

        /// Reads `prefix digits suffix`; nil for anything that is not a plain number code.
        init?(_ code: String) {
            var inDigits = false, afterDigits = false, afterPoint = false, quoted = false
            var chars = Array(code)[...]
            while let c = chars.popFirst() {
                if quoted {
                    if c == "\"" { quoted = false } else if afterDigits || inDigits { suffix.append(c) } else { prefix.append(c) }
                    continue
                }
                switch c {
                case "\"": quoted = true
                case "\\": if let n = chars.popFirst() { if inDigits || afterDigits { suffix.append(n) } else { prefix.append(n) } }
                case "0", "#", "?":
                    if afterDigits { return nil }
                    inDigits = true
                    if afterPoint { decimals += 1 }
                case ",": if inDigits { grouping = true } else { return nil }
                case ".": if inDigits || !afterDigits { inDigits = true; afterPoint = true } else { return nil }
                case "%": percent = true; if inDigits { inDigits = false; afterDigits = true }; suffix.append("%")
                case "[", "y", "m", "d", "h", "s", "E", "e", "/", "@": return nil
                case "_", "*": _ = chars.popFirst()
                default:
                    if inDigits { inDigits = false; afterDigits = true }
                    if afterDigits { suffix.append(c) } else { prefix.append(c) }
                }
            }
            if !inDigits && !afterDigits { return nil }
        }

        func apply(_ value: Double) -> String {
            let v = percent ? value * 100 : value
            var digits = ChartNumberFormat.fixed(abs(v), decimals: min(decimals, 15))
            if grouping {
                let parts = digits.split(separator: ".", maxSplits: 1)
                var whole = Array(parts[0])
                var grouped: [Character] = []
                while whole.count > 3 { grouped = [","] + whole.suffix(3) + grouped; whole.removeLast(3) }
                digits = String(whole + grouped) + (parts.count > 1 ? "." + parts[1] : "")
            }
            let negative = v < 0 && digits.contains { $0 != "0" && $0 != "." && $0 != "," }
            return (negative ? "-" : "") + prefix + digits + suffix
        }
    }
}
