import DocNormModel

extension DetectLabels {
    /// `1 正文前的部分` above `1.1 标题`: a number, a space and a short title is the first level
    /// of the document's decimal outline when the outline's next level starts with that number
    /// (a thesis or standard typed without styles). Elsewhere a number and a space are text
    /// (`3 个工作日`, `2024 年`): the parser leaves them alone.
    func settleBareNumbers(_ workspace: inout Workspace, options: NormalizationOptions) {
        let firstParts = Set(workspace.items.compactMap { item -> Int? in
            guard let label = item.label, label.rank == .western(depth: 2) else { return nil }
            return label.parts.first
        })
        guard !firstParts.isEmpty else { return }
        for i in workspace.items.indices {
            guard var p = workspace.items[i].paragraph, p.label == nil, workspace.items[i].role == .body,
                  p.hints.automaticNumbering == nil, !p.hints.isPreformatted, Self.startsWithDigit(p.content),
                  let (number, length) = Self.bareNumber(p.content.plainPrefix(8)), firstParts.contains(number) else { continue }
            let rest = p.content.dropping(first: length).trimming(CharacterClass.isIndentSpace)
            guard HeadingsByLook.readsAsHeading(rest.plainText, options: options) else { continue }
            var label = NumberingLabel(original: String(number), rank: .western(depth: 1), number: number, parts: [number],
                                       form: LabelForm(numerals: .decimalOutline, suffix: ""))
            label.separated = true
            p.label = label
            p.content = rest
            workspace.items[i].paragraph = p
        }
    }

    /// `一 信息舱`, `二 树`, `三 核安全排名`: a Chinese numeral, a space and a short name, in a
    /// series that starts at 一 and counts on by one, are the `一、` level of a Chinese report
    /// that types it without its 、 (meeting minutes). The label keeps what was written. A
    /// numeral and a space anywhere else (`一 年`, one line alone, a document that writes `一、`)
    /// stay text.
    func settleBareChineseNumerals(_ workspace: inout Workspace, options: NormalizationOptions) {
        guard workspace.metadata.language == "zh" else { return }
        var series: [(index: Int, length: Int, number: Int)] = []
        for i in workspace.items.indices {
            guard workspace.items[i].role == .body, case .paragraph(let p) = workspace.items[i].block else { continue }
            if p.label?.rank == .chineseNumber { return }
            guard p.label == nil, p.hints.automaticNumbering == nil, !p.hints.isPreformatted, Self.startsWithChineseNumeral(p.content),
                  let (number, length) = Self.bareChineseNumber(p.content.plainPrefix(8)), number == series.count + 1 else { continue }
            let rest = p.content.dropping(first: length).trimming(CharacterClass.isIndentSpace).plainText
            guard rest.unicodeScalars.count <= Self.bareNameLength, HeadingsByLook.readsAsHeading(rest, options: options) else { continue }
            series.append((i, length, number))
        }
        guard series.count >= 2 else { return }
        for (i, length, number) in series {
            guard var p = workspace.items[i].paragraph else { continue }
            let written = String(p.content.plainPrefix(length).unicodeScalars.prefix { !CharacterClass.isIndentSpace($0) })
            var label = NumberingLabel(original: written, rank: .chineseNumber, number: number, form: LabelForm(numerals: .chinese))
            label.separated = true
            p.label = label
            p.content = p.content.dropping(first: length).trimming(CharacterClass.isIndentSpace)
            workspace.items[i].paragraph = p
        }
    }

    /// Scalars, at most, of the name after a bare numeral.
    static let bareNameLength = 20

    /// The first scalar of the text is one a Chinese numeral starts with.
    static func startsWithChineseNumeral(_ content: [Inline]) -> Bool {
        switch content.first {
        case .text(let s)?:
            guard let c = s.first else { return false }
            return ChineseNumerals.isNumeral(c) && c != "零" && c != "〇" && c != "百" && c != "千"
        case .strong(let c)?, .emphasis(let c)?, .underline(let c)?:
            return startsWithChineseNumeral(c)
        default:
            return false
        }
    }

    /// One to three numeral characters (`一`, `十二`), spaces (ASCII, ideographic or a tab),
    /// then a letter that is no unit: the number and the length it takes with its spaces.
    static func bareChineseNumber(_ prefix: String) -> (Int, Int)? {
        let scalars = Array(prefix.unicodeScalars)
        var i = 0
        while i < scalars.count, i < 3, ChineseNumerals.isNumeral(Character(scalars[i])) { i += 1 }
        guard i > 0, let number = ChineseNumerals.parse(scalars: scalars[..<i]) else { return nil }
        let digits = i
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\u{3000}" || scalars[i] == "\t" { i += 1 }
        guard i > digits, i < scalars.count, scalars[i].properties.isAlphabetic, !LabelParser.isUnit(scalars[i]) else { return nil }
        return (number, i)
    }

    /// Looked at before any text is copied: most paragraphs do not start with a digit.
    static func startsWithDigit(_ content: [Inline]) -> Bool {
        switch content.first {
        case .text(let s)?:
            guard let b = s.utf8.first else { return content.count > 1 && startsWithDigit(Array(content.dropFirst())) }
            return b >= 0x30 && b <= 0x39
        case .strong(let c)?, .emphasis(let c)?, .underline(let c)?, .strikethrough(let c)?:
            return startsWithDigit(c)
        default:
            return false
        }
    }

    /// One to three digits, spaces (ASCII or ideographic), then a letter that is no unit:
    /// the number and the length it takes with its spaces.
    static func bareNumber(_ prefix: String) -> (Int, Int)? {
        let scalars = Array(prefix.unicodeScalars)
        var i = 0
        var number = 0
        while i < scalars.count, i < 3, ("0"..."9").contains(scalars[i]) {
            number = number * 10 + Int(scalars[i].value - 0x30)
            i += 1
        }
        guard i > 0, number >= 1 else { return nil }
        let digits = i
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\u{3000}" { i += 1 }
        guard i > digits, i < scalars.count, scalars[i].properties.isAlphabetic, !LabelParser.isUnit(scalars[i]) else { return nil }
        return (number, i)
    }

    /// `19. 3 响应文件中未提供…` among `19．1` `19．2`: clause 19.3 typed with a space, not a
    /// second section 19. The label keeps what was written (one space inside); the house form
    /// writes it `19.3`.
    func settleSplitDecimals(_ workspace: inout Workspace) {
        let firstParts = Set(workspace.items.compactMap { item -> Int? in
            guard let label = item.paragraph?.label, label.rank == .western(depth: 2), !label.automatic else { return nil }
            return label.parts.first
        })
        guard !firstParts.isEmpty else { return }
        for i in workspace.items.indices {
            guard var p = workspace.items[i].paragraph, let label = p.label, label.rank == .arabic, !label.automatic,
                  firstParts.contains(label.number), Self.startsWithDigit(p.content) else { continue }
            let prefix = p.content.plainPrefix(8)
            guard let (minor, length) = Self.bareNumber(prefix), minor <= 99,
                  case .label(var joined, _)? = LabelParser.parse(label.original + String(minor) + " "),
                  joined.rank == .western(depth: 2), joined.parts == [label.number, minor] else { continue }
            joined.original = label.original + (label.separated ? " " : "") + String(minor)
            joined.display = joined.original
            joined.separated = true
            p.label = joined
            p.content = p.content.dropping(first: length).trimming(CharacterClass.isIndentSpace)
            workspace.items[i].paragraph = p
        }
    }
}
