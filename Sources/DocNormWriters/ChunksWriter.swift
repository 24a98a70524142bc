import DocNormModel

/// Section chunks as JSON Lines (see docs/chunks.md and docs/chunks.schema.json): one record a
/// line, each a part of the clean text (`-t txt`) of at most `chunkSize` Unicode scalars with
/// the headings it comes under and where it stands in the clean text.
public struct ChunksWriter: DocumentWriter {
    /// The version of the chunk records' schema (`docs/chunks.schema.json`), written in every record.
    public static let schemaVersion = 1
    /// The writer options; `chunkSize` bounds the chunks.
    public var options: WriterOptions

    /// A chunks writer with `options`.
    public init(options: WriterOptions = WriterOptions()) {
        self.options = options
    }

    /// The document's id in the records: its path without the extension, or `document`.
    var documentId: String {
        guard let path = options.documentPath, !path.isEmpty else { return "document" }
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return path }
        return String(path.dropLast(name.distance(from: dot, to: name.endIndex)))
    }

    public func write(_ document: Document, emit: (String) -> Void) {
        let id = documentId
        var out = ""
        for (k, chunk) in Chunker(limit: options.chunkSize).chunks(document).enumerated() {
            var pairs: [(String, JSONValue)] = [
                ("schemaVersion", .int(Self.schemaVersion)),
                ("id", .string("\(id)#\(k)")),
                ("documentId", .string(id)),
                ("path", options.documentPath.map(JSONValue.string) ?? .null),
                ("title", document.metadata.title.map(JSONValue.string) ?? .null),
                ("chunk", .int(k)),
                ("headings", .array(chunk.headings.map(JSONValue.string))),
            ]
            if !chunk.sections.isEmpty {
                pairs.append(("sections", .array(chunk.sections.map { .array($0.map(JSONValue.string)) })))
            }
            pairs += [
                ("kinds", .array(chunk.kinds.map(JSONValue.string))),
                ("start", .int(chunk.start)),
                ("end", .int(chunk.end)),
                ("size", .int(chunk.size)),
                ("split", chunk.split.map { .string($0.rawValue) } ?? .null),
            ]
            if let header = chunk.repeatedHeader { pairs.append(("repeatedHeader", .string(header))) }
            pairs.append(("text", .string(chunk.text)))
            JSONValue.object(pairs).writeCompact(into: &out)
            out += "\n"
            emitFullPiece(&out, emit)
        }
        if !out.isEmpty { emit(out) }
    }
}

extension JSONValue {
    /// On one line, no spaces: a JSON Lines record.
    func writeCompact(into out: inout String) {
        switch self {
        case .string(let s): JSONValue.quote(s, into: &out)
        case .int, .bool, .null: write(into: &out, indent: 0)
        case .array(let items):
            out += "["
            for (k, v) in items.enumerated() {
                if k > 0 { out += "," }
                v.writeCompact(into: &out)
            }
            out += "]"
        case .generated(let count, let element):
            out += "["
            for k in 0..<count {
                if k > 0 { out += "," }
                element(k).writeCompact(into: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (k, (key, v)) in pairs.enumerated() {
                if k > 0 { out += "," }
                JSONValue.quote(key, into: &out)
                out += ":"
                v.writeCompact(into: &out)
            }
            out += "}"
        }
    }
}
