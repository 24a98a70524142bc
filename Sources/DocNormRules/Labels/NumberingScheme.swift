import DocNormModel

/// The label form each rank is written in when labels are normalized.
public struct NumberingScheme: Sendable, Equatable {
    /// The label form of each rank (`.chineseNumber` → `一、`).
    public var forms: [LabelRank: LabelForm]
    /// Ranks numbered as a decimal outline (`1.1.1`): how many parts their labels show.
    public var outlineDepths: [LabelRank: Int]
    /// Ranks whose form the house style names: they take it even from another family
    /// (`一、` written `1`); the defaults never change a label's family.
    package var chosen: Set<LabelRank> = []

    /// A scheme with a form per rank; ranks written as decimal outlines list their depth.
    public init(forms: [LabelRank: LabelForm], outlineDepths: [LabelRank: Int] = [:]) {
        self.forms = forms
        self.outlineDepths = outlineDepths
    }

    /// A scheme from sample labels written with the number 1, per rank: `1．`, `（一）`,
    /// `1.1` (a decimal outline two deep). Ranks not given keep this scheme's form.
    public func overriding(with samples: [LabelRank: String]) throws -> NumberingScheme {
        var scheme = self
        for (rank, sample) in samples {
            scheme.chosen.insert(rank)
            let text = sample.trimmingSpaces()
            if !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber || $0 == "." }) {
                let parts = text.split(separator: ".").count
                scheme.forms[rank] = LabelForm(numerals: .decimalOutline, suffix: text.hasSuffix(".") ? "." : "")
                scheme.outlineDepths[rank] = max(1, parts)
                continue
            }
            guard case .label(let label, let length)? = LabelParser.parse(text + " x"), length >= text.count else {
                throw SchemeError(message: "\(sample) is not a numbering label docnorm knows")
            }
            scheme.forms[rank] = label.form
            scheme.outlineDepths[rank] = nil
        }
        return scheme
    }

    /// GB/T 9704-2012: 一、 （一） 1. （1）, with 第一章 / 第一节 above and ① below.
    public static let gbt9704 = NumberingScheme(forms: [
        .chapter: LabelForm(numerals: .chinese, prefix: "第", suffix: "章"),
        .section: LabelForm(numerals: .chinese, prefix: "第", suffix: "节"),
        .chineseNumber: LabelForm(numerals: .chinese, suffix: "、"),
        .parenthesizedChinese: LabelForm(numerals: .chinese, prefix: "（", suffix: "）"),
        .arabic: LabelForm(numerals: .arabic, suffix: "."),
        .parenthesizedArabic: LabelForm(numerals: .arabic, prefix: "（", suffix: "）"),
        .circled: LabelForm(numerals: .circled),
    ])

    /// The canonical label for `label` renumbered to `number`; `parts` are the numbers of the
    /// label and of its labeled ancestors, outermost first (for outline forms such as `1.2`).
    package func render(_ label: NumberingLabel, number: Int, parts: [Int]) -> String {
        if let depth = outlineDepths[label.rank], let form = forms[label.rank] {
            let tail = Array(parts.suffix(depth))
            return form.render(number, parts: Array(repeating: 1, count: max(0, depth - tail.count)) + tail)
        }
        switch label.rank {
        case .chapter:
            // 第一编 / 第一部分 keep their unit; only the numeral is normalized.
            var form = forms[.chapter] ?? label.form
            if label.form.suffix != "章" { form.suffix = label.form.suffix }
            return form.render(number)
        case .western(let depth):
            // `1 范围` keeps its form as `1.1 定义` does: a standard writes its first level bare.
            let suffix = depth == 1 && !label.form.suffix.isEmpty ? "." : ""
            return LabelForm(numerals: .decimalOutline, suffix: suffix).render(number, parts: Array(parts.suffix(depth)))
        case .article, .bullet, .listLevel:
            return label.original
        default:
            return (forms[label.rank] ?? label.form).render(number, parts: parts)
        }
    }
}

/// A house-style label docnorm cannot read as a numbering label.
public struct SchemeError: Error, Sendable, CustomStringConvertible {
    /// What is wrong with the label, in plain words.
    public var message: String
    public var description: String { message }
}

extension LabelRank {
    /// The names a configuration file uses for the ranks.
    package static let configurationNames: [String: LabelRank] = [
        "chapter": .chapter, "section": .section, "chineseNumber": .chineseNumber,
        "parenthesizedChinese": .parenthesizedChinese, "arabic": .arabic, "parenthesizedArabic": .parenthesizedArabic,
        "circled": .circled,
    ]
}
