import DocNormModel

/// Runs the structure and clean-up rules of STRUCTURE.md over a document, in order.
public struct Normalizer: Sendable {
    public var options: NormalizationOptions
    public var rules: [any Rule]

    public init(options: NormalizationOptions = NormalizationOptions()) {
        self.options = options
        self.rules = Normalizer.standardRules
    }

    /// The rules in the order they run: clean-up, labels (before punctuation clean-up, which
    /// must not touch a label's delimiter), title, warnings, classification, levels,
    /// numbering, then the blocks.
    public static let standardRules: [any Rule] = [
        RemoveNoiseMarkers(),
        RemoveInvisibleCharacters(),
        TrimIndentation(),
        HalfWidthAlphanumerics(),
        DropEmptyParagraphs(),
        SetAsideTableOfContents(),
        DetectLanguage(),
        DetectLabels(),
        FullWidthCJKPunctuation(),
        DiscountBodyOutlineLevels(),
        DetectTitle(),
        ReportPlaceholders(),
        ReportUnbalancedBrackets(),
        ClassifyParagraphs(),
        AssignLevels(),
        ReportNumberingProblems(),
        ApplyNumberingMode(),
        AssembleBlocks(),
        SplitEnumerations(),
    ]

    /// Takes the document over, so rules change its text in place instead of beside a copy.
    public func normalize(_ document: consuming Document) -> Document {
        var workspace = Workspace(document: document)
        for rule in rules {
            rule.apply(to: &workspace, options: options)
        }
        return workspace.document
    }
}
