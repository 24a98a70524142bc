/// The characters of symbol fonts, which Word stores by their code in the font: as `w:sym`,
/// as private-use text (U+F020…U+F0FF), or as a list bullet. The tables are the published
/// mappings of these fonts to Unicode (Adobe's for Symbol; the Unicode Consortium's for
/// Wingdings, Wingdings 2 and 3 and Webdings, which pandoc uses too); U+FFFD marks a code
/// with no Unicode character.
enum SymbolFonts {
    enum Font: Sendable { case symbol, wingdings, wingdings2, wingdings3, webdings }

    /// The symbol font a font name is, if it is one.
    static func font(_ name: String?) -> Font? {
        guard let name else { return nil }
        let n = String(name.lowercased().filter { $0 != " " })
        switch n {
        case "symbol": return .symbol
        case "wingdings2": return .wingdings2
        case "wingdings3": return .wingdings3
        case "webdings": return .webdings
        default: return n.hasPrefix("wingdings") ? .wingdings : nil
        }
    }

    /// Where the published mapping picked a character few fonts have, the one Word's users see
    /// in bullets and check boxes: ➢ ✓ ✗ ☐ ☒ ☑.
    static let wingdingsFamiliar: [UInt32: Character] = [0xD8: "➢", 0xFC: "✓", 0xFB: "✗", 0xA8: "☐", 0xFD: "☒", 0xFE: "☑"]

    /// The character of `code` (0x20…0xFF) in a symbol font; nil when it has none.
    static func character(_ code: UInt32, in font: Font) -> Character? {
        guard (0x20...0xFF).contains(code) else { return nil }
        if font == .wingdings, let c = wingdingsFamiliar[code] { return c }
        let table: [Character]
        switch font {
        case .symbol: table = symbol
        case .wingdings: table = wingdings
        case .wingdings2: table = wingdings2
        case .wingdings3: table = wingdings3
        case .webdings: table = webdings
        }
        let c = table[Int(code) - 0x20]
        return c == "\u{FFFD}" ? nil : c
    }

    /// The character a `w:sym` or a private-use code shows; nil when it shows nothing Unicode
    /// has. Symbol-font codes may be stored as U+F0xx; a font that is not known is taken as
    /// Symbol, the font Word's own symbols and bullets use.
    static func symbol(_ code: UInt32, font name: String?) -> String? {
        let inPrivateUse = (0xF000...0xF0FF).contains(code)
        let low = inPrivateUse ? code - 0xF000 : code
        if let font = font(name) {
            return character(low, in: font).map(String.init)
        }
        if inPrivateUse { return character(low, in: .symbol).map(String.init) }
        if !(0xE000...0xF8FF).contains(code), let scalar = Unicode.Scalar(code) { return String(Character(scalar)) }
        return nil
    }

