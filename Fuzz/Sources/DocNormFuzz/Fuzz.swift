import DocNorm
import Foundation

/// One fuzz input, read both as a .docx and as text, normalized and written in every format.
/// A crash, a hang or a sanitizer report is a bug; a thrown ConversionError is a correct answer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let converter = Converter()
    for name in ["input.docx", "input.txt"] {
        guard let raw = try? converter.load(Data(bytes), name: name, normalize: false) else { continue }
        let doc = converter.normalize(raw)
        for format in OutputFormat.textual { _ = converter.render(doc, as: format) }
        _ = Outline.render(doc)
    }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
               _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The package manager names an executable's entry point after its target; hand it to libFuzzer.
@_cdecl("DocNormFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var vector = argv
    return runDriver(&count, &vector, { data, size in fuzzOneInput(data, size) })
}
