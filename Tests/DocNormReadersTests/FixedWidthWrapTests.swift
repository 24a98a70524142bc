import Testing
@testable import DocNormReaders
import DocNormModel

/// Text wrapped at a fixed width with no blank lines between paragraphs (text taken out of
/// a PDF): the paragraphs come back whole; text that is not wrapped keeps its lines.
@Suite struct FixedWidthWrapTests {
    /// Lines of `width` characters, as a PDF's text layer breaks a paragraph.
    static func wrap(_ paragraph: String, width: Int = 30) -> [String] {
        var lines: [String] = []
        var rest = Substring(paragraph)
        while !rest.isEmpty {
            lines.append(String(rest.prefix(width)))
            rest = rest.dropFirst(width)
        }
        return lines
    }

    /// The paragraphs, page-number lines kept to show where they go.
    static func paragraphs(_ lines: [String]) -> [String] {
        TextReader(keepPageNumbers: true).read(text: lines.joined(separator: "\n")).blocks.map { b -> String in
            if case .paragraph(let p) = b { return p.content.plainText }
            return ""
        }
    }

    static let first = "招标人应当在招标文件中载明投标有效期，投标有效期从提交投标文件的截止之日起算，投标人在投标有效期内不得撤销其投标文件，否则其投标保证金不予退还，由此造成的损失由投标人自行承担，采购人不承担任何责任。"
    static let second = "评标委员会应当按照招标文件确定的评标标准和方法对投标文件进行评审，评标委员会成员对需要共同认定的事项存在争议的，应当按照少数服从多数的原则作出结论，持不同意见的成员应当在评标报告上签署不同意见及理由。"
    static let third = "采购人应当自中标通知书发出之日起三十日内按照招标文件和中标人投标文件的规定与中标人签订书面合同，所签订的合同不得对招标文件确定的事项和中标人投标文件作实质性修改，合同签订后应当在指定媒体上公告。"

    @Test func wrappedCJKParagraphsWithoutBlankLinesAreJoined() {
        let lines = ["投标须知"] + Self.wrap(Self.first) + Self.wrap(Self.second) + Self.wrap(Self.third) + Self.wrap(Self.first)
        #expect(lines.count > 15)
        #expect(Self.paragraphs(lines) == ["投标须知", Self.first, Self.second, Self.third, Self.first])
    }

