import Foundation

extension Document {
    /// The same document with every image source passed through `transform`; nil leaves the
    /// image without a link, and an image left with neither a link nor alt text goes (with a
    /// paragraph it was all of).
    package func mappingImageSources(_ transform: (String) -> String?) -> Document {
        func inlines(_ list: [Inline]) -> [Inline] {
            list.compactMap { inline in
                if case .image(let alt, let source?) = inline {
                    let mapped = transform(source)
                    return mapped == nil && alt.isEmpty ? nil : .image(alt: alt, source: mapped)
                }
                if let children = inline.children { return inline.replacingChildren(inlines(children)) }
                return inline
            }
        }
        func blocks(_ list: [Block]) -> [Block] {
            list.compactMap { block in
                switch block {
                case .heading(var h): h.content = inlines(h.content); return .heading(h)
                case .paragraph(var p):
                    let before = p.content.isEmpty
                    p.content = inlines(p.content).pruned()
                    return p.content.isEmpty && !before ? nil : .paragraph(p)
                case .list(var l):
                    for i in l.items.indices { l.items[i].blocks = blocks(l.items[i].blocks) }
                    return .list(l)
                case .table(var t):
                    for r in t.rows.indices { for c in t.rows[r].cells.indices { t.rows[r].cells[c].blocks = blocks(t.rows[r].cells[c].blocks) } }
                    return .table(t)
                case .blockQuote(let q): return .blockQuote(blocks(q))
                case .thematicBreak: return block
                }
            }
        }
        var copy = self
        copy.blocks = blocks(self.blocks)
        for i in copy.notes.indices { copy.notes[i].blocks = blocks(copy.notes[i].blocks) }
        return copy
    }
}

enum RelativePath {
    /// The path of `file` seen from `directory`, both absolute (`../media/a/image1.png`).
    static func from(_ directory: URL, to file: URL) -> String {
        let base = directory.standardizedFileURL.pathComponents
        let target = file.standardizedFileURL.pathComponents
        var common = 0
        while common < base.count, common < target.count, base[common] == target[common] { common += 1 }
        let ups = Array(repeating: "..", count: base.count - common)
        return (ups + target[common...]).joined(separator: "/")
    }
}

extension Converter {
    /// What `extractMedia` puts before each image's file name so that a file written in
    /// `directory` links to the images in `media` (`../media/`; empty when they are the same).
    package static func linkPrefix(from directory: URL, to media: URL) -> String {
        let relative = RelativePath.from(directory, to: media)
        return relative.isEmpty ? "" : relative + "/"
    }
}
