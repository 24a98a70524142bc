import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes output files through a temporary file in the target directory, renamed into place:
/// a crash or a kill never leaves a half-written output under an output's name.
enum OutputWriting {
    /// Temporary names are `.dn-` and six random characters: short, so an output whose own name
    /// is near the file system's 255-byte limit can still be written.
    static let temporaryPrefix = ".dn-"

    static func write(_ bytes: [UInt8], to url: URL, displayName: String) throws(ConversionError) {
        try write(to: url, displayName: displayName) { fd in bytes.withUnsafeBytes { writeAll(fd, $0) } }
    }

    /// Writes a text format piece by piece as its writer makes it: a large document's output
    /// is never held whole.
    static func write(_ document: Document, with writer: any DocumentWriter, to url: URL, displayName: String) throws(ConversionError) {
        try write(to: url, displayName: displayName) { fd in
            var ok = true
            writer.write(document) { piece in
                guard ok else { return }
                var piece = piece
                piece.makeContiguousUTF8()
                ok = piece.utf8.withContiguousStorageIfAvailable { writeAll(fd, UnsafeRawBufferPointer($0)) }
                    ?? Array(piece.utf8).withUnsafeBytes { writeAll(fd, $0) }
            }
            return ok
        }
    }

    /// Writes all of `raw`; false (with errno set) when the system refuses.
    static func writeAll(_ fd: Int32, _ raw: UnsafeRawBufferPointer) -> Bool {
        guard let base = raw.baseAddress else { return true }
        var written = 0
        while written < raw.count {
            let n = Glibc.write(fd, base + written, raw.count - written)
            if n < 0 { if errno == EINTR { continue }; return false }
            written += n
        }
        return true
    }

    /// `fill` writes the content to the open file and says whether it could. The temporary is
    /// locked while it is written, which tells a later run that it belongs to a live writer.
    private static func write(to url: URL, displayName: String, fill: (Int32) -> Bool) throws(ConversionError) {
        let directory = url.deletingLastPathComponent()
        func failure(_ code: Int32) -> ConversionError {
            WriteFailure(code: code, path: url.path).error(file: displayName)
        }
        let made = makeDirectories(directory.path)
        if made != 0 { throw failure(made) }
        // Plain POSIX calls: Foundation's own writes go through temporary files of their own,
        // which a kill would leave behind.
        guard let temporary = Temporary(in: directory.path) else { throw failure(errno) }
        guard fill(temporary.fd) else {
            let code = errno
            temporary.discard()
            throw failure(code)
        }
        let code = temporary.commit(to: url.path)
        if code != 0 { throw failure(code) }
    }

    /// Makes the output directory and tries a write in it: nil when outputs can go there,
    /// otherwise why not, in plain words.
    static func checkDirectory(_ url: URL) -> String? {
        var code = makeDirectories(url.path)
        if code == 0 {
            if let temporary = Temporary(in: url.path) {
                temporary.discard()
                return nil
            }
            code = errno
        }
        if code == ENOTDIR {
            var st = stat()
            if stat(url.path, &st) == 0 { return "it is a file, not a directory" }
        }
        return WriteFailure(code: code, path: url.path).reason
    }

    /// `mkdir -p`: 0, or the errno that stopped it.
    static func makeDirectories(_ path: String) -> Int32 {
        var st = stat()
        if stat(path, &st) == 0 { return (st.st_mode & S_IFMT) == S_IFDIR ? 0 : ENOTDIR }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path {
            let code = makeDirectories(parent)
            if code != 0 { return code }
        }
        if mkdir(path, 0o755) == 0 { return 0 }
        let code = errno
        return code == EEXIST && stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR ? 0 : code
    }

    /// `.dn-` and six random characters.
    static func temporaryName(in directory: String) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
        return directory + "/" + temporaryPrefix + String(decoding: (0..<6).map { _ in alphabet.randomElement()! }, as: UTF8.self)
    }

    /// Removes the temporary files of runs that were killed before they could rename them: a
    /// temporary nobody holds locked. Where the file system cannot make unnamed files, a
    /// just-created, still empty one may not be locked yet: an empty one is left until it is
    /// a few seconds old.
    static func removeStaleTemporaries(in directories: Set<URL>) {
        let now = time(nil)
        for dir in directories {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { continue }
            for name in names where name.hasPrefix(temporaryPrefix) && name.utf8.count == temporaryPrefix.utf8.count + 6 {
                let path = dir.path + "/" + name
                let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
                guard fd >= 0 else { continue }
                defer { close(fd) }
                var st = stat()
                guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { continue }
                if st.st_size == 0 && now - st.st_mtim.tv_sec < 5 { continue }
                if flock(fd, LOCK_EX | LOCK_NB) == 0 { unlink(path) }
            }
        }
    }
}

