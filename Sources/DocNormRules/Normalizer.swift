import DocNormModel

/// Runs the structure and clean-up rules of STRUCTURE.md over a document, in order.
public struct Normalizer: Sendable {
    /// What the rules do.
    public var options: NormalizationOptions
    package var rules: [any Rule]

    /// A normalizer running every rule with `options`.
    public init(options: NormalizationOptions = NormalizationOptions()) {
        self.options = options
        self.rules = Normalizer.standardRules
    }

    /// The rules in the order they run, phase by phase (see `RulePhase`, and the test of
    /// `orderProblem`): clean-up, then classification (contents, language, labels, title,
    /// reports, roles, levels, numbers), then assembly.
    package static let standardRules: [any Rule] = [
        // Noise markers, invisible characters, indentation, widths and punctuation, one
        // paragraph at a time.
        CleanUpText(),
        SplitLinesAtLabels(),
        JoinNumbersToTheirText(),
        DropEmptyParagraphs(),
        UnwrapLayoutTables(),
        ListsInTableCells(),
        SetAsideTableOfContents(),
        DetectLanguage(),
        DetectLabels(),
        JoinSplitHeadings(),
        DiscountBodyOutlineLevels(),
        DetectTitle(),
        ReportPlaceholders(),
        ReportUnbalancedBrackets(),
        HeadingsFromContents(),
        HeadingsByLook(),
        FrontMatterHeadings(),
        AttachmentHeadings(),
        ClassifyParagraphs(),
        HeadingsFromBoldLines(),
        AssignLevels(),
        ReportNumberingProblems(),
        ApplyNumberingMode(),
        AssembleBlocks(),
        SplitEnumerations(),
        LinkBookmarks(),
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
