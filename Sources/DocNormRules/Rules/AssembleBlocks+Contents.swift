import DocNormModel

extension AssembleBlocks {
    /// A kept table of contents links each entry to the heading it lists (`--toc keep`):
    /// the heading gets an anchor made as GitHub makes one from a heading's text, so the
    /// same link works in the HTML and in Markdown on GitHub. An entry that lists no
    /// heading of the document stays plain text.
    static func linkContents(_ blocks: inout [Block], lists: [Int]) {
        var byKey: [String: [Int]] = [:]
        for (i, block) in blocks.enumerated() {
            guard case .heading(let h) = block else { continue }
            byKey[TextKey.heading((h.label?.shown ?? "") + h.content.plainText), default: []].append(i)
        }
        let anchors = headingAnchors(blocks)
        var taken: [String: Int] = [:]
        var targets: [(list: Int, item: Int, heading: Int)] = []
        for l in lists {
            guard case .list(let list) = blocks[l] else { continue }
            for (k, item) in list.items.enumerated() {
                guard case .paragraph(let p)? = item.blocks.first else { continue }
                let key = TextKey.heading(p.content.plainText)
                guard let candidates = byKey[key] else { continue }
                let seen = taken[key, default: 0]
                guard seen < candidates.count else { continue }
                taken[key] = seen + 1
                targets.append((l, k, candidates[seen]))
            }
        }
        for t in targets {
            guard case .list(var list) = blocks[t.list], case .paragraph(var p)? = list.items[t.item].blocks.first,
                  case .heading(var h) = blocks[t.heading], let a = anchors[t.heading] else { continue }
            h.anchor = a
            blocks[t.heading] = .heading(h)
            p.content = [.link(url: "#" + a, content: p.content)]
            list.items[t.item].blocks[0] = .paragraph(p)
            blocks[t.list] = .list(list)
        }
    }

    /// Every heading's anchor by its block's index, in document order, as GitHub numbers
    /// repeated headings (`a`, `a-1`).
    static func headingAnchors(_ blocks: [Block]) -> [Int: String] {
        var anchors: [Int: String] = [:]
        var used: [String: Int] = [:]
        for (i, block) in blocks.enumerated() {
            guard case .heading(let h) = block else { continue }
            let base = slug((h.label?.shown ?? "") + h.content.plainText)
            let n = used[base, default: 0]
            used[base] = n + 1
            anchors[i] = n == 0 ? base : "\(base)-\(n)"
        }
        return anchors
    }

    /// GitHub's heading anchor: lower case, spaces to `-`, punctuation other than `-` and `_` dropped.
    static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            let p = scalar.properties
            if scalar == " " { out += "-" }
            else if scalar == "-" || scalar == "_" || p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
