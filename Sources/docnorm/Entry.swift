import ArgumentParser
import DocNorm
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the command line, mapping usage errors to exit status 2.
@main
enum Entry {
    static func main() async {
        do {
            let arguments = try CommandChoice.resolve(Array(CommandLine.arguments.dropFirst())) { path in
                FileManager.default.fileExists(atPath: path)
            }
            var command = try DocNormCommand.parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let usage as UsageLine {
            Console.error(usage.message)
            exit(2)
        } catch {
            let code = DocNormCommand.exitCode(for: error)
            let message = DocNormCommand.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                exit(0)
            }
            if !message.isEmpty { Console.error(message) }
            exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

struct DocNormCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docnorm",
        abstract: "Convert reports (plain text, .docx, Markdown, HTML) to Markdown, HTML, clean text, JSON and section chunks with normalized headings and numbering.",
        discussion: "Exit status: 0 when every file converted, 1 when some failed (each failure is one line on stderr), 2 for usage errors.",
        version: DocNormVersion.current,
        subcommands: [ConvertCommand.self, CheckCommand.self, OutlineCommand.self],
        defaultSubcommand: ConvertCommand.self
    )
}