    @Test func headingsBetweenWrappedParagraphsStayHeadings() {
        let lines = ["第一章 总则"] + Self.wrap(Self.first)
            + ["一、适用范围"] + Self.wrap(Self.second)
            + ["（一）评标程序"] + Self.wrap(Self.third)
            + ["1.2 合同签订"] + Self.wrap(Self.first) + Self.wrap(Self.second)
        #expect(Self.paragraphs(lines) == [
            "第一章 总则", Self.first, "一、适用范围", Self.second, "（一）评标程序", Self.third,
            "1.2 合同签订", Self.first, Self.second,
        ])
    }

    /// Items that start with a label, and short lines, stay lines of their own even when the
    /// line before them runs to the wrap width.
    @Test func listItemsAndShortLinesAreNotJoined() {
        let intro = "投标人应当提交下列资格证明文件，资格证明文件不全或者不符合招标文件要求的，其投标无效，由此产生的一切后果由投标人自行承担"
        let items = ["1.营业执照副本", "2.财务状况报告", "（3）依法缴纳税收的证明", "①社会保障资金缴纳记录"]
        let lines = Self.wrap(Self.first) + Self.wrap(intro) + items + Self.wrap(Self.second) + ["联系人：王先生", "联系电话：12345678"] + Self.wrap(Self.third) + Self.wrap(Self.first)
        #expect(Self.wrap(intro).count == 2 && Self.wrap(intro)[1].count == 30)
        #expect(Self.paragraphs(lines) == [Self.first, intro] + items + [Self.second, "联系人：王先生", "联系电话：12345678", Self.third, Self.first])
    }

    /// A page number between two halves of a paragraph comes after the joined paragraph.
    @Test func aPageNumberInsideAParagraphFollowsIt() {
        var lines = Self.wrap(Self.first) + Self.wrap(Self.second) + Self.wrap(Self.third) + Self.wrap(Self.first)
        lines.insert("- 3 -", at: Self.wrap(Self.first).count + 2)
        #expect(Self.paragraphs(lines) == [Self.first, Self.second, "- 3 -", Self.third, Self.first])
    }

    /// A text of one paragraph per line, even lines of one length, keeps every line: its lines
    /// end sentences, where wrapped lines stop mid-sentence.
    @Test func oneLineParagraphsAreNotJoined() {
        let sentences = (0..<30).map { i in "第\(i % 10)批次的采购工作已经按照计划全部完成并通过了验收小组的检查。" }
        #expect(Self.paragraphs(sentences) == sentences)
        let varied = (0..<30).map { i in String(repeating: "项目", count: 5 + i % 17) + "已完成。" }
        #expect(Self.paragraphs(varied) == varied)
    }

    /// Lines of one width that never end a sentence are a list (names, places), not prose.
    @Test func aListOfEqualLinesIsNotJoined() {
        let names = (0..<30).map { i in "浙江省温岭市太平街道东门北路第\(10 + i)号综合楼" }
        #expect(Self.paragraphs(names) == names)
    }

    @Test func labelsAndPageNumbers() {
        for label in ["第一章投标邀请", "第 3 条", "一、总则", "（一）适用", "(2) 费用", "1.定义", "1.1 合同", "12、条款", "①其他", "★主要参数", "A.投资关系", "a) 支持", "注：本表"] {
            #expect(LineStart.hasLabel(label), "\(label)")
        }
        for text in ["第三人造成的违约", "一致的，以政采云系统", "2024 年6 月", "e.g. this", "标人编制投标文件"] {
            #expect(!LineStart.hasLabel(text), "\(text)")
        }
        for page in ["- 3 -", "— 12 —", "22", "第 3 页", "第3页 共12页", "3 / 12"] {
            #expect(LineStart.isPageNumber(page), "\(page)")
        }
        for text in ["2024 年5 月", "第三章", "- a -", "87.5"] {
            #expect(!LineStart.isPageNumber(text), "\(text)")
        }
    }

    /// 浙江政府采购 (real, taken out of a PDF): 91 lines `- 4 -` … `- 59 -`, which Markdown showed as
    /// bullets. They are left out with one note; a bare number may be a table's cell and stays;
    /// `--headers-footers` keeps them all.
    @Test func pageNumberLinesAreLeftOutWithANote() {
        let text = "第一章 总则\n- 3 -\n附件1\n第 4 页\n22\n附件2\n"
        let texts = { (doc: Document) in doc.blocks.compactMap { b -> String? in if case .paragraph(let p) = b { p.content.plainText } else { nil } } }
        let doc = TextReader().read(text: text)
        #expect(texts(doc) == ["第一章 总则", "附件1", "22", "附件2"])
        #expect(doc.warnings.map(\.code) == ["page-numbers"] && doc.warnings[0].severity == .info && doc.warnings[0].message.hasPrefix("2 page-number lines"))
        // What they said is kept: the line after one starts its page.
        #expect(doc.blocks.compactMap { b -> String? in if case .paragraph(let p) = b, p.hints.startsPage { p.content.plainText } else { nil } } == ["附件1", "22"])
        let kept = TextReader(keepPageNumbers: true).read(text: text)
        #expect(texts(kept) == ["第一章 总则", "- 3 -", "附件1", "第 4 页", "22", "附件2"] && kept.warnings.isEmpty)
    }

    /// The line after a page number (`- 68 -`, `第 3 页`) starts its page; after a number in
    /// a line of its own (a table's cell, as often as a page), or after a page number that
    /// stood inside a wrapped paragraph, nothing is said.
    @Test func theParagraphAfterAPageNumberStartsAPage() {
        func starts(_ lines: [String]) -> [String] {
            TextReader().read(text: lines.joined(separator: "\n")).blocks.compactMap { b -> String? in
                if case .paragraph(let p) = b, p.hints.startsPage { return p.content.plainText }
                return nil
            }
        }
        #expect(starts(["第一章 总则", "- 3 -", "附件1", "投标声明书", "第 4 页", "", "附件2", "22", "附件3"]) == ["附件1", "附件2"])
        var lines = Self.wrap(Self.first) + Self.wrap(Self.second) + Self.wrap(Self.third) + Self.wrap(Self.first)
        lines.insert("- 3 -", at: Self.wrap(Self.first).count + 2)
        #expect(Self.paragraphs(lines) == [Self.first, Self.second, "- 3 -", Self.third, Self.first])
        #expect(starts(lines).isEmpty)
        lines = Self.wrap(Self.first) + ["- 3 -"] + Self.wrap(Self.second) + Self.wrap(Self.third) + Self.wrap(Self.first)
        #expect(starts(lines) == [Self.second])
    }

}
