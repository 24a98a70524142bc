import DocNormModel

/// Sets `metadata.language` to `zh` when most letters are CJK, else `en`, unless the reader
/// already knew it. Reports nothing.
package struct DetectLanguage: Rule {
    package let name = "detect-language"
    package let phase = RulePhase.classification
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        guard workspace.metadata.language == nil else { return }
        var sample = ""
        // The sum of the pieces' lengths bounds the sample's from above (characters can merge
        // where pieces meet): the sample itself is counted only once the sum passes the limit.
        var bound = 0
        for item in workspace.items {
            if let p = item.paragraph {
                let text = p.content.plainText
                sample += text
                bound += text.characterCount
            }
            if bound > 4000 {
                bound = sample.characterCount
                if bound > 4000 { break }
            }
        }
        guard !sample.isEmpty else { return }
        workspace.metadata.language = CharacterClass.cjkRatio(sample) >= 0.3 ? "zh" : "en"
    }
}
