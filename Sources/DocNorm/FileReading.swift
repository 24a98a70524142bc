import Foundation
#if canImport(Glibc)
import Glibc
#endif

enum FileReading {
    /// The first `count` bytes (fewer for a shorter file), with the same reasons as `bytes`.
    static func head(of url: URL, count: Int) throws(ReaderError) -> [UInt8] {
        try withFile(url) { (fd: Int32, _: stat) throws(ReaderError) in
            var out = [UInt8](repeating: 0, count: count)
            let n = out.withUnsafeMutableBytes { read(fd, $0.baseAddress!, count) }
            guard n >= 0 else { throw ReaderError(.unreadable, "cannot be read") }
            return Array(out[..<n])
        }
    }

    /// The size of the file and the SHA-256 of its content, read in chunks.
    static func digest(of url: URL) throws(ReaderError) -> (size: Int, sha256: String) {
        try withFile(url) { (fd: Int32, _: stat) throws(ReaderError) in
            var hasher = SHA256()
            var size = 0
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
                if n < 0 { if errno == EINTR { continue }; throw ReaderError(.unreadable, "cannot be read") }
                if n == 0 { break }
                hasher.update(buffer[..<n])
                size += n
            }
            return (size, hasher.finalizeHex())
        }
    }

    /// Opens a file for reading, refusing anything but a regular file, and closes it after
    /// `body`. Opened without blocking, so a FIFO with no writer cannot hang the run before
    /// it is refused; a device would never end.
    private static func withFile<T>(_ url: URL, _ body: (Int32, stat) throws(ReaderError) -> T) throws(ReaderError) -> T {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
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
        switch st.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw ReaderError(.unreadable, "is a directory")
        case S_IFCHR, S_IFBLK: throw ReaderError(.unreadable, "not a regular file (it is a device)")
        case S_IFIFO: throw ReaderError(.unreadable, "not a regular file (it is a named pipe)")
        case S_IFSOCK: throw ReaderError(.unreadable, "not a regular file (it is a socket)")
        default: throw ReaderError(.unreadable, "not a regular file")
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return try body(fd, st)
    }

    /// The whole file, or a plain-words reason it cannot be read. Plain POSIX reads: one
    /// allocation of the file's size, nothing kept after.
    static func bytes(of url: URL) throws(ReaderError) -> [UInt8] {
        try withFile(url) { (fd: Int32, st: stat) throws(ReaderError) in
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
}
