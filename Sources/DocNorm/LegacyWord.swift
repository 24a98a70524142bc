import Foundation

/// Old binary Word documents (.doc), which docnorm does not parse itself: LibreOffice, when
/// installed, converts each to a .docx, which is then read like any other.
enum LegacyWord {
    /// How long one conversion may take before it is given up.
    static let timeout: TimeInterval = 120

    /// `soffice` on the PATH, or nil.
    static func office() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent("soffice")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// The .docx LibreOffice makes of the .doc `bytes`.
    static func convert(_ bytes: [UInt8], claimedDocx: Bool) throws(ReaderError) -> [UInt8] {
        let what = claimedDocx ? "an old binary Word document (.doc), not a .docx" : "an old binary Word document (.doc)"
        guard let office = office() else {
            throw ReaderError(.unsupportedFormat, "the file is \(what); install LibreOffice (apt-get install libreoffice-writer) to convert it")
        }
        // A directory of its own per conversion, with its own LibreOffice profile: parallel
        // conversions would otherwise wait on one profile's lock, or fail on it.
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-doc-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let input = work.appendingPathComponent("in.doc")
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            try Data(bytes).write(to: input)
        } catch {
            throw ReaderError(.unreadable, "the file is \(what), and no temporary copy could be made for LibreOffice")
        }
        let process = Process()
        process.executableURL = office
        process.arguments = ["-env:UserInstallation=file://\(work.path)/profile", "--headless", "--norestore",
                             "--convert-to", "docx:MS Word 2007 XML", "--outdir", work.path, input.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        do { try process.run() } catch {
            throw ReaderError(.unsupportedFormat, "the file is \(what), and LibreOffice (\(office.path)) could not be started")
        }
        if done.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            done.wait()
            throw ReaderError(.unsupportedFormat, "the file is \(what), and LibreOffice did not convert it within \(Int(timeout)) seconds")
        }
        guard let docx = try? Data(contentsOf: work.appendingPathComponent("in.docx")), !docx.isEmpty else {
            throw ReaderError(.corrupt, "the file is \(what) that LibreOffice could not convert (it may be damaged)")
        }
        return [UInt8](docx)
    }
}
