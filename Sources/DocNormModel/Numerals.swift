/// Chinese numerals as used in report labels: 一 … 九十九 … 九千九百九十九.
package enum ChineseNumerals {
    static let digits: [Character: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
        "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    static let units: [Character: Int] = ["十": 10, "百": 100, "千": 1000]
    static let names: [String] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// True when `c` can appear in a Chinese numeral.
    package static func isNumeral(_ c: Character) -> Bool { digits[c] != nil || units[c] != nil }

    /// The value of a Chinese numeral (`十一` → 11), or nil if it is not one.
    package static func parse<S: StringProtocol>(_ s: S) -> Int? {
        accumulate(s, digit: { digits[$0] }, unit: { units[$0] })
    }

    /// `parse` of a numeral whose characters are these scalars, one each, without building a
    /// string. The lookups differ, not the steps: a `Character` compares by canonical
    /// equivalence (U+F9D1 is 六 there), a scalar does not, and `LabelScalars` maps such
    /// scalars before it calls this.
    package static func parse(scalars s: some Collection<Unicode.Scalar>) -> Int? {
        accumulate(s, digit: digit, unit: unit)
    }

    /// Adds up digits and units: a digit waits for its unit, units must get smaller (十十 is
    /// no numeral), two digits in a row (一二) are none, 零 stands only between parts (一百零五).
    @inline(__always)
    static func accumulate<C: Collection>(_ s: C, digit: (C.Element) -> Int?, unit: (C.Element) -> Int?) -> Int? {
        guard !s.isEmpty else { return nil }
        var total = 0
        var current = -1
        var lastUnit = Int.max
        var sawUnit = false
        for c in s {
            if let d = digit(c) {
                if current > 0 { return nil }
                if d == 0 {
                    guard sawUnit else { return nil }
                    current = -1
                    continue
                }
                current = d
            } else if let u = unit(c) {
                guard u < lastUnit else { return nil }
                total += (current < 0 ? 1 : current) * u
                current = -1
                lastUnit = u
                sawUnit = true
            } else {
                return nil
            }
        }
        if current > 0 { total += current }
        if !sawUnit && current < 0 { return nil }
        return total > 0 ? total : nil
    }

    /// `digits` and `units` by scalar.
    static func digit(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "〇", "零": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }

    static func unit(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "十": return 10
        case "百": return 100
        case "千": return 1000
        default: return nil
        }
    }

    /// The Chinese numeral for `n` (1 … 9999), as reports write it: 十, 十一, 二十, 一百零五.
    package static func format(_ n: Int) -> String {
        guard n > 0 && n < 10_000 else { return String(n) }
        if n < 10 { return names[n] }
        if n < 20 { return "十" + (n % 10 == 0 ? "" : names[n % 10]) }
        var out = ""
        var zeroPending = false
        for (unit, name) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
            let d = (n / unit) % 10
            if d == 0 {
                if !out.isEmpty { zeroPending = true }
                continue
            }
            if zeroPending { out += "零"; zeroPending = false }
            out += names[d] + name
        }
        return out
    }
}

package enum RomanNumerals {
    static let table: [(Int, String)] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]

    package static func format(_ n: Int) -> String {
        guard n > 0 && n < 4000 else { return String(n) }
        var n = n
        var out = ""
        for (value, symbol) in table {
            while n >= value { out += symbol; n -= value }
        }
        return out
    }
}

package enum Letters {
    /// How many times a letter is repeated at most (`aaaaaaaaaa`); larger numbers are written in digits.
    package static let maxRepeat = 10

    /// a … z, then aa, bb … as Word does.
    package static func format(_ n: Int, upper: Bool) -> String {
        guard n > 0, (n - 1) / 26 < maxRepeat else { return String(n) }
        let base = upper ? 65 : 97
        let letter = Character(Unicode.Scalar(UInt8(base + (n - 1) % 26)))
        return String(repeating: String(letter), count: (n - 1) / 26 + 1)
    }
}
