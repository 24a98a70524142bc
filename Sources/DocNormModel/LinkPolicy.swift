/// Which link targets any output may carry: http, https, mailto and tel, relative references
/// and fragments (`#…`). Everything else (javascript:, vbscript:, data:, file:, any other
/// scheme) is dropped and the link's text kept. The check reads the target the way a browser
/// does, so `JaVaScRiPt:`, ` javascript:` and `java<TAB>script:` are caught too.
package enum LinkPolicy {
    package static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// The target as a browser reads it (spaces and controls at the ends trimmed, tabs and
    /// line breaks inside removed), or nil when it may not be linked to.
    package static func safe(_ url: String) -> String? {
        var scalars = Array(url.unicodeScalars)
        // Browsers ignore C0 controls and spaces at either end, and tabs and line breaks anywhere.
        while let f = scalars.first, f.value <= 0x20 { scalars.removeFirst() }
        while let l = scalars.last, l.value <= 0x20 { scalars.removeLast() }
        scalars.removeAll { $0 == "\t" || $0 == "\n" || $0 == "\r" }
        // Other control characters have no business in a link; some parsers skip them.
        if scalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) { return nil }
        var cleaned = String.UnicodeScalarView()
        cleaned.append(contentsOf: scalars)
        let target = String(cleaned)
        guard let scheme = scheme(of: target) else { return target }
        return allowedSchemes.contains(scheme.lowercased()) ? target : nil
    }

    /// The scheme of an absolute URL (`javascript` in `javascript:…`), nil for a relative reference.
    package static func scheme(of url: String) -> String? {
        var name = ""
        for s in url.unicodeScalars {
            if s == ":" { return name.isEmpty ? nil : name }
            let ascii = s.isASCII
            let letter = ascii && ((s >= "a" && s <= "z") || (s >= "A" && s <= "Z"))
            let other = ascii && ((s >= "0" && s <= "9") || s == "+" || s == "-" || s == ".")
            guard letter || (!name.isEmpty && other) else { return nil }
            name.unicodeScalars.append(s)
        }
        return nil
    }

    /// A warning for a link dropped from the document, naming its scheme only: the target
    /// itself may be long or hostile.
    package static func warning(for url: String, position: SourcePosition? = nil) -> Warning {
        let scheme = scheme(of: url.filter { !$0.isWhitespace }).map { "a \($0.lowercased()): link" } ?? "a link that is not a plain web address"
        return Warning(code: "unsafe-link", message: "\(scheme) was removed (only http, https, mailto, tel and relative links are kept); its text was kept",
                       position: position)
    }
}
