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
        settleStyledBareNumbers(&workspace, options: options)
    }

    /// `2 系统整体设计` and `1引言` in Heading 1 beside `3 分布式爬虫设计说明`, which its `3.1`
    /// made a label: a number before the title of a paragraph in a heading style is that
    /// style's label too when the style's paragraph before or after it is numbered one lower
    /// or higher. Without the number, chapter 2 (which has no `2.1`) reads as unnumbered and
    /// chapter 3 as a count that starts at 3.
    func settleStyledBareNumbers(_ workspace: inout Workspace, options: NormalizationOptions) {
        var byLevel: [Int: [Int]] = [:]
        var numbers: [Int: Int] = [:]
        var candidates: [Int: (number: Int, length: Int, separated: Bool)] = [:]
        for i in workspace.items.indices {
            guard workspace.items[i].role == .body, let p = workspace.items[i].paragraph, let level = p.hints.styleHeadingLevel,
                  p.hints.automaticNumbering == nil, !p.hints.isPreformatted, !p.content.isBlank else { continue }
            byLevel[level, default: []].append(i)
            if let label = p.label {
                if label.rank == .western(depth: 1) { numbers[i] = label.number }
            } else if Self.startsWithDigit(p.content) {
                let prefix = p.content.plainPrefix(8)
                if let (number, length) = Self.bareNumber(prefix) {
                    candidates[i] = (number, length, true)
                } else if let (number, length) = Self.joinedNumber(prefix) {
                    candidates[i] = (number, length, false)
                }
            }
        }
        guard !numbers.isEmpty, !candidates.isEmpty else { return }
        for (_, run) in byLevel where run.contains(where: { numbers[$0] != nil }) {
            var changed = true
            while changed {
                changed = false
                for (k, i) in run.enumerated() where numbers[i] == nil {
                    guard let c = candidates[i] else { continue }
                    let before = k > 0 ? numbers[run[k - 1]] : nil, after = k + 1 < run.count ? numbers[run[k + 1]] : nil
                    guard before == c.number - 1 || after == c.number + 1 else { continue }
                    guard var p = workspace.items[i].paragraph else { continue }
                    let rest = p.content.dropping(first: c.length).trimming(CharacterClass.isIndentSpace)
                    guard HeadingsByLook.readsAsHeading(rest.plainText, options: options) else { candidates[i] = nil; continue }
                    var label = NumberingLabel(original: String(c.number), rank: .western(depth: 1), number: c.number, parts: [c.number],
                                               form: LabelForm(numerals: .decimalOutline, suffix: ""))
                    label.separated = c.separated
                    p.label = label
                    p.content = rest
                    workspace.items[i].paragraph = p
                    numbers[i] = c.number
                    changed = true
                }
            }
        }
    }

    /// One to three digits typed straight before a Chinese letter that is no unit (`1引言`, not
    /// `3个` or `2号`): the number and its length.
    static func joinedNumber(_ prefix: String) -> (Int, Int)? {
        let scalars = Array(prefix.unicodeScalars)
        var i = 0, number = 0
        while i < scalars.count, i < 3, ("0"..."9").contains(scalars[i]) {
            number = number * 10 + Int(scalars[i].value - 0x30)
            i += 1
        }
        guard i > 0, number >= 1, i < scalars.count, CharacterClass.isCJKLetter(scalars[i]), !LabelParser.isUnit(scalars[i]),
              !quantityUnits.contains(scalars[i]), scalars[i] != "号" else { return nil }
        return (number, i)
    }

    /// `2.1查看数据` where the document's outline has `2.1.1 工具区`, or a sibling `2.0`/`2.2` that
    /// is a label: a number of two parts typed straight before its title is that outline's
    /// label, and so, in turn, are its siblings typed the same way (`15.1供应商应…` beside the
    /// `15.2投标文件构成` that `15.2.1` makes a label). Elsewhere `1.5倍` and `2.5米` are
    /// quantities: the parser leaves a two-part number without a space alone.
    func settleJoinedDecimals(_ workspace: inout Workspace) {
        var known = Set<[Int]>(), prefixes = Set<[Int]>()
        for item in workspace.items {
            guard case .paragraph(let p) = item.block, let label = p.label else { continue }
            if label.rank == .western(depth: 2) { known.insert(label.parts) }
            if label.rank == .western(depth: 3) { prefixes.insert(Array(label.parts.prefix(2))) }
        }
        guard !prefixes.isEmpty || !known.isEmpty else { return }
        var candidates: [(index: Int, parts: [Int], length: Int)] = []
        for i in workspace.items.indices {
            guard workspace.items[i].role == .body, case .paragraph(let p) = workspace.items[i].block, p.label == nil,
                  p.hints.automaticNumbering == nil, !p.hints.isPreformatted, Self.startsWithDigit(p.content),
                  let (parts, length) = Self.joinedDecimal(p.content.plainPrefix(10)) else { continue }
            candidates.append((i, parts, length))
        }
        var accepted = Set<Int>()
        var changed = true
        while changed {
            changed = false
            for (k, c) in candidates.enumerated() where !accepted.contains(k) {
                let sibling = known.contains([c.parts[0], c.parts[1] - 1]) || known.contains([c.parts[0], c.parts[1] + 1])
                guard prefixes.contains(c.parts) || sibling else { continue }
                accepted.insert(k)
                known.insert(c.parts)
                changed = true
            }
        }
        for k in accepted {
            let c = candidates[k]
            guard case .paragraph(var p) = workspace.items[c.index].block else { continue }
            p.label = NumberingLabel(original: "\(c.parts[0]).\(c.parts[1])", rank: .western(depth: 2), number: c.parts[1], parts: c.parts,
                                     form: LabelForm(numerals: .decimalOutline))
            p.content = p.content.dropping(first: c.length)
            workspace.items[c.index].block = .paragraph(p)
        }
    }

    /// One to three digits, `.`, one to three digits, then a Chinese letter that is no unit.
    static func joinedDecimal(_ prefix: String) -> ([Int], Int)? {
        let scalars = Array(prefix.unicodeScalars)
        var parts: [Int] = [], i = 0
        for k in 0..<2 {
            var n = 0, start = i
            while i < scalars.count, i - start < 3, ("0"..."9").contains(scalars[i]) { n = n * 10 + Int(scalars[i].value - 0x30); i += 1 }
            guard i > start, n >= 1 else { return nil }
            parts.append(n)
            if k == 0 {
                guard i < scalars.count, scalars[i] == "." else { return nil }
                i += 1
            }
        }
        guard i < scalars.count, CharacterClass.isCJKLetter(scalars[i]), !LabelParser.isUnit(scalars[i]), !quantityUnits.contains(scalars[i]) else { return nil }
        return (parts, i)
    }

    /// What follows a quantity: `1.5倍`, `2.5米`, `0.5小时`.
    static let quantityUnits: Set<Unicode.Scalar> = ["倍", "米", "吨", "时", "小", "天", "年", "月", "日", "个", "次", "分", "秒", "克",
                                                      "斤", "升", "度", "寸", "尺", "里", "亩", "台", "套", "件", "人", "名", "周", "页"]

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
            if p.labelRank == .chineseNumber { return }
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
        guard let c = firstScalar(content) else { return false }
        return ChineseNumerals.isNumeral(Character(c)) && c != "零" && c != "〇" && c != "百" && c != "千"
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
        guard let c = firstScalar(content) else { return false }
        return c.value >= 0x30 && c.value <= 0x39
    }

    /// The first scalar of the text, through formatting, past empty runs; nil when the content
    /// starts with anything else (an image, a note).
    static func firstScalar(_ content: [Inline]) -> Unicode.Scalar? {
        switch content.first {
        case .text(let s)?:
            guard let c = s.unicodeScalars.first else { return content.count > 1 ? firstScalar(Array(content.dropFirst())) : nil }
            return c
        case .strong(let c)?, .emphasis(let c)?, .underline(let c)?, .strikethrough(let c)?:
            return firstScalar(c)
        default:
            return nil
        }
    }

    /// One to three digits, spaces (ASCII or ideographic) or a tab (`1⇥接收投标保证金…`, typed
    /// where Word's numbering is switched off), then a letter that is no unit: the number and
    /// the length it takes with its spaces.
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
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\u{3000}" || scalars[i] == "\t" { i += 1 }
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