/// An output being written: a file without a name where the file system allows it
/// (O_TMPFILE), so a kill leaves nothing behind; otherwise `.dn-XXXXXX`, locked from its
/// creation so later runs know a live writer has it.
struct Temporary {
    let fd: Int32
    let directory: String
    /// The name it has in the directory, if it has one yet.
    private(set) var path: String?

    /// O_TMPFILE, which the C module does not export (`__O_TMPFILE | O_DIRECTORY`).
    private static let unnamed = Int32(0o20000000) | O_DIRECTORY

    init?(in directory: String) {
        self.directory = directory
        // Read-write, so it can still be copied under a name where linking it is refused.
        let fd = open(directory, O_RDWR | O_CLOEXEC | Self.unnamed, 0o644)
        if fd >= 0 {
            _ = flock(fd, LOCK_EX)
            self.fd = fd
            path = nil
            return
        }
        for _ in 0..<100 {
            let name = OutputWriting.temporaryName(in: directory)
            let fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
            if fd >= 0 {
                _ = flock(fd, LOCK_EX)
                self.fd = fd
                path = name
                return
            }
            if errno != EEXIST { return nil }
        }
        errno = EEXIST
        return nil
    }

    /// Gives the file `target`'s name, replacing what was there, and closes it; 0 or the
    /// errno, with nothing left behind. The lock is held until the rename is done.
    func commit(to target: String) -> Int32 {
        var named = path
        var copyFD: Int32 = -1
        if named == nil {
            // An unnamed file gets a temporary name first: a link cannot replace a file.
            for _ in 0..<100 {
                let name = OutputWriting.temporaryName(in: directory)
                if linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0 { named = name; break }
                if errno != EEXIST { break }
            }
            if named == nil, let copy = copyToNamedTemporary() { (named, copyFD) = (copy.name, copy.fd) }
        }
        defer { if copyFD >= 0 { close(copyFD) } }
        guard let named else { close(fd); return EIO }
        if rename(named, target) != 0 {
            let code = errno
            unlink(named)
            close(fd)
            return code
        }
        return close(fd) == 0 ? 0 : errno
    }

    /// Where the system refuses to link an unnamed file (no /proc), its content is copied
    /// to a locked `.dn-XXXXXX`: its name and the open copy, or nil.
    private func copyToNamedTemporary() -> (name: String, fd: Int32)? {
        for _ in 0..<100 {
            let name = OutputWriting.temporaryName(in: directory)
            let out = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
            if out < 0 { if errno == EEXIST { continue }; return nil }
            _ = flock(out, LOCK_EX)
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            var offset: off_t = 0
            var ok = true
            while ok {
                let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, offset) }
                if n < 0 { if errno == EINTR { continue }; ok = false; break }
                if n == 0 { break }
                ok = buffer[..<n].withUnsafeBytes { OutputWriting.writeAll(out, $0) }
                offset += off_t(n)
            }
            // The copy keeps its lock until the rename, like any temporary.
            if ok { return (name, out) }
            close(out)
            unlink(name)
            return nil
        }
        return nil
    }

    /// Closes and removes what was written.
    func discard() {
        if let path { unlink(path) }
        close(fd)
    }
}

/// A write the system refused, with its reason in plain words.
struct WriteFailure {
    var code: Int32
    var path: String

    /// Failures that will hit every other file too: the batch stops starting new ones.
    var stopsBatch: Bool { [ENOSPC, EDQUOT, EROFS].contains(code) }

    var reason: String {
        switch code {
        case ENOSPC: return "no space left on the device"
        case EDQUOT: return "the disk quota is exceeded"
        case EROFS: return "the file system is read-only"
        case EACCES, EPERM: return "permission denied"
        case ENAMETOOLONG: return "the name is too long for the file system"
        case ENOTDIR: return "a part of the path is a file, not a directory"
        case EISDIR: return "a directory stands where the file would go"
        case ENOENT: return "the directory disappeared"
        default: return String(cString: strerror(code))
        }
    }

    func error(file: String) -> ConversionError {
        var e = ConversionError(file: file, reason: "cannot write \(path): \(reason)")
        e.stopsBatch = stopsBatch
        return e
    }
}
