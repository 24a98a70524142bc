import DocNormModel

/// Runs the text clean-up rules (`RemoveNoiseMarkers`, `RemoveInvisibleCharacters`,
/// `TrimIndentation`, `HalfWidthAlphanumerics`, `FullWidthCJKPunctuation`) in that order on
/// each paragraph in turn, after one scan of its UTF-8 that passes by the paragraphs none of
/// them would change: most of them, which then cost one walk over their bytes instead of five
/// rebuilt copies. Each rule still decides what it changes, in its own file. Reports nothing.
package struct CleanUpText: Rule {
    package let name = "clean-up-text"
    package let phase = RulePhase.cleanup
    package let provides = ["remove-noise-markers", "remove-invisible-characters", "trim-indentation",
                            "half-width-alphanumerics", "full-width-cjk-punctuation"]
    package init() {}

    package func apply(to workspace: inout Workspace, options: NormalizationOptions) {
        let markers = options.noiseMarkers.filter { !$0.isEmpty }
        let scan = Scan(markers: markers, options: options)
        // The two switches taken out of the options: the closure copied the whole options value
        // (its strings and sets) for every paragraph.
        let halfWidth = options.halfWidthAlphanumerics, fixPunctuation = options.fixPunctuation
        workspace.mapParagraphs { p in
            if p.content.count == 1, case .text(var s) = p.content[0], s.withUTF8({ !scan.mayChange($0) }) { return }
            if !markers.isEmpty { RemoveNoiseMarkers().clean(&p, markers) }
            RemoveInvisibleCharacters().clean(&p)
            TrimIndentation().clean(&p)
            if halfWidth { HalfWidthAlphanumerics().clean(&p) }
            if fixPunctuation { FullWidthCJKPunctuation().clean(&p) }
        }
    }

    /// Which bytes may start something a rule changes, and what each rule checks there.
    struct Scan {
        static let invisible: UInt8 = 1, fullWidth: UInt8 = 2, mark: UInt8 = 4, marker: UInt8 = 8

        /// Per byte, the rules that look at a sequence starting with it.
        var table = [UInt8](repeating: 0, count: 256)
        /// In a word, only ASCII bytes, C2, E2 and EF may start anything for a rule, unless a
        /// marker starts with another byte (CJK text is mostly words of none of them).
        var skipsWords = true
        let halfWidth: Bool

        init(markers: [String], options: NormalizationOptions) {
            for c in 0..<0x20 where c != 0x09 && c != 0x0A { table[c] |= Self.invisible }
            for c in [0x7F, 0xC2, 0xE2, 0xEF] { table[c] |= Self.invisible }
            halfWidth = options.halfWidthAlphanumerics
            if halfWidth { table[0xEF] |= Self.fullWidth }
            if options.fixPunctuation {
                for c in FullWidthCJKPunctuation.asciiMarks { table[Int(c)] |= Self.mark }
            }
            for m in markers {
                let first = m.utf8.first!
                table[Int(first)] |= Self.marker
                if first >= 0x80 { skipsWords = false }
            }
        }

        /// False only when no rule would change a paragraph that is this one run of text.
        @inline(__always)
        func mayChange(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
            if TrimIndentation.mayTrim(b) { return true }
            return table.withUnsafeBufferPointer { table in
                @inline(__always) func check(_ i: Int) -> Bool {
                    let what = table[Int(b[i])]
                    if what == 0 { return false }
                    if what & Self.marker != 0 { return true }
                    if what & Self.invisible != 0 && RemoveInvisibleCharacters.startsInvisibleNoise(b, at: i) { return true }
                    if what & Self.fullWidth != 0 && HalfWidthAlphanumerics.startsFullWidthAlphanumeric(b, at: i) { return true }
                    if what & Self.mark != 0 && FullWidthCJKPunctuation.widens(b, at: i, before: nil, after: nil) { return true }
                    return false
                }
                guard let base = b.baseAddress else { return false }
                let raw = UnsafeRawPointer(base)
                let high: UInt64 = 0x8080_8080_8080_8080
                var i = 0
                while i + 8 <= b.count {
                    let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if skipsWords {
                        // Lanes of ASCII bytes, C2, E2 and EF (and perhaps a byte after one of
                        // these): only those are looked at.
                        var m = ~x & high | UTF8Scan.zeroLanes(x, 0xE2) | UTF8Scan.zeroLanes(x, 0xEF) | UTF8Scan.zeroLanes(x, 0xC2)
                        while m != 0 {
                            if check(i + m.trailingZeroBitCount >> 3) { return true }
                            m &= m &- 1
                        }
                    } else {
                        for k in i..<(i + 8) where check(k) { return true }
                    }
                    i += 8
                }
                while i < b.count {
                    if check(i) { return true }
                    i += 1
                }
                return false
            }
        }
    }
}
