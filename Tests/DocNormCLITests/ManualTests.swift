import DocNormTestSupport
import Foundation
import Testing

/// docs/docnorm.1 is generated from the argument parser (`make man`) and committed; these tests
/// fail when it no longer says what `--help` says. The completion scripts come from the binary
/// itself; these check that input arguments complete to file names.
@Suite struct ManualTests {
    var page: String {
        get throws { try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/docnorm.1"), encoding: .utf8) }
    }

    func docnorm(_ args: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        try TestSupport.run(CLITests.binary, args)
    }

    /// The page without its date, which only changes when the rest does.
    func undated(_ page: String) -> String {
        page.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix(".Dd ") }.joined(separator: "\n")
    }

    @Test func theCommittedPageIsTheOneTheParserGives() throws {
        let script = TestSupport.packageRoot.appendingPathComponent("scripts/generate-manual.py").path
        let r = try TestSupport.run("/usr/bin/env", ["python3", script, CLITests.binary])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix(".\\\" Generated"))
        let fresh = undated(r.stdout), committed = undated(try page)
        #expect(fresh == committed, "docs/docnorm.1 is out of date with --help: run make man and commit it")
    }

    /// Every command `docnorm --help` lists, and every option each command's `--help` lists,
    /// is on the page, in that command's section.
    @Test func everyCommandAndOptionOfHelpIsOnThePage() throws {
        let page = try page
        let help = try docnorm(["--help"])
        #expect(help.status == 0)
        // The block after SUBCOMMANDS:, up to its blank line.
        let block = (help.stdout.components(separatedBy: "SUBCOMMANDS:\n").last ?? "").components(separatedBy: "\n\n")[0]
        let commands = block.split(separator: "\n").compactMap { line -> String? in
            let words = line.split(separator: " ")
            guard line.hasPrefix("  "), !line.hasPrefix("    "), let first = words.first else { return nil }
            return String(first)
        }
        #expect(Set(commands) == ["convert", "check", "outline"], "\(commands)")
        let sections = page.components(separatedBy: "\n.Ss ").dropFirst()
        for command in commands {
            let section = sections.first { $0.hasPrefix(command) || $0.hasPrefix("\"\(command) ") }
            #expect(section != nil, "no section for \(command)")
            let options = try docnorm([command, "--help"]).stdout
                .matches(of: /(?m)^  (?:-\w, )?--([\w-]+)/).map { String($0.1) }
            #expect(options.count >= 5, "\(command): \(options)")
            for option in options {
                #expect(section?.contains("Fl -\(option)") == true, "\(command) --\(option) is not on the page")
            }
            #expect(page.contains(".Cm \(command)\n"), "\(command) is not in the synopsis")
        }
    }

    @Test func helpTextOutsideASCIIIsKept() throws {
        // The parser's own manual generator drops these; the page must not.
        let page = try page
        #expect(page.contains("一、三、四、 → 一、二、三、"))
        #expect(page.contains("一是…；二是…；"))
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionsCompleteInputFileNames(shell: String) throws {
        let r = try docnorm(["--generate-completion-script", shell])
        #expect(r.status == 0, "\(r.stderr)")
        let script = r.stdout
        switch shell {
        case "bash":
            #expect(script.contains("-o plusdirs -fX '!*.@(docx|htm|html|markdown|md|txt|doc|DOCX"))
            #expect(script.contains("complete -o filenames -F _docnorm docnorm"))
        case "zsh":
            #expect(script.contains("_files -g '\\''*.docx *.htm *.html *.markdown *.md *.txt *.doc *.DOCX"))
        default:
            #expect(script.contains("__fish_complete_directories"))
            #expect(script.contains("docx"))
        }
        // Each command's inputs, and the yaml of --config.
        #expect(script.contains("yaml"))
    }
}
