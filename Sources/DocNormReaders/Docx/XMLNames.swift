internal import CLibXML2

extension XMLParser {
    /// Qualified names by libxml2's interned name and namespace pointers, which stay the same
    /// for a whole parse. An open-addressing table: the standard dictionary's hashing was a
    /// visible share of reading time, for a lookup done on every element and attribute.
    /// It also notes what the copy left out: elements past `maxDepth`, texts past `maxText`.
    struct Names {
        var maxText = XMLParser.maxTextBytes
        /// An element deeper than `maxDepth` was met; its subtree was not copied.
        var tooDeep = false
        /// Byte sizes of the text nodes left out for being longer than `maxText`.
        var leftOut: [Int] = []

        init(maxText: Int = XMLParser.maxTextBytes) { self.maxText = maxText }

        /// A sentence about the texts left out of `part`, if any.
        func leftOutNote(_ part: String) -> String? {
            guard let largest = leftOut.max() else { return nil }
            let what = leftOut.count == 1 ? "a text of \(largest) bytes" : "\(leftOut.count) texts of up to \(largest) bytes"
            return "\(part) holds \(what), over the limit of \(maxText) bytes for one text; it was left out"
        }

        private var names: [Int] = Array(repeating: 0, count: 256)
        private var spaces: [Int] = Array(repeating: 0, count: 256)
        private var prefixes: [Int] = Array(repeating: 0, count: 256)
        private var values: [(name: String, skipped: Bool)?] = Array(repeating: nil, count: 256)
        private var count = 0

        /// The qualified name of a local name, prefix and namespace as the SAX2 parser hands
        /// them over (interned in the parser's dictionary), and whether the element is
        /// layout-only.
        mutating func lookup(_ name: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?)
            -> (name: String, skipped: Bool) {
            let n = Int(bitPattern: name)
            let h = Int(bitPattern: uri)
            let p = Int(bitPattern: prefix)
            let mask = values.count - 1
            var i = Self.slot(n, h, p, mask)
            while let value = values[i] {
                if names[i] == n && spaces[i] == h && prefixes[i] == p { return value }
                i = (i + 1) & mask
            }
            let qualified = XMLParser.qualifiedName(name, prefix, uri)
            let value = (name: qualified, skipped: XMLParser.layoutOnly.contains(qualified))
            names[i] = n
            spaces[i] = h
            prefixes[i] = p
            values[i] = value
            count += 1
            if count * 2 > values.count { grow() }
            return value
        }

        private mutating func grow() {
            let old = (names, spaces, prefixes, values)
            let size = values.count * 2
            names = Array(repeating: 0, count: size)
            spaces = Array(repeating: 0, count: size)
            prefixes = Array(repeating: 0, count: size)
            values = Array(repeating: nil, count: size)
            for k in old.3.indices {
                guard let value = old.3[k] else { continue }
                var i = Self.slot(old.0[k], old.1[k], old.2[k], size - 1)
                while values[i] != nil { i = (i + 1) & (size - 1) }
                names[i] = old.0[k]
                spaces[i] = old.1[k]
                prefixes[i] = old.2[k]
                values[i] = value
            }
        }

        private static func slot(_ name: Int, _ space: Int, _ prefix: Int, _ mask: Int) -> Int {
            let mixed = UInt(bitPattern: name) &* 0x9E37_79B9_7F4A_7C15 ^ UInt(bitPattern: space) &* 0xC2B2_AE3D_27D4_EB4F
                ^ UInt(bitPattern: prefix) &* 0x1656_67B1_9E37_79F9
            return Int(truncatingIfNeeded: mixed >> 40) & mask
        }
    }
}
