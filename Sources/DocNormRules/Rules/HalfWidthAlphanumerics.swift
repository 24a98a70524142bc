import DocNormModel

/// Full-width digits and Latin letters become half-width (`２０２２` → `2022`). Full-width
/// punctuation is left alone: it belongs to Chinese text. Reports nothing.
public struct HalfWidthAlphanumerics: Rule {
    public let name = "half-width-alphanumerics"
    public init() {}

    public func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        guard options.halfWidthAlphanumerics else { return }
        workspace.mapParagraphs { p in
            p.content = p.content.mapText { text, _, _ in Self.convert(text) }
        }
    }

    static func convert(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isFullWidthAlphanumeric) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if isFullWidthAlphanumeric(s), let h = Unicode.Scalar(s.value - 0xFEE0) {
                out.append(h)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    static func isFullWidthAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        (0xFF10...0xFF19).contains(s.value) || (0xFF21...0xFF3A).contains(s.value) || (0xFF41...0xFF5A).contains(s.value)
    }
}
