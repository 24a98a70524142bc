import Foundation
#if canImport(Glibc)
import Glibc
#endif

enum FileReading {
    /// The whole file, or a plain-words reason it cannot be read. Plain POSIX reads: one
    /// allocation of the file's size, nothing kept after.
    static func bytes(of url: URL) throws(ReaderError) -> [UInt8] {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            switch errno {
            case ENOENT: throw ReaderError(.unreadable, "no such file")
            case EACCES: throw ReaderError(.unreadable, "permission denied")
            default: throw ReaderError(.unreadable, "cannot be opened (\(String(cString: strerror(errno))))")
            }
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw ReaderError(.unreadable, "cannot be read") }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw ReaderError(.unreadable, "is a directory") }
        var out = [UInt8](repeating: 0, count: Int(max(0, st.st_size)) + 1)  // one more byte sees the end
        var filled = 0
        while true {
            if filled == out.count { out.append(contentsOf: [UInt8](repeating: 0, count: max(4096, out.count))) }
            let n = out.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ReaderError(.unreadable, "cannot be read (\(String(cString: strerror(errno))))")
            }
            if n == 0 { break }
            filled += n
        }
        out.removeSubrange(filled...)
        return out
    }
}
