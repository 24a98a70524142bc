import DocNormModel

/// Finds text that was hard-wrapped at a fixed width, with blank lines between paragraphs,
/// and joins each paragraph's lines back into one; text wrapped with nothing between its
/// paragraphs is `FixedWidthWrap`'s. Text that is not wrapped is left as one paragraph per line.
enum HardWrapJoiner {
    typealias Line = LineSplitter.Line

    struct JoinedLine {
        var text: String
        var number: Int
    }

    /// Groups lines into blocks separated by blank lines, then joins each block's lines
    /// when the document as a whole looks hard-wrapped. Each line's width is measured once,
    /// for this test and `FixedWidthWrap`'s.
    static func paragraphs(from lines: [Line]) -> [JoinedLine] {
        let widths = Parallel.map(lines.count) { part in part.map { CharacterClass.displayWidth(lines[$0].text) } }.flatMap { $0 }
        // A block is the lines from one that follows blank lines to the next such line.
        var blocks: [Range<Int>] = []
        for k in lines.indices where lines[k].afterBlank || k == 0 {
            if let last = blocks.last { blocks[blocks.count - 1] = last.lowerBound..<k }
            blocks.append(k..<lines.count)
        }
        guard let width = wrapWidth(blocks, widths) else {
            return FixedWidthWrap.paragraphs(from: lines, widths: widths) ?? lines.map { JoinedLine(text: $0.text, number: $0.number) }
        }
        var out: [JoinedLine] = []
        for block in blocks {
            var current: JoinedLine?
            var previousFull = false
            for k in block {
                let line = lines[k]
                if current != nil, previousFull {
                    append(&current!.text, line.text)
                } else {
                    if let c = current { out.append(c) }
                    current = JoinedLine(text: line.text, number: line.number)
                }
                // A line close to the wrap width continues into the next one.
                previousFull = widths[k] * 4 >= width * 3
            }
            if let c = current { out.append(c) }
        }
        return out
    }

    /// The wrap width, or nil when the text does not look hard-wrapped: there must be blank
    /// lines, and the lines that continue a paragraph must nearly all reach close to one width.
    static func wrapWidth(_ blocks: [Range<Int>], _ lineWidths: [Int]) -> Int? {
        guard blocks.count >= 2 else { return nil }
        let inner = blocks.filter { $0.count >= 2 }.flatMap { $0.dropLast() }
        guard inner.count >= 3 else { return nil }
        let widths = inner.map { lineWidths[$0] }.sorted()
        let width = widths[widths.count * 9 / 10]
        guard width >= 20 && width <= 200 else { return nil }
        let near = widths.filter { $0 * 4 >= width * 3 && $0 <= width + 2 }.count
        guard near * 10 >= widths.count * 9 else { return nil }
        // The longest line anywhere must not be much longer than the wrap width.
        let longest = lineWidths.max() ?? 0
        guard longest <= width + 4 else { return nil }
        return width
    }

    /// Appends a wrapped line to its paragraph in place (a paragraph of many lines is not
    /// copied once per line): CJK lines join without a space, Latin lines with one, and a
    /// hyphenated compound stays together.
    static func append(_ text: inout String, _ next: String) {
        while let last = text.unicodeScalars.last, last == " " || last == "\t" { text.unicodeScalars.removeLast() }
        let right = next.drop { $0 == " " || $0 == "\t" }
        guard let l = text.unicodeScalars.last, let r = right.unicodeScalars.first else { text += right; return }
        let hyphen = l == "-" && text.unicodeScalars.index(before: text.unicodeScalars.endIndex) != text.unicodeScalars.startIndex
        if !(CharacterClass.isCJK(l) || CharacterClass.isCJK(r) || hyphen) { text += " " }
        text += right
    }
}
