internal import CLibXML2
internal import CLibZip

/// Reads the main document part element by element straight out of the zip archive, so a
/// 200 MB document.xml is never held whole in memory: libzip inflates it in chunks, libxml2's
/// SAX2 parser reads them (`XMLBuilder`), and each child of `w:body` is handed over, as a
/// value, then freed. A table is handed over row by row: one table can be most of a document.
/// Every C object it makes lives and dies inside `bodyElements`; the archive is the package's.
enum PartStream {
    /// What the body is handed over as.
    enum Event {
        /// A whole child of `w:body` other than a table.
        case element(XMLElement)
        case tableStart
        /// A child of a body-level table: a row, the table's properties, or a wrapper of rows.
        case tablePart(XMLElement)
        case tableEnd
        /// Texts too long to keep were left out: a sentence saying so.
        case leftOut(String)
    }

    /// What the streaming read of a part ended with.
    enum Outcome: Equatable {
        case complete
        /// The part has a DTD; the caller reads it the non-streaming way, which drops it.
        case needsWholePart
        /// The XML broke off: what came before was read.
        case broken(String)
    }

    /// Calls `root` with the root's name, then `event` for the content of `w:body`, in order.
    /// A table that was begun is always ended, also when the XML breaks off inside it.
    static func bodyElements(_ archive: OpaquePointer, part: String, limits: ZipArchive.Limits = ZipArchive.Limits(),
                             root: (String) throws(ReaderError) -> Void,
                             event: (Event) -> Void) throws(ReaderError) -> Outcome {
        try stream(archive, part: part, limits: limits, root: root, event: event).get()
    }

    private static func stream(_ archive: OpaquePointer, part: String, limits: ZipArchive.Limits,
                               root: (String) throws(ReaderError) -> Void,
                               event: (Event) -> Void) -> Result<Outcome, ReaderError> {
        let index = zip_name_locate(archive, part, 0)
        guard index >= 0, let file = zip_fopen_index(archive, UInt64(index), 0) else {
            return .failure(ReaderError(.corrupt, "\(part) cannot be read from the zip archive"))
        }
        defer { zip_fclose(file) }
        var total: UInt64 = 0
        var exceeded = false
        var unreadable = false
        var buffer = ZipArchive.scratch(1 << 16)
        func read() -> ArraySlice<UInt8>? {
            guard !unreadable, !exceeded else { return nil }
            let n = buffer.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, UInt64($0.count)) }
            if n < 0 { unreadable = true; return nil }
            total += UInt64(n)
            if total > limits.maxEntrySize { exceeded = true; return nil }
            return n == 0 ? nil : buffer[0..<Int(n)]
        }
        // A DTD means entity declarations: leave those to the whole-part path, which drops them.
        // The first chunk says so; it is then parsed like the others.
        var first = read()
        if unreadable { return .failure(ReaderError(.corrupt, "\(part) cannot be read from the zip archive")) }
        if let head = first, XMLParser.dtdStart(head.prefix(1024)) != nil {
            return .success(.needsWholePart)
        }
        let next = { () -> ArraySlice<UInt8>? in
            if let chunk = first { first = nil; return chunk }
            return read()
        }

        var builder = XMLBuilder(mode: .body)
        var sawRoot = false
        var inTable = false
        var failure: ReaderError?
        defer { if inTable { event(.tableEnd) } }
        let ending = builder.run(recover: false, next: next) { pieces, _ in
            for piece in pieces {
                switch piece {
                case .root(let name):
                    sawRoot = true
                    do throws(ReaderError) { try root(name) } catch { failure = error; return false }
                case .element(let e): event(.element(e))
                case .tableStart: inTable = true; event(.tableStart)
                case .tablePart(let e): event(.tablePart(e))
                case .tableEnd: inTable = false; event(.tableEnd)
                }
            }
            return true
        }
        if let failure { return .failure(failure) }
        if builder.tooDeep { return .failure(XMLParser.tooDeep(part)) }
        if let note = builder.names.leftOutNote(part) { event(.leftOut(note)) }
        if exceeded {
            return .failure(ReaderError(.tooLarge, "\(part) is too large (over \(limits.maxEntrySize >> 20) MiB decompressed)"))
        }
        if unreadable { return .success(.broken("its compressed data is damaged after \(total) bytes")) }
        if case .broken(let message) = ending {
            if message.contains("depth") { return .failure(XMLParser.tooDeep(part)) }
            if !sawRoot { return .failure(ReaderError(.corrupt, "\(part) is not well-formed XML (\(message))")) }
            return .success(.broken(message))
        }
        return .success(.complete)
    }
}
