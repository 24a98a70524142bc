import ArgumentParser
import DocNorm
import Foundation

extension ConvertCommand {
    /// Warnings a single conversion prints without -v; the rest are counted.
    static let warningsShown = 10

    /// One input to standard output (`url` nil) or to the file `url`, written like a batch's
    /// outputs: through a temporary file renamed into place, never over the input.
    func runSingle(_ input: String, format: OutputFormat, to url: URL?) throws {
        if input != "-", Destination.isDirectory(input) {
            // An empty directory says so, whatever the destination.
            if let empty = InputFiles.expand([input]).errors.first(where: \.standsAlone) {
                Console.error(empty.description)
                throw ExitCode.failure
            }
            throw UsageLine("\(input) is a directory: give an output directory (-o DIR)")
        }
        if let url, input != "-", Converter.realPath(URL(fileURLWithPath: input)) == Converter.realPath(url) {
            throw UsageLine("\(input): the output \(url.path) is the input itself; give another name")
        }
        var converter = try makeConverter()
        // A lone file may use every thread -j allows.
        converter.options.threads = jobsOrCores(jobs)
        // Chunk records name the document they come from.
        if input != "-" { converter.options.writer.documentPath = input }
        // A .docx copy embeds the images, so their bytes are read for it.
        if format == .docx { converter.options.docx.extractMedia = true }
        do throws(ConversionError) {
            var doc = try converter.loadInput(input)
            if let extractMedia {
                let media = URL(fileURLWithPath: extractMedia)
                var protected: Set<String> = input == "-" ? [] : [Converter.realPath(URL(fileURLWithPath: input))]
                var prefix = extractMedia.hasSuffix("/") ? extractMedia : extractMedia + "/"
                if let url {
                    protected.formUnion([Converter.realPath(url), url.standardizedFileURL.path])
                    // Links relative to where the output file is.
                    prefix = Converter.linkPrefix(from: url.deletingLastPathComponent(), to: media)
                }
                doc = try converter.extractMedia(doc, into: media, linkPrefix: prefix, protecting: protected, displayName: input)
            }
            if verbose {
                doc.warnings.forEach { Console.error("\(input): \($0)") }
            } else if !quiet {
                // What was left out or looks wrong is said (a contents, hidden text, a skipped
                // number); notes of what docnorm changed wait for -v.
                let shown = doc.warnings.filter { $0.severity != .info }
                shown.prefix(Self.warningsShown).forEach { Console.error("\(input): \($0)") }
                if shown.count > Self.warningsShown {
                    Console.error("\(input): \(shown.count - Self.warningsShown) more warnings; -v lists them all")
                }
            }
            if let url {
                try converter.write(doc, as: format, to: url, displayName: input)
            } else if format == .docx {
                FileHandle.standardOutput.write(Data(converter.output(doc, as: .docx)))
            } else if !converter.stream(doc, as: format, to: { Console.out($0) }) {
                Console.out(converter.render(doc, as: format))
            }
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
    }
}