    /// Text of a run: symbol-font text is stored as private-use codes, shown as the characters
    /// meant. Codes with no character are left out and listed in `unmapped`.
    static func text(_ text: String, font: String?, unmapped: inout [UInt32]) -> String {
        guard text.unicodeScalars.contains(where: { (0xF000...0xF0FF).contains($0.value) }) else { return text }
        var out = ""
        for s in text.unicodeScalars {
            if (0xF000...0xF0FF).contains(s.value) {
                if let c = symbol(s.value, font: font) { out += c } else { unmapped.append(s.value) }
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// A list level's bullet as it shows: in a symbol font, each code is that font's character
    /// (a code it lacks is •); Word's "o" in Courier New is a white bullet.
    static func bullet(_ text: String, font name: String?) -> String {
        let font = font(name)
        if text == "o", name?.lowercased().hasPrefix("courier") == true { return "◦" }
        var out = ""
        for s in text.unicodeScalars {
            let code = s.value
            if (0xF000...0xF0FF).contains(code) || (font != nil && code <= 0xFF) {
                out += symbol(code, font: name) ?? "•"
            } else if (0xE000...0xF8FF).contains(code) {
                out += "•"
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// Symbol, 0x20…0xFF.
    static let symbol: [Character] = Array(
        " !∀#∃%&∋()∗+,−./0123456789:;<=>?" +
        "≅ΑΒΧ∆ΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_" +
        "�αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼�" +
        "��������������������������������" +
        "€ϒ′≤∕∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…��↵" +
        "ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓" +
        "◊〈®©™∑�����������〉∫⌠�⌡����������")

    /// Wingdings, 0x20…0xFF.
    static let wingdings: [Character] = Array(
        " 🖉✂✁👓🕭🕮🕯🕿✆🖂🖃📪📫📬📭📁📂📄🗏🗐🗄⌛🖮🖰🖲🖳🖴🖫🖬✇✍" +
        "🖎✌👌👍👎☜☞☝☟🖐☺😐☹💣☠🏳🏱✈☼💧❄🕆✞🕈✠✡☪☯ॐ☸♈♉" +
        "♊♋♌♍♎♏♐♑♒♓🙰🙵●🔾■□🞐❑❒⬧⧫◆❖⬥⌧⮹⌘🏵🏶🙶🙷�" +
        "⓪①②③④⑤⑥⑦⑧⑨⑩⓿❶❷❸❹❺❻❼❽❾❿🙢🙠🙡🙣🙞🙜🙝🙟·•" +
        "�⚪🞆🞈◉◎🔿▪◻🟂✦★✶✴✹✵⯐⌖⟡⌑⯑✪✰🕐🕑🕒🕓🕔🕕🕖🕗🕘" +
        "🕙🕚🕛⮰⮱⮲⮳⮴⮵⮶⮷🙪🙫🙕🙔🙗🙖🙐🙑🙒🙓⌫⌦⮘⮚⮙⮛⮈⮊⮉⮋🡨" +
        "🡪🡩🡫🡬🡭🡯🡮🡸🡺🡹🡻🡼🡽🡿🡾⇦⇨⇧⇩⬄⇳⬀⬁⬃⬂🢬🢭🗶✔🗷🗹�")

    /// Wingdings2, 0x20…0xFF.
    static let wingdings2: [Character] = Array(
        " 🖊🖋🖌🖍✄✀🕾🕽🗅🗆🗇🗈🗉🗊🗋🗌🗍📋🗑🗔🖵🖶🖷🖸🖭🖯🖱🖒🖓🖘🖙" +
        "🖚🖛👈👉🖜🖝🖞🖟🖠🖡👆👇🖢🖣🖑🗴✓🗵☑☒☒⮾⮿⦸⦸🙱🙴🙲🙳‽🙹🙺" +
        "🙻🙦🙤🙥🙧🙚🙘🙙🙛⓪①②③④⑤⑥⑦⑧⑨⑩⓿❶❷❸❹❺❻❼❽❾❿�" +
        "☉🌕☽☾⸿✝🕇🕜🕝🕞🕟🕠🕡🕢🕣🕤🕥🕦🕧🙨🙩•●⚫⬤🞅🞆🞇🞈🞊⦿◾" +
        "�◼⬛⬜🞑🞒🞓🞔▣🞕🞖🞗⬩⬥◆◇🞚◈🞛🞜🞝⬪⬧⧫◊🞠◖◗⯊⯋◼⬥" +
        "⬟⯂⬣⬢⯃⯄🞡🞢🞣🞤🞥🞦🞧🞨🞩🞪🞫🞬🞭🞮🞯🞰🞱🞲🞳🞴🞵🞶🞷🞸🞹🞺" +
        "🞻🞼🞽🞾🞿🟀🟂🟄✦🟉★✶🟋✷🟏🟒✹🟃🟇✯🟍🟔⯌⯍※⁂������")

    /// Wingdings3, 0x20…0xFF.
    static let wingdings3: [Character] = Array(
        " ⭠⭢⭡⭣⭦⭧⭩⭨⭰⭲⭱⭳⭶⭸⭻⭽⭤⭥⭪⭬⭫⭭⭍⮠⮡⮢⮣⮤⮥⮦⮧" +
        "⮐⮑⮒⮓⮀⮃⭾⭿⮄⮆⮅⮇⮏⮍⮎⮌⭮⭯⎋⌤⌃⌥⎵⍽⇪⮸🢠🢡🢢🢣🢤🢥" +
        "🢦🢧🢨🢩🢪🢫←→↑↓↖↗↙↘🡘🡙▲▼△▽◄►◁▷◣◢◤◥🞀🞂🞁�" +
        "🞃▲▼◀▶⮜⮞⮝⮟🠐🠒🠑🠓🠔🠖🠕🠗🠘🠚🠙🠛🠜🠞🠝🠟🠀🠂🠁🠃🠄🠆🠅" +
        "�🠈🠊🠉🠋🠠🠢🠤🠦🠨🠪🠬🢜🢝🢞🢟🠮🠰🠲🠴🠶🠸🠺🠹🠻🢘🢚🢙🢛🠼🠾🠽" +
        "🠿🡀🡂🡁🡃🡄🡆🡅🡇⮨⮩⮪⮫⮬⮭⮮⮯🡠🡢🡡🡣🡤🡥🡧🡦🡰🡲🡱🡳🡴🡵🡷" +
        "🡶🢀🢂🢁🢃🢄🢅🢇🢆🢐🢒🢑🢓🢔🢖🢕🢗���������������")

    /// Webdings, 0x20…0xFF.
    static let webdings: [Character] = Array(
        " 🕷🕸🕲🕶🏆🎖🖇🗨🗩🗰🗱🌶🎗🙾🙼🗕🗖🗗⏴⏵⏶⏷⏪⏩⏮⏭⏸⏹⏺🗚🗳" +
        "🛠🏗🏘🏙🏚🏜🏭🏛🏠🏖🏝🛣🔍🏔👁👂🏞🏕🛤🏟🛳🕬🕫🕨🔈🎔🎕🗬🙽🗭🗪🗫" +
        "⮔✔🚲□🛡📦🛱■🚑🛈🛩🛰🟈🕴⚫🛥🚔🗘🗙❓🛲🚇🚍⛳🛇⊖🚭🗮|🗯🗲�" +
        "🚹🚺🛉🛊🚼👽🏋⛷🏂🏌🏊🏄🏍🏎🚘🗠🛢💰🏷💳👪🗡🗢🗣✯🖄🖅🖃🖆🖹🖺🖻" +
        "�🕰🖽🖾📋🗒🗓📖📚🗞🗟🗃🗂🖼🎭🎜🎘🎙🎧💿🎞📷🎟🎬📽📹📾📻🎚🎛📺💻" +
        "🖥🖦🖧🕹🎮🕻🕼📟🖁🖀🖨🖩🖿🖪🗜🔒🔓🗝📥📤🕳🌣🌤🌥🌦☁🌧🌨🌩🌪🌬🌫" +
        "🌜🌡🛋🛏🍽🍸🛎🛍Ⓟ♿🛆🖈🎓🗤🗥🗦🗧🛪🐿🐦🐟🐕🐈🙬🙮🙭🙯🗺🌍🌏🌎🕊")
}
