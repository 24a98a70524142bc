internal import CLibZip
import DocNormModel

/// A .docx archive opened once for the whole reading: its entries, the parts the readers ask
/// for (read and parsed on demand, each once), the relationships between them, and the main
/// part streamed element by element. Exists only inside `withPackage`, which owns the archive.
struct DocxPackage: ~Copyable {
    private let archive: OpaquePointer
    let limits: ZipArchive.Limits
    let entries: [ZipArchive.Entry]
    let names: Set<String>
    /// Entries by name; the first of a duplicated name wins, as in libzip.
    private let byName: [String: ZipArchive.Entry]
    private var data: [String: [UInt8]] = [:]
    /// Entries that exist but could not be read, with the reason.
    private var unreadable: [String: String] = [:]
    private var total: UInt64 = 0
    /// What reading the parts met: unreadable or malformed parts, texts left out.
    var warnings: [Warning] = []

    /// Where the parts a reader needs are.
    private(set) var parts: Parts

    struct Parts {
        var packageRels: [Relationship]
        var main: String
        /// The main part's relationships.
        var rels: [Relationship]

        /// The part of a relationship kind of the main part (`styles`, `numbering`, `footnotes`…).
        func target(_ kind: String) -> String? {
            rels.first { $0.kind == kind && !$0.external }.map { PackageParts.resolve($0.target, from: main) }
        }

        /// Page headers and footers, in the order of the relationships.
        var headersFooters: [(kind: String, path: String)] {
            rels.filter { $0.kind == "header" || $0.kind == "footer" }.map { ($0.kind, PackageParts.resolve($0.target, from: main)) }
        }

        /// The main part's charts and SmartArt data parts, each once.
        var graphics: [(kind: String, path: String)] {
            var seen = Set<String>()
            return rels.filter { ($0.kind == "chart" || $0.kind == "diagramData") && !$0.external }
                .map { ($0.kind, PackageParts.resolve($0.target, from: main)) }
                .filter { seen.insert($0.1).inserted }
        }

        var coreProperties: String {
            packageRels.first { $0.kind == "core-properties" }.map { PackageParts.resolve($0.target, from: "") } ?? "docProps/core.xml"
        }

        var appProperties: String {
            packageRels.first { $0.kind == "extended-properties" }.map { PackageParts.resolve($0.target, from: "") } ?? "docProps/app.xml"
        }
    }

    /// Opens the archive once, finds the main part, and runs `body` with the package.
    static func withPackage<T>(_ source: DocxSource, limits: ZipArchive.Limits = ZipArchive.Limits(),
                               _ body: (inout DocxPackage) throws(ReaderError) -> T) throws(ReaderError) -> T {
        try ZipArchive.withArchive(source) { archive throws(ReaderError) -> T in
            let entries = try ZipArchive.entries(archive)
            if entries.contains(where: { $0.encrypted }) {
                throw ReaderError(.encrypted, "the .docx is password-protected")
            }
            var package = DocxPackage(archive: archive, limits: limits, entries: entries)
            try package.findParts()
            return try body(&package)
        }
    }

