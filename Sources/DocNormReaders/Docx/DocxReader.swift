import DocNormModel

/// Reads .docx files. (Structure reading arrives with the .docx reader work.)
public struct DocxReader: Sendable {
    public init() {}

    public func read(_ bytes: [UInt8]) throws(ReaderError) -> Document {
        throw ReaderError(.unsupportedFormat, ".docx reading is not available yet")
    }
}
