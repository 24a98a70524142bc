import DocNormModel

extension ClassifyParagraphs {
    /// True when a labeled sentence reads as a clause of the text rather than as the name of
    /// a section (STRUCTURE.md §4): a definition (`“采购人”是指…`, `…视为…`), a rule that says
    /// who shall, shall not, must or may do something (`应当` `应` `不得` `必须` `须` `可以` `有权`), or a
    /// letter's own voice (`我方` `我公司` `贵方`). A heading names a topic; tender documents
    /// and contracts number every clause, and those clauses are short enough to pass for one.
    /// Words that merely contain 应 or 须 (`供应商` `响应` `相应` `应急` `须知`) are no rule.
    static func readsAsClause(_ sentence: Substring) -> Bool {
        // Only its first line: a line break ends what a reader takes for a heading.
        // Every marker holds one of these scalars: most sentences are passed over at once, on
        // their bytes, before anything is copied.
        guard hasClauseLead(sentence) else { return false }
        let line = sentence.unicodeScalars.prefix { $0 != "\n" && $0 != "\u{0B}" }
        let scalars = Array(line)
        // A sentence: closed by 。！？ or made of clauses. A short line without either names a
        // topic even with a modal in it (`合格的供应商必须具备以下条件`, `合同价款应专款专用`).
        guard let last = scalars.last(where: { !CharacterClass.isIndentSpace($0) }),
              last == "。" || last == "！" || last == "？" || scalars.contains(where: { $0 == "，" || $0 == "；" }) else { return false }
        return hasClauseMarker(scalars)
    }

    /// Whether a marker that defines or rules (`是指` `视为` `不得` `必须` `应` `有权` `我方` …)
    /// stands outside brackets: a remark in brackets is no part of the rule
    /// (`…工作职责（甲方有权根据…调整。）` names a topic).
    static func hasClauseMarker(_ scalars: [Unicode.Scalar]) -> Bool {
        var depth = 0
        for (i, c) in scalars.enumerated() {
            if c == "（" || c == "(" { depth += 1; continue }
            if c == "）" || c == ")" { depth = max(0, depth - 1); continue }
            guard depth == 0, isClauseLead(c) else { continue }
            let next = i + 1 < scalars.count ? scalars[i + 1] : " "
            let previous = i > 0 ? scalars[i - 1] : " "
            switch c {
            case "是": if next == "指" { return true }
            case "视": if next == "为" { return true }
            case "不": if next == "得" { return true }
            case "必": if next == "须" { return true }
            case "可": if next == "以" { return true }
            case "须": if next != "知" { return true }
            case "我", "贵": if next == "方" || next == "公" || next == "单" { return true }
            // 有权 (has the right to), not 所有权 (ownership) nor 享有权利 (enjoys rights).
            case "有":
                let after = i + 2 < scalars.count ? scalars[i + 2] : " "
                if next == "权", previous != "所", after != "利", after != "益", after != "属" { return true }
            case "应": if !notModalBefore.contains(previous) && !notModalAfter.contains(next) { return true }
            default: break
            }
        }
        return false
    }

    /// Whether the first line holds a clause lead (`isClauseLead`), read from the UTF-8: every
    /// lead is an ideograph of three bytes led by E4–E9, which no line break or continuation
    /// byte can be.
    static func hasClauseLead(_ sentence: Substring) -> Bool {
        var sentence = sentence
        return sentence.withUTF8 { b in
            var i = 0
            while i < b.count {
                let c = b[i]
                if c == 0x0A || c == 0x0B { return false }
                if c &- 0xE4 < 6 {
                    if let s = Unicode.Scalar(UTF8Scan.scalar(b, at: i)), isClauseLead(s) { return true }
                    i += 3
                    continue
                }
                i += 1
            }
            return false
        }
    }

    static func isClause(_ p: Paragraph) -> Bool {
        guard p.hasLabel, p.hints.styleHeadingLevel == nil, p.hints.outlineLevel == nil else { return false }
        return readsAsClause(firstSentence(p.content.plainText))
    }

    /// The first scalar of every clause marker (a switch, not a set: asked of every scalar of
    /// a labeled sentence).
    static func isClauseLead(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "是", "视", "不", "必", "可", "须", "我", "贵", "应", "有": return true
        default: return false
        }
    }
    /// 应 after these is part of a word (`供应` `响应` `相应` `对应` `适应` `反应` `效应` `回应` …).
    static let notModalBefore: Set<Unicode.Scalar> = ["供", "响", "相", "对", "适", "反", "效", "回", "感", "呼", "答", "顺", "报", "照", "策", "因"]
    /// 应 before these is a word of its own (`应急` `应用` `应届` `应聘` `应收` `应付` `应对` …).
    static let notModalAfter: Set<Unicode.Scalar> = ["急", "用", "届", "聘", "征", "收", "付", "对", "答", "变", "邀", "试", "考", "酬", "允", "声", "运"]
}
