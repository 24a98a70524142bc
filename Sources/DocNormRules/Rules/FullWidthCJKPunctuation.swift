import DocNormModel

/// Punctuation between CJK characters is full-width: `指示精神.` → `指示精神。`,
/// `监督,深化` → `监督，深化`. ASCII punctuation stays inside numbers, URLs, e-mail
/// addresses and Latin words (`8.1万`, `5.11亿元`, `DA/T 18`). Reports nothing.
public struct FullWidthCJKPunctuation: Rule {
    public let name = "full-width-cjk-punctuation"
    public init() {}

    static let fullWidth: [Character: Character] = [
        ",": "，", ".": "。", ";": "；", ":": "：", "!": "！", "?": "？",
    ]

    public func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        guard options.fixPunctuation else { return }
        workspace.mapParagraphs { p in
            p.content = p.content.mapText { text, before, after in Self.convert(text, before: before, after: after) }
        }
    }

    static func convert(_ text: String, before: Character?, after: Character?) -> String {
        guard text.contains(where: { fullWidth[$0] != nil }) else { return text }
        let chars = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for (i, c) in chars.enumerated() {
            guard let wide = fullWidth[c] else { out.append(c); continue }
            let prev = i > 0 ? chars[i - 1] : before
            let next = i + 1 < chars.count ? chars[i + 1] : after
            if isCJKLetter(prev) && (next == nil || isCJK(next)) {
                out.append(wide)
            } else {
                out.append(c)
            }
        }
        return out
    }

    static func isCJKLetter(_ c: Character?) -> Bool {
        guard let s = c?.unicodeScalars.first else { return false }
        return CharacterClass.isCJKLetter(s) || s == "”" || s == "’" || s == "）" || s == "》"
    }

    static func isCJK(_ c: Character?) -> Bool {
        guard let s = c?.unicodeScalars.first else { return false }
        return CharacterClass.isCJK(s)
    }
}
