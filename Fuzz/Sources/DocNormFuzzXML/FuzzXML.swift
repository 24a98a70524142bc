import DocNorm
import Foundation

/// Structure-aware fuzzing of the .docx path. The input is XML text, not a zip: up to four
/// parts separated by a NUL byte (which XML never contains), in this order:
///
///     word/document.xml NUL word/numbering.xml NUL word/styles.xml NUL word/footnotes.xml
///
/// A part that starts with `<?xml` is used as it is; any other part is wrapped in its root
/// element with Word's namespaces (`<w:document …><w:body>` PART `</w:body></w:document>`,
/// `<w:numbering …>` PART `</w:numbering>`, …), so a seed can be a bare fragment. An empty
/// or missing part is left out of the package with its relationship. Bytes after a fourth
/// NUL are ignored.
///
/// The harness zips the parts into a .docx in memory (stored, not deflated), together with
/// the package parts the reader needs, hyperlink relationships `rIdL1`…`rIdL5` (an https
/// link, `javascript:`, `data:text/html`, a fragment, a relative path; r:id in
/// `w:hyperlink`) and images `rIdImg1` (a small PNG in word/media), `rIdImg2` (a part the
/// package lacks) and `rIdImg3` (an external file URL), for `a:blip/@r:embed` and
/// `v:imagedata/@r:id`. It reads the package, normalizes it, writes Markdown, HTML, text,
/// JSON, the outline and a .docx, reads that .docx back and writes its Markdown, and reads
/// the text output back as a text file. Inputs of odd length are read with every reader
/// option on (comments, headers, images extracted) and normalized with renumbering; even
/// ones with the defaults.
///
/// A crash, a sanitizer report, a timeout or a blown memory limit is a bug; a thrown
/// ConversionError is a correct answer. With DOCNORM_FUZZ_XML_OUT=DIR set, each input's
/// .docx is also written to DIR (named by a hash of the input), to open a crash file in Word
/// or docnorm; with DOCNORM_FUZZ_XML_SHOW=1, each input's Markdown and warnings are printed to
/// standard error (to check what a seed reaches). `Fuzz/seeds.py docx` packs the XML seeds the
/// same way, deflated, for the whole-file target. Mutator.swift adds a mutation of numbers.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: data == nil ? 0 : size)
    let package = Package.docx(parts: Package.split(input))
    if let directory = Package.outputDirectory {
        let name = String(Package.fnv1a(input), radix: 16)
        _ = FileManager.default.createFile(atPath: directory + "/xml-" + name + ".docx", contents: Data(package))
    }
    let everything = size & 1 == 1
    var options = ConversionOptions()
    if everything {
        options.docx.keepComments = true
        options.docx.keepHeadersFooters = true
        options.docx.extractMedia = true
        options.normalization.renumber = true
    }
    let converter = Converter(options: options)
    let raw: Document
    do throws(ConversionError) {
        raw = try converter.load(Data(package), name: "input.docx", normalize: false)
    } catch {
        if Package.show { FileHandle.standardError.write(Data("refused: \(error)\n".utf8)) }
        return 0
    }
    let doc = converter.normalize(raw)
    if Package.show {
        let warnings = doc.warnings.map { "warning: \($0.code): \($0.message)\n" }.joined()
        FileHandle.standardError.write(Data((converter.render(doc, as: .markdown) + warnings).utf8))
    }
    var text = ""
    for format in OutputFormat.textual {
        let out = converter.render(doc, as: format)
        if format == .text { text = out }
    }
    _ = Outline.render(doc)
    let docx = converter.output(doc, as: .docx)
    if let back = try? converter.load(Data(docx), name: "output.docx") {
        _ = converter.render(back, as: .markdown)
    }
    if let again = try? converter.load(Data(text.utf8), name: "output.txt") {
        _ = converter.render(again, as: .markdown)
    }
    return 0
}

enum Package {
    static let outputDirectory: String? = ProcessInfo.processInfo.environment["DOCNORM_FUZZ_XML_OUT"]
    static let show = ProcessInfo.processInfo.environment["DOCNORM_FUZZ_XML_SHOW"] == "1"

    /// The input's parts: document, numbering, styles, footnotes (missing ones empty).
    static func split(_ input: UnsafeBufferPointer<UInt8>) -> [ArraySlice<UInt8>] {
        let bytes = ArraySlice(input)
        var parts = bytes.split(separator: 0, maxSplits: 4, omittingEmptySubsequences: false).prefix(4).map { $0 }
        while parts.count < 4 { parts.append([]) }
        return parts
    }

