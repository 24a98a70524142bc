/// What kind of file an input is, by its first bytes, then by its name.
public enum InputFormat: String, Sendable {
    /// Plain text in any encoding the text reader detects (UTF-8, UTF-16, GB18030 …).
    case text
    /// A Word document (Office Open XML), read with libzip and libxml2.
    case docx
    /// An old binary Word document, converted to a .docx by LibreOffice when it is installed.
    case doc
    /// Markdown (CommonMark with GitHub's extensions), read through cmark-gfm.
    case markdown
    /// HTML, read through libxml2's HTML parser.
    case html

    /// File name extensions docnorm converts when it walks a directory, in the order messages list them.
    static let walkedExtensions = ["txt", "docx", "md", "html"]
    /// Every extension walked, with the other spellings of Markdown and HTML.
    package static let extensions = Set(walkedExtensions + ["markdown", "htm"])

    /// `.txt, .docx, .md or .html`: the walked extensions as a message lists them.
    static var walkedList: String {
        let names = walkedExtensions.map { "." + $0 }
        return names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + names.last!
    }

    /// A format named on the command line (`-f`): its own names and pandoc's.
    package init?(name: String) {
        switch name.lowercased() {
        case "txt", "text", "plain": self = .text
        case "docx": self = .docx
        case "md", "markdown", "gfm", "commonmark", "commonmark_x": self = .markdown
        case "html", "htm", "html5", "xhtml": self = .html
        default: return nil
        }
    }

    /// Sniffs the content; a name is only used to tell what a file claims to be. `forced`
    /// (`-f`) overrides the sniffing, and a file that is not what it was said to be is
    /// refused as a mislabelled one would be.
    static func detect(_ bytes: [UInt8], name: String, as forced: InputFormat? = nil) throws(ReaderError) -> InputFormat {
        if forced == .text || forced == .markdown || forced == .html { return forced! }
        let ext = forced == .docx ? "docx" : name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        if startsLikeZip(bytes) { return .docx }
        // Markup is text: its name says which (a zip or an OLE file named .md is still what it is).
        let markup: InputFormat? = ["md", "markdown"].contains(ext) ? .markdown : ["html", "htm"].contains(ext) ? .html : nil
        if let markup, !bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return markup }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // A password-protected .docx is an OLE container holding an "EncryptedPackage" stream.
            let marker = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            if contains(bytes, marker) {
                throw ReaderError(.encrypted, "the .docx is password-protected (encrypted), so it cannot be read")
            }
            // A Word 97–2003 file holds a "WordDocument" stream (Excel and PowerPoint do not).
            if contains(bytes, Array("WordDocument".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })) { return .doc }
            let what = ext == "docx"
                ? "an old binary Word document (.doc), not a .docx"
                : "an old binary Office document (OLE compound file), not text"
            throw ReaderError(.unsupportedFormat, "the file is \(what)")
        }
        if ext == "docx" {
            if bytes.isEmpty { throw ReaderError(.empty, "the file is empty") }
            if bytes.starts(with: Array("{\\rtf".utf8)) {
                throw ReaderError(.unsupportedFormat, "the file is RTF, not a .docx")
            }
            throw ReaderError(.corrupt, "the file is not a .docx (it is not a zip archive)")
        }
        return .text
    }

    /// A zip's local header or, for an empty archive, its end record.
    static func startsLikeZip(_ head: [UInt8]) -> Bool {
        head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }

    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var i = 0
        while i <= bytes.count - needle.count {
            if bytes[i] == first && bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
