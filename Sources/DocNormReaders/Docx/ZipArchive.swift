internal import CLibZip
#if canImport(Glibc)
import Glibc
#endif

/// Where a .docx is: bytes in memory, or a file libzip reads as it needs (a large file is then
/// never held whole).
public enum DocxSource: Sendable {
    case bytes([UInt8])
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
        try withArchive(source) { archive in
            var out: [Entry] = []
            let count = zip_get_num_entries(archive, 0)
            guard count >= 0 else { return .failure(ReaderError(.corrupt, "the .docx is a damaged zip archive")) }
            out.reserveCapacity(Int(count))
            for i in 0..<UInt64(count) {
                var st = zip_stat_t()
                zip_stat_init(&st)
                guard zip_stat_index(archive, i, 0, &st) == 0, let cname = st.name else { continue }
                let name = String(cString: cname)
                let encrypted = (st.valid & UInt64(ZIP_STAT_ENCRYPTION_METHOD)) != 0 && st.encryption_method != 0
                out.append(Entry(name: name, size: st.size, compressedSize: st.comp_size, encrypted: encrypted))
            }
            return .success(out)
        }
    }

    struct Contents: Sendable {
        var data: [String: [UInt8]] = [:]
        /// Entries that exist but could not be read, with the reason.
        var failures: [String: String] = [:]
    }

    /// The decompressed content of the entries named, in one pass. Missing names are absent
    /// from the result; an entry that cannot be read (bad CRC, unknown compression) is listed
    /// in `failures`. Encryption and zip bombs fail the whole archive.
    static func read(_ source: DocxSource, names: Set<String>, limits: Limits = Limits()) throws(ReaderError) -> Contents {
        try withArchive(source) { archive in
            var out = Contents()
            var total: UInt64 = 0
            let count = zip_get_num_entries(archive, 0)
            guard count >= 0 else { return .failure(ReaderError(.corrupt, "the .docx is a damaged zip archive")) }
            for i in 0..<UInt64(count) {
                var st = zip_stat_t()
                zip_stat_init(&st)
                guard zip_stat_index(archive, i, 0, &st) == 0, let cname = st.name else { continue }
                let name = String(cString: cname)
                guard names.contains(name), out.data[name] == nil else { continue }
                if (st.valid & UInt64(ZIP_STAT_ENCRYPTION_METHOD)) != 0 && st.encryption_method != 0 {
                    return .failure(ReaderError(.encrypted, "the .docx is password-protected (\(name) is encrypted)"))
                }
                do throws(ReaderError) {
                    try checkLimits(Entry(name: name, size: st.size, compressedSize: st.comp_size, encrypted: false), limits: limits)
                } catch {
                    return .failure(error)
                }
                total += st.size
                if total > limits.maxTotalSize {
                    return .failure(ReaderError(.tooLarge, "the .docx decompresses to more than \(limits.maxTotalSize >> 20) MiB"))
                }
                switch readEntry(archive, index: i, expected: st.size, cap: limits.maxEntrySize) {
                case .success(let data): out.data[name] = data
                case .failure(let reason): out.failures[name] = reason.message.lowercased()
                }
            }
            return .success(out)
        }
    }

    private static func readEntry(_ archive: OpaquePointer, index: UInt64, expected: UInt64, cap: UInt64) -> Result<[UInt8], ZipFailure> {
        guard let file = zip_fopen_index(archive, index, 0) else {
            return .failure(ZipFailure(message: String(cString: zip_error_strerror(zip_get_error(archive)))))
        }
        defer { zip_fclose(file) }
        var data: [UInt8] = []
        data.reserveCapacity(Int(min(expected, cap)))
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
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

    /// Opens the archive, runs `body`, and closes it.
    static func withArchive<T>(_ source: DocxSource, _ body: (OpaquePointer) -> Result<T, ReaderError>) throws(ReaderError) -> T {
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
                                _ body: (OpaquePointer) -> Result<T, ReaderError>) -> Result<T, ReaderError> {
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
        return body(archive)
    }
}
