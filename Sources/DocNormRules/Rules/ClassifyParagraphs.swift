import DocNormModel

/// Decides, for every labeled paragraph, whether it is a heading, a run-in heading, a list
/// item, an article or an enumeration (STRUCTURE.md §4), and links each label to its parent
/// label. Word's own signals (heading styles, outline levels) and the document's own table of
/// contents win over guessing.
///
/// - heading: short (≤ 40 characters after the label), one sentence, not ending with ；：，
/// - run-in heading: the first sentence is short and more text follows
/// - list item: otherwise, or ending with ；/：, or when its (first) sentence reads as a clause
///   (a definition, a rule with 应当/不得/可以…, a letter's 我方): see `readsAsClause`
/// Siblings (same rank, same parent, one numbered series: see `series`) are classified
/// together: when most are headings all are, otherwise all are list items, so one list is
/// never split between the two. A clause votes as a list item and stays one among headings.
/// Siblings with no text between them (only their own short labeled children) do not stand
/// alone: they are a list, whether typed or numbered by Word. A bold, centred or larger line right
/// before the first of a series of headings names the series: it is a heading too.
/// Reports nothing.
package struct ClassifyParagraphs: Rule {
    package let name = "classify-paragraphs"
    package let phase = RulePhase.classification
    package let requires = ["detect-labels", "detect-title", "discount-body-outline-levels", "headings-from-contents", "headings-by-look", "attachment-headings"]
    package init() {}

    static let listEndings: Set<Character> = ["；", "：", "，", ";", ":", ","]

    /// `listEndings` for a scalar that is a character of its own.
    static func isListEnding(_ s: Unicode.Scalar) -> Bool {
        s == "；" || s == "：" || s == "，" || s == ";" || s == ":" || s == ","
    }

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        var items = workspace.items
        // Outside Chinese reports a Word list is a list: headings there have heading styles.
        let listsStayLists = workspace.metadata.language != "zh"
        // Plain text has no bold, sizes or alignment: what only they tell is not looked for.
        let styled = workspace.metadata.sourceFormat != "text"
        let bodySize = listsStayLists ? nil : DetectTitle.bodySize(items)
        var plainListItems = Set<Int>()
        // A Word list of which one item opens typed sections (`2.` then `2.1 新建流程`) is one of
        // sections, all its items (`4. 角色管理` beside it too).
        var sectionLists = Set<Int>()
        if !listsStayLists {
            // So is a list of more than one level (一、 （一） 1.: an outline), or in Chinese numerals.
            var levels: [Int: Int] = [:]
            for i in items.indices {
                guard let auto = items[i].hints?.automaticNumbering else { continue }
                if Self.opensTypedSections(i, items) || Self.cjkFormats.contains(where: { auto.format.hasPrefix($0) }) {
                    sectionLists.insert(auto.listID)
                }
                if let other = levels[auto.listID], other != auto.level { sectionLists.insert(auto.listID) }
                levels[auto.listID] = auto.level
            }
        }
        func neverHeading(_ i: Int, _ p: Paragraph) -> Bool {
            Self.neverHeading(p) || (listsStayLists ? Self.isWordList(p) : plainListItems.contains(i))
        }
        // 1. Each paragraph on its own: a long document's parts at the same time.
        let own = Parallel.map(items.count) { part in
            part.compactMap { i -> (index: Int, role: Item.Role, plain: Bool)? in
                guard items[i].role == .body, let p = items[i].paragraph else { return nil }
                var plain = false
                if !listsStayLists, Self.isPlainListParagraph(p, bodySize: bodySize),
                   let auto = p.hints.automaticNumbering, !sectionLists.contains(auto.listID), !Self.isOutlineNumber(p.label) {
                    plain = true
                }
                var role: Item.Role = items[i].listedInContents ? .heading
                    : listsStayLists && Self.isWordList(p) || plain ? .listItem : Self.role(of: p, options: options)
                // Where Word shows formatting, a run-in heading is one the author set apart: a
                // lead in the body's own type (`1、成立磋商小组。本项目评审工作由…`) is a numbered step.
                if styled, role == .runInHeading, !Self.hasSetApartLead(p) { role = .listItem }
                return (i, role, plain)
            }
        }
        for (i, role, plain) in own.joined() {
            if plain { plainListItems.insert(i) }
            items[i].role = role
        }
        // 2. The label tree: a label's parent is the nearest earlier label of a higher rank.
        //    Word's own lists nest by their list level instead, bullets included.
        // 3. Siblings decide together.
        //    Within a parent's labels of one rank, each numbered series decides for itself.
        func decide(_ items: inout [Item], passingOver: (Int) -> Bool) -> (notes: Set<Int>, series: [[Int]]) {
            Self.linkParents(&items, passingOver: passingOver)
            var groups: [SiblingKey: [Int]] = [:]
            var order: [SiblingKey] = []
            // Each group's members in a Word heading style (none in plain text), each with the
            // lowest style level up to it.
            var styledMembers: [SiblingKey: [(index: Int, lowest: Int)]] = [:]
            for i in items.indices {
                guard let rank = items[i].labelRank, rank.isStructural || items[i].hints?.automaticNumbering != nil,
                      Self.isLabeled(items[i].role) else { continue }
                let key = SiblingKey(parent: items[i].parent, rank: rank)
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(i)
                if styled, let level = items[i].hints?.styleHeadingLevel {
                    let lowest = min(level, styledMembers[key]?.last?.lowest ?? level)
                    styledMembers[key, default: []].append((i, lowest))
                }
            }
            var noteItems = Set<Int>()
            let allSeries = order.flatMap { Self.series(groups[$0]!, items) }
            for members in allSeries {
                // Sentences in a heading style among list items of one list (plain, or clauses whose
                // style `DiscountBodyOutlineLevels` set aside) are list items too: `（1）严格遵循公平、
                // 公正、科学、择优的原则。` in Heading 7 beside `（2）任何单位和个人不得…`. The other
                // items say what the list is.
                let free = members.filter { !Self.isFixedHeading(items[$0]) }
                let styledSentences = members.filter { Self.isStyledSentence($0, items) }
                if !styledSentences.isEmpty, !free.isEmpty, free.allSatisfy({ items[$0].role == .listItem }) {
                    for i in styledSentences { items[i].role = .listItem }
                }
                // Typed `一、…十、` inside a deeper Word heading (a form's pledges under `附件3-5`, in
                // Heading 4) where this rank's sections have Word's heading styles: its content.
                if styled, let rank = items[members[0]].labelRank,
                   let styledPeers = styledMembers[SiblingKey(parent: items[members[0]].parent, rank: rank)],
                   Self.isTypedSeriesInsideWordHeading(members, styledPeers, items) {
                    for i in members where !Self.isFixedHeading(items[i]) { items[i].role = .listItem }
                    continue
                }
                // A Word list of one item is a list all the same (a list restarted for one item);
                // one numbered on from its list's items elsewhere (`18.` alone in its chapter, of a
                // list that numbers sections across chapters) is judged as they are.
                let inNote = Self.followsANoteLead(members[0], items)
                if inNote { noteItems.formUnion(members) }
                // Tight, unless every member is a lead set apart over plain items (`一、投标报价（35分）`
                // in bold over its `1.` rules): the look says which lines head the others.
                // A short member whose own typed subsections follow it (`3.2.2 表单字段管理` over
                // `3.2.2.1单行输入` …) is a section, whatever its siblings are (`3.2.1 布局管理，…`).
                let opening = members.filter { items[$0].role == .heading && Self.opensTypedSubsections($0, items, options: options) }
                defer { for i in opening { items[i].role = .heading } }
                if inNote || opening.isEmpty && Self.isTight(members, items) && !(styled && !listsStayLists && Self.allLeadsOverPlainItems(members, items, bodySize: bodySize))
                    || members.count == 1 && Self.isWordListItem(items[members[0]]) && items[members[0]].labelNumber ?? 1 <= 1 {
                    for i in members where !Self.isFixedHeading(items[i]) { items[i].role = .listItem }
                    continue
                }
                // Items that are never headings have no vote; a voter's next sibling is the member after it.
                let voting = members.indices.filter { k in items[members[k]].paragraph.map { neverHeading(members[k], $0) } != true }
                let voters = voting.map { members[$0] }
                let sentences = voters.map { Self.isSentenceWithoutContent($0, items) }
                let headings = voters.indices.filter { v in
                    let i = voters[v]
                    guard items[i].role == .heading || items[i].role == .runInHeading, !sentences[v] else { return false }
                    // The last of a run of such sentences is one too, whatever follows the list
                    // (廉政协议's `五、…。` `六、…。` `七、…。` over `签字盖章：`).
                    return !(v == voters.count - 1 && v > 0 && sentences[v - 1] && Self.closesWithFullStop(items[i]))
                }.count
                // Short lines set apart over their own text or items vote as headings too (plain
                // text sets nothing apart).
                let leads = listsStayLists || !styled ? 0 : voting.filter { k in
                    Self.isSetApartLead(members[k], items, nextSibling: k + 1 < members.count ? members[k + 1] : nil, bodySize: bodySize)
                }.count
                let asHeadings = (headings + leads) * 2 > voters.count
                // Carried by those leads alone, a series keeps its long sentences of clauses as items.
                let byLeads = asHeadings && headings * 2 <= voters.count
                for i in members where !Self.isFixedHeading(items[i]) {
                    guard let p = items[i].paragraph else { continue }
                    if asHeadings, items[i].role == .listItem, !neverHeading(i, p), !Self.isClause(p), !Self.isLongField(p, options: options),
                       !(byLeads && Self.isSentenceOfClauses(p)), !Self.endsAsAClause(p), Self.isShortEnoughToHead(p, options: options) {
                        items[i].role = Self.forcedHeadingRole(p, options: options)
                    } else if !asHeadings {
                        items[i].role = .listItem
                    }
                }
            }
            return (noteItems, allSeries)
        }
        // Step 3 changes roles alone (and step 2 parents, all set again): what step 1 gave is kept.
        let rolesOnTheirOwn = items.map(\.role)
        let (firstNotes, firstSeries) = decide(&items) { _ in false }
        var noteItems = firstNotes
        // A list of a higher rank inside a lower section (a letter's `一、…五、` pledges under the
        // form `1、廉政承诺书`) opens nothing: the forms after it (`2、响应函格式`) are that form's
        // siblings. Decided again from step 2 with the list passed over.
        let embedded = Self.embeddedLists(firstSeries, items)
        if !embedded.isEmpty {
            for i in items.indices { items[i].role = rolesOnTheirOwn[i] }
            noteItems = decide(&items) { embedded.contains($0) }.notes
        }
        // A list of the document's chapters inside a clause (`10.1 磋商文件由下列文件组成：`
        // `第一章…第七章`) names them; it does not open them: the clauses after it go on
        // under the section they are in.
        // So do a note's items: the labels after the note go on under the section it is in.
        if !noteItems.isEmpty || items.contains(where: Self.isDivisionMention) {
            let passed = items
            Self.linkParents(&items) { noteItems.contains($0) || embedded.contains($0) || Self.isDivisionMention(passed[$0]) }
        }
        // 4. Nothing under a list item can be a heading.
        for i in items.indices {
            if let parent = items[i].parent, items[parent].role == .listItem, Self.isLabeled(items[i].role),
               !Self.isFixedHeading(items[i]) {
                items[i].role = .listItem
            }
        }
        // 4b. An article's (一) and 1. are its clauses: `第七条 双方的权利义务` `（一）甲方的权利义务`.
        Self.keepArticleClausesInTheirArticle(&items)
        // 5. In Chinese reports, a line set apart right before the first heading of a series
        //    names that series: `供应商须知` (bold) before `一、总则` … `八、授予合同`.
        let firstHeading = items.firstIndex { $0.role == .heading }
        for i in items.indices.dropLast() where !listsStayLists
            && Self.namesTheSeriesAfterIt(i, items, bodySize: bodySize, firstHeading: firstHeading, options: options) {
            items[i].role = .heading
        }
        // 5b. So does a contract's name over its parties, fields and preamble:
        //     `…服务协议` (larger, bold) … `根据《民法典》…` `一、价格条款`.
        for i in items.indices.dropLast() where !listsStayLists && styled && Self.namesTheContractAfterIt(i, items, bodySize: bodySize, options: options) {
            items[i].role = .heading
        }
        workspace.items = items
    }

    /// A series typed without Word's styles or numbers, starting at 1, after sections of its
    /// rank and parent that have Word's heading styles, and inside a Word heading deeper than
    /// those: the deeper heading's content (保洁员's `附件3-5 供应商承诺声明` in Heading 4 over
    /// `一、供应商诚信承诺` … `十、`, where `一、价格文件` is Heading 3). `styled` holds the
    /// group's members in a heading style, in order, each with the lowest style level up to it.
    static func isTypedSeriesInsideWordHeading(_ members: [Int], _ styled: [(index: Int, lowest: Int)], _ items: [Item]) -> Bool {
        guard let first = members.first, items[first].labelNumber == 1, let earliest = styled.first, earliest.index < first,
              members.allSatisfy({ AssignLevels.explicitLevel(items[$0]) == nil && items[$0].hints?.automaticNumbering == nil })
        else { return false }
        // The last styled member before the series, found by halves: a group may be long.
        var low = 0, high = styled.count
        while low < high {
            let mid = (low + high) / 2
            if styled[mid].index < first { low = mid + 1 } else { high = mid }
        }
        let lastPeer = styled[low - 1].index, peerLevel = styled[low - 1].lowest
        guard lastPeer + 1 < first,
              let inside = items[(lastPeer + 1)..<first].last(where: { $0.hints?.styleHeadingLevel != nil }),
              let level = inside.hints?.styleHeadingLevel else { return false }
        return level > peerLevel
    }

    /// The members of series that are lists of a higher rank than the labeled heading they
    /// stand under, starting at 1. The first label after the list must be of that heading's
    /// rank (its sibling, taken for the list's child); a list with items of its own is left as it is.
    static func embeddedLists(_ allSeries: [[Int]], _ items: [Item]) -> Set<Int> {
        // Lists under a deeper heading, with that heading's rank; most documents have none.
        var candidates: [(members: [Int], headingRank: LabelRank)] = []
        for members in allSeries where members.count > 1 {
            let first = members[0]
            guard items[first].labelNumber == 1, let rank = items[first].labelRank,
                  members.allSatisfy({ items[$0].role == .listItem && !isFixedHeading(items[$0]) }) else { continue }
            // The nearest heading before the list, after the list's parent.
            let floor = (items[first].parent ?? -1) + 1
            guard floor < first, let h = items[floor..<first].lastIndex(where: { $0.role == .heading || $0.role == .runInHeading }),
                  let headingRank = items[h].labelRank, headingRank.isStructural, headingRank > rank else { continue }
            candidates.append((members, headingRank))
        }
        guard !candidates.isEmpty else { return [] }
        var firstChild: [Int: Int] = [:]
        for i in items.indices { if let p = items[i].parent, firstChild[p] == nil { firstChild[p] = i } }
        var out = Set<Int>()
        for (members, headingRank) in candidates where members.dropLast().allSatisfy({ firstChild[$0] == nil })
            && firstChild[members.last!].map({ items[$0].labelRank == headingRank }) ?? true {
            out.formUnion(members)
        }
        return out
    }

    /// A short line set apart (bold, or larger than the body) that its own text or items
    /// follow before its next sibling: `五、投标报名：` (bold) over `1、报名时间：…`. It votes as
    /// a heading, the colon notwithstanding: a tender notice heads its parts so.
    static func isSetApartLead(_ i: Int, _ items: [Item], nextSibling: Int?, bodySize: Int?) -> Bool {
        items[i].role == .listItem && looksSetApart(i, items, nextSibling: nextSibling, bodySize: bodySize)
    }

    /// The look of a set-apart lead, whatever role the line has so far.
    static func looksSetApart(_ i: Int, _ items: [Item], nextSibling: Int?, bodySize: Int?) -> Bool {
        guard i + 1 < items.count, nextSibling != i + 1, let p = items[i].paragraph,
              p.hints.automaticNumbering == nil, case .paragraph(let next) = items[i + 1].block else { return false }
        // Larger than the body and than what follows: a part set wholly in a larger size sets nothing apart.
        let larger = isLarger(p, than: bodySize) && isLarger(p, than: next.hints.fontSize ?? bodySize)
        guard p.hints.isBold || larger else { return false }
        let text = p.content.plainText
        return text.scalarCount <= setApartLeadLength && !firstSentence(text).hasSuffix("。")
    }

    /// Every member a lead set apart (`looksSetApart`) over a labeled item that is neither
    /// bold nor larger than the body: headings over their lists.
    static func allLeadsOverPlainItems(_ members: [Int], _ items: [Item], bodySize: Int?) -> Bool {
        guard members.count >= 2 else { return false }
        return members.indices.allSatisfy { k in
            let m = members[k]
            guard looksSetApart(m, items, nextSibling: k + 1 < members.count ? members[k + 1] : nil, bodySize: bodySize),
                  let child = items[m + 1].paragraph else { return false }
            return child.hasLabel && !child.hints.isBold && !isLarger(child, than: bodySize)
        }
    }

    /// Scalars, at most, of a set-apart lead's text.
    static let setApartLeadLength = 20

    /// Longer than a lead and made of clauses: `四、其他未尽事宜，双方协商解决，…`.
    static func isSentenceOfClauses(_ p: Paragraph) -> Bool {
        let text = p.content.plainText
        return text.scalarCount > setApartLeadLength && (text.containsBytes("，") || text.contains(","))
    }

    /// A paragraph in a Word list (a bullet or a number), without a heading style or outline level.
    static func isWordList(_ p: Paragraph) -> Bool {
        p.hints.automaticNumbering != nil && p.hints.styleHeadingLevel == nil && p.hints.outlineLevel == nil
    }

    /// A Word list item in the List Paragraph style that looks like the body (not bold, not
    /// centred, not larger): the author made it an item of a list, and nothing says otherwise
    /// (会议纪要's `1.是否需要聚合` under its typed `九 地图`). In Chinese reports a Word list with
    /// a look of its own can still be a series of headings (`一、评标准则` in bold).
    static func isPlainListParagraph(_ p: Paragraph, bodySize: Int?) -> Bool {
        isWordList(p) && p.hints.isListParagraph && !p.hints.isBold && !p.hints.isCentered && !isLarger(p, than: bodySize)
    }

    /// A Word list item followed by typed clauses of its own number (`2.` then `2.1 新建流程`)
    /// is a section whatever its style: it opens them.
    static func opensTypedSections(_ i: Int, _ items: [Item]) -> Bool {
        guard items[i].hints?.automaticNumbering != nil, let number = items[i].labelNumber else { return false }
        // The first label after it, within three paragraphs, decides.
        guard let next = items[(i + 1)...].prefix(3).first(where: { $0.hasLabel }), let label = next.label,
              case .western(let depth) = label.rank else { return false }
        return depth > 1 && label.parts.first == number && next.hints?.automaticNumbering == nil
    }

    /// A typed outline number (`3.2.2`) whose first label after it, within three paragraphs,
    /// is its own first subsection (`3.2.2.1单行输入`), short and open as a heading is.
    static func opensTypedSubsections(_ i: Int, _ items: [Item], options: NormalizationOptions) -> Bool {
        guard let own = items[i].label, case .western(let depth) = own.rank, items[i].hints?.automaticNumbering == nil,
              let next = items[(i + 1)...].prefix(3).first(where: { $0.hasLabel }), let label = next.label,
              case .western(let childDepth) = label.rank, childDepth == depth + 1, label.number == 1,
              Array(label.parts.prefix(depth)) == own.parts, let text = next.paragraph?.content.plainText,
              let ownText = items[i].paragraph?.content.plainText else { return false }
        // A clause that announces its list (`15.2投标文件构成（…以下内容）` over `15.2.1商务响应文件由
        // 以下部分组成`, `7.2本合同款项按照以下方式支付`) opens clauses, not sections.
        let announces = { (t: String) in ["以下", "下列", "如下"].contains { t.contains($0) } }
        return HeadingsByLook.readsAsHeading(text, options: options) && !announces(ownText) && !announces(text)
    }

    /// Word's number formats in ideographs (`一、` in chineseCounting, japaneseCounting …).
    static let cjkFormats = ["chinese", "japanese", "ideograph", "taiwanese", "korean"]

    /// `2.2.6`: a number of a section's outline, Word's or typed.
    static func isOutlineNumber(_ label: NumberingLabel?) -> Bool {
        if case .western(let depth)? = label?.rank { return depth > 1 }
        return false
    }

    /// Links each label to its parent label (step 2), passing over the items `passingOver`
    /// says open nothing (they still get a parent).
    static func linkParents(_ items: inout [Item], passingOver: (Int) -> Bool) {
        var stack: [(rank: LabelRank, index: Int)] = []
        var listStack: [(level: Int, index: Int)] = []
        var lastInSeries: [SeriesKey: Int] = [:]
        // The latest label of each number in each series key.
        var lastNumbered: [SeriesKey: [Int: Int]] = [:]
        for i in items.indices {
            guard let label = items[i].label, Self.isLabeled(items[i].role) else {
                if Self.isFixedHeading(items[i]) { listStack.removeAll() }
                continue
            }
            if let auto = items[i].hints?.automaticNumbering {
                while let top = listStack.last, top.level >= auto.level { listStack.removeLast() }
                // A form without digits the label rules do not know (`附　录　A`, ranked by its
                // list level) in a heading style or at an outline level stands at Word's level:
                // no label above it is its parent.
                let unknownForm = Self.isLetteredForm(label) && AssignLevels.explicitLevel(items[i]) != nil
                var parent = listStack.last?.index ?? (label.rank.isStructural && !unknownForm ? Self.rankParent(label.rank, stack) : nil)
                // Nor is a Word list item of its own level: that is its sibling, of its list or of
                // another (POI's `NEW-1-FORMAT` list after a `1.` list, both at level 0).
                if case .listLevel = label.rank, listStack.isEmpty, let p = parent, items[i].role == .listItem,
                   items[p].role == .listItem, items[p].hints?.automaticNumbering?.level == auto.level {
                    parent = items[p].parent
                }
                items[i].parent = parent
                listStack.append((auto.level, i))
                if label.rank.isStructural, listStack.count == 1 {
                    stack.removeLast(Self.closedCount(by: label, stack, items))
                    stack.append((label.rank, i))
                }
                continue
            }
            listStack.removeAll()
            guard label.rank.isStructural else { continue }
            if passingOver(i) {
                items[i].parent = Self.rankParent(label.rank, stack)
                continue
            }
            var closed = Self.closedCount(by: label, stack, items)
            // A label that goes on from its series (`（2）` after `（1）`, passed by `2.1`…`2.3` it
            // does not belong to) goes back to that series' parent while the parent is open. So
            // does one whose latest label of its form is lower than the one it follows (a form
            // `9、` after the `1、`…`3、` fields of form `8、`).
            let key = SeriesKey(rank: label.rank, form: label.form)
            let previous = lastInSeries[key].flatMap { last -> Int? in
                guard label.number > 1, let n = items[last].labelNumber else { return nil }
                if n == label.number - 1 { return last }
                return n < label.number - 1 ? lastNumbered[key]?[label.number - 1] : nil
            }
            if let previous, let parent = items[previous].parent,
               let k = stack.lastIndex(where: { $0.index == parent }), k < stack.count - closed - 1 {
                closed = stack.count - k - 1
            }
            lastInSeries[key] = i
            lastNumbered[key, default: [:]][label.number] = i
            stack.removeLast(closed)
            items[i].parent = stack.last?.index
            stack.append((label.rank, i))
        }
    }

    struct SeriesKey: Hashable {
        var rank: LabelRank
        var form: LabelForm
    }

    /// A label Word numbers in a form without digits that the label rules do not know
    /// (`附　录　A`, ranked by its list level): its rank says nothing about containment.
    static func isLetteredForm(_ label: NumberingLabel) -> Bool {
        guard case .listLevel = label.rank else { return false }
        return !label.original.unicodeScalars.contains(where: { ("0"..."9").contains($0) })
    }

    /// How many of the open labels, from the top, `label` closes: those of its rank or lower.
    /// Chapters' forms share a rank (第一章, 第一部分, 第一编): one closes what is open down to
    /// its own form's label; one of another form that starts at 1 opens inside the open one
    /// (第五章's `第一部分 合同协议书`, 第二部分's `第一章 总则`); a volume (`第二卷`) holds
    /// the chapters after it, whatever their numbers.
    /// `open` holds each open label's rank and item; a form is looked up only among chapters.
    static func closedCount(by label: NumberingLabel, _ open: [(rank: LabelRank, index: Int)], _ items: [Item]) -> Int {
        let standard = { open.reversed().prefix { $0.rank >= label.rank }.count }
        guard label.rank == .chapter else { return standard() }
        let sameForm = open.indices.last { open[$0].rank == .chapter && items[open[$0].index].label?.form.suffix == label.form.suffix }
        if let k = sameForm { return open.count - k }
        // A volume holds chapters whatever their numbers (第二卷 › 第五章, counted on from 第一卷).
        if label.form.suffix != "卷", let k = open.lastIndex(where: { $0.rank == .chapter && items[$0.index].label?.form.suffix == "卷" }) {
            return open.count - k - 1
        }
        if label.number == 1, let k = open.lastIndex(where: { $0.rank == .chapter }) { return open.count - k - 1 }
        return standard()
    }

    /// A typed chapter or section label that is a list item: the name of a division, listed.
    static func isDivisionMention(_ item: Item) -> Bool {
        guard item.role == .listItem, let label = item.label, label.rank <= .section else { return false }
        return item.hints?.automaticNumbering == nil
    }

    /// A Word list paragraph the document's contents do not list.
    static func isWordListItem(_ item: Item) -> Bool {
        !item.listedInContents && item.paragraph.map(isWordList) == true
    }

    static func rankParent(_ rank: LabelRank, _ stack: [(rank: LabelRank, index: Int)]) -> Int? {
        stack.last { $0.rank < rank }?.index
    }

    struct SiblingKey: Hashable {
        var parent: Int?
        var rank: LabelRank
    }

    static func isLabeled(_ role: Item.Role) -> Bool {
        role == .heading || role == .runInHeading || role == .listItem
    }

    /// A heading style, an outline level or the document's own contents make a heading
    /// whatever the text says.
    static func isFixedHeading(_ item: Item) -> Bool {
        if item.listedInContents { return true }
        guard let hints = item.hints else { return false }
        return hints.styleHeadingLevel != nil || hints.outlineLevel != nil
    }

    static func role(of p: Paragraph, options: NormalizationOptions) -> Item.Role {
        if p.hints.styleHeadingLevel != nil || p.hints.outlineLevel != nil { return .heading }
        guard let label = p.label else {
            if case .enumeration? = LabelParser.parse(p.content.plainPrefix(8)) { return .enumeration }
            return .body
        }
        switch label.rank {
        case .article: return .article
        case .bullet: return .listItem
        default: break
        }
        if neverHeading(p) { return .listItem }
        return textRole(p, options: options)
    }

    /// Items that are never headings (STRUCTURE.md §4), whatever their siblings: a question
    /// and its options, items labelled `1）` `a)` `①` in body text, and a Word list in a form
    /// that sections do not use (roman, custom text), unless a style makes it a heading.
    static func neverHeading(_ p: Paragraph) -> Bool {
        guard let label = p.label, p.hints.styleHeadingLevel == nil, p.hints.outlineLevel == nil else { return false }
        // A label alone heads nothing (`（1）` on a line of a table taken out of a PDF).
        if !hasText(p.content) { return true }
        if isQuestion(p.content.plainText) { return true }
        if label.rank == .circled || isBodyItemLabel(label) { return true }
        // A Word list in letters, roman numerals or a form of its own is a list, not sections.
        if p.hints.automaticNumbering != nil, case .listLevel = label.rank { return true }
        return false
    }

    /// Some text that is not white space, or anything else (an image, a formula); found by
    /// scalars, the first of them nearly always answering.
    static func hasText(_ content: [Inline]) -> Bool {
        content.contains { inline in
            guard case .text(let s) = inline else { return true }
            return s.unicodeScalars.contains { !CharacterClass.isIndentSpace($0) && !$0.properties.isWhitespace }
        }
    }

    /// `项目名称：上海松江客整所保洁服务`: a field and its value, as tender documents list them.
    static func isField(_ text: String) -> Bool {
        // A colon character holds a colon scalar: without one, no walk through the characters.
        // Counted in the UTF-8 when its characters are simple ones (report text nearly always),
        // no further than a key can be long.
        switch text.colonField(within: 10) {
        case .none, .beyond: return false
        case .colon(let key, let valueFollows): return valueFollows && key >= 2 && key <= 10
        case .unknown: break
        }
        guard text.containsByte(0x3A) || text.containsBytes("：") else { return false }
        guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return false }
        let key = text.distance(from: text.startIndex, to: colon)
        let value = text[text.index(after: colon)...].drop(while: { $0.isWhitespace })
        return key >= 2 && key <= 10 && !value.isEmpty
    }

    /// A form's statement with boxes to tick inside it (`一、本单位与采购人之间□不存在利害关系□存在
    /// 下列利害关系`): a line to fill in, not a section's name. A box before the text (`□五、`,
    /// a clause the buyer may choose) says nothing.
    static func offersBoxesToTick(_ text: String) -> Bool {
        guard text.containsBytes("□") || text.containsBytes("☐") else { return false }
        let scalars = text.unicodeScalars.drop { CharacterClass.isIndentSpace($0) || $0 == "□" || $0 == "☐" }
        return scalars.contains { $0 == "□" || $0 == "☐" }
    }

    static func isQuestion(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last(where: { !CharacterClass.isIndentSpace($0) }) else { return false }
        return last == "？" || last == "?"
    }

    static func textRole(_ p: Paragraph, options: NormalizationOptions) -> Item.Role {
        let text = p.content.plainText
        guard !text.isEmpty else { return .heading }  // a bare label: 第一章
        // The last character read from the UTF-8 when it is a simple one, by grapheme breaking otherwise.
        let endsAsItem: Bool
        let endsSentence: Bool
        if let last = text.lastSimpleScalar {
            endsAsItem = isListEnding(last)
            endsSentence = last == "。" || last == "！" || last == "？"
        } else {
            let last = text.last!
            endsAsItem = listEndings.contains(last)
            endsSentence = isSentenceEnd(last)
        }
        if endsAsItem || TextKey.endsWithConjunctionAfterAClause(text) { return .listItem }
        if isField(text) || offersBoxesToTick(text) { return .listItem }
        // Lengths in Unicode scalars: the same as characters in report text, far cheaper to count.
        let sentence = firstSentence(text)
        if readsAsClause(sentence) { return .listItem }
        if sentence.endIndex == text.endIndex {
            // One sentence: a heading when short.
            let length = text.scalarCount - (endsSentence ? 1 : 0)
            return length <= options.maxHeadingLength ? .heading : .listItem
        }
        // A lead made of clauses in a short paragraph is a rule with its explanation
        // (`2.头发干净整齐、颜色自然，不理奇异发型。男性…`): a run-in heading opens a section's text.
        if text.scalarCount < minRunInSectionLength, sentence.unicodeScalars.contains("，") { return .listItem }
        let length = sentence.unicodeScalars.count - 1
        return length <= options.maxHeadingLength && length > 0 ? .runInHeading : .listItem
    }

    /// The first sentence is set apart from the rest: in bold, the rest not all bold
    /// (`**（一）指导思想。**全面贯彻…`), or in a font or size of its own (楷体 over 仿宋, as 公文 set
    /// a run-in heading).
    static func hasSetApartLead(_ p: Paragraph) -> Bool {
        // A paragraph wholly in bold is emphasis (a clause stressed, perhaps highlighted too).
        guard !p.hints.isBold else { return false }
        // The sentence's final 。 may stand outside the lead's look; a typed label inside it
        // (`（十一）`) adds a few characters, and a look that reaches further sets nothing apart.
        let lead = TextKey.nonWhiteScalarCount(String(firstSentence(p.content.plainText)), upTo: .max)
        if let apart = p.hints.setApartLeadLength, apart >= lead - 1, apart <= lead + 6 { return true }
        var bold = 0
        var rest = false
        for inline in p.content {
            if case .strong(let c) = inline {
                bold += TextKey.nonWhiteScalarCount(c.plainText, upTo: .max)
            } else if case .text(let s) = inline, s.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
                continue
            } else {
                rest = true
                break
            }
        }
        guard rest else { return false }
        return bold >= lead - 1
    }

    /// Scalars, at least, of a run-in heading whose lead is made of clauses.
    static let minRunInSectionLength = 200

    /// A list item whose siblings are headings: a run-in heading if it has a sentence end with
    /// text after it, else a heading of its whole text.
    /// Ends with `；` or `，` (or their half-width forms), perhaps with its conjunction after
    /// (`…；或`): a clause of a list, which its
    /// siblings' votes never make a heading (`1.（标的名称），属于…；`). A lead's `：` may.
    static func endsAsAClause(_ p: Paragraph) -> Bool {
        let text = p.content.plainText
        guard let last = text.lastSimpleScalar ?? text.unicodeScalars.last else { return false }
        return last == "；" || last == ";" || last == "，" || last == "," || TextKey.endsWithConjunctionAfterAClause(text)
    }

    /// A heading's text, or a run-in heading's first sentence, is as short as a heading on its
    /// own, or a longer name without clauses (at most twice as long): siblings' votes make a
    /// heading of `六、招标人不承担…所发生的任何成本或费用`, never of a sentence of clauses
    /// (`2.2.2我们为新流程增加一个“新建问题”的动作，新建问题之后…，所以…`).
    static func isShortEnoughToHead(_ p: Paragraph, options: NormalizationOptions) -> Bool {
        let sentence = firstSentence(p.content.plainText)
        let length = sentence.unicodeScalars.count - 1
        if length <= options.maxHeadingLength { return true }
        return length <= 2 * options.maxHeadingLength && !sentence.unicodeScalars.contains("，")
    }

    static func forcedHeadingRole(_ p: Paragraph, options: NormalizationOptions) -> Item.Role {
        let text = p.content.plainText
        return firstSentence(text).endIndex < text.endIndex ? .runInHeading : .heading
    }

    /// The text up to and including the first 。！？ outside brackets (the whole text when
    /// there is none): `三、…工作职责（甲方有权…调整服务内容。）` is one sentence. Where a bracket
    /// never closes, the first end inside it counts.
    static func firstSentence(_ text: String) -> Substring {
        // Found in the UTF-8: 。 is E3 80 82, ！ EF BC 81, ？ EF BC 9F, （ EF BC 88, ） EF BC 89.
        var copy = text
        let offset = copy.withUTF8 { b -> Int? in
            var k = 0
            var depth = 0
            var inside: Int?
            while k < b.count {
                let c = b[k]
                if c == 0x28 { depth += 1 } else if c == 0x29 { depth = max(0, depth - 1) }
                if k + 2 < b.count {
                    if c == 0xEF, b[k + 1] == 0xBC, b[k + 2] == 0x88 { depth += 1 }
                    if c == 0xEF, b[k + 1] == 0xBC, b[k + 2] == 0x89 { depth = max(0, depth - 1) }
                    let fullStop = c == 0xE3 && b[k + 1] == 0x80 && b[k + 2] == 0x82
                    let mark = c == 0xEF && b[k + 1] == 0xBC && (b[k + 2] == 0x81 || b[k + 2] == 0x9F)
                    if fullStop || mark {
                        if depth == 0 { return k }
                        inside = inside ?? k
                    }
                }
                k += 1
            }
            return depth > 0 ? inside : nil
        }
        if let offset { return text[...text.utf8.index(text.utf8.startIndex, offsetBy: offset)] }
        return Substring(text)
    }

    static func isSentenceEnd(_ c: Character) -> Bool { CharacterClass.isSentenceEnd(c) }
}