    private init(archive: OpaquePointer, limits: ZipArchive.Limits, entries: [ZipArchive.Entry]) {
        self.archive = archive
        self.limits = limits
        self.entries = entries
        names = Set(entries.map(\.name))
        byName = Dictionary(entries.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        parts = Parts(packageRels: [], main: "", rels: [])
    }

    /// The main part, from the package relationships or the content types, and its relationships.
    private mutating func findParts() throws(ReaderError) {
        try load(["_rels/.rels", "[Content_Types].xml"])
        let packageRels = (try? parse("_rels/.rels")).map(PackageParts.relationships) ?? []
        let contentTypes = try? parse("[Content_Types].xml")
        guard let main = PackageParts.mainPart(rels: packageRels, contentTypes: contentTypes, entries: names) else {
            throw ReaderError(.unsupportedFormat, DocxReader.whatItIs(names))
        }
        let mainRels = PackageParts.relsPath(for: main)
        try load([mainRels])
        let rels = (try? parse(mainRels)).map(PackageParts.relationships) ?? []
        parts = Parts(packageRels: packageRels, main: main, rels: rels)
    }

    /// Reads the entries named that exist and were not read yet. Encryption, a zip bomb or
    /// too large a total fail the whole file; an entry that cannot be read is remembered.
    mutating func load(_ wanted: [String]) throws(ReaderError) {
        var seen = Set<String>()
        for name in wanted where data[name] == nil && unreadable[name] == nil && seen.insert(name).inserted {
            guard let entry = byName[name] else { continue }
            try ZipArchive.checkLimits(entry, limits: limits)
            total += entry.size
            if total > limits.maxTotalSize {
                throw ReaderError(.tooLarge, "the .docx decompresses to more than \(limits.maxTotalSize >> 20) MiB")
            }
            switch ZipArchive.read(archive, entry: entry, cap: limits.maxEntrySize) {
            case .success(let bytes): data[name] = bytes
            case .failure(let reason): unreadable[name] = reason.message.lowercased()
            }
        }
    }

    /// The bytes of an entry, read if needed; nil when it is missing or cannot be read.
    mutating func bytes(_ name: String) throws(ReaderError) -> [UInt8]? {
        try load([name])
        return data[name]
    }

    /// Parses a part. A part that is missing is nil; one that cannot be read or parsed is a
    /// warning and nil, or the error when the document cannot do without it.
    mutating func parse(_ name: String, required: Bool = false) throws(ReaderError) -> XMLElement? {
        try load([name])
        if let reason = unreadable[name] {
            if required { throw ReaderError(.corrupt, "\(name) cannot be read from the zip archive (\(reason))") }
            warnings.append(Warning(code: "unreadable-part", message: "\(name) cannot be read from the zip archive (\(reason)); the part was skipped"))
            unreadable[name] = nil
            data[name] = []
            return nil
        }
        guard let bytes = data[name], !bytes.isEmpty else { return nil }
        do {
            let (root, note, leftOut) = try XMLParser.parse(bytes, part: name)
            if let note { warnings.append(Warning(code: "malformed-xml", message: note)) }
            if let leftOut { warnings.append(Warning(code: "text-too-long", message: leftOut)) }
            return root
        } catch {
            if required { throw error }
            warnings.append(Warning(code: "malformed-xml", message: "\(error.reason); the part was skipped"))
            return nil
        }
    }

    /// The relationships of a part, which live beside it.
    mutating func relationships(of part: String) -> [Relationship] {
        (try? parse(PackageParts.relsPath(for: part))).map(PackageParts.relationships) ?? []
    }

    /// A part read child by child into `empty`, so a large one is never one tree; a part that
    /// cannot be (a DTD, broken XML) is parsed whole, with its warnings.
    mutating func childByChild<Part>(_ name: String?, _ empty: Part, _ add: (inout Part, XMLElement) -> Void) -> Part {
        guard let name else { return empty }
        var part = empty
        if (try? load([name])) != nil, unreadable[name] == nil, let bytes = data[name],
           XMLParser.eachChild(bytes, { add(&part, $0) }) {
            return part
        }
        part = empty
        guard let root = try? parse(name) else { return empty }
        for e in root.elements { add(&part, e) }
        return part
    }

    /// Streams the main part's body (see `PartStream`), from this open archive.
    func streamBody(root: (String) throws(ReaderError) -> Void, event: (PartStream.Event) -> Void) throws(ReaderError) -> PartStream.Outcome {
        if let entry = byName[parts.main] { try ZipArchive.checkLimits(entry, limits: limits) }
        return try PartStream.bodyElements(archive, part: parts.main, limits: limits, root: root, event: event)
    }

    /// The bytes of media files by their zip path, in the order asked; missing ones are left out.
    mutating func media(_ paths: [String]) throws(ReaderError) -> [(path: String, bytes: [UInt8]?)] {
        try load(paths)
        return paths.map { ($0, data[$0]) }
    }
}
