import DocNormModel

/// The images a written .docx embeds: those whose bytes the document carries (`Document.media`),
/// each stored once under word/media and drawn inline at its own size, at most a page wide.
struct DocxImages {
    struct Image {
        var relationship: String
        var part: String
        var bytes: [UInt8]
    }

    /// Bytes by the path image inlines use.
    let media: [String: [UInt8]]
    var images: [Image] = []
    private var bySource: [String: Int] = [:]

    /// Bytes by file name, for names only one media file has.
    let byName: [String: [UInt8]]

    init(_ media: [MediaFile]) {
        self.media = Dictionary(media.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        let named = Dictionary(grouping: media) { Self.fileName($0.path) }
        byName = named.compactMapValues { $0.count == 1 ? $0[0].bytes : nil }
    }

    static func fileName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

    /// The drawing for an image, or nil when the document does not carry its bytes. An image
    /// whose link was made relative to an output still finds its file by name.
    mutating func drawing(source: String?, alt: String) -> String? {
        guard let source, let bytes = media[source] ?? byName[Self.fileName(source)] else { return nil }
        let k: Int
        if let known = bySource[source] {
            k = known
        } else {
            k = images.count
            images.append(Image(relationship: "rIdImg\(k + 1)", part: "media/image\(k + 1).\(Self.fileExtension(source))", bytes: bytes))
            bySource[source] = k
        }
        let (cx, cy) = Self.extent(bytes)
        let id = k + 1
        let descr = DocxWriter.escape(alt)
        return "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/>"
            + "<wp:docPr id=\"\(id)\" name=\"Picture \(id)\" descr=\"\(descr)\"/>"
            + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
            + "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"\(id)\" name=\"image\(id)\" descr=\"\(descr)\"/><pic:cNvPicPr/></pic:nvPicPr>"
            + "<pic:blipFill><a:blip r:embed=\"\(images[k].relationship)\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
            + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(cx)\" cy=\"\(cy)\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"
            + "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    }

    /// A short, safe extension from the image's name (`png`, `jpeg`), else `bin`.
    static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return "bin" }
        let ext = name[name.index(after: dot)...].lowercased()
        return !ext.isEmpty && ext.count <= 5 && ext.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) ? ext : "bin"
    }

    static let contentTypes: [String: String] = [
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "bmp": "image/bmp",
        "tif": "image/tiff", "tiff": "image/tiff", "emf": "image/x-emf", "wmf": "image/x-wmf", "svg": "image/svg+xml",
        "webp": "image/webp",
    ]

    /// Width and height in EMU (914,400 per inch) from the image's header at 96 dpi, scaled
    /// down to six inches wide; 3 × 2 inches when the format is not recognized.
    static func extent(_ b: [UInt8]) -> (Int, Int) {
        var size: (Int, Int)?
        func be16(_ i: Int) -> Int { Int(b[i]) << 8 | Int(b[i + 1]) }
        func be32(_ i: Int) -> Int { be16(i) << 16 | be16(i + 2) }
        if b.count >= 24, b.starts(with: [0x89, 0x50, 0x4E, 0x47]) {
            size = (be32(16), be32(20))
        } else if b.count >= 10, b.starts(with: Array("GIF".utf8)) {
            size = (Int(b[6]) | Int(b[7]) << 8, Int(b[8]) | Int(b[9]) << 8)
        } else if b.count >= 4, b[0] == 0xFF, b[1] == 0xD8 {
            var i = 2
            // Walk the JPEG segments to a start-of-frame marker; a bounded walk over the bytes.
            while i + 9 < b.count, b[i] == 0xFF {
                let marker = b[i + 1]
                if (0xC0...0xCF).contains(marker), marker != 0xC4, marker != 0xC8, marker != 0xCC {
                    size = (be16(i + 7), be16(i + 5))
                    break
                }
                i += 2 + be16(i + 2)
            }
        }
        let emu = 9525
        guard let (w, h) = size, w > 0, h > 0, w < 1 << 20, h < 1 << 20 else { return (3 * 914_400, 2 * 914_400) }
        let maxWidth = 6 * 914_400
        let cx = w * emu, cy = h * emu
        return cx <= maxWidth ? (cx, cy) : (maxWidth, max(1, cy * maxWidth / cx))
    }
}
