import Foundation
import Yams

/// A house style for a batch of reports: how labels are written at each rank, the noise
/// markers, and the clean-up rules. Read from `docnorm.yaml` in the working directory or from
/// a file given with `--config`; `--scheme FILE` takes only its `scheme`.
///
/// ```yaml
/// numbering: normalize          # normalize | keep | strip
/// renumber: false               # true: recount typed numbers (Word's stay as they are)
/// scheme:                       # each rank's label, written with the number 1
///   chineseNumber: 一、
///   parenthesizedChinese: （一）
///   arabic: 1．                 # or a decimal outline: 1, 1.1, 1.1.1
///   parenthesizedArabic: （1）
/// toc: drop                     # drop | keep: a table of contents left out, or a list
/// runIn: split                  # split | keep
/// splitEnumerations: false
/// noiseMarkers: ["##paidbegin##", "##paidend##"]
/// cleanup: {punctuation: true, halfWidth: true}
/// chunkSize: 1000               # -t chunks: the most characters (Unicode scalars) in a chunk
/// ```
public struct Configuration: Sendable, Equatable {
    // Each setting is nil when the file does not give it, leaving the options as they are.
    /// `numbering:` normalize, keep or strip the labels.
    public var numbering: NormalizationOptions.NumberingMode?
    /// `renumber:` recount typed numbers.
    public var renumber: Bool?
    /// `toc:` drop or keep a table of contents.
    public var tableOfContents: NormalizationOptions.TableOfContentsMode?
    /// `runIn:` split or keep run-in headings.
    public var runIn: NormalizationOptions.RunInMode?
    /// `splitEnumerations:` turn 一是…；二是… into a list.
    public var splitEnumerations: Bool?
    /// `noiseMarkers:` the markers to remove (replacing the defaults).
    public var noiseMarkers: [String]?
    /// `cleanup: {punctuation:}` ASCII punctuation between CJK characters made full-width.
    public var fixPunctuation: Bool?
    /// `cleanup: {halfWidth:}` full-width digits and Latin letters made half-width.
    public var halfWidthAlphanumerics: Bool?
    /// Sample labels by rank.
    public var scheme: [LabelRank: String]
    /// `-t chunks`: the most Unicode scalars in a chunk (`--chunk-size`).
    public var chunkSize: Int?

    /// The names `discover(in:)` looks for, in order.
    public static let fileNames = ["docnorm.yaml", "docnorm.yml"]
    static let keys: Set<String> = ["numbering", "renumber", "toc", "scheme", "runIn", "splitEnumerations", "noiseMarkers", "cleanup", "chunkSize"]

    /// A configuration that sets nothing.
    public init() {
        scheme = [:]
    }

