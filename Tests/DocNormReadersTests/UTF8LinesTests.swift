import DocNormModel
@testable import DocNormReaders
import Testing

/// UTF-8 read line by line from the bytes gives the document, or the refusal, that decoding
/// the whole file first gives.
@Suite struct UTF8LinesTests {
    static let inputs: [[UInt8]] = [
        Array("一、总则\n本办法。\r\n\r\n第二章\r附则".utf8),
        [0xEF, 0xBB, 0xBF] + Array("带标记的文本\n".utf8),
        [0xEF, 0xBB, 0xBF],
        Array("\u{3000}\u{3000}缩进的第一行\n\u{FEFF}\n  \n第二行".utf8),
        Array(" \n\t\u{3000}\n".utf8),
        Array("abc\n".utf8) + [0xE4, 0x0A] + Array("def".utf8),
        Array("abc".utf8) + [0xFF, 0xFE],
        Array("a\u{0}b\nc".utf8),
        Array("ab".utf8) + [UInt8](repeating: 0x01, count: 3),
        [UInt8](repeating: 0x41, count: 60) + [UInt8](repeating: 0x01, count: 3),
        [0xB6, 0xFE, 0xCA, 0xC7, 0x0A] + Array("gbk".utf8),
        Array("这是第一段的第一行文字这是第一段的第一行文字这是第一段\n的第二行文字这是第一段的第二行文字这是第一段的第二行字\n结束。\n\n标题\n\n下一段文字文字文字文字文字文字文字文字文字文字\n结束。".utf8),
        [],
    ]

    static func throughDecoder(_ bytes: [UInt8]) -> Result<Document, ReaderError> {
        do throws(ReaderError) {
            return .success(try TextDecoder.document(from: bytes) { TextReader().read(text: $0) })
        } catch { return .failure(error) }
    }

    @Test(arguments: inputs.indices) func sameAsDecodingFirst(index: Int) {
        let bytes = Self.inputs[index]
        let direct: Result<Document, ReaderError>
        do throws(ReaderError) { direct = .success(try TextReader().read(bytes)) } catch { direct = .failure(error) }
        #expect(direct == Self.throughDecoder(bytes))
    }

    @Test func invalidLinesSendTheFileToTheDecoder() {
        #expect(TextReader().readUTF8(Array("abc\n".utf8) + [0xE4, 0x0A]) == nil)
        #expect([UInt8]([0x61, 0x0A, 0xC3]).withUnsafeBufferPointer { LineSplitter.lines(utf8: $0) == nil })
        let doc = TextReader().readUTF8(Array("一\n二".utf8))
        #expect(doc?.metadata.sourceEncoding == "UTF-8" && doc?.blocks.count == 2)
    }
}
