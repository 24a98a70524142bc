import DocNormModel

/// Finds text wrapped at a fixed width with nothing between its paragraphs, as text taken
/// out of a PDF is, and joins each paragraph's lines back into one. A line continues into
/// the next when it reaches the wrap width, does not end a sentence, and the next line does
/// not start a paragraph of its own (a label, an indent, a page number, a table-like line).
enum FixedWidthWrap {
    typealias Line = LineSplitter.Line
    typealias JoinedLine = HardWrapJoiner.JoinedLine

    /// Fewer lines at one width than this is no evidence of wrapping.
    static let minimumFullLines = 12
    static let maximumWidth = 200
    /// Narrower lines are table cells' words, not wrapped text.
    static let minimumColumnWidth = 40

    /// The lines joined, or nil when the text does not look wrapped; `widths` are the lines'
    /// display widths.
    static func paragraphs(from lines: [Line], widths: [Int]) -> [JoinedLine]? {
        guard let width = wrapWidth(lines, widths) else { return nil }
        return join(lines, widths, width: width)
    }

    /// How far short of the wrap width a line may stop and still run to it: CJK lines stop
    /// short by a lost indent (two characters) or a punctuation mark that may not start a line.
    static func tolerance(_ width: Int) -> Int { max(4, width / 10) }

    /// The width the body text is wrapped at, or nil. One pass over the lines counts, per
    /// width, the lines that stop mid-sentence (as wrapped lines do) and those that end one;
    /// the widest width that many lines stop at is the wrap width (narrower clusters are
    /// table cells wrapped inside their columns). Lines stopping there must mostly stop
    /// mid-sentence, sentences must end somewhere, and few lines may run well beyond it.
    static func wrapWidth(_ lines: [Line], _ widths: [Int]) -> Int? {
        let cap = maximumWidth + 8
        var open = [Int](repeating: 0, count: cap + 1)
        var closed = [Int](repeating: 0, count: cap + 1)
        var sentenceEnds = 0
        for (line, w) in zip(lines, widths) where w <= cap {
            if LineStart.endsSentence(line.text) {
                closed[w] += 1
                sentenceEnds += 1
            } else if w >= 16 && !LineStart.endsInLeader(line.text) {
                open[w] += 1
            }
        }
        let needed = max(minimumFullLines, lines.count * 3 / 100)
        var window = open[(maximumWidth - 4)...(maximumWidth + 2)].reduce(0, +)
        var v = maximumWidth
        while window < needed {
            guard v > 20 else { return nil }
            window += open[v - 5] - open[v + 2]
            v -= 1
        }
        let cluster = (v - 4)...(v + 2)
        guard let peak = cluster.max(by: { open[$0] < open[$1] }) else { return nil }
        // The cluster's top: CJK lines that stop short of it are its majority.
        let floor = max(3, open[peak] / 4)
        let width = (peak...min(peak + 6, cap)).last { open[$0] >= floor } ?? peak
        let band = (width - tolerance(width))...(width + 2)
        let openNear = open[band].reduce(0, +)
        guard openNear >= closed[band].reduce(0, +) else { return nil }
        // Prose ends its paragraphs: lines of one width with no sentence ending anywhere
        // are a list (names, addresses), not wrapped text.
        guard sentenceEnds * 4 >= openNear else { return nil }
        var wide = 0
        for (line, w) in zip(lines, widths) where w > width + width / 4 && !LineStart.endsInLeader(line.text) {
            wide += 1
        }
        guard wide * 4 <= openNear else { return nil }
        return width
    }

    static func join(_ lines: [Line], _ widths: [Int], width: Int) -> [JoinedLine] {
        let full = width - tolerance(width)
        func stopsMidSentence(_ k: Int) -> Bool {
            let text = lines[k].text
            return !LineStart.endsSentence(text) && !LineStart.endsInLeader(text) && !LineStart.isTableLike(text)
        }
        // A table cell wraps at its column's width: a line with a neighbour (or the line after
        // the next: a cell's paragraphs of two lines) of about its width that also stops
        // mid-sentence runs to that width.
        func runsOnInColumn(_ k: Int) -> Bool {
            let w = widths[k]
            guard w >= minimumColumnWidth, !LineStart.endsClause(lines[k].text) else { return false }
            for j in [k - 1, k + 1, k - 2, k + 2] where j >= 0 && j < lines.count {
                if lines[(min(j, k) + 1)...max(j, k)].contains(where: \.afterBlank) { continue }
                if abs(widths[j] - w) <= tolerance(w) && stopsMidSentence(j) && !LineStart.endsClause(lines[j].text) { return true }
            }
            return false
        }
        func runsOn(_ k: Int) -> Bool {
            guard stopsMidSentence(k) else { return false }
            return widths[k] >= full || runsOnInColumn(k)
        }
        func continues(_ k: Int) -> Bool {
            k < lines.count && !lines[k].afterBlank && !LineStart.startsParagraph(lines[k].text) && !LineStart.isPageNumber(lines[k].text)
        }
        var out: [JoinedLine] = []
        out.reserveCapacity(lines.count)
        var current: JoinedLine?
        // A page number met inside a paragraph is written after it, so the paragraph is whole.
        var furniture: [JoinedLine] = []
        var open = false
        func flush() {
            if let c = current { out.append(c) }
            out += furniture
            furniture.removeAll()
            current = nil
        }
        for k in lines.indices {
            let line = lines[k]
            if open, current != nil {
                if continues(k) {
                    HardWrapJoiner.append(&current!.text, line.text)
                    open = runsOn(k)
                    continue
                }
                if !line.afterBlank, LineStart.isPageNumber(line.text), continues(k + 1) {
                    furniture.append(JoinedLine(text: line.text, number: line.number))
                    continue
                }
            }
            flush()
            current = JoinedLine(text: line.text, number: line.number)
            open = runsOn(k)
        }
        flush()
        return out
    }
}
