import DocNormModel

/// Splits text into lines on LF, CRLF and CR, keeping only lines with something on them:
/// a run of blank lines is one flag on the next line, so the memory a file of blank lines
/// takes grows with its paragraphs, not with its bytes.
enum LineSplitter {
    struct Line {
        var text: Substring
        /// 1-based line number in the file.
        var number: Int
        /// One or more blank lines came before this line (since the previous non-blank one).
        var afterBlank: Bool
    }

    static func lines(_ text: String) -> [Line] {
        var out: [Line] = []
        var start = text.startIndex
        var number = 0
        var blankBefore = false
        func add(_ line: Substring) {
            number += 1
            if isBlank(line) { blankBefore = true; return }
            out.append(Line(text: line, number: number, afterBlank: blankBefore))
            blankBefore = false
        }
        // Iterate by unicode scalars: "\r\n" is one Character, so a Character loop would see it as neither.
        let scalars = text.unicodeScalars
        var si = scalars.startIndex
        while si < scalars.endIndex {
            let s = scalars[si]
            if s == "\n" || s == "\r" {
                add(text[start..<si])
                var next = scalars.index(after: si)
                if s == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                start = next
                si = next
                continue
            }
            si = scalars.index(after: si)
        }
        if start < text.endIndex { add(text[start...]) }
        return out
    }

    /// Only spaces and invisible characters.
    static func isBlank(_ line: Substring) -> Bool {
        line.unicodeScalars.allSatisfy { CharacterClass.isIndentSpace($0) || CharacterClass.isInvisibleNoise($0) }
    }
}
