import Foundation

/// One file to convert and where it sits relative to the input it was found under,
/// so outputs can mirror the input tree.
package struct InputFile: Sendable, Equatable {
    package var url: URL
    /// Path used to name outputs (`sub/report.txt` for `DIR/sub/report.txt`).
    package var relativePath: String
    /// How the file is named in messages.
    package var displayName: String

    package init(url: URL, relativePath: String, displayName: String) {
        self.url = url
        self.relativePath = relativePath
        self.displayName = displayName
    }
}

package enum InputFiles {
    /// Expands the inputs: files as given, directories walked recursively for `.txt` and
    /// `.docx` in name order. Inputs that do not exist, and directories with nothing to
    /// convert, come back as errors. With several inputs, a directory's files are named
    /// under the directory's own name (`reportsA/x.txt`), so two trees never merge.
    package static func expand(_ paths: [String]) -> (files: [InputFile], errors: [ConversionError]) {
        var files: [InputFile] = []
        var errors: [ConversionError] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(ConversionError(file: path, reason: "no such file or directory"))
                continue
            }
            let url = URL(fileURLWithPath: path)
            if !isDirectory.boolValue {
                files.append(InputFile(url: url, relativePath: url.lastPathComponent, displayName: path))
                continue
            }
            var found: [InputFile] = []
            var visited = Set<String>()
            let unreadable = errors.count
            walk(url, prefix: "", display: path, into: &found, errors: &errors, visited: &visited)
            if found.isEmpty && errors.count == unreadable {
                var e = ConversionError(file: path, reason: "no \(InputFormat.walkedList) files under \(path)")
                e.standsAlone = true
                errors.append(e)
            }
            let name = url.standardizedFileURL.lastPathComponent
            if paths.count > 1, !name.isEmpty, name != "/" {
                for i in found.indices { found[i].relativePath = name + "/" + found[i].relativePath }
            }
            files.append(contentsOf: found.sorted { $0.relativePath < $1.relativePath })
        }
        return (files, errors)
    }

    private static func walk(_ dir: URL, prefix: String, display: String, into files: inout [InputFile],
                             errors: inout [ConversionError], visited: inout Set<String>) {
        let fm = FileManager.default
        // A directory reached twice through links is a loop: walk it once.
        let real = dir.resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        let names: [String]
        do {
            names = try fm.contentsOfDirectory(atPath: dir.path).sorted()
        } catch {
            let shown = prefix.isEmpty ? display : (display.hasSuffix("/") ? display : display + "/") + prefix
            errors.append(ConversionError(file: shown, reason: "directory cannot be read"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let url = dir.appendingPathComponent(name)
            let rel = prefix.isEmpty ? name : prefix + "/" + name
            let shown = display.hasSuffix("/") ? display + rel : display + "/" + rel
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                walk(url, prefix: rel, display: display, into: &files, errors: &errors, visited: &visited)
            } else if let ext = name.split(separator: ".").last, name.contains("."),
                      InputFormat.extensions.contains(ext.lowercased()) {
                files.append(InputFile(url: url, relativePath: rel, displayName: shown))
            }
        }
    }
}
