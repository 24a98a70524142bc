import DocNormModel
@testable import DocNormReaders
import Testing
import Foundation

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

    /// Text without a CR is split by memchr, text with one by the word scan: both give the
    /// same lines, numbers and blank-line flags for the same text with LF or CR LF endings.
    @Test func linesAreTheSameWithAndWithoutCarriageReturns() throws {
        var texts = ["一\n\n\n二\n", "\n\n", "a", "", "\u{3000}\n\u{200B}\nb\n\nc", String(repeating: "长文本一行\n", count: 40) + "末行"]
        for k in 0..<17 { texts.append(String(repeating: "x", count: k) + "\n" + String(repeating: "中", count: k) + "\n\n" + "尾") }
        for text in texts {
            func lines(_ t: String) -> [String]? {
                Array(t.utf8).withUnsafeBufferPointer { LineSplitter.lines(utf8: $0) }?.map { "\($0.number) \($0.afterBlank) \($0.text)" }
            }
            let lf = try #require(lines(text))
            #expect(lf == lines(text.replacingOccurrences(of: "\n", with: "\r\n")))
            #expect(lf.count == text.split(separator: "\n").filter { !LineSplitter.isBlank($0) }.count)
        }
        #expect([UInt8]([0x61, 0x0A, 0xC3, 0x0A, 0x62]).withUnsafeBufferPointer { LineSplitter.lines(utf8: $0) == nil })
    }

    /// A text split in parts at the same time gives the lines of one pass: numbers carried on,
    /// blank lines at a cut still mark the next line, an invalid byte in any part refuses all.
    @Test func linesSplitInPartsAreTheLinesOfOnePass() throws {
        var texts = ["一\n\n\n二\n", "\n\n", "a", "", "\u{3000}\n\u{200B}\nb\n\nc", "a\n\n\n\n\nb\n\n"]
        texts.append((0..<60).map { k in String(repeating: "行", count: k % 5) + String(repeating: "\n", count: 1 + k % 3) }.joined())
        for text in texts + texts.map({ $0.replacingOccurrences(of: "\n", with: "\r\n") }) {
            func lines(_ minimum: Int) -> [String]? {
                Array(text.utf8).withUnsafeBufferPointer { LineSplitter.lines(utf8: $0, minimumPart: minimum) }?.map { "\($0.number) \($0.afterBlank) \($0.text)" }
            }
            let whole = try #require(lines(1 << 20))
            for threads in [2, 3, 5] {
                for minimum in 1...9 {
                    #expect(Parallel.$threads.withValue(threads) { lines(minimum) } == whole, "\(threads) threads, parts of \(minimum): \(text.debugDescription)")
                }
            }
        }
        let bad = Array(String(repeating: "甲乙\n", count: 30).utf8) + [0xE4, 0x0A] + Array(String(repeating: "丙\n", count: 30).utf8)
        #expect(Parallel.$threads.withValue(4) { bad.withUnsafeBufferPointer { LineSplitter.lines(utf8: $0, minimumPart: 8) } } == nil)
    }

    @Test func invalidLinesSendTheFileToTheDecoder() {
        #expect(TextReader().readUTF8(Array("abc\n".utf8) + [0xE4, 0x0A]) == nil)
        #expect([UInt8]([0x61, 0x0A, 0xC3]).withUnsafeBufferPointer { LineSplitter.lines(utf8: $0) == nil })
        let doc = TextReader().readUTF8(Array("一\n二".utf8))
        #expect(doc?.metadata.sourceEncoding == "UTF-8" && doc?.blocks.count == 2)
    }
}
