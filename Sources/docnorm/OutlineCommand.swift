import ArgumentParser
import DocNorm
import Foundation

struct OutlineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "Print the heading tree of a file: a quick look at its structure."
    )

    @Argument(help: "A file to read; - for standard input.", completion: .inputFiles)
    var input: String

    @OptionGroup var structure: StructureOptions

    func run() async throws {
        let converter = Converter(options: ConversionOptions(normalization: try structure.normalization()))
        do {
            Console.out(Outline.render(try converter.loadInput(input)))
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
    }
}
