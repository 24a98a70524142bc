import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Decides where a document's images go on disk, and writes them. Names come from the
/// document, so they are made safe (no path, no leading dot, bounded length) and unique, and
/// an image never takes the place of an input, an output of the run, a link, or any existing
/// file that is not the same image already.
struct MediaPlacement {
    /// The folder the images go into.
    var directory: URL
    /// How links to that folder are written (as the user gave it, or relative to the outputs).
    var linkPrefix: String
    /// Real paths no image may take: the run's inputs and outputs.
    var reserved: Set<String>

    /// Longest name kept, in UTF-8 bytes: far below the 255 of common file systems, so a
    /// suffix for uniqueness always fits.
    static let maxNameBytes = 100

    /// Writes every image of `document` and returns it with each image linked to its file;
    /// an image that cannot be written keeps its alt text, without a link, and a warning.
    func place(_ document: Document, displayName: String) throws(ConversionError) -> Document {
        guard !document.media.isEmpty else { return document }
        var doc = document
        var links: [String: String] = [:]
        var placed: [MediaFile] = []
        var taken = Set<String>()
        for file in document.media {
            var written = false
            for candidate in Self.candidates(for: file.path) where !taken.contains(candidate.lowercased()) {
                let target = directory.appendingPathComponent(candidate)
                switch occupancy(of: target, bytes: file.bytes) {
                case .taken: continue
                case .same: written = true
                case .free:
                    do throws(ConversionError) {
                        try OutputWriting.write(file.bytes, to: target, displayName: displayName)
                        written = true
                    } catch {
                        if error.stopsBatch { throw error }
                        doc.warnings.append(Warning(code: "media-not-written", message: "image \(file.path) was not written: \(error.reason)"))
                    }
                }
                if written {
                    taken.insert(candidate.lowercased())
                    links[file.path] = linkPrefix + candidate
                    placed.append(MediaFile(path: linkPrefix + candidate, bytes: file.bytes))
                }
                break
            }
        }
        // An image without a written file keeps its alt text and no link to nothing. The bytes
        // stay with the links, for a .docx copy to embed.
        doc = doc.mappingImageSources { links[$0] }
        doc.media = placed
        return doc
    }

    enum Occupancy { case free, same, taken }

    /// Whether `target` may receive an image with `bytes`.
    func occupancy(of target: URL, bytes: [UInt8]) -> Occupancy {
        let path = target.standardizedFileURL.path
        let real = target.deletingLastPathComponent().resolvingSymlinksInPath().appendingPathComponent(target.lastPathComponent).path
        if reserved.contains(path) || reserved.contains(real) { return .taken }
        var st = stat()
        guard lstat(path, &st) == 0 else { return errno == ENOENT ? .free : .taken }
        guard (st.st_mode & S_IFMT) == S_IFREG, Int(st.st_size) == bytes.count else { return .taken }
        // The same image from an earlier run is left as it is; anything else is not ours to replace.
        guard let existing = try? FileReading.bytes(of: target) else { return .taken }
        return existing == bytes ? .same : .taken
    }

    /// Safe names for the image at archive path `path`, the plain one first, then numbered.
    static func candidates(for path: String) -> some Sequence<String> {
        let (stem, ext) = safeName(path)
        return (1...).lazy.prefix(10_000).map { k in k == 1 ? stem + ext : "\(stem)-\(k)" + ext }
    }

    /// Extensions kept as they are: what Word documents embed. Any other (`.docx`, `.md`) is
    /// folded into the name, so an image never looks like an input or an output.
    static let mediaExtensions: Set<String> = ["png", "jpg", "jpeg", "jpe", "jfif", "gif", "bmp", "dib", "tif", "tiff", "emf", "wmf",
                                               "svg", "webp", "ico", "wdp", "hdp", "jxr", "emz", "wmz", "heic", "avif", "bin"]

    /// The last part of an archive path, reduced to letters, digits, `-` and `_`, with the
    /// extension of an image kept; never empty, never starting with a dot.
    static func safeName(_ path: String) -> (stem: String, ext: String) {
        let last = path.split(separator: "/").last.map(String.init) ?? ""
        var stemPart = Substring(last)
        var ext = ""
        if let dot = last.lastIndex(of: "."), dot != last.startIndex {
            let e = last[last.index(after: dot)...]
            if mediaExtensions.contains(e.lowercased()) {
                ext = "." + e.lowercased()
                stemPart = last[..<dot]
            }
        }
        var stem = ""
        for c in stemPart {
            let safe = c.isLetter || c.isNumber || c == "-" || c == "_"
            let piece = safe ? String(c) : "_"
            if stem.utf8.count + piece.utf8.count > maxNameBytes { break }
            stem += piece
        }
        if stem.allSatisfy({ $0 == "_" }) { stem = "image" }
        return (stem, ext)
    }
}