    /// A file that cannot be read or says something docnorm does not know, in one line.
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        /// The file, as it was named.
        public var file: String
        /// What is wrong (`unknown setting numberng`).
        public var reason: String
        public var description: String { "\(file): \(reason)" }
    }

    /// The configuration file in `directory`, if there is one.
    public static func discover(in directory: URL) -> URL? {
        fileNames.map { directory.appendingPathComponent($0) }.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Reads a house-style file (YAML).
    public static func load(_ url: URL) throws(LoadError) -> Configuration {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw LoadError(file: url.path, reason: "cannot be read")
        }
        return try parse(text, file: url.path)
    }

    /// Reads house-style YAML from a string; `file` names it in errors.
    public static func parse(_ text: String, file: String = "configuration") throws(LoadError) -> Configuration {
        let node: Any?
        do {
            node = try Yams.load(yaml: text)
        } catch {
            throw LoadError(file: file, reason: "is not valid YAML (\(error))")
        }
        var config = Configuration()
        guard let root = node as? [String: Any] else {
            if node == nil { return config }
            throw LoadError(file: file, reason: "must be a mapping of settings")
        }
        for key in root.keys where !keys.contains(key) {
            throw LoadError(file: file, reason: "unknown setting \(key) (known: \(keys.sorted().joined(separator: ", ")))")
        }
        if let v = root["numbering"] {
            guard let s = v as? String, let mode = NormalizationOptions.NumberingMode(rawValue: s) else {
                throw LoadError(file: file, reason: "numbering must be normalize, keep or strip")
            }
            config.numbering = mode
        }
        if let v = root["renumber"] {
            guard let b = v as? Bool else { throw LoadError(file: file, reason: "renumber must be true or false") }
            config.renumber = b
        }
        if let v = root["toc"] {
            guard let s = v as? String, let mode = NormalizationOptions.TableOfContentsMode(rawValue: s) else {
                throw LoadError(file: file, reason: "toc must be drop or keep")
            }
            config.tableOfContents = mode
        }
        if let v = root["runIn"] {
            guard let s = v as? String, let mode = NormalizationOptions.RunInMode(rawValue: s) else {
                throw LoadError(file: file, reason: "runIn must be split or keep")
            }
            config.runIn = mode
        }
        if let v = root["splitEnumerations"] {
            guard let b = v as? Bool else { throw LoadError(file: file, reason: "splitEnumerations must be true or false") }
            config.splitEnumerations = b
        }
        if let v = root["noiseMarkers"] {
            guard let list = v as? [String] else { throw LoadError(file: file, reason: "noiseMarkers must be a list of strings") }
            config.noiseMarkers = list
        }
        if let v = root["chunkSize"] {
            guard let n = v as? Int, n >= Chunker.minimumLimit else {
                throw LoadError(file: file, reason: "chunkSize must be a whole number of at least \(Chunker.minimumLimit) (characters)")
            }
            config.chunkSize = n
        }
        if let v = root["cleanup"] {
            guard let map = v as? [String: Any] else { throw LoadError(file: file, reason: "cleanup must be a mapping") }
            for (key, value) in map {
                guard let b = value as? Bool else { throw LoadError(file: file, reason: "cleanup.\(key) must be true or false") }
                switch key {
                case "punctuation": config.fixPunctuation = b
                case "halfWidth": config.halfWidthAlphanumerics = b
                default: throw LoadError(file: file, reason: "unknown cleanup setting \(key) (known: halfWidth, punctuation)")
                }
            }
        }
        if let v = root["scheme"] {
            guard let map = v as? [String: Any] else { throw LoadError(file: file, reason: "scheme must map ranks to labels") }
            for (key, value) in map {
                guard let rank = LabelRank.configurationNames[key] else {
                    throw LoadError(file: file, reason: "unknown rank \(key) (known: \(LabelRank.configurationNames.keys.sorted().joined(separator: ", ")))")
                }
                // YAML reads 1. or 1.1 unquoted as numbers, which loses what was written.
                if let text = value as? String {
                    config.scheme[rank] = text
                } else if let n = value as? Int {
                    config.scheme[rank] = String(n)
                } else {
                    throw LoadError(file: file, reason: "scheme.\(key): write the label in quotes, such as \"1.1\"")
                }
            }
            do {
                _ = try NumberingScheme.gbt9704.overriding(with: config.scheme)
            } catch {
                throw LoadError(file: file, reason: "scheme: \(error)")
            }
        }
        return config
    }

    /// These settings over `options`; settings not given leave `options` as they are.
    public func applied(to options: NormalizationOptions, schemeOnly: Bool = false) -> NormalizationOptions {
        var o = options
        if let scheme = try? o.scheme.overriding(with: scheme) { o.scheme = scheme }
        if schemeOnly { return o }
        if let numbering { o.numbering = numbering }
        if let renumber { o.renumber = renumber }
        if let tableOfContents { o.tableOfContents = tableOfContents }
        if let runIn { o.runIn = runIn }
        if let splitEnumerations { o.splitEnumerations = splitEnumerations }
        if let noiseMarkers { o.noiseMarkers = noiseMarkers }
        if let fixPunctuation { o.fixPunctuation = fixPunctuation }
        if let halfWidthAlphanumerics { o.halfWidthAlphanumerics = halfWidthAlphanumerics }
        return o
    }
}
