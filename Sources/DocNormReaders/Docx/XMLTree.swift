internal import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

enum XMLParser {
    /// Deeper elements make a part no Word document; the tree is copied recursively.
    static let maxDepth = 256
    /// The longest text node kept, in bytes. libxml2's own limit (10,000,000 bytes, lifted by
    /// XML_PARSE_HUGE) cut a part off there without saying why; the zip limits bound the total.
    static let maxTextBytes = 64 << 20

    /// Every parse: no network, no error output, and docnorm's limits instead of libxml2's.
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                               | XML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)

    static func tooDeep(_ part: String) -> ReaderError {
        ReaderError(.corrupt, "\(part) is nested too deeply (over \(maxDepth) levels) to be a Word document")
    }

    /// Parses a part. Entities are never expanded and nothing is fetched from the network.
    /// Malformed XML is parsed again in recovery mode; `recovered` tells the caller.
    /// The root element, a sentence about what had to be ignored or recovered, and one about
    /// texts left out for their length, if any.
    static func parse(_ bytes: [UInt8], part: String, maxText: Int = maxTextBytes) throws(ReaderError)
        -> (root: XMLElement, note: String?, leftOut: String?) {
        guard !bytes.isEmpty else { throw ReaderError(.corrupt, "\(part) is empty") }
        // OOXML parts never need a DTD; one is only there to declare entities, which are never expanded.
        let (input, hadDTD) = withoutDTD(bytes)
        let dtdNote = hadDTD ? "\(part) declares a DTD, which was ignored (entities are never expanded)" : nil
        func notes(_ more: String?) -> String? {
            let all = [dtdNote, more].compactMap { $0 }
            return all.isEmpty ? nil : all.joined(separator: "; ")
        }
        var names = Names(maxText: maxText)
        if let root = parseOnce(input, recover: false, names: &names) {
            if names.tooDeep { throw tooDeep(part) }
            return (root, notes(nil), names.leftOutNote(part))
        }
        let message = lastError()
        if message.contains("depth") { throw tooDeep(part) }
        names = Names(maxText: maxText)
        if let root = parseOnce(input, recover: true, names: &names), !root.children.isEmpty {
            if names.tooDeep { throw tooDeep(part) }
            return (root, notes("\(part) is not well-formed XML (\(message)); what could be recovered was read"), names.leftOutNote(part))
        }
        throw ReaderError(.corrupt, "\(part) is not well-formed XML (\(message))")
    }

    /// Parses a part child by child: `child` gets each child element of the root, as a value,
    /// one at a time, so a large part (a 2 MB styles.xml) is never one tree. Returns false
    /// when the part must be read whole instead (it has a DTD or is not well-formed); the
    /// children handed over until then are to be discarded.
    static func eachChild(_ bytes: [UInt8], _ child: (XMLElement) -> Void) -> Bool {
        guard !bytes.isEmpty, dtdStart(bytes[...]) == nil else { return false }
        xmlResetLastError()
        return bytes.withUnsafeBytes { raw -> Bool in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self),
                  let reader = xmlReaderForMemory(base, Int32(raw.count), nil, nil, options) else { return false }
            defer { xmlFreeTextReader(reader) }
            var names = Names()
            var ret = xmlTextReaderRead(reader)
            while ret == 1 {
                if xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue) && xmlTextReaderDepth(reader) == 1 {
                    if let node = xmlTextReaderExpand(reader) {
                        let c = node.pointee
                        if c.type == XML_ELEMENT_NODE, !names.lookup(c.name, c.ns).skipped { child(convert(node, names: &names, depth: 2)) }
                    }
                    // Too deep or too long a text: the whole-part parse says so.
                    if names.tooDeep || !names.leftOut.isEmpty { return false }
                    ret = xmlTextReaderNext(reader)
                    continue
                }
                ret = xmlTextReaderRead(reader)
            }
            return ret == 0
        }
    }

    static let dtdMarker = Array("<!DOCTYPE".utf8)

    /// Where a `<!DOCTYPE` declaration starts among the first bytes of a part, if it has one.
    static func dtdStart(_ bytes: ArraySlice<UInt8>) -> Int? {
        let head = bytes.prefix(4096)
        return head.indices.first { head[$0...].starts(with: dtdMarker) }
    }

    /// The bytes with any `<!DOCTYPE …>` declaration (and its internal subset) removed.
    static func withoutDTD(_ bytes: [UInt8]) -> ([UInt8], Bool) {
        guard let start = dtdStart(bytes[...]) else { return (bytes, false) }
        var i = start + dtdMarker.count
        var depth = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "[") { depth += 1 } else if b == UInt8(ascii: "]") { depth -= 1 } else if b == UInt8(ascii: ">") && depth <= 0 { break }
            i += 1
        }
        return (Array(bytes[..<start]) + (i < bytes.count ? Array(bytes[(i + 1)...]) : []), true)
    }

    private static func parseOnce(_ bytes: [UInt8], recover: Bool, names: inout Names) -> XMLElement? {
        var options = options
        if recover { options |= Int32(XML_PARSE_RECOVER.rawValue) }
        xmlResetLastError()
        let doc: xmlDocPtr? = bytes.withUnsafeBytes { raw in
            raw.withMemoryRebound(to: CChar.self) { chars in
                xmlReadMemory(chars.baseAddress, Int32(chars.count), nil, nil, options)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return nil }
        return convert(root, names: &names)
    }

    static func lastError() -> String {
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return "unknown error" }
        var text = String(cString: message).trimmingCharacters(in: "\n ")
        if error.pointee.line > 0 { text = "line \(error.pointee.line): " + text }
        return text
    }

    /// Copies a libxml2 element and its subtree into values. Iterative over siblings,
    /// recursive over depth, which stops at `maxDepth` (XML_PARSE_HUGE lifts libxml2's cap).
    /// Layout-only properties docnorm never reads: left out of the tree, which keeps large
    /// tables small in memory.
    static let layoutOnly: Set<String> = [
        // w:sz and w:jc are read: a title is told by its size and centring.
        "w:szCs", "w:color", "w:lang", "w:spacing", "w:ind", "w:tcW", "w:tcBorders", "w:shd", "w:noProof",
        "w:kern", "w:w", "w:position", "w:snapToGrid", "w:adjustRightInd", "w:autoSpaceDE", "w:autoSpaceDN", "w:widowControl",
        "w:tblBorders", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblW", "w:tblInd", "w:gridCol", "w:vAlign", "w:trHeight",
        "w:cnfStyle", "w:highlight", "w:bCs", "w:iCs", "w:effect", "w:fitText", "w:eastAsianLayout", "w:textAlignment",
        "w:keepNext", "w:keepLines", "w:contextualSpacing", "w:suppressAutoHyphens", "w:mirrorIndents", "w:pBdr", "w:bdr",
        "w:tabs", "w:tcMar", "w:noWrap", "w:hideMark", "w:cantSplit", "w:tblStyleRowBandSize", "w:tblStyleColBandSize",
        "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:caps", "w:smallCaps", "w:webHidden", "w:rtl", "w:cs",
        "w:topLinePunct", "w:overflowPunct", "w:kinsoku", "w:wordWrap", "w:textDirection", "w:suppressLineNumbers",
    ]

    /// Revision ids and paragraph ids: on nearly every element, never read.
    static func isIgnoredAttribute(_ name: UnsafePointer<xmlChar>) -> Bool {
        // "rsid…" (w:rsidR, w:rsidRPr, …), "paraId", "textId".
        return (name[0] == 0x72 && name[1] == 0x73 && name[2] == 0x69 && name[3] == 0x64)
            || strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), "paraId") == 0
            || strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), "textId") == 0
    }

    static func convert(_ node: xmlNodePtr) -> XMLElement {
        var names = Names()
        return convert(node, names: &names)
    }

    /// How many levels of elements lie below `node` (as far as libxml2 built them), counted up
    /// to just past `limit`. A loop over the tree's links: no recursion however deep it is.
    static func depth(below node: xmlNodePtr, limit: Int) -> Int {
        var deepest = 0
        var level = 0
        var current: xmlNodePtr? = node.pointee.children
        while let c = current, deepest <= limit {
            if c.pointee.type == XML_ELEMENT_NODE {
                deepest = max(deepest, level + 1)
                if let first = c.pointee.children { level += 1; current = first; continue }
            }
            // Next sibling, else climb until an ancestor below `node` has one.
            var n: xmlNodePtr? = c
            while let m = n, m.pointee.next == nil {
                guard let parent = m.pointee.parent, parent != node, level > 0 else { n = nil; break }
                level -= 1
                n = parent
            }
            current = n?.pointee.next
        }
        return deepest
    }

    /// `depth` is the element's own depth in the part (the root is 1).
    static func convert(_ node: xmlNodePtr, names: inout Names, depth: Int = 1) -> XMLElement {
        var element = XMLElement(name: names.name(node.pointee.name, node.pointee.ns), attributes: [], children: [])
        var attr = node.pointee.properties
        while let a = attr {
            if let name = a.pointee.name, isIgnoredAttribute(name) {
                attr = a.pointee.next
                continue
            }
            let value: String
            // An attribute's value is normally one text node; read it without copying twice.
            if let text = a.pointee.children, text.pointee.next == nil, text.pointee.type == XML_TEXT_NODE, let content = text.pointee.content {
                value = String(cString: content)
            } else if let content = xmlNodeGetContent(UnsafeMutableRawPointer(a).assumingMemoryBound(to: xmlNode.self)) {
                value = String(cString: content)
                docnorm_xmlFree(content)
            } else {
                value = ""
            }
            element.attributes.append((names.name(a.pointee.name, a.pointee.ns), value))
            attr = a.pointee.next
        }
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE:
                if depth >= maxDepth {
                    names.tooDeep = true
                } else if !names.lookup(c.pointee.name, c.pointee.ns).skipped {
                    element.children.append(.element(convert(c, names: &names, depth: depth + 1)))
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content {
                    let length = strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
                    if length > names.maxText { names.leftOut.append(length); break }
                    element.children.append(.text(String(cString: content)))
                }
            default:
                break  // comments, processing instructions, unexpanded entity references
            }
            child = c.pointee.next
        }
        return element
    }

    static func qualifiedName(_ name: UnsafePointer<xmlChar>?, _ ns: xmlNsPtr?) -> String {
        guard let name else { return "" }
        let local = String(cString: name)
        guard let ns else { return local }
        if let href = ns.pointee.href, let prefix = Namespaces.prefix(for: String(cString: href)) {
            return prefix + ":" + local
        }
        if let p = ns.pointee.prefix { return String(cString: p) + ":" + local }
        return local
    }
}
