internal import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

enum XMLParser {
    /// Deeper elements make a part no Word document.
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
        if let root = try parseOnce(input, recover: false, maxText: maxText, part: part) {
            return (root.element, notes(nil), root.leftOut)
        }
        let message = lastError()
        if message.contains("depth") { throw tooDeep(part) }
        if let root = try parseOnce(input, recover: true, maxText: maxText, part: part), !root.element.children.isEmpty {
            return (root.element, notes("\(part) is not well-formed XML (\(message)); what could be recovered was read"), root.leftOut)
        }
        throw ReaderError(.corrupt, "\(part) is not well-formed XML (\(message))")
    }

    /// Parses a part child by child: `child` gets each child element of the root, as a value,
    /// one at a time, so a large part (a 2 MB styles.xml) is never one tree. Returns false
    /// when the part must be read whole instead (it has a DTD or is not well-formed); the
    /// children handed over until then are to be discarded.
    static func eachChild(_ bytes: [UInt8], _ child: (XMLElement) -> Void) -> Bool {
        guard !bytes.isEmpty, dtdStart(bytes[...]) == nil else { return false }
        var builder = XMLBuilder(mode: .children)
        let ending = builder.run(recover: false, next: XMLBuilder.chunks(of: bytes)) { pieces, leftOut in
            for case .element(let e) in pieces { child(e) }
            // Too deep or too long a text: the whole-part parse says so.
            return leftOut == 0
        }
        return ending == .complete && !builder.tooDeep && builder.names.leftOut.isEmpty
    }

    static let dtdMarker = Array("<!DOCTYPE".utf8)

    /// Where a `<!DOCTYPE` declaration starts among the first bytes of a part, if it has one.
    static func dtdStart(_ bytes: ArraySlice<UInt8>) -> Int? {
        let head = bytes.prefix(4096)
        var i = head.startIndex
        while let lt = head[i...].firstIndex(of: 0x3C) {
            if head[lt...].starts(with: dtdMarker) { return lt }
            i = lt + 1
        }
        return nil
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

    /// The root element, and a sentence about texts left out; nil when the part is not
    /// well-formed (and `recover` is off) or has no root.
    private static func parseOnce(_ bytes: [UInt8], recover: Bool, maxText: Int, part: String) throws(ReaderError)
        -> (element: XMLElement, leftOut: String?)? {
        var builder = XMLBuilder(mode: .whole, maxText: maxText)
        let ending = builder.run(recover: recover, next: XMLBuilder.chunks(of: bytes, size: 1 << 20)) { _, _ in true }
        if builder.tooDeep { throw tooDeep(part) }
        guard recover || ending == .complete, let root = builder.root else { return nil }
        return (root, builder.names.leftOutNote(part))
    }

    static func lastError() -> String {
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return "unknown error" }
        var text = String(cString: message).trimmingCharacters(in: "\n ")
        if error.pointee.line > 0 { text = "line \(error.pointee.line): " + text }
        return text
    }

    /// Layout-only properties docnorm never reads: left out of the tree, which keeps large
    /// tables small in memory.
    static let layoutOnly: Set<String> = [
        // w:sz and w:jc are read: a title is told by its size and centring; w:ind nests list items.
        "w:szCs", "w:color", "w:lang", "w:spacing", "w:tcW", "w:tcBorders", "w:shd", "w:noProof",
        "w:kern", "w:w", "w:position", "w:snapToGrid", "w:adjustRightInd", "w:autoSpaceDE", "w:autoSpaceDN", "w:widowControl",
        "w:tblBorders", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblW", "w:tblInd", "w:gridCol", "w:vAlign", "w:trHeight",
        "w:cnfStyle", "w:highlight", "w:bCs", "w:iCs", "w:effect", "w:fitText", "w:eastAsianLayout", "w:textAlignment",
        "w:keepNext", "w:keepLines", "w:contextualSpacing", "w:suppressAutoHyphens", "w:mirrorIndents", "w:pBdr", "w:bdr",
        "w:tabs", "w:tcMar", "w:noWrap", "w:hideMark", "w:cantSplit", "w:tblStyleRowBandSize", "w:tblStyleColBandSize",
        "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:caps", "w:smallCaps", "w:webHidden", "w:rtl", "w:cs",
        "w:topLinePunct", "w:overflowPunct", "w:kinsoku", "w:wordWrap", "w:textDirection", "w:suppressLineNumbers",
        // styles.xml: latent styles (a third of its elements), table style conditions, and
        // what only Word's style gallery uses.
        "w:latentStyles", "w:lsdException", "w:tblStylePr", "w:tblStyle", "w:uiPriority", "w:semiHidden", "w:unhideWhenUsed",
        "w:qFormat", "w:rsid", "w:next", "w:link", "w:autoRedefine", "w:locked", "w:personal", "w:personalCompose",
        "w:personalReply",
    ]

    /// Attributes docnorm never reads (theme fonts and colours, spacing, and indentation
    /// amounts other than the left one, which nests Word's list items): left out of their
    /// elements, so their values are never copied. A run's
    /// `w:eastAsia` font is read: a run-in heading's lead may be told by it.
    static let unreadAttributes: Set<String> = [
        "w:hint", "w:cs", "w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme", "w:themeColor",
        "w:themeShade", "w:themeTint", "w:themeFill", "w:themeFillTint", "w:themeFillShade", "w:fill", "w:space", "w:color",
        "w:lineRule", "w:line", "w:after", "w:before", "w:afterLines", "w:beforeLines", "w:afterAutospacing",
        "w:beforeAutospacing", "w:firstLine", "w:firstLineChars", "w:hanging", "w:hangingChars", "w:rightChars",
        "w:semiHidden", "w:unhideWhenUsed", "w:uiPriority", "w:qFormat", "w:locked", "w:customStyle",
    ]

    /// Revision ids and paragraph ids: on nearly every element, never read.
    static func isIgnoredAttribute(_ name: UnsafePointer<xmlChar>) -> Bool {
        // "rsid…" (w:rsidR, w:rsidRPr, …), "paraId", "textId".
        switch name[0] {
        case 0x72: return name[1] == 0x73 && name[2] == 0x69 && name[3] == 0x64
        case 0x70: return strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), "paraId") == 0
        case 0x74: return strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), "textId") == 0
        default: return false
        }
    }

    /// `prefix:local` with docnorm's prefix for a namespace it knows, else the file's own.
    static func qualifiedName(_ name: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?) -> String {
        guard let name else { return "" }
        let local = String(cString: name)
        if let uri, let known = Namespaces.prefix(for: String(cString: uri)) { return known + ":" + local }
        if let prefix { return String(cString: prefix) + ":" + local }
        return local
    }
}
