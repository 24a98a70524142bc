import DocNormModel

/// A table of contents says what the headings are (STRUCTURE.md §0, §5a): a paragraph after
/// the contents whose text is an entry's (label and text, without leader and page number,
/// whatever the spacing) is a heading, whatever its length or its siblings. Each entry
/// names one paragraph, the first unclaimed one after the contents, so a clause that repeats
/// a heading's words later stays what it is. An entry without a letter (`……`) or a caption
/// from a list of figures or tables names no heading. Reports nothing.
package struct HeadingsFromContents: Rule {
    package let name = "headings-from-contents"
    package let phase = RulePhase.classification
    package let requires = ["set-aside-table-of-contents", "detect-labels", "detect-title"]
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        guard workspace.items.contains(where: { $0.role == .tableOfContents }) else { return }
        // Entries wait for their heading from where their contents stand: a volume's own
        // contents name headings after it, not the ones of an earlier volume.
        var wanted: [String: Int] = [:]
        var starts = Set<Unicode.Scalar>()
        for i in workspace.items.indices {
            guard let p = workspace.items[i].paragraph else { continue }
            if workspace.items[i].role == .tableOfContents {
                let key = Self.key(label: p.label, SetAsideTableOfContents.entryText(p.content).plainText)
                guard DiscountBodyOutlineLevels.hasLetter(key), !SetAsideTableOfContents.isContentsHeading(key), !Self.isCaption(key) else { continue }
                wanted[key, default: 0] += 1
                if let first = key.unicodeScalars.first { starts.insert(first) }
                continue
            }
            guard !wanted.isEmpty, workspace.items[i].role == .body, !p.hints.isTableOfContents else { continue }
            // A heading is short, and starts as an entry does: the key is only worth building
            // for a line that could be one (the UTF-8 length bounds the scalar count).
            let text = p.content.plainText
            guard text.utf8.count <= 8 * options.maxHeadingLength, text.unicodeScalars.count <= 2 * options.maxHeadingLength,
                  let first = (p.label?.original ?? text).unicodeScalars.first(where: { !$0.properties.isWhitespace }),
                  starts.contains(first) else { continue }
            let key = Self.key(label: p.label, text)
            guard let n = wanted[key] else { continue }
            wanted[key] = n > 1 ? n - 1 : nil
            workspace.items[i].listedInContents = true
        }
    }

    /// A list of tables or figures lists captions (`表1-1 支持的格式`, `图2-3`, `Figure 4`), not headings.
    static func isCaption(_ key: String) -> Bool {
        for word in ["表", "图", "Table", "Figure", "Fig."] where key.hasPrefix(word) {
            if key.dropFirst(word.count).first?.isNumber == true { return true }
        }
        return false
    }

    static func key(label: NumberingLabel?, _ text: String) -> String {
        TextKey.heading((label?.original ?? "") + text)
    }
}
