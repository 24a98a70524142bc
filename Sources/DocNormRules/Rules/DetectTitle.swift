import DocNormModel
import Foundation

/// Finds the title from evidence (STRUCTURE.md §1), in this order:
/// 1. a paragraph in Word's `Title` style before the first numbered section;
/// 2. a leading paragraph whose text is the document's `dc:title`;
/// 3. in a Chinese .docx, the leading paragraph set apart from the body (the largest text,
///    larger than the body's, or centred and bold), with the lines of the same look that
///    follow it (a title set over two lines is one title);
/// 4. in plain text and Chinese reports without such signals, the first paragraph when it
///    carries no label, is at most 80 characters and does not end with 。！？；：，.
/// Never a title: a table of contents, an image, a cover line such as `项目编号：…`, `ICS
/// 27.120`, a date, nor the first paragraph of a non-Chinese document without a Title style
/// or dc:title. "Leading" means before the first section (a heading style, an outline level
/// or a section label). A trailing word-count note (`（2946字）`) is removed and kept as
/// `claimedLength`. Reports nothing.
package struct DetectTitle: Rule {
    package let name = "detect-title"
    package let phase = RulePhase.classification
    package let requires = ["detect-language", "detect-labels", "set-aside-table-of-contents", "discount-body-outline-levels"]
    package init() {}

    static let closingMarks: Set<Character> = ["。", "！", "？", "；", "：", "，", ".", "!", "?", ";", ":", ","]

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        let items = workspace.items
        let leading = Self.leadingRegion(items)
        var chosen: [Int] = []
        if let styled = Self.titleStyled(items) {
            chosen = [styled]
            // A Title-styled kind of document (`详细设计说明书`) set straight under its subject,
            // a larger line, ends the title that line begins (`< HeatPoint可视化系统>`).
            if styled > 0, let kind = items[styled].paragraph, Self.isDocumentKind(kind.content.plainText),
               let subject = items[styled - 1].paragraph, Self.isDirectlyBelow(items[styled], items[styled - 1]),
               workspace.metadata.language == "zh", Self.isTitleText(subject, chinese: true, options: options),
               let body = Self.bodySize(items), (subject.hints.fontSize ?? 0) > body, (subject.hints.fontSize ?? 0) >= (kind.hints.fontSize ?? 0) {
                chosen = [styled - 1, styled]
            }
        } else if let meta = workspace.metadata.title.map(Self.squeeze), !meta.isEmpty, !Self.isSectionName(meta),
                  let k = leading.first(where: { items[$0].paragraph.map { Self.squeeze($0.content.plainText) } == meta }) {
            chosen = [k]
        } else if workspace.metadata.language == "zh" || workspace.metadata.sourceFormat != "docx" {
            let chinese = workspace.metadata.language == "zh"
            chosen = Self.setApart(items, leading, chinese: chinese, options: options)
            // In Markdown and HTML only a level-1 heading (`#`, `<h1>`) can be the title: a
            // document that starts at `##` has none, as docnorm's own outputs show.
            let markup = ["markdown", "html"].contains(workspace.metadata.sourceFormat ?? "")
            if chosen.isEmpty, let k = Self.firstLine(items, leading, chinese: chinese, options: options, onlyTopHeading: markup) {
                chosen = [k]
                if chinese, workspace.metadata.sourceFormat == "text" { chosen += Self.titleLinesAfter(k, items, options: options) }
            }
        }
        guard let index = chosen.first, var p = items[index].paragraph else { return }
        // A title over several lines is one title; a part's designation (第1部分：通用要求)
        // keeps its label and a space before it.
        for k in chosen.dropFirst() {
            guard let next = items[k].paragraph else { continue }
            let part: [Inline] = next.label.map { [.text($0.original)] } ?? []
            let joiner: [Inline] = !part.isEmpty || CharacterClass.cjkRatio(p.content.plainText + next.content.plainText) < 0.3 ? [.text(" ")] : []
            p.content = (p.content + joiner + part + next.content).pruned()
        }
        if let (rest, length) = Self.splitWordCount(p.content.plainText) {
            p.content = p.content.split(at: rest.count).head.trimming(CharacterClass.isIndentSpace)
            workspace.metadata.claimedLength = length
        }
        workspace.items[index].paragraph = p
        workspace.items[index].role = .title
        for k in chosen.dropFirst().reversed() { workspace.items.remove(at: k) }
        workspace.metadata.title = p.content.plainText
        Self.unmarkRepeats(of: p.content.plainText, in: &workspace, after: index)
        if let sub = workspace.items.firstIndex(where: { $0.hints?.isSubtitle == true }) {
            workspace.items[sub].role = .subtitle
            workspace.metadata.subtitle = workspace.items[sub].paragraph?.content.plainText
        }
    }

    /// The items before the first section, tables of contents left out, at most 40.
    /// The first paragraph in Word's `Title` style, unless a numbered section comes before it:
    /// a report's boxed caption (`Box 1: …`) in that style after clause 41 names the box, not
    /// the document.
    static func titleStyled(_ items: [Item]) -> Int? {
        for i in items.indices {
            guard let p = items[i].paragraph, items[i].role != .tableOfContents else { continue }
            if p.hints.isTitle { return i }
            if p.hasLabel || p.hints.automaticNumbering != nil, p.hints.styleHeadingLevel != nil || p.hints.outlineLevel != nil { return nil }
        }
        return nil
    }

    static func leadingRegion(_ items: [Item]) -> [Int] {
        var out: [Int] = []
        for i in items.indices {
            if items[i].role == .tableOfContents { continue }
            guard let p = items[i].paragraph else { out.append(i); continue }
            // A standard's part designation under its name continues the name, not the body.
            if let label = p.label, label.rank.isStructural,
               !(isPartDesignation(items[i]) && out.last.map { items[$0].paragraph?.label == nil && items[$0].paragraph != nil } == true) { break }
            if p.hints.styleHeadingLevel != nil || p.hints.outlineLevel != nil {
                // A first line in a heading style may still be the title (see `hasPeer`).
                if out.isEmpty { out.append(i) }
                break
            }
            out.append(i)
            if out.count >= 40 { break }
        }
        return out
    }

    /// Whether the source said anything about how paragraphs look (a .docx does; text does not).
    static func hasLayout(_ items: [Item]) -> Bool {
        items.contains { $0.paragraph.map { $0.hints.fontSize != nil || $0.hints.isCentered } ?? false }
    }

    /// The leading paragraph set apart from the body, and the lines that continue it.
    static func setApart(_ items: [Item], _ leading: [Int], chinese: Bool, options: NormalizationOptions) -> [Int] {
        guard hasLayout(items) else { return [] }
        let body = bodySize(items)
        let candidates = leading.filter { i in
            guard let p = items[i].paragraph else { return false }
            // A first line in a heading style that others share is the first section, however large.
            return isTitleText(p, chinese: chinese, options: options) && !hasPeer(p, in: items[(i + 1)...])
        }
        func size(_ i: Int) -> Int { items[i].hints?.fontSize ?? body ?? 0 }
        func isSetApart(_ i: Int) -> Bool {
            guard let p = items[i].paragraph else { return false }
            let larger = body.map { size(i) > $0 } ?? false
            return larger || (p.hints.isCentered && (p.hints.isBold || larger))
        }
        // `（学术学位论文）`, `(精简版)`: a note beside the title, not the subject.
        func isAside(_ i: Int) -> Bool {
            guard let t = items[i].paragraph?.content.plainText.trimmingSpaces(), let f = t.first, let l = t.last else { return true }
            return (f == "（" || f == "(") && (l == "）" || l == ")")
        }
        var best: Int?
        for i in candidates {
            guard isSetApart(i) else { continue }
            if let b = best, size(b) >= size(i) { continue }
            best = i
        }
        // A cover's largest line may name the kind of document (招标文件, 硕士学位论文) or
        // who issues it (a 公文's 红头 `XXXX人民政府文件`): the title is then the line
        // set apart beside it that names the subject.
        var kind: Int?
        if let b = best, let text = items[b].paragraph?.content.plainText, isDocumentKind(text) || isIssuerMark(text) {
            let near = candidates.filter { k in
                guard k != b, abs(k - b) <= 3, isSetApart(k), !isAside(k), let t = items[k].paragraph?.content.plainText else { return false }
                return !isOrganization(t) && !isIssuerMark(t)
            }
            if let subject = near.max(by: { size($0) < size($1) || (size($0) == size($1) && $0 > $1) }) {
                best = subject
                if isDocumentKind(text) { kind = b }
            }
        }
        guard let first = best, let look = items[first].hints else { return [] }
        var chosen = [first]
        var next = first + 1
        var length = items[first].paragraph?.content.plainText.count ?? 0
        // The lines right after it with the same size and alignment continue the title.
        while chosen.count < 3, next < items.count, candidates.contains(next) || isPartDesignation(items[next]), let p = items[next].paragraph,
              p.hints.fontSize == look.fontSize, p.hints.isCentered == look.isCentered, p.hints.isBold == look.isBold,
              length + p.content.plainText.count <= options.maxTitleLength {
            length += p.content.plainText.count
            chosen.append(next)
            next += 1
        }
        // The kind set straight under the subject, with no empty line between, is the rest
        // of one title block (`…采购项目` / `招标文件`, `第1部分：通用要求` / `编制说明`); set
        // apart by space it labels the cover and the subject alone is the title.
        if let k = kind, let last = chosen.last, k == last + 1, isDirectlyBelow(items[k], items[last]),
           length + (items[k].paragraph?.content.plainText.count ?? 0) <= options.maxTitleLength {
            chosen.append(k)
        }
        return chosen
    }

    /// Whether `lower` is the source paragraph right after `upper` (no empty paragraph between).
    static func isDirectlyBelow(_ lower: Item, _ upper: Item) -> Bool {
        guard case .paragraph(let a)? = upper.paragraph?.position, case .paragraph(let b)? = lower.paragraph?.position else { return false }
        return b == a + 1
    }

    /// `第1部分：通用要求` under a standard's name: the part of a series the document is,
    /// which a colon right after the label tells from a section (`第一部分 招标公告`).
    static func isPartDesignation(_ item: Item) -> Bool {
        guard let p = item.paragraph, let label = p.label, label.rank == .chapter, label.original.hasSuffix("部分"),
              let first = p.content.plainText.first else { return false }
        return first == "：" || first == ":"
    }

    /// A standard repeats its name above clause 1, in a heading style: that line is the
    /// title again, not a section, and stays a plain paragraph. The part's colon may be a
    /// space there (`第12部分：设计` / `第12部分 设计`).
    static func unmarkRepeats(of title: String, in workspace: inout Workspace, after index: Int) {
        let key = repeatKey(title)
        guard !key.isEmpty else { return }
        for i in workspace.items.indices where i > index {
            guard var p = workspace.items[i].paragraph, p.label == nil,
                  p.hints.outlineLevel != nil || p.hints.styleHeadingLevel != nil,
                  repeatKey(p.content.plainText) == key else { continue }
            p.hints.outlineLevel = nil
            p.hints.styleHeadingLevel = nil
            workspace.items[i].paragraph = p
        }
    }

    static func repeatKey(_ text: String) -> String {
        let key = TextKey.squeezed(text)
        return key.contains(where: { $0 == "：" || $0 == ":" }) ? key.filter { $0 != "：" && $0 != ":" } : key
    }

    static let documentKinds = ["招标文件", "磋商文件", "谈判文件", "采购文件", "询价文件", "投标文件", "学位论文", "毕业论文",
                                "毕业设计", "开题报告", "用户手册", "使用手册", "操作手册", "编制说明", "设计说明书", "设计说明"]

    /// `摘要`, `Abstract`, `目录`: a section every thesis or report has. A tool that fills
    /// dc:title from the first heading it meets writes one there; it names no document.
    static func isSectionName(_ text: String) -> Bool {
        sectionNames.contains(TextKey.squeezed(text).lowercased())
    }

    static let sectionNames: Set<String> = ["摘要", "abstract", "目录", "目次", "contents", "前言", "引言", "序言", "绪论", "致谢", "参考文献", "附录"]

    /// `招标文件`, `公开招标文件`, `竞 争 性 磋 商 文 件`, `硕士学位论文`: the kind, not the subject.
    static func isDocumentKind(_ text: String) -> Bool {
        let t = TextKey.squeezed(text)
        return documentKinds.contains { t.hasSuffix($0) && t.count - $0.count <= 4 }
    }

    static let issuers = ["人民政府", "委员会", "办公室", "办公厅", "市委", "县委", "区委", "省委", "党委", "政府"]

    static let organizations = ["公司", "医院", "中心", "学校", "大学", "学院", "研究院", "研究所", "集团", "银行"]

    /// `太平康复医院（上海）有限公司`: who issues or buys, not what the document is about.
    static func isOrganization(_ text: String) -> Bool {
        let t = TextKey.squeezed(text).trimmingCharacters(in: CharacterSet(charactersIn: "（）()"))
        return organizations.contains { t.hasSuffix($0) }
    }

    /// GB/T 9704's 发文机关标志: `XXXX人民政府文件`, `中共云岭市委办公室文件`, `中共云岭市委纪要`.
    static func isIssuerMark(_ text: String) -> Bool {
        var t = TextKey.squeezed(text)
        for mark in ["文件", "纪要"] where t.hasSuffix(mark) { t.removeLast(mark.count); break }
        return issuers.contains { t.hasSuffix($0) }
    }

    /// The most common size of the text of longer paragraphs: the body's.
    static func bodySize(_ items: [Item]) -> Int? {
        var counts: [Int: Int] = [:]
        for item in items {
            guard let p = item.paragraph, let s = p.hints.fontSize, p.content.plainText.characterCount > 20 else { continue }
            counts[s, default: 0] += 1
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    /// The first leading paragraph that can be a title, in documents without other evidence.
    static func firstLine(_ items: [Item], _ leading: [Int], chinese: Bool, options: NormalizationOptions, onlyTopHeading: Bool = false) -> Int? {
        for i in leading {
            guard let p = items[i].paragraph else { return nil }
            if isCoverField(p.content.plainText, chinese: chinese) || isImageOnly(p.content) { continue }
            // `附件4` above a document: the attachment it is, not its title.
            if chinese, AttachmentHeadings.attachmentRest(p.content.plainText) == "" { continue }
            // A 公文's 红头 is followed by its number and title.
            if chinese, isIssuerMark(p.content.plainText) { continue }
            if p.hints.styleHeadingLevel != nil || p.hints.outlineLevel != nil {
                if onlyTopHeading && p.hints.styleHeadingLevel != 1 { return nil }
                return looksLikeTitle(p, options: options) && !hasPeer(p, in: items[(i + 1)...]) ? i : nil
            }
            return looksLikeTitle(p, options: options) ? i : nil
        }
        return nil
    }

    /// In Chinese plain text, a title set over two or three lines (`中华人民共和国` / `标准设计
    /// 招标文件`): the short lines right after the first that can be a title go on with it,
    /// up to a remark in brackets (`（2017 年版）`), a dash's subtitle (`——在…上的报告`), a
    /// field, a sentence or a line a label could start. A line of four characters or fewer
    /// goes on only when it names the kind of document (`招标文件`), not its author (`张三`).
    static func titleLinesAfter(_ k: Int, _ items: [Item], options: NormalizationOptions) -> [Int] {
        var out: [Int] = []
        var length = items[k].paragraph?.content.plainText.count ?? 0
        var next = k + 1
        while out.count < 2, next < items.count, items[next].role == .body, let p = items[next].paragraph,
              isTitleText(p, chinese: true, options: options) {
            let text = p.content.plainText.trimmingSpaces()
            // Nor a line a label could start (`2.1查看数据`, `一、`): the body's first section.
            guard let first = text.first, first != "（", first != "(", first != "—", first != "-", first != "【", !LabelParser.mayStart(text),
                  text.count <= 30, text.count >= 5 || isDocumentKind(text),
                  length + text.count <= options.maxTitleLength else { break }
            length += text.count
            out.append(next)
            next += 1
        }
        return out
    }

    static func isTitleText(_ p: Paragraph, chinese: Bool, options: NormalizationOptions) -> Bool {
        looksLikeTitle(p, options: options) && !isCoverField(p.content.plainText, chinese: chinese) && !isImageOnly(p.content)
    }

    /// `项目编号：…`, `采购人：…`, `ICS 27.120.99`, `NB/T XXXX—20YY`, `000001`, a date: the
    /// fields of a cover page, never its title.
    static func isCoverField(_ text: String, chinese: Bool) -> Bool {
        let t = text.trimmingSpaces()
        if let colon = t.firstIndex(where: { $0 == "：" || $0 == ":" }), t.distance(from: t.startIndex, to: colon) <= 10 { return true }
        // A Chinese title has Chinese in it: a line of codes (NB/T XXXX—20YY, 000001) is a field.
        if chinese, !t.contains(where: { $0.isLetter && !$0.isASCII }) { return true }
        if t.hasPrefix("ICS") || t.hasPrefix("CCS") { return true }
        // A 公文's number: 云办发〔2026〕12号, 〔2020〕XX号, 〔2026〕第5次.
        // The expression needs one of its opening brackets, looked for in the bytes first.
        if t.containsBytes("〔") || t.containsBytes("［") || t.containsByte(0x5B),
           t.range(of: #"[〔［\[][0-9X]{2,4}[〕］\]][^。]{0,8}[号次]$"#, options: .regularExpression) != nil { return true }
        // A date line: 2023年3月, （2023年3月）, 二〇二四年五月.
        let dateChars = Set("0123456789〇零一二三四五六七八九十年月日（）() 　")
        if t.allSatisfy({ dateChars.contains($0) }), t.contains("年") { return true }
        return false
    }

    static func isImageOnly(_ content: [Inline]) -> Bool {
        !content.isEmpty && content.allSatisfy { inline in
            if case .image = inline { return true }
            if case .text(let s) = inline { return s.allSatisfy(\.isWhitespace) }
            return false
        }
    }

    static func squeeze(_ s: String) -> String {
        String(s.unicodeScalars.filter { !CharacterClass.isIndentSpace($0) && $0 != "\n" })
    }

    /// A first paragraph in a heading style is the title only when no later paragraph is a
    /// heading of the same or a higher level: otherwise it is the first of several sections.
    static func hasPeer(_ p: Paragraph, in rest: ArraySlice<Item>) -> Bool {
        guard let level = p.hints.styleHeadingLevel ?? p.hints.outlineLevel else { return false }
        return rest.contains { item in
            guard let h = item.hints, let other = h.styleHeadingLevel ?? h.outlineLevel else { return false }
            return other <= level
        }
    }

    static func looksLikeTitle(_ p: Paragraph, options: NormalizationOptions) -> Bool {
        guard p.label == nil, p.hints.automaticNumbering == nil else { return false }
        let text = p.content.plainText
        guard !text.isEmpty, text.count <= options.maxTitleLength + 8, let last = text.last else { return false }
        let body = splitWordCount(text)?.title ?? text
        return body.count <= options.maxTitleLength && !closingMarks.contains(last)
    }

    /// `标题（2946字）` → ("标题", 2946). Also `(2946字)` and `（约3000字）`.
    static func splitWordCount(_ text: String) -> (title: String, length: Int)? {
        let chars = Array(text)
        guard let last = chars.last, last == "）" || last == ")", chars.count >= 4, chars[chars.count - 2] == "字" else { return nil }
        var i = chars.count - 3
        var digits = ""
        while i >= 0, chars[i].isASCII, chars[i].isNumber { digits = String(chars[i]) + digits; i -= 1 }
        guard !digits.isEmpty, let n = Int(digits), i >= 0 else { return nil }
        if chars[i] == "约" { i -= 1 }
        guard i >= 1, chars[i] == "（" || chars[i] == "(" else { return nil }
        let title = String(chars[..<i]).trimmingSpaces()
        guard !title.isEmpty else { return nil }
        return (title, n)
    }
}
