import DocNormModel

/// Sets `metadata.language` to `zh` when most letters are CJK, else `en`, unless the reader
/// already knew it. Reports nothing.
public struct DetectLanguage: Rule {
    public let name = "detect-language"
    public let phase = RulePhase.classification
    public init() {}

    public func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        guard workspace.metadata.language == nil else { return }
        var sample = ""
        for item in workspace.items {
            if let p = item.paragraph { sample += p.content.plainText }
            if sample.count > 4000 { break }
        }
        guard !sample.isEmpty else { return }
        workspace.metadata.language = CharacterClass.cjkRatio(sample) >= 0.3 ? "zh" : "en"
    }
}
