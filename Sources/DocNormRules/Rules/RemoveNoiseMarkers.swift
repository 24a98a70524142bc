import DocNormModel

/// Removes paywall markers (`##paidbegin##`, `##paidend##` by default) wherever they stand,
/// even inside a word: `本##paidbegin##人` → `本人`. Reports nothing.
package struct RemoveNoiseMarkers: Rule {
    package let name = "remove-noise-markers"
    package let phase = RulePhase.cleanup
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        let markers = options.noiseMarkers.filter { !$0.isEmpty }
        guard !markers.isEmpty else { return }
        workspace.mapParagraphs { clean(&$0, markers) }
    }

    /// The rule on one paragraph (`CleanUpText` runs it with the other clean-up rules).
    /// `markers` are the options' markers that are not empty.
    func clean(_ p: inout Paragraph, _ markers: [String]) {
        // Plain paragraphs are one text leaf; a marker split across formatting is
        // caught by joining the plain text when it is found there only.
        p.content = p.content.mapText { text, _, _ in Self.strip(text, markers) }
        guard p.content.count > 1 else { return }
        let plain = p.content.plainText
        if markers.contains(where: { plain.containsBytes($0) }) {
            p.content = [.text(Self.strip(plain, markers))]
        }
    }

    static func strip(_ text: String, _ markers: [String]) -> String {
        var t = text
        for m in markers where t.containsBytes(m) {
            t = t.replacingBytes(m, with: "")
        }
        return t
    }
}
