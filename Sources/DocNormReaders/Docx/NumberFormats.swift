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

    /// Characters of the Symbol font by code (Adobe Symbol encoding).
    static let symbolFont: [UInt32: String] = {
        var m: [UInt32: String] = [:]
        let table: [(UInt32, String)] = [
            (0x22, "∀"), (0x24, "∃"), (0x27, "∋"), (0x2A, "∗"), (0x2D, "−"), (0x40, "≅"), (0x5C, "∴"), (0x5E, "⊥"), (0x7E, "∼"),
            (0xA1, "ϒ"), (0xA2, "′"), (0xA3, "≤"), (0xA4, "⁄"), (0xA5, "∞"), (0xA6, "ƒ"), (0xA7, "♣"), (0xA8, "♦"), (0xA9, "♥"),
            (0xAA, "♠"), (0xAB, "↔"), (0xAC, "←"), (0xAD, "↑"), (0xAE, "→"), (0xAF, "↓"), (0xB0, "°"), (0xB1, "±"), (0xB2, "″"),
            (0xB3, "≥"), (0xB4, "×"), (0xB5, "∝"), (0xB6, "∂"), (0xB7, "•"), (0xB8, "÷"), (0xB9, "≠"), (0xBA, "≡"), (0xBB, "≈"),
            (0xBC, "…"), (0xC0, "ℵ"), (0xC1, "ℑ"), (0xC2, "ℜ"), (0xC3, "℘"), (0xC4, "⊗"), (0xC5, "⊕"), (0xC6, "∅"), (0xC7, "∩"),
            (0xC8, "∪"), (0xC9, "⊃"), (0xCA, "⊇"), (0xCB, "⊄"), (0xCC, "⊂"), (0xCD, "⊆"), (0xCE, "∈"), (0xCF, "∉"), (0xD0, "∠"),
            (0xD1, "∇"), (0xD2, "®"), (0xD3, "©"), (0xD4, "™"), (0xD5, "∏"), (0xD6, "√"), (0xD7, "⋅"), (0xD8, "¬"), (0xD9, "∧"),
            (0xDA, "∨"), (0xDB, "⇔"), (0xDC, "⇐"), (0xDD, "⇑"), (0xDE, "⇒"), (0xDF, "⇓"), (0xE0, "◊"), (0xE1, "〈"), (0xE5, "∑"),
            (0xF1, "〉"), (0xF2, "∫"),
        ]
        for (k, v) in table { m[k] = v }
        // Greek: A–Z and a–z map to Α–Ω and α–ω in Symbol's order.
        let upper = Array("ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ")
        let lower = Array("αβχδεφγηιϕκλμνοπθρστυϖωξψζ")
        for k in 0..<26 {
            m[0x41 + UInt32(k)] = String(upper[k])
            m[0x61 + UInt32(k)] = String(lower[k])
        }
        return m
    }()

    /// Wingdings characters used as bullets and marks.
    static let wingdingsFont: [UInt32: String] = [
        0xA7: "▪", 0xD8: "➢", 0xFC: "✓", 0xFB: "✗", 0xFD: "☒", 0xFE: "☑", 0xA8: "◻", 0x6E: "■", 0x76: "❖", 0x6C: "●",
        0xE0: "➔", 0xD2: "❒", 0x71: "❑", 0x6F: "□", 0x9F: "•", 0x77: "◆", 0xA1: "○",
    ]

    /// The character a `w:sym` shows: Symbol and Wingdings codes mapped to Unicode.
    static func symbol(_ code: UInt32, font: String?) -> String {
        let low = code >= 0xF000 && code <= 0xF0FF ? code - 0xF000 : code
        let f = font?.lowercased() ?? ""
        if f.contains("symbol"), let s = symbolFont[low] { return s }
        if f.contains("wingdings"), let s = wingdingsFont[low] { return s }
        if f.contains("symbol"), low < 0x80, let scalar = Unicode.Scalar(low) { return String(Character(scalar)) }
        if let scalar = Unicode.Scalar(code), !(0xE000...0xF8FF).contains(code) { return String(Character(scalar)) }
        return bulletText(Unicode.Scalar(code).map { String(Character($0)) } ?? "•")
    }

    /// Symbol-font bullets stored in the private use area, as the character they show.
    static func bulletText(_ s: String) -> String {
        let map: [UInt32: String] = [0xF0B7: "•", 0xF0A7: "▪", 0xF0D8: "➢", 0xF0FC: "✓", 0xF06E: "■", 0xF076: "❖",
                                     0xF0A8: "◆", 0xF0B2: "◇", 0xF06C: "●", 0xF0E0: "➔", 0xF0D2: "❒", 0xF071: "❑"]
        var out = ""
        for scalar in s.unicodeScalars {
            if let m = map[scalar.value] { out += m } else if (0xE000...0xF8FF).contains(scalar.value) { out += "•" } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
