internal import CLibXML2
internal import CLibZip

/// Reads the main document part element by element straight out of the zip archive, so a
/// 200 MB document.xml is never held whole in memory: libzip inflates it in chunks, libxml2's
/// streaming reader parses them, and each child of `w:body` is handed over, as a value, then
/// freed. A table is handed over row by row: one table can be most of a document.
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

    final class Source {
        var file: OpaquePointer
        var total: UInt64 = 0
        var cap: UInt64
        var exceeded = false
        init(file: OpaquePointer, cap: UInt64) {
            self.file = file
            self.cap = cap
        }
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
        // A DTD means entity declarations: leave those to the whole-part path, which drops them.
        var head = [UInt8](repeating: 0, count: 1024)
        let n = head.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, UInt64($0.count)) }
        zip_fclose(file)
        guard n >= 0 else { return .failure(ReaderError(.corrupt, "\(part) cannot be read from the zip archive")) }
        if XMLParser.dtdStart(head[0..<Int(n)]) != nil {
            return .success(.needsWholePart)
        }
        // Read again from the beginning of the entry.
        guard let stream = zip_fopen_index(archive, UInt64(index), 0) else {
            return .failure(ReaderError(.corrupt, "\(part) cannot be read from the zip archive"))
        }
        let state = Source(file: stream, cap: limits.maxEntrySize)
        defer { zip_fclose(stream) }
        let context = Unmanaged.passUnretained(state).toOpaque()
        let read: xmlInputReadCallback = { ctx, buffer, length in
            guard let ctx, let buffer else { return -1 }
            let source = Unmanaged<Source>.fromOpaque(ctx).takeUnretainedValue()
            let n = zip_fread(source.file, buffer, UInt64(max(0, length)))
            if n < 0 { return -1 }
            source.total += UInt64(n)
            if source.total > source.cap { source.exceeded = true; return -1 }
            return Int32(n)
        }
        let close: xmlInputCloseCallback = { _ in 0 }
        xmlResetLastError()
        guard let reader = xmlReaderForIO(read, close, context, nil, nil, XMLParser.options) else {
            return .failure(ReaderError(.corrupt, "\(part) cannot be parsed"))
        }
        defer { xmlFreeTextReader(reader) }

        var names = XMLParser.Names()
        var ret = xmlTextReaderRead(reader)
        var sawRoot = false
        var inBody = false
        var inTable = false
        defer { if inTable { event(.tableEnd) } }
        while ret == 1 {
            let type = xmlTextReaderNodeType(reader)
            let depth = xmlTextReaderDepth(reader)
            if type == Int32(XML_READER_TYPE_ELEMENT.rawValue) {
                let name = qualifiedName(reader)
                if depth == 0 && !sawRoot {
                    sawRoot = true
                    do throws(ReaderError) { try root(name) } catch { return .failure(error) }
                } else if depth == 1 {
                    inBody = name == "w:body"
                } else if depth == 2 && inBody && name == "w:tbl" {
                    event(.tableStart)
                    if xmlTextReaderIsEmptyElement(reader) == 1 { event(.tableEnd) } else { inTable = true }
                } else if (depth == 2 && inBody) || (depth == 3 && inTable) {
                    if let node = xmlTextReaderExpand(reader) {
                        let element = XMLParser.convert(node, names: &names, depth: Int(depth) + 1)
                        if names.tooDeep { return .failure(XMLParser.tooDeep(part)) }
                        event(inTable ? .tablePart(element) : .element(element))
                    } else if let node = xmlTextReaderCurrentNode(reader),
                              XMLParser.depth(below: node, limit: XMLParser.maxDepth) + Int(depth) + 1 > XMLParser.maxDepth {
                        // The XML broke off deep down: what made it no Word document is the depth.
                        return .failure(XMLParser.tooDeep(part))
                    }
                    ret = xmlTextReaderNext(reader)
                    continue
                }
            } else if type == Int32(XML_READER_TYPE_END_ELEMENT.rawValue) && depth == 2 && inTable {
                inTable = false
                event(.tableEnd)
            }
            ret = xmlTextReaderRead(reader)
        }
        if let note = names.leftOutNote(part) { event(.leftOut(note)) }
        if state.exceeded {
            return .failure(ReaderError(.tooLarge, "\(part) is too large (over \(limits.maxEntrySize >> 20) MiB decompressed)"))
        }
        if ret < 0 {
            let message = XMLParser.lastError()
            if message.contains("depth") {
                return .failure(XMLParser.tooDeep(part))
            }
            if !sawRoot { return .failure(ReaderError(.corrupt, "\(part) is not well-formed XML (\(message))")) }
            return .success(.broken(message))
        }
        return .success(.complete)
    }

    private static func qualifiedName(_ reader: xmlTextReaderPtr) -> String {
        guard let local = xmlTextReaderConstLocalName(reader) else { return "" }
        let name = String(cString: local)
        if let uri = xmlTextReaderConstNamespaceUri(reader), let prefix = Namespaces.prefix(for: String(cString: uri)) {
            return prefix + ":" + name
        }
        return name
    }
}
