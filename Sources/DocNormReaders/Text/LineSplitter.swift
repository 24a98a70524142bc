/// Splits text into lines on LF, CRLF and CR.
enum LineSplitter {
    static func lines(_ text: String) -> [Substring] {
        var out: [Substring] = []
        var start = text.startIndex
        var i = text.startIndex
        // Iterate by unicode scalars: "\r\n" is one Character, so a Character loop would see it as neither.
        let scalars = text.unicodeScalars
        var si = scalars.startIndex
        while si < scalars.endIndex {
            let s = scalars[si]
            if s == "\n" || s == "\r" {
                i = si
                out.append(text[start..<i])
                var next = scalars.index(after: si)
                if s == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                start = next
                si = next
                continue
            }
            si = scalars.index(after: si)
        }
        if start < text.endIndex { out.append(text[start...]) }
        return out
    }
}
