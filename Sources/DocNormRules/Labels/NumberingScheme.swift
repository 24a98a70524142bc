import DocNormModel

/// The label form each rank is written in when labels are normalized.
public struct NumberingScheme: Sendable, Equatable {
    public var forms: [LabelRank: LabelForm]

    public init(forms: [LabelRank: LabelForm]) {
        self.forms = forms
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

    /// The canonical label for `label` renumbered to `number` (and outline `parts`).
    public func render(_ label: NumberingLabel, number: Int, parts: [Int]) -> String {
        switch label.rank {
        case .chapter:
            // 第一编 / 第一部分 keep their unit; only the numeral is normalized.
            var form = forms[.chapter] ?? label.form
            if label.form.suffix != "章" { form.suffix = label.form.suffix }
            return form.render(number)
        case .western(let depth):
            return LabelForm(numerals: .decimalOutline, suffix: depth == 1 ? "." : "").render(number, parts: parts)
        case .article, .bullet, .listLevel:
            return label.original
        default:
            return (forms[label.rank] ?? label.form).render(number, parts: parts)
        }
    }
}
