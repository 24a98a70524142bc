/// The characters of symbol fonts (Symbol, Wingdings …), which Word stores by their code in
/// the font: as `w:sym`, as private-use text, or as a list bullet.
enum SymbolFonts {
    /// Text of a run: symbol-font text is stored as private-use codes, shown as the characters meant.
    static func text(_ text: String, font: String?) -> String {
        guard text.unicodeScalars.contains(where: { (0xF000...0xF0FF).contains($0.value) }) else { return text }
        return text.unicodeScalars.map { s in
            (0xF000...0xF0FF).contains(s.value) ? symbol(s.value, font: font) : String(Character(s))
        }.joined()
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
