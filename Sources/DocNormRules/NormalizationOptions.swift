import DocNormModel

/// How the rules read and rewrite a document.
public struct NormalizationOptions: Sendable, Equatable {
    /// How labels are written.
    public enum NumberingMode: String, Sendable, CaseIterable {
        /// Write every label in its rank's canonical form; its number stays as the document shows it.
        case normalize
        /// Labels as written, or as Word renders them.
        case keep
        /// No labels in headings: the level carries the structure.
        case strip
    }

    /// What becomes of a table of contents.
    public enum TableOfContentsMode: String, Sendable, CaseIterable {
        /// Left out of the outputs (with a note among the warnings).
        case drop
        /// Written as a list of its entries, without page numbers.
        case keep
    }

    /// What becomes of a run-in heading (a short labeled sentence that starts a paragraph).
    public enum RunInMode: String, Sendable, CaseIterable {
        /// A run-in heading becomes a heading followed by a paragraph.
        case split
        /// One paragraph whose first sentence is bold.
        case keep
    }

    /// How labels are written: canonical forms, as written, or stripped.
    public var numbering: NumberingMode
    /// Recount typed labels (hierarchically, restarting under each parent and part); Word's
    /// own numbers are never changed. Off: a number is what the document shows.
    public var renumber: Bool
    /// Whether run-in headings are split from their paragraph.
    public var runIn: RunInMode
    /// What becomes of a table of contents.
    public var tableOfContents: TableOfContentsMode
    /// Turn `……一是A；二是B。` inside one paragraph into a list.
    public var splitEnumerations: Bool
    /// Markers removed wherever they stand, even inside a word.
    public var noiseMarkers: [String]
    /// Label form per rank used by `normalize`.
    public var scheme: NumberingScheme
    /// Full-width punctuation between CJK characters.
    public var fixPunctuation: Bool
    /// Full-width digits and Latin letters to half-width.
    public var halfWidthAlphanumerics: Bool
    /// Longest heading (after its label) and longest run-in sentence, in characters.
    public var maxHeadingLength: Int
    /// Longest title, in characters.
    public var maxTitleLength: Int
    /// Whether a form the numbering mode corrects (half-width brackets it writes full-width)
    /// stays reported as a problem: `check` lists what the source has, while a conversion
    /// notes the rewrite once, as information.
    public var reportsCorrectedForms = false

    /// The markers removed unless told otherwise (`##paidbegin##`, `##paidend##`).
    public static let defaultNoiseMarkers = ["##paidbegin##", "##paidend##"]

    /// The options of `docnorm convert` without flags, unless given.
    public init(numbering: NumberingMode = .normalize, renumber: Bool = false, runIn: RunInMode = .split, tableOfContents: TableOfContentsMode = .drop, splitEnumerations: Bool = false,
                noiseMarkers: [String] = NormalizationOptions.defaultNoiseMarkers, scheme: NumberingScheme = .gbt9704,
                fixPunctuation: Bool = true, halfWidthAlphanumerics: Bool = true,
                maxHeadingLength: Int = 40, maxTitleLength: Int = 80) {
        self.numbering = numbering
        self.renumber = renumber
        self.runIn = runIn
        self.tableOfContents = tableOfContents
        self.splitEnumerations = splitEnumerations
        self.noiseMarkers = noiseMarkers
        self.scheme = scheme
        self.fixPunctuation = fixPunctuation
        self.halfWidthAlphanumerics = halfWidthAlphanumerics
        self.maxHeadingLength = maxHeadingLength
        self.maxTitleLength = maxTitleLength
    }
}
