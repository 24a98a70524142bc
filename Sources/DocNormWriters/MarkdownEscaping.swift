import DocNormModel

/// Escaping that keeps Markdown meaning what the model says: text stays text, and a paragraph
/// that starts like a list, heading or quote stays a paragraph.
enum MarkdownEscaping {
    /// Characters that start inline syntax anywhere in CommonMark or GFM.
    /// `$` opens math for readers that know it (pandoc, GitHub, KaTeX).
    static let inlineSpecial: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "~", "|", "$"]

    static let specialBytes: Set<UInt8> = Set("\\`*_[]<>~|&!$".utf8)

    static let specialBytesMask = ASCIIMask(specialBytes)

    /// Escapes text for use inside a paragraph, heading or cell.
    static func inline(_ text: String) -> String {
        guard text.containsASCII(specialBytesMask) else { return text }
        return inlineBytes(text) ?? inlineCharacters(text)
    }

    /// `inline` character by character: where bytes cannot tell a character (see `inlineBytes`).
    static func inlineCharacters(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for (i, c) in chars.enumerated() {
            if inlineSpecial.contains(c) {
                out.append("\\")
                out.append(c)
            } else if c == "&", looksLikeEntity(chars, from: i + 1) {
                out.append("\\&")
            } else if c == "!", i + 1 < chars.count, chars[i + 1] == "[" {
                out.append("\\!")
            } else {
                out.append(c)
            }
        }
        return out
    }

    static func looksLikeEntity(_ chars: [Character], from i: Int) -> Bool {
        var j = i
        if j < chars.count, chars[j] == "#" { j += 1 }
        let start = j
        while j < chars.count, j - start < 32, chars[j].isASCII, chars[j].isLetter || chars[j].isNumber { j += 1 }
        return j > start && j < chars.count && chars[j] == ";"
    }

    /// Escapes what would make a line start a block: `#`, `-`, `+`, `=`, `1.`, `1)`, and
    /// strips leading spaces (four would make a code block).
    static func lineStart(_ line: String) -> String {
        // A first byte that starts none of these (nor a character equal to one): the line as it is.
        switch line.utf8.first {
        case nil: return ""
        case UInt8(ascii: " ")?, UInt8(ascii: "\t")?, UInt8(ascii: "#")?, UInt8(ascii: "-")?, UInt8(ascii: "+")?,
             UInt8(ascii: "=")?:
            break
        case .some(0x30...0x39):
            // Digits followed by neither `.` nor `)` (an ASCII byte or an ideograph, which join
            // no digit into another character): `2023年…` is the line as it is. So are digits
            // whose `.` or `)` has text right after it (`1.1本协议`, `87.5`): a list's number
            // is followed by a space, a tab or the end of the line.
            var copy = line
            let plain = copy.withUTF8 { b -> Bool in
                var k = 0
                while k < b.count, b[k] &- 0x30 < 10 { k += 1 }
                guard k < b.count else { return true }
                let d = b[k]
                guard d < 0x80 else { return d &- 0xE4 < 6 }
                guard d == UInt8(ascii: ".") || d == UInt8(ascii: ")") else { return true }
                return k + 1 < b.count && b[k + 1] != UInt8(ascii: " ") && b[k + 1] != UInt8(ascii: "\t")
                    && b[k + 1] != 0x0D && b[k + 1] != 0x0A
            }
            if plain { return line }
        default: return line
        }
        return lineStartByCharacters(line)
    }

    /// `lineStart` on characters, for any line: what the first-byte test above passes by.
    static func lineStartByCharacters(_ line: String) -> String {
        var s = Substring(line)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        guard let first = s.first else { return "" }
        switch first {
        case "#", "-", "+", "=":
            return "\\" + s
        default:
            break
        }
        if first.isASCII && first.isNumber {
            var digits = s.startIndex
            var count = 0
            while digits < s.endIndex, s[digits].isASCII, s[digits].isNumber { digits = s.index(after: digits); count += 1 }
            let after = digits < s.endIndex ? s.index(after: digits) : digits
            if count <= 9, digits < s.endIndex, s[digits] == "." || s[digits] == ")",
               after == s.endIndex || s[after].unicodeScalars.first.map({ $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }) == true {
                return String(s[..<digits]) + "\\" + String(s[digits...])
            }
        }
        return String(s)
    }
}