    static let namespaces = [
        "w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"",
        "r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"",
        "wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"",
        "a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"",
        "pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"",
        "mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"",
        "m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"",
        "v=\"urn:schemas-microsoft-com:vml\"",
        "wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"",
        "w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"",
    ].map { " xmlns:" + $0 }.joined()

    static let relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Relationships every input's main part has, besides those of the parts it brings.
    static let fixedRels = [
        "<Relationship Id=\"rIdL1\" Type=\"\(relType)/hyperlink\" Target=\"https://example.com/a?b=1&amp;c=2#d\" TargetMode=\"External\"/>",
        "<Relationship Id=\"rIdL2\" Type=\"\(relType)/hyperlink\" Target=\"javascript:alert(1)\" TargetMode=\"External\"/>",
        "<Relationship Id=\"rIdL3\" Type=\"\(relType)/hyperlink\" Target=\"data:text/html,&lt;b&gt;x\" TargetMode=\"External\"/>",
        "<Relationship Id=\"rIdL4\" Type=\"\(relType)/hyperlink\" Target=\"#_Toc1\"/>",
        "<Relationship Id=\"rIdL5\" Type=\"\(relType)/hyperlink\" Target=\"../a b/c.docx\" TargetMode=\"External\"/>",
        "<Relationship Id=\"rIdImg1\" Type=\"\(relType)/image\" Target=\"media/image1.png\"/>",
        "<Relationship Id=\"rIdImg2\" Type=\"\(relType)/image\" Target=\"media/missing.png\"/>",
        "<Relationship Id=\"rIdImg3\" Type=\"\(relType)/image\" Target=\"file:///etc/passwd\" TargetMode=\"External\"/>",
    ].joined()

    /// A PNG header saying 200 × 100 pixels.
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
                               0, 0, 0, 200, 0, 0, 0, 100, 8, 6, 0, 0, 0, 1, 2, 3, 4]

    static let xmlDeclaration = Array("<?xml".utf8)

    /// A part as given when it has its own XML declaration, else wrapped in its root element.
    static func part(_ bytes: ArraySlice<UInt8>, root: String, inner: String = "") -> [UInt8] {
        if bytes.starts(with: xmlDeclaration) { return Array(bytes) }
        let open = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<\(root)\(namespaces)>" + (inner.isEmpty ? "" : "<\(inner)>")
        let close = (inner.isEmpty ? "" : "</\(inner)>") + "</\(root)>"
        return Array(open.utf8) + bytes + Array(close.utf8)
    }

    static func docx(parts: [ArraySlice<UInt8>]) -> [UInt8] {
        let (document, numbering, styles, footnotes) = (parts[0], parts[1], parts[2], parts[3])
        var entries: [(String, [UInt8])] = []
        var overrides = "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        var rels = fixedRels
        entries.append(("word/document.xml", part(document, root: "w:document", inner: "w:body")))
        for (bytes, name, root, kind) in [(numbering, "numbering", "w:numbering", "numbering"), (styles, "styles", "w:styles", "styles"),
                                          (footnotes, "footnotes", "w:footnotes", "footnotes")] where !bytes.isEmpty {
            entries.append(("word/\(name).xml", part(bytes, root: root)))
            overrides += "<Override PartName=\"/word/\(name).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.\(kind)+xml\"/>"
            rels += "<Relationship Id=\"rIdPart\(name)\" Type=\"\(relType)/\(kind)\" Target=\"\(name).xml\"/>"
        }
        entries.append(("word/media/image1.png", png))
        entries.append(("[Content_Types].xml", Array(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"png\" ContentType=\"image/png\"/>"
            + overrides + "</Types>").utf8)))
        entries.append(("_rels/.rels", Array(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(relType)/officeDocument\" Target=\"word/document.xml\"/></Relationships>").utf8)))
        entries.append(("word/_rels/document.xml.rels", Array(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + rels + "</Relationships>").utf8)))
        return StoreZip.archive(entries)
    }

    /// FNV-1a, to name written packages.
    static func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
               _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The package manager names an executable's entry point after its target; hand it to libFuzzer.
@_cdecl("DocNormFuzzXML_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var vector = argv
    return runDriver(&count, &vector, { data, size in fuzzOneInput(data, size) })
}
