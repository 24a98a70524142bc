import DocNormModel
@testable import DocNormReaders
import DocNormTestSupport
import Foundation
import Testing

@Suite struct TextDecoderTests {
    let sample = "一、工作成效\n2022年，本人。"

    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try TextDecoder.decode(Array(sample.utf8)).encoding == "UTF-8")
        let bom = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array(sample.utf8))
        #expect(bom.text == sample)
    }

    @Test func utf16WithBOM() throws {
        let units = Array(sample.utf16)
        let le: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoder.decode(le) == .init(text: sample, encoding: "UTF-16LE"))
        #expect(try TextDecoder.decode(be) == .init(text: sample, encoding: "UTF-16BE"))
    }

    @Test func gb18030WithoutBeingTold() throws {
        let bytes = try #require(Encoding.gb18030(sample))
        #expect(try TextDecoder.decode(bytes) == .init(text: sample, encoding: "GB18030"))
    }

    @Test func refusesBinary() {
        #expect(throws: ReaderError.self) { try TextDecoder.decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]) }
        #expect(throws: ReaderError.self) { try TextDecoder.decode([]) }
        do {
            _ = try TextDecoder.decode([0x41, 0x00, 0x42])
            Issue.record("NUL bytes accepted")
        } catch {
            #expect(error.reason.contains("binary"))
        }
    }

    @Test func refusesMixedEncodings() throws {
        // UTF-8 text with a GBK-encoded part in the middle.
        let gbk = try #require(Encoding.gb18030("述职报告"))
        let bytes = Array("一、工作成效\n".utf8) + gbk + Array("，本人。".utf8)
        #expect(throws: ReaderError.self) { try TextDecoder.decode(bytes) }
    }
}

@Suite struct LineSplitterTests {
    @Test func lfCrlfAndCr() {
        #expect(LineSplitter.lines("a\nb\r\nc\rd").map { String($0.text) } == ["a", "b", "c", "d"])
        let lines = LineSplitter.lines("a\r\n\r\nb\n")
        #expect(lines.map { String($0.text) } == ["a", "b"])
        #expect(lines.map(\.number) == [1, 3] && lines.map(\.afterBlank) == [false, true])
    }

    /// Blank lines are not kept one by one: a run of them is a flag on the next line.
    @Test func blankLinesAreNotStored() {
        let lines = LineSplitter.lines("a" + String(repeating: "\n", count: 100_000) + " \u{3000}\nb")
        #expect(lines.map { String($0.text) } == ["a", "b"])
        #expect(lines.map(\.number) == [1, 100_002])
    }
}

@Suite struct HardWrapJoinerTests {
    @Test func joinsWrappedCJKWithoutSpaces() {
        let text = """
            标题

            这是第一段的第一行文字这是第一段的第一行文字这是第一段
            的第二行文字这是第一段的第二行文字这是第一段的第二行字
            结束。

            这是第二段的第一行文字这是第二段的第一行文字这是第二段
            结束。
            """
        let doc = TextReader().read(text: text)
        let paras = doc.blocks.map { b -> String in if case .paragraph(let p) = b { return p.content.plainText }; return "" }
        #expect(paras == [
            "标题",
            "这是第一段的第一行文字这是第一段的第一行文字这是第一段的第二行文字这是第一段的第二行文字这是第一段的第二行字结束。",
            "这是第二段的第一行文字这是第二段的第一行文字这是第二段结束。",
        ])
    }

    @Test func joinsWrappedLatinWithSpaces() {
        let text = """
            Annual report

            The team delivered the migration of the billing
            system ahead of the schedule agreed in spring and
            kept the budget.

            Next year the team will focus on the reporting
            tools that managers asked for.
            """
        let paras = TextReader().read(text: text).blocks.map { b -> String in if case .paragraph(let p) = b { return p.content.plainText }; return "" }
        #expect(paras == [
            "Annual report",
            "The team delivered the migration of the billing system ahead of the schedule agreed in spring and kept the budget.",
            "Next year the team will focus on the reporting tools that managers asked for.",
        ])
    }

    @Test func unwrappedTextKeepsOneParagraphPerLine() throws {
        for url in TestSupport.sampleTexts() {
            let text = try String(contentsOf: url, encoding: .utf8)
            let nonBlank = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).filter { !LineSplitter.isBlank($0) }.count
            #expect(TextReader().read(text: text).blocks.count == nonBlank, "\(url.lastPathComponent)")
        }
    }

    @Test func positionsAreLineNumbers() {
        let doc = TextReader().read(text: "a\n\nb")
        #expect(doc.blocks.map { b -> SourcePosition? in if case .paragraph(let p) = b { return p.position }; return nil } == [.line(1), .line(3)])
    }
}
