/// Sentence boundaries in a line of clean text, for chunks: after `。！？` (and closing quotes
/// or brackets after them), and after `.!?` followed by a space. Ranges count Unicode scalars;
/// the spaces between sentences belong to neither.
enum Sentences {
    static let cjkEnds: Set<Unicode.Scalar> = ["。", "！", "？"]
    static let latinEnds: Set<Unicode.Scalar> = [".", "!", "?"]
    static let closers: Set<Unicode.Scalar> = ["”", "’", "」", "』", "）", "》", "〉", "】", ")", "\"", "'", "]"]
    static let spaces: Set<Unicode.Scalar> = [" ", "\t", "\u{3000}", "\u{00A0}"]

    static func spans(_ text: String) -> [Range<Int>] {
        let s = Array(text.unicodeScalars)
        var out: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < s.count {
            let c = s[i]
            i += 1
            guard latinEnds.contains(c) || cjkEnds.contains(c) else { continue }
            // ？！ and 。” end one sentence together.
            while i < s.count, latinEnds.contains(s[i]) || cjkEnds.contains(s[i]) || closers.contains(s[i]) { i += 1 }
            let cjk = cjkEnds.contains(c)
            var next = i
            while next < s.count, spaces.contains(s[next]) { next += 1 }
            // A Latin stop ends a sentence only before a space (3.5, e.g.x, a.b stay whole).
            guard cjk || next > i || i == s.count else { continue }
            if i > start { out.append(start..<i) }
            start = next
            i = next
        }
        if start < s.count { out.append(start..<s.count) }
        return out
    }

    /// The sentence `span` of `text` in parts of at most `limit` scalars, cut between
    /// characters (a character of several scalars is never cut).
    static func hardCuts(_ text: String, _ span: Range<Int>, limit: Int) -> [Range<Int>] {
        guard span.count > limit else { return [span] }
        let scalars = Array(text.unicodeScalars)[span]
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        var out: [Range<Int>] = []
        var start = span.lowerBound
        var at = span.lowerBound
        for character in String(view) {
            let n = character.unicodeScalars.count
            if at + n - start > limit, at > start {
                out.append(start..<at)
                start = at
            }
            at += n
        }
        if at > start { out.append(start..<at) }
        return out
    }
}
