import Foundation

enum Console {
    /// One line on standard error, written at once so lines from parallel work do not mix.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line.hasSuffix("\n") ? line : line + "\n").utf8))
    }

    /// Text on standard output as it is.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
