/// Which command a command line runs. `convert` is the default, for `docnorm report.docx`;
/// a first word that is neither a command nor a file is a mistyped command, said as such
/// before anything is read (not `chek: no such file`).
enum CommandChoice {
    static let commands = ["convert", "check", "outline", "help"]

    /// The arguments, with `convert` put in front where a file comes first, or the one-line
    /// usage error for a word that names no command.
    static func resolve(_ arguments: [String], fileExists: (String) -> Bool) throws(UsageLine) -> [String] {
        guard let first = arguments.first else { return arguments }
        // Options first (`docnorm -t txt a.txt`, `--help`, `--version`): the parser's default.
        if first.hasPrefix("-") && first != "-" { return arguments }
        if commands.contains(first) { return arguments }
        if first == "-" || first.contains("/") || first.contains(".") || fileExists(first) {
            return ["convert"] + arguments
        }
        let known = commands.dropLast()
        if let near = known.min(by: { distance($0, first) < distance($1, first) }), distance(near, first) <= 2 || (first.count >= 2 && near.hasPrefix(first)) {
            throw UsageLine("unknown command '\(first)' — did you mean '\(near)'?")
        }
        throw UsageLine("unknown command '\(first)' (commands: \(known.joined(separator: ", ")); a file of that name: ./\(first))")
    }

    /// Levenshtein distance: how many letters to change, add or remove.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var diagonal = row[0]
            row[0] = i
            for j in 0..<b.count {
                let above = row[j + 1]
                row[j + 1] = min(above + 1, row[j] + 1, diagonal + (a[i - 1] == b[j] ? 0 : 1))
                diagonal = above
            }
        }
        return row[b.count]
    }
}

/// A usage error that is one line on stderr and exit status 2, without the usage text.
struct UsageLine: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
