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

        // Made on the first lookup: a builder is copied into its parse before any, and copied
        // tables would be copied again on the first write.
        private var names: [Int] = []
        private var spaces: [Int] = []
        private var prefixes: [Int] = []
        private var values: [Name?] = []
        private var count = 0
        /// docnorm's prefix for each namespace pointer met (nil: one it does not know); a part
        /// uses a handful, and each new name would otherwise look its namespace up by string.
        private var namespaces: [(uri: Int, prefix: String?)] = []

        /// A qualified name, and whether docnorm never reads an element or attribute of that name.
        struct Name {
            var name: String
            /// An element left out of the tree (`XMLParser.layoutOnly`).
            var skipped: Bool
            /// An attribute left out of its element (`XMLParser.unreadAttributes`).
            var unread: Bool
        }

        /// The qualified name of a local name, prefix and namespace as the SAX2 parser hands
        /// them over (interned in the parser's dictionary), and whether an element or an
        /// attribute of that name is left out.
        mutating func lookup(_ name: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?) -> Name {
            let n = Int(bitPattern: name)
            let h = Int(bitPattern: uri)
            let p = Int(bitPattern: prefix)
            if values.isEmpty { grow() }
            let mask = values.count - 1
            var i = Self.slot(n, h, p, mask)
            while let value = values[i] {
                if names[i] == n && spaces[i] == h && prefixes[i] == p { return value }
                i = (i + 1) & mask
            }
            let qualified = qualifiedName(name, prefix, uri)
            let value = Name(name: qualified, skipped: XMLParser.layoutOnly.contains(qualified),
                             unread: XMLParser.unreadAttributes.contains(qualified))
            names[i] = n
            spaces[i] = h
            prefixes[i] = p
            values[i] = value
            count += 1
            if count * 2 > values.count { grow() }
            return value
        }

        /// `XMLParser.qualifiedName`, with the namespace's prefix looked up once per parse.
        private mutating func qualifiedName(_ name: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?) -> String {
            guard let name else { return "" }
            let local = String(cString: name)
            if let uri, let known = namespacePrefix(uri) { return known + ":" + local }
            if let prefix { return String(cString: prefix) + ":" + local }
            return local
        }

        private mutating func namespacePrefix(_ uri: UnsafePointer<xmlChar>) -> String? {
            let key = Int(bitPattern: uri)
            for known in namespaces where known.uri == key { return known.prefix }
            let found = Namespaces.prefix(for: String(cString: uri))
            namespaces.append((key, found))
            return found
        }

        private mutating func grow() {
            let old = (names, spaces, prefixes, values)
            let size = max(64, values.count * 2)
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
