@testable import DocNormReaders
import DocNormTestSupport
import Testing

/// Encodings a text file may come in without saying so. Korean and Japanese legacy encodings
/// share byte ranges with GB18030, so they are told apart by what the text decodes to.
@Suite struct EncodingDetectionTests {
    static let samples: [(text: String, encoding: String)] = [
        ("보고서", "EUC-KR"),
        ("2022년 업무 보고서\n올해의 성과와 계획을 정리했습니다.", "EUC-KR"),
        ("報告書ひらがな", "EUC-JP"),
        ("ひらがな", "EUC-JP"),
        ("年度報告書\n今年の成果と来年の計画をまとめました。", "EUC-JP"),
        ("述职报告", "GB18030"),
        ("一、工作成效\n2022年，本人认真履行职责。", "GB18030"),
    ]

    @Test(arguments: samples.indices)
    func legacyCJKEncodingsAreToldApart(index: Int) throws {
        let (text, encoding) = Self.samples[index]
        let bytes = try #require(Encoding.iconv(text, to: encoding))
        let decoded = try TextDecoder.decode(bytes)
        #expect(decoded.text == text, "\(encoding) read as \(decoded.encoding)")
        // ひらがな is the same bytes and the same text in GB18030 and EUC-JP; either name is true.
        #expect(decoded.encoding == encoding || (text == "ひらがな" && decoded.encoding == "GB18030"))
    }

    @Test(arguments: ["UTF-32LE", "UTF-32BE"])
    func utf32WithBOMIsDecoded(encoding: String) throws {
        let text = "述职报告\n보고서 report"
        let bytes = try #require(Encoding.iconv("\u{FEFF}" + text, to: encoding))
        #expect(try TextDecoder.decode(bytes) == .init(text: text, encoding: encoding))
    }

    @Test(arguments: ["UTF-16LE", "UTF-16BE"], ["Annual report\nThe team delivered.", "述职报告\n一、工作成效"])
    func utf16WithoutBOMIsDecoded(encoding: String, text: String) throws {
        let bytes = try #require(Encoding.iconv(text, to: encoding))
        #expect(bytes.prefix(2) != [0xFF, 0xFE] && bytes.prefix(2) != [0xFE, 0xFF])
        #expect(try TextDecoder.decode(bytes) == .init(text: text, encoding: encoding))
    }

    /// A byte order mark alone, or white space alone, is as empty as a file of no bytes.
    @Test(arguments: [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0x00, 0x00], Array(" \n\t\r\n".utf8),
                      [0xEF, 0xBB, 0xBF] + Array("\u{3000}\n \n".utf8), [0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00]] as [[UInt8]])
    func bomOrWhiteSpaceOnlyIsEmpty(bytes: [UInt8]) {
        do {
            let d = try TextDecoder.decode(bytes)
            Issue.record("decoded as \(d.encoding): \(Array(d.text.unicodeScalars))")
        } catch {
            #expect(error.kind == .empty)
            #expect(error.reason.hasPrefix("the file is empty"))
        }
    }

    @Test func binaryIsStillRefused() {
        for bytes: [UInt8] in [[0x41, 0x00, 0x42], [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02, 0x03], [0x00, 0x00, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05]] {
            #expect(throws: ReaderError.self) { try TextDecoder.decode(bytes) }
        }
    }
}
