import DocNormModel

/// A run of the clean text that is never cut: a line that fits, or a sentence of one that does
/// not, or a piece of a sentence cut at the limit.
struct Atom {
    var start: Int
    var end: Int
    var line: Int
    /// The kind of boundary between this atom and the one before it.
    var cut: Chunk.Split
}

/// A chunk being built: a span of the clean text and what it came from.
struct Piece {
    var start: Int
    var end: Int
    var path: [String]
    /// The path the chunk is filed under: its section's, or the parent of merged siblings.
    var base: [String]
    var kinds: [String]
    var whole: Bool
    var split: Chunk.Split?
    var repeatedHeader: String?
    var sections: [[String]] = []

    var size: Int { (repeatedHeader.map { $0.unicodeScalars.count + 1 } ?? 0) + end - start }

    func chunk(_ scalars: [Unicode.Scalar]) -> Chunk {
        var text = repeatedHeader.map { $0 + "\n" } ?? ""
        text.unicodeScalars.append(contentsOf: scalars[start..<end])
        return Chunk(headings: base, sections: sections, text: text, kinds: kinds, start: start, end: end,
                     split: split, repeatedHeader: repeatedHeader)
    }
}

extension Chunker {
    /// A section's lines in chunks of at most `limit` scalars: whole lines while they fit, a
    /// line longer than the limit at its sentences, a sentence longer than the limit at the limit.
    func pack(_ group: SectionGroup) -> [Piece] {
        let lines = group.lines
        // Each table's header rows, repeated when its rows continue in a later chunk, unless
        // they would take more than half the room.
        var headers: [Int: String] = [:]
        for line in lines where line.headerRow {
            if let t = line.table { headers[t] = headers[t].map { $0 + "\n" + line.text } ?? line.text }
        }
        headers = headers.filter { $0.value.unicodeScalars.count <= limit / 2 }
        func room(_ line: ChunkLine) -> Int {
            guard let t = line.table, !line.headerRow, let h = headers[t] else { return limit }
            return limit - h.unicodeScalars.count - 1
        }
        var atoms: [Atom] = []
        for (k, line) in lines.enumerated() {
            let sameTable = k > 0 && line.table != nil && lines[k - 1].table == line.table
            let first: Chunk.Split = sameTable ? .row : .paragraph
            if line.length <= room(line) {
                atoms.append(Atom(start: line.start, end: line.end, line: k, cut: first))
                continue
            }
            for (s, sentence) in Sentences.spans(line.text).enumerated() {
                let cut: Chunk.Split = s == 0 ? first : .sentence
                for (p, part) in Sentences.hardCuts(line.text, sentence, limit: room(line)).enumerated() {
                    atoms.append(Atom(start: line.start + part.lowerBound, end: line.start + part.upperBound, line: k,
                                      cut: p == 0 ? cut : .hard))
                }
            }
        }
        var pieces: [Piece] = []
        var first = 0
        func close(_ last: Int) {
            let a = atoms[first]
            var kinds: [String] = []
            for line in lines[a.line...atoms[last].line] where !kinds.contains(line.kind) { kinds.append(line.kind) }
            let line = lines[a.line]
            // Rows that go on from an earlier chunk come under their table's header again.
            let repeated = first > 0 && !line.headerRow ? line.table.flatMap { headers[$0] } : nil
            let before = first > 0 ? a.cut : nil
            let after = last + 1 < atoms.count ? atoms[last + 1].cut : nil
            let split = [before, after].compactMap { $0 }.max()
            pieces.append(Piece(start: a.start, end: atoms[last].end, path: group.path, base: group.path, kinds: kinds,
                                whole: split == nil, split: split, repeatedHeader: repeated))
        }
        for k in atoms.indices.dropFirst() {
            let a = atoms[first]
            let header = first > 0 && !lines[a.line].headerRow ? lines[a.line].table.flatMap { headers[$0] } : nil
            let size = (header.map { $0.unicodeScalars.count + 1 } ?? 0) + atoms[k].end - a.start
            if size > limit {
                close(k - 1)
                first = k
            }
        }
        if !atoms.isEmpty { close(atoms.count - 1) }
        return pieces
    }

    /// Tiny whole sections (under a fifth of the limit) joined with the sibling sections after
    /// them, while the result fits.
    /// What stands before the first heading stays alone.
    func merge(_ pieces: [Piece]) -> [Piece] {
        var out: [Piece] = []
        for p in pieces {
            guard var last = out.last, last.whole, p.whole, last.size < limit / 5, p.end - last.start <= limit else {
                out.append(p)
                continue
            }
            // Merged siblings are filed under their parent; a section alone under its own path.
            let parent = last.sections.isEmpty ? Array(last.base.dropLast()) : last.base
            let base: [String]
            if !(last.base.isEmpty && last.sections.isEmpty), p.path.count == parent.count + 1, p.path.starts(with: parent) {
                base = parent
            } else {
                out.append(p)
                continue
            }
            if last.sections.isEmpty { last.sections = [last.path] }
            last.sections.append(p.path)
            last.base = base
            last.end = p.end
            for k in p.kinds where !last.kinds.contains(k) { last.kinds.append(k) }
            out[out.count - 1] = last
        }
        return out
    }
}
