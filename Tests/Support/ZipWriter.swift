internal import CLibZip
import Foundation

/// Makes .docx files for tests from parts kept as readable XML.
public enum ZipWriter {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// A zip archive of `entries` (name → content), in the order given.
    public static func zip(_ entries: [(name: String, data: [UInt8])]) throws -> [UInt8] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-\(UUID().uuidString).zip").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var error: Int32 = 0
        guard let archive = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &error) else { throw Failure(description: "zip_open failed (\(error))") }
        for entry in entries {
            // libzip copies the buffer when it writes the archive; keep it alive until zip_close.
            let buffer = UnsafeMutableRawPointer.allocate(byteCount: max(1, entry.data.count), alignment: 1)
            entry.data.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(buffer), byteCount: entry.data.count) }
            guard let source = zip_source_buffer(archive, buffer, UInt64(entry.data.count), 1) else {
                buffer.deallocate()
                zip_discard(archive)
                throw Failure(description: "zip_source_buffer failed")
            }
            if zip_file_add(archive, entry.name, source, UInt32(ZIP_FL_ENC_UTF_8)) < 0 {
                zip_source_free(source)
                zip_discard(archive)
                throw Failure(description: "zip_file_add \(entry.name) failed")
            }
        }
        guard zip_close(archive) == 0 else { zip_discard(archive); throw Failure(description: "zip_close failed") }
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// A zip of a fixture directory kept unpacked (every file below it, by relative path).
    public static func zip(directory: URL) throws -> [UInt8] {
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: directory.path) else { throw Failure(description: "no directory \(directory.path)") }
        var entries: [(String, [UInt8])] = []
        for case let rel as String in walker {
            var isDir: ObjCBool = false
            let full = directory.appendingPathComponent(rel)
            guard fm.fileExists(atPath: full.path, isDirectory: &isDir), !isDir.boolValue else { continue }
            entries.append((rel, [UInt8](try Data(contentsOf: full))))
        }
        return try zip(entries.sorted { $0.0 < $1.0 })
    }

    /// A minimal .docx around a `w:body` fragment, with optional styles and numbering parts.
    public static func docx(body: String, styles: String? = nil, numbering: String? = nil, footnotes: String? = nil,
                            documentRels: String = "", extra: [(String, String)] = []) throws -> [UInt8] {
        try zip(try docxParts(body: body, styles: styles, numbering: numbering, footnotes: footnotes, documentRels: documentRels, extra: extra))
    }

    /// The entries of that .docx, to add more before zipping.
    public static func docxParts(body: String, styles: String? = nil, numbering: String? = nil, footnotes: String? = nil,
                                 documentRels: String = "", extra: [(String, String)] = []) throws -> [(name: String, data: [UInt8])] {
        let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\" xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
        var rels = documentRels
        var overrides = ""
        var parts: [(String, String)] = [("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(w)><w:body>\(body)</w:body></w:document>")]
        if let styles {
            parts.append(("word/styles.xml", "<?xml version=\"1.0\"?><w:styles \(w)>\(styles)</w:styles>"))
            rels += "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        }
        if let numbering {
            parts.append(("word/numbering.xml", "<?xml version=\"1.0\"?><w:numbering \(w)>\(numbering)</w:numbering>"))
            rels += "<Relationship Id=\"rIdN\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
        }
        if let footnotes {
            parts.append(("word/footnotes.xml", "<?xml version=\"1.0\"?><w:footnotes \(w)>\(footnotes)</w:footnotes>"))
            rels += "<Relationship Id=\"rIdF\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>"
        }
        overrides += "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        parts.append(("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\(overrides)</Types>"))
        parts.append(("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"))
        parts.append(("word/_rels/document.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>"))
        parts.append(contentsOf: extra)
        return parts.map { ($0.0, Array($0.1.utf8)) }
    }
}
