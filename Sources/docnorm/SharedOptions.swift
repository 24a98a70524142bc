import ArgumentParser
import DocNorm

extension NormalizationOptions.NumberingMode: ExpressibleByArgument {}
extension NormalizationOptions.RunInMode: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument.lowercased() {
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "txt", "text": self = .text
        case "json": self = .json
        default: return nil
        }
    }
}

/// How the structure is read and rewritten; shared by every command that reads documents.
struct StructureOptions: ParsableArguments {
    @Option(help: "Labels: normalize (canonical form, recounted), keep (as written), strip (none on headings).")
    var numbering: NormalizationOptions.NumberingMode = .normalize

    @Option(name: .customLong("run-in"), help: "Run-in headings: split (heading + paragraph) or keep (one paragraph, first sentence bold).")
    var runIn: NormalizationOptions.RunInMode = .split

    @Flag(help: "Turn 一是…；二是…； inside a paragraph into a list.")
    var splitEnumerations = false

    @Option(name: .customLong("noise-marker"), help: "A marker to remove wherever it stands (repeatable; replaces ##paidbegin## and ##paidend##).")
    var noiseMarkers: [String] = []

    @Flag(name: .customLong("no-punctuation-fix"), help: "Keep ASCII punctuation between CJK characters as written.")
    var noPunctuationFix = false

    @Flag(name: .customLong("no-half-width"), help: "Keep full-width digits and Latin letters.")
    var noHalfWidth = false

    var normalization: NormalizationOptions {
        NormalizationOptions(
            numbering: numbering, runIn: runIn, splitEnumerations: splitEnumerations,
            noiseMarkers: noiseMarkers.isEmpty ? NormalizationOptions.defaultNoiseMarkers : noiseMarkers,
            fixPunctuation: !noPunctuationFix, halfWidthAlphanumerics: !noHalfWidth)
    }
}
