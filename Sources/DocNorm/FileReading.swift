import Foundation

enum FileReading {
    /// The whole file, or a plain-words reason it cannot be read.
    static func bytes(of url: URL) throws(ReaderError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ReaderError(.unreadable, "no such file")
        }
        if isDirectory.boolValue { throw ReaderError(.unreadable, "is a directory") }
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw ReaderError(.unreadable, "permission denied")
        }
        do {
            return [UInt8](try Data(contentsOf: url))
        } catch {
            throw ReaderError(.unreadable, "cannot be read (\(error.localizedDescription))")
        }
    }
}
