internal import CLibZip
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Where a .docx is: bytes in memory, or a file libzip reads as it needs (a large file is then
/// never held whole).
public enum DocxSource: Sendable {
    /// The bytes of a .docx.
    case bytes([UInt8])
    /// The path of a .docx file.
    case file(String)
}

/// Reads entries of a zip archive, through libzip. Every libzip object lives and dies inside
/// one call.
enum ZipArchive {
    struct Limits: Sendable {
        /// Largest decompressed entry read.
        var maxEntrySize: UInt64 = 512 << 20
        /// Largest decompressed total over the entries read.
        var maxTotalSize: UInt64 = 1 << 30
        /// Entries this many times larger than their compressed size are a zip bomb, past 10 MiB.
        var maxRatio: UInt64 = 200
    }

    struct Entry: Sendable, Equatable {
        var name: String
        /// Its index in the archive's directory.
        var index: UInt64 = 0
        var size: UInt64
        var compressedSize: UInt64
        var encrypted: Bool
    }

    /// Refuses an entry too large, or compressed so well it can only be a zip bomb.
    static func checkLimits(_ entry: Entry, limits: Limits = Limits()) throws(ReaderError) {
        if entry.size > limits.maxEntrySize {
            throw ReaderError(.tooLarge, "\(entry.name) is too large (\(entry.size >> 20) MiB decompressed)")
        }
        if entry.size > 10 << 20, entry.size / max(entry.compressedSize, 1) > limits.maxRatio {
            throw ReaderError(.tooLarge, "\(entry.name) looks like a zip bomb (\(entry.size / max(entry.compressedSize, 1)):1 compression)")
        }
    }

    /// The names and sizes of all entries.
    static func entries(_ source: DocxSource) throws(ReaderError) -> [Entry] {
        try withArchive(source) { archive throws(ReaderError) in try entries(archive) }
    }

    /// The entries of an open archive, in the order of its directory.
    static func entries(_ archive: OpaquePointer) throws(ReaderError) -> [Entry] {
        var out: [Entry] = []
        let count = zip_get_num_entries(archive, 0)
        guard count >= 0 else { throw ReaderError(.corrupt, "the .docx is a damaged zip archive") }
        out.reserveCapacity(Int(count))
        for i in 0..<UInt64(count) {
            var st = zip_stat_t()
            zip_stat_init(&st)
            guard zip_stat_index(archive, i, 0, &st) == 0, let cname = st.name else { continue }
            let name = String(cString: cname)
            let encrypted = (st.valid & UInt64(ZIP_STAT_ENCRYPTION_METHOD)) != 0 && st.encryption_method != 0
            out.append(Entry(name: name, index: i, size: st.size, compressedSize: st.comp_size, encrypted: encrypted))
        }
        return out
    }

    /// The decompressed content of one entry of an open archive, or why it cannot be read
    /// (bad CRC, unknown compression).
    static func read(_ archive: OpaquePointer, entry: Entry, cap: UInt64) -> Result<[UInt8], ZipFailure> {
        readEntry(archive, index: entry.index, expected: entry.size, cap: cap)
    }

    private static func readEntry(_ archive: OpaquePointer, index: UInt64, expected: UInt64, cap: UInt64) -> Result<[UInt8], ZipFailure> {
        guard let file = zip_fopen_index(archive, index, 0) else {
            return .failure(ZipFailure(message: String(cString: zip_error_strerror(zip_get_error(archive)))))
        }
        defer { zip_fclose(file) }
        var data: [UInt8] = []
        data.reserveCapacity(Int(min(expected, cap)))
        var buffer = ZipArchive.scratch(64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, UInt64($0.count)) }
            if n < 0 { return .failure(ZipFailure(message: String(cString: zip_error_strerror(zip_file_get_error(file))))) }
            if n == 0 { break }
            data.append(contentsOf: buffer[0..<Int(n)])
            // The header's size can lie; the real output is capped too.
            if UInt64(data.count) > cap { return .failure(ZipFailure(message: "more data than the entry's size says")) }
        }
        return .success(data)
    }

    struct ZipFailure: Error { var message: String }

    /// A buffer for libzip to fill, not zeroed first: only the bytes it wrote are ever read.
    static func scratch(_ count: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    }

    /// Counts the archives opened while a test sets it (`$openCounter.withValue`).
    final class OpenCounter: Sendable {
        let count = Atomic<Int>(0)
        init() {}
    }

    @TaskLocal static var openCounter: OpenCounter?

    /// Opens the archive, runs `body`, and closes it: the archive pointer lives only inside.
    static func withArchive<T>(_ source: DocxSource, _ body: (OpaquePointer) throws(ReaderError) -> T) throws(ReaderError) -> T {
        switch source {
        case .bytes(let bytes):
            let result: Result<T, ReaderError> = bytes.withUnsafeBytes { raw in
                var error = zip_error_t()
                zip_error_init(&error)
                defer { zip_error_fini(&error) }
                let zipSource = zip_source_buffer_create(raw.baseAddress, UInt64(raw.count), 0, &error)
                return open(zipSource, &error, startsLikeZip: { raw.count >= 2 && raw[0] == 0x50 && raw[1] == 0x4B }, body)
            }
            return try result.get()
        case .file(let path):
            var error = zip_error_t()
            zip_error_init(&error)
            defer { zip_error_fini(&error) }
            let zipSource = zip_source_file_create(path, 0, -1, &error)
            return try open(zipSource, &error, startsLikeZip: {
                // Only asked when the archive cannot be opened, to say why.
                var head: [UInt8] = [0, 0]
                guard let f = fopen(path, "rb") else { return false }
                defer { fclose(f) }
                return fread(&head, 1, 2, f) == 2 && head == [0x50, 0x4B]
            }, body).get()
        }
    }

    private static func open<T>(_ source: OpaquePointer?, _ error: inout zip_error_t, startsLikeZip: () -> Bool,
                                _ body: (OpaquePointer) throws(ReaderError) -> T) -> Result<T, ReaderError> {
        guard let source else {
            return .failure(ReaderError(.corrupt, "the .docx cannot be opened as a zip archive"))
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)
            let code = zip_error_code_zip(&error)
            let detail = String(cString: zip_error_strerror(&error))
            switch code {
            case ZIP_ER_NOZIP:
                // It starts like a zip but has no directory at its end: cut short.
                return .failure(ReaderError(.corrupt, startsLikeZip()
                    ? "the .docx is truncated or damaged (its zip directory is missing)"
                    : "the file is not a zip archive, so not a .docx"))
            case ZIP_ER_INCONS: return .failure(ReaderError(.corrupt, "the .docx is a damaged or truncated zip archive (\(detail.lowercased()))"))
            default: return .failure(ReaderError(.corrupt, "the .docx cannot be opened as a zip archive (\(detail.lowercased()))"))
            }
        }
        defer { zip_discard(archive) }
        openCounter?.count.add(1, ordering: .relaxed)
        do throws(ReaderError) { return .success(try body(archive)) } catch { return .failure(error) }
    }
}
