internal import CLibXML2

/// Builds `XMLElement` values straight from libxml2's SAX2 events, so no libxml2 tree is made
/// and copied for every element: the parser hands over interned names, attribute values in
/// place and text in pieces, and only the subtrees docnorm reads become values.
/// The values are the ones the libxml2 tree would have been copied into: the same text
/// nodes (adjacent text merged, CDATA apart), the same elements and attributes left out.
/// Every C object lives inside `run`; the builder only ever sees pointers during a callback.
struct XMLBuilder {
    /// Which subtrees become values, and what is handed over.
    enum Mode {
        /// The root element, whole.
        case whole
        /// Each child of the root, one at a time (layout-only ones left out).
        case children
        /// The children of `w:body`, a body-level table's children one at a time.
        case body
    }

    /// What the parse has handed over, in document order, since the last `take`.
    enum Piece {
        case root(String)
        case element(XMLElement)
        case tableStart
        case tablePart(XMLElement)
        case tableEnd
    }

    let mode: Mode
    var names: XMLParser.Names
    private(set) var pieces: [Piece] = []
    /// The root element in `.whole` mode, once it has ended.
    private(set) var root: XMLElement?
    /// An element deeper than `XMLParser.maxDepth` was met: the parse was stopped there.
    private(set) var tooDeep = false

    /// The elements being built, outermost first, each with its children so far. The children
    /// move into the element when it ends: no copy, no reference counted twice.
    private var open: [(name: String, attributes: [(name: String, value: String)], children: [XMLNode])] = []
    /// The depth of the current element (the root is 0), counted for every element.
    private var depth = -1
    /// While above zero, the events belong to a subtree that is not built.
    private var ignoring = 0
    private var inBody = false
    /// Inside a body-level table (`w:tbl` at depth 2), whose children are handed over one by one.
    private var inTable = false
    private var text: [UInt8] = []
    private var textIsCDATA = false
    /// The parser, during `run` only: an element too deep stops it.
    private var context: xmlParserCtxtPtr?

    init(mode: Mode, maxText: Int = XMLParser.maxTextBytes) {
        self.mode = mode
        names = XMLParser.Names(maxText: maxText)
    }

    /// The pieces handed over so far, which the builder forgets.
    mutating func take() -> [Piece] {
        defer { pieces = [] }
        return pieces
    }

    /// How the next element's subtree is treated, by its depth and name.
    private enum Start { case build, structure, ignore }

    private mutating func start(_ name: String, skipped: Bool) -> Start {
        switch mode {
        case .whole:
            return depth == 0 ? .build : .ignore
        case .children:
            if depth == 0 { pieces.append(.root(name)); return .structure }
            return depth == 1 && !skipped ? .build : .ignore
        case .body:
            switch depth {
            case 0: pieces.append(.root(name)); return .structure
            case 1: inBody = name == "w:body"; return inBody ? .structure : .ignore
            case 2 where inBody:
                guard name == "w:tbl" else { return .build }
                inTable = true
                pieces.append(.tableStart)
                return .structure
            case 3 where inTable: return .build
            default: return .ignore
            }
        }
    }

    // MARK: Events

    fileprivate mutating func startElement(_ local: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?,
                                           _ count: Int, _ values: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        depth += 1
        if ignoring > 0 { ignoring += 1; return }
        let found = names.lookup(local, prefix, uri)
        let (name, skipped) = (found.name, found.skipped)
        if open.isEmpty {
            switch start(name, skipped: skipped) {
            case .structure: return
            case .ignore: ignoring = 1; return
            case .build: break
            }
        } else {
            flushText()
            // The element's own depth in the part, the root being 1.
            if depth + 1 > XMLParser.maxDepth {
                tooDeep = true
                if let context { xmlStopParser(context) }
                ignoring = 1
                return
            }
            if skipped { ignoring = 1; return }
        }
        var attributes: [(name: String, value: String)] = []
        if count > 0, let values {
            for k in 0..<count {
                let a = values + 5 * k
                guard let local = a[0], !XMLParser.isIgnoredAttribute(local) else { continue }
                let attribute = names.lookup(local, a[1], a[2])
                if attribute.unread { continue }
                if attributes.isEmpty { attributes.reserveCapacity(count - k) }
                attributes.append((attribute.name, Self.value(a[3], a[4])))
            }
        }
        open.append((name, attributes, []))
    }

    fileprivate mutating func endElement() {
        defer { depth -= 1 }
        if ignoring > 0 { ignoring -= 1; return }
        guard !open.isEmpty else {
            if inTable, depth == 2 { inTable = false; pieces.append(.tableEnd) }
            return
        }
        let element = close()
        if !open.isEmpty {
            append(.element(element))
            return
        }
        switch mode {
        case .whole: root = element
        case .children: pieces.append(.element(element))
        case .body: pieces.append(inTable ? .tablePart(element) : .element(element))
        }
    }

    /// The innermost open element, ended: its pending text and children are its own now.
    private mutating func close() -> XMLElement {
        flushText()
        let frame = open.removeLast()
        return XMLElement(name: frame.name, attributes: frame.attributes, children: frame.children)
    }

    /// A child of the innermost open element. Room for four at first: most elements that have
    /// children have that few (a run: its properties and text), so one allocation serves.
    private mutating func append(_ node: consuming XMLNode) {
        let last = open.count - 1
        if open[last].children.isEmpty { open[last].children.reserveCapacity(4) }
        open[last].children.append(node)
    }

