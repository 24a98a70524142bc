import DocNormModel

/// Renders a counter the way Word does for each `w:numFmt` a Chinese or Western report uses.
enum NumberFormats {
    static let stems = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"]
    static let branches = ["子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"]
    static let legalDigits: [Character] = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]
    static let ideographDigits: [Character] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    static func render(_ n: Int, format: String) -> String {
        switch format {
        case "decimal", "ordinal", "cardinalText", "ordinalText": return String(n)
        case "decimalZero": return n < 10 ? "0\(n)" : String(n)
        case "decimalFullWidth", "decimalFullWidth2": return fullWidth(String(n))
        case "decimalHalfWidth": return String(n)
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            return NumeralStyle.circled.render(n)
        case "decimalEnclosedParen": return NumeralStyle.parenthesizedDigit.render(n)
        case "decimalEnclosedFullstop":
            guard (1...20).contains(n), let s = Unicode.Scalar(0x2488 + UInt32(n - 1)) else { return "\(n)." }
            return String(Character(s))
        case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "japaneseDigitalTenThousand",
             "taiwaneseCounting", "taiwaneseCountingThousand", "koreanCounting":
            return ChineseNumerals.format(n)
        case "ideographDigital", "taiwaneseDigital", "japaneseLegal":
            return String(String(n).map { c in c.wholeNumberValue.map { ideographDigits[$0] } ?? c })
        case "chineseLegalSimplified", "ideographLegalTraditional":
            return legal(n)
        case "ideographTraditional": return n >= 1 && n <= 10 ? stems[n - 1] : String(n)
        case "ideographZodiac": return n >= 1 && n <= 12 ? branches[n - 1] : String(n)
        case "ideographZodiacTraditional":
            guard n >= 1 else { return String(n) }
            return stems[(n - 1) % 10] + branches[(n - 1) % 12]
        case "upperRoman": return RomanNumerals.format(n)
        case "lowerRoman": return RomanNumerals.format(n).lowercased()
        case "upperLetter": return Letters.format(n, upper: true)
        case "lowerLetter": return Letters.format(n, upper: false)
        case "chicago":
            // * † ‡ §, then each doubled, tripled…
            guard n >= 1 else { return String(n) }
            let marks = ["*", "\u{2020}", "\u{2021}", "\u{00A7}"]
            return String(repeating: marks[(n - 1) % 4], count: min((n - 1) / 4 + 1, 10))
        case "none": return ""
        default: return String(n)
        }
    }

    static func fullWidth(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { s in
            s.isASCII && s.properties.numericType != nil ? Unicode.Scalar(s.value + 0xFEE0)! : s
        }))
    }

    /// 壹 贰 叁 … 拾 拾壹 贰拾.
    static func legal(_ n: Int) -> String {
        let plain = ChineseNumerals.format(n)
        let map: [Character: Character] = ["一": "壹", "二": "贰", "三": "叁", "四": "肆", "五": "伍", "六": "陆",
                                           "七": "柒", "八": "捌", "九": "玖", "十": "拾", "百": "佰", "千": "仟", "零": "零"]
        return String(plain.map { map[$0] ?? $0 })
    }
}
