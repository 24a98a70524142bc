import Foundation

/// Converts many files in parallel and writes one output per file and format, mirroring the
/// input tree under the output directory. One bad file never stops the batch.
public struct Batch: Sendable {
    public var converter: Converter
    public var formats: [OutputFormat]
    public var outputDirectory: URL
    /// How many files are converted at once.
    public var jobs: Int

    public init(converter: Converter, formats: [OutputFormat], outputDirectory: URL, jobs: Int) {
        self.converter = converter
        self.formats = formats
        self.outputDirectory = outputDirectory
        self.jobs = max(1, jobs)
    }

    public struct Result: Sendable {
        public var input: InputFile
        public var outputs: [URL]
        public var warnings: [Warning]
        public var error: ConversionError?
    }

    func stem(_ path: String) -> String {
        if let dot = path.lastIndex(of: "."), !path[dot...].contains("/") { return String(path[..<dot]) }
        return path
    }

    /// Where the output of `input` in `format` goes.
    public func outputURL(for input: InputFile, format: OutputFormat) -> URL {
        var rel = input.relativePath
        if let dot = rel.lastIndex(of: "."), !rel[dot...].contains("/") { rel = String(rel[..<dot]) }
        return outputDirectory.appendingPathComponent(rel + "." + format.fileExtension)
    }

    /// Converts every file; `report` is called once per file as it finishes, in any order.
    public func run(_ files: [InputFile], report: @escaping @Sendable (Result) -> Void) async {
        await withTaskGroup(of: Void.self) { group in
            var next = 0
            func add() {
                guard next < files.count else { return }
                let file = files[next]
                next += 1
                group.addTask { report(self.convert(file)) }
            }
            for _ in 0..<min(jobs, files.count) { add() }
            while await group.next() != nil { add() }
        }
    }

    /// Converts one file and writes its outputs.
    public func convert(_ file: InputFile) -> Result {
        do {
            var converter = self.converter
            // Each document's images go in a folder of its own: MEDIA/sub/report/.
            let mediaRoot = converter.options.docx.mediaDirectory
            if let mediaRoot {
                converter.options.docx.mediaDirectory = URL(fileURLWithPath: mediaRoot)
                    .appendingPathComponent(stem(file.relativePath)).standardizedFileURL.path
            }
            var doc = try converter.load(file.url, displayName: file.displayName)
            var written: [URL] = []
            if mediaRoot != nil, !doc.media.isEmpty {
                try converter.writeMedia(doc, displayName: file.displayName)
                // Links from the outputs to the images, relative to where the outputs are.
                let from = outputURL(for: file, format: formats[0]).deletingLastPathComponent().standardizedFileURL
                doc = doc.mappingImageSources { RelativePath.from(from, to: URL(fileURLWithPath: $0)) }
            }
            for format in formats {
                let url = outputURL(for: file, format: format)
                try OutputWriting.write(converter.render(doc, as: format), to: url, displayName: file.displayName)
                written.append(url)
            }
            return Result(input: file, outputs: written, warnings: doc.warnings, error: nil)
        } catch {
            return Result(input: file, outputs: [], warnings: [], error: error)
        }
    }
}

enum OutputWriting {
    /// Writes through a temporary file renamed into place, so no half-written output is left.
    static func write(_ text: String, to url: URL, displayName: String) throws(ConversionError) {
        try write(Array(text.utf8), to: url, displayName: displayName)
    }

    static func write(_ bytes: [UInt8], to url: URL, displayName: String) throws(ConversionError) {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw ConversionError(file: displayName, reason: "cannot write \(url.path): \(error.localizedDescription)")
        }
    }
}
