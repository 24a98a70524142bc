import DocNorm
import Foundation

// docnorm-profile FORMAT OUTDIR FILE...: each FILE converted to OUTDIR/<name>.<ext>, as
// `docnorm convert FILE -t FORMAT` does it, on the main thread.
let args = CommandLine.arguments
guard args.count >= 4, let format = OutputFormat(rawValue: args[1]) else {
    FileHandle.standardError.write(Data("usage: docnorm-profile md|html|txt|json|chunks OUTDIR FILE...\n".utf8))
    exit(2)
}
let converter = Converter()
var failed = 0
for path in args[3...] {
    let url = URL(fileURLWithPath: path)
    let out = URL(fileURLWithPath: args[2]).appendingPathComponent(url.deletingPathExtension().lastPathComponent + "." + format.fileExtension)
    do {
        try converter.write(converter.load(url, displayName: path), as: format, to: out, displayName: path)
    } catch {
        failed += 1
    }
}
exit(failed == 0 ? 0 : 1)
