/// The prefix docnorm uses for each namespace it reads, whatever prefix a file uses;
/// Transitional and Strict OOXML map to the same prefixes.
enum Namespaces {
    static let prefixes: [String: String] = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
        "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
        "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
        "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": "wp",
        "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing": "wp",
        "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
        "http://purl.oclc.org/ooxml/drawingml/main": "a",
        "http://schemas.openxmlformats.org/drawingml/2006/picture": "pic",
        "http://purl.oclc.org/ooxml/drawingml/picture": "pic",
        "http://schemas.openxmlformats.org/drawingml/2006/chart": "c",
        "http://purl.oclc.org/ooxml/drawingml/chart": "c",
        "http://schemas.openxmlformats.org/drawingml/2006/diagram": "dgm",
        "http://purl.oclc.org/ooxml/drawingml/diagram": "dgm",
        "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
        "urn:schemas-microsoft-com:vml": "v",
        "urn:schemas-microsoft-com:office:office": "o",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingShape": "wps",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup": "wpg",
        "http://schemas.microsoft.com/office/word/2010/wordml": "w14",
        "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
        "http://purl.oclc.org/ooxml/officeDocument/math": "m",
        "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
        "http://schemas.openxmlformats.org/package/2006/content-types": "ct",
        "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": "cp",
        "http://purl.org/dc/elements/1.1/": "dc",
        "http://purl.org/dc/terms/": "dcterms",
        "http://www.w3.org/XML/1998/namespace": "xml",
    ]

    static func prefix(for uri: String) -> String? { prefixes[uri] }
}