    fileprivate mutating func characters(_ bytes: UnsafePointer<xmlChar>?, _ length: Int, cdata: Bool) {
        guard ignoring == 0, !open.isEmpty, let bytes, length > 0 else { return }
        if cdata != textIsCDATA { flushText() }
        textIsCDATA = cdata
        text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: length))
    }

    /// A comment, a processing instruction or an entity reference: nothing of its own, but
    /// the text on either side of it stays two texts, as in libxml2's tree.
    fileprivate mutating func boundary() {
        guard ignoring == 0, !open.isEmpty else { return }
        flushText()
    }

    /// XML that breaks off leaves elements open; recovered, they hold what they had, as in
    /// libxml2's tree.
    private mutating func closeOpenElements() {
        while !open.isEmpty {
            let element = close()
            if open.isEmpty { root = element } else { append(.element(element)) }
        }
    }

    private mutating func flushText() {
        guard !text.isEmpty else { return }
        if text.count > names.maxText {
            names.leftOut.append(text.count)
        } else {
            append(.text(String(decoding: text, as: UTF8.self)))
        }
        text.removeAll(keepingCapacity: true)
    }

    /// An attribute value as the parser hands it over. Without entity replacement it keeps
    /// an `&` (from `&amp;` or `&#38;`) as `&#38;`, which libxml2's tree decodes: so does this.
    static func value(_ start: UnsafePointer<xmlChar>?, _ end: UnsafePointer<xmlChar>?) -> String {
        guard let start, let end, end > start else { return "" }
        let bytes = UnsafeBufferPointer(start: start, count: end - start)
        guard bytes.contains(0x26) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        let escaped = Array("&#38;".utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x26, i + escaped.count <= bytes.count, bytes[i..<(i + escaped.count)].elementsEqual(escaped) {
                out.append(0x26)
                i += escaped.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Parsing

    /// How a parse ended (`tooDeep` apart).
    enum Ending: Equatable {
        case complete
        /// Not well-formed: the message. What was handed over until then stands.
        case broken(String)
    }

    /// Parses the chunks `next` gives (nil at the end; a chunk is read only after the one
    /// before was parsed), calling `drain` after each with the pieces handed over and the
    /// number of texts left out so far, so a caller can take the pieces as they come. `drain`
    /// returns false to stop. With `recover`, libxml2 goes on past errors as far as it can.
    /// The callbacks reach the builder through a pointer made and freed here, which no
    /// exclusivity check or reference count stands between.
    mutating func run(recover: Bool, next: () -> ArraySlice<UInt8>?, drain: ([Piece], Int) -> Bool) -> Ending {
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = { ctx, local, prefix, uri, _, _, count, _, values in
            ctx?.assumingMemoryBound(to: XMLBuilder.self).pointee.startElement(local, prefix, uri, Int(count), values)
        }
        sax.endElementNs = { ctx, _, _, _ in
            ctx?.assumingMemoryBound(to: XMLBuilder.self).pointee.endElement()
        }
        let characters: charactersSAXFunc = { ctx, bytes, length in
            ctx?.assumingMemoryBound(to: XMLBuilder.self).pointee.characters(bytes, Int(length), cdata: false)
        }
        sax.characters = characters
        sax.ignorableWhitespace = characters
        sax.cdataBlock = { ctx, bytes, length in
            ctx?.assumingMemoryBound(to: XMLBuilder.self).pointee.characters(bytes, Int(length), cdata: true)
        }
        sax.comment = { ctx, _ in ctx?.assumingMemoryBound(to: XMLBuilder.self).pointee.boundary() }
        sax.processingInstruction = { ctx, _, _ in ctx?.assumingMemoryBound(to: XMLBuilder.self).pointee.boundary() }
        sax.reference = { ctx, _ in ctx?.assumingMemoryBound(to: XMLBuilder.self).pointee.boundary() }
        var options = XMLParser.options
        if recover { options |= Int32(XML_PARSE_RECOVER.rawValue) }

        let state = UnsafeMutablePointer<XMLBuilder>.allocate(capacity: 1)
        state.initialize(to: self)
        defer {
            state.pointee.context = nil
            self = state.move()
            state.deallocate()
        }
        xmlResetLastError()
        // The first bytes go in with the context: libxml2 tells the encoding from them.
        var chunk: ArraySlice<UInt8>? = next() ?? []
        let head = min(chunk!.count, 4)
        guard let ctxt = chunk!.withUnsafeBytes({ raw in
            xmlCreatePushParserCtxt(&sax, state, raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(head), nil)
        }) else { return .broken("the parser could not be created") }
        defer { xmlFreeParserCtxt(ctxt) }
        state.pointee.context = ctxt
        xmlCtxtUseOptions(ctxt, options)
        chunk = chunk!.dropFirst(head)
        var going = true
        while going {
            let end: Int32 = chunk == nil ? 1 : 0
            _ = (chunk ?? []).withUnsafeBytes { raw in
                xmlParseChunk(ctxt, raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count), end)
            }
            going = drain(state.pointee.take(), state.pointee.names.leftOut.count) && !state.pointee.tooDeep
                && (recover || ctxt.pointee.wellFormed != 0) && end == 0
            // The parsed chunk is let go first: a reader that fills one buffer again finds it
            // unshared and does not copy it.
            chunk = nil
            if going { chunk = next() }
        }
        if mode == .whole { state.pointee.closeOpenElements() }
        return ctxt.pointee.wellFormed == 0 ? .broken(XMLParser.lastError()) : .complete
    }
}

extension XMLBuilder {
    /// Bytes in memory as chunks of at most `size`.
    static func chunks(of bytes: [UInt8], size: Int = 1 << 16) -> () -> ArraySlice<UInt8>? {
        var offset = 0
        return {
            guard offset < bytes.count else { return nil }
            let end = min(bytes.count, offset + size)
            defer { offset = end }
            return bytes[offset..<end]
        }
    }
}
