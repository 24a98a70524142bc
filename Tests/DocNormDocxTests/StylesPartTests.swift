@testable import DocNormReaders
import Testing

@Suite struct StylesPartTests {
    @Test func headingsByNameWhateverTheStyleId() throws {
        let styles = StylesPart(try xml("<w:styles>\(chineseStyles)</w:styles>"))
        #expect(styles.resolve(paragraphStyle: "1").headingLevel == 1)
        #expect(styles.resolve(paragraphStyle: "3").headingLevel == 3)
        #expect(styles.resolve(paragraphStyle: "10").headingLevel == 1)   // 标题 1
        #expect(styles.resolve(paragraphStyle: "a3").isTitle)
        #expect(styles.resolve(paragraphStyle: "a").headingLevel == nil)
    }

    @Test func inheritanceThroughBasedOn() throws {
        let styles = StylesPart(try xml("<w:styles>\(chineseStyles)</w:styles>"))
        let custom = styles.resolve(paragraphStyle: "MyHeading")
        #expect(custom.headingLevel == 2)
        #expect(custom.outlineLevel == 1)
        #expect(styles.resolve(paragraphStyle: nil).headingLevel == nil)  // default style
    }

    @Test func aStylesPageBreakIsInherited() throws {
        let styles = StylesPart(try xml("""
            <w:styles><w:style w:type="paragraph" w:styleId="Att"><w:name w:val="Attachment"/><w:pPr><w:pageBreakBefore/></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Att2"><w:name w:val="Attachment 2"/><w:basedOn w:val="Att"/></w:style>
            <w:style w:type="paragraph" w:styleId="Off"><w:name w:val="No break"/><w:basedOn w:val="Att"/><w:pPr><w:pageBreakBefore w:val="0"/></w:pPr></w:style></w:styles>
            """))
        #expect(styles.resolve(paragraphStyle: "Att2").pageBreakBefore)
        #expect(!styles.resolve(paragraphStyle: "Off").pageBreakBefore)
        #expect(!styles.resolve(paragraphStyle: nil).pageBreakBefore)
    }

    @Test func cyclesAreCut() throws {
        let styles = StylesPart(try xml("""
            <w:styles><w:style w:type="paragraph" w:styleId="A"><w:name w:val="A"/><w:basedOn w:val="B"/></w:style>
            <w:style w:type="paragraph" w:styleId="B"><w:name w:val="B"/><w:basedOn w:val="A"/></w:style></w:styles>
            """))
        #expect(styles.chain("A").map(\.id) == ["A", "B"])
    }

    @Test(arguments: [("heading 1", 1), ("Heading 2", 2), ("heading3", 3), ("标题 4", 4), ("标题5", 5), ("Title", nil), ("标题", nil), ("heading 10", nil)])
    func headingLevelFromName(name: String, level: Int?) {
        #expect(StylesPart.headingLevel(StylesPart.normalizedName(name)) == level)
    }

    @Test func characterStyleFormatting() throws {
        let styles = StylesPart(try xml("<w:styles>\(chineseStyles)</w:styles>"))
        #expect(styles.characterFormatting("Strong").bold == true)
    }

    /// styles.xml and numbering.xml are read child by child; the parts built that way are the
    /// ones built from the whole tree.
    @Test func partsReadChildByChildAsWhole() throws {
        let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        let text = "<?xml version=\"1.0\"?><w:styles \(w)><w:docDefaults/>\(chineseStyles)<w:latentStyles><w:lsdException w:name=\"Normal\"/></w:latentStyles><w:otherChild/></w:styles>"
        var names: [String] = []
        var streamed = StylesPart()
        #expect(XMLParser.eachChild(Array(text.utf8)) { names.append($0.name); streamed.add($0) })
        let whole = StylesPart(try xml(text))
        // Latent styles are never read: left out, as layout is.
        #expect(names.first == "w:docDefaults" && names.last == "w:otherChild" && names.filter { $0 == "w:style" }.count == 8)
        #expect(!names.contains("w:latentStyles"))
        #expect(streamed.styles.keys.sorted() == whole.styles.keys.sorted())
        for id in whole.styles.keys {
            #expect(streamed.resolve(paragraphStyle: id).headingLevel == whole.resolve(paragraphStyle: id).headingLevel)
        }
        #expect(streamed.defaultParagraphStyle == "a")

        let numbering = """
            <w:numbering \(w)><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>
            <w:num w:numId="5"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num></w:numbering>
            """
        var part = NumberingPart()
        #expect(XMLParser.eachChild(Array(numbering.utf8)) { part.add($0) })
        #expect(part.abstracts[0]?.levels[0]?.start == 3 && part.abstracts[0]?.levels[0]?.text == "%1、")
        #expect(part.instances[5]?.abstractID == 0 && part.instances[5]?.startOverrides[0] == 7)
    }

    @Test func partsWithADTDOrBrokenXMLAreLeftToTheWholeRead() throws {
        let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        #expect(!XMLParser.eachChild(Array("<!DOCTYPE w:styles><w:styles \(w)>\(chineseStyles)</w:styles>".utf8)) { _ in })
        #expect(!XMLParser.eachChild(Array("<w:styles \(w)>\(chineseStyles)<w:style w:styleId=\"x\">".utf8)) { _ in })
        #expect(!XMLParser.eachChild([]) { _ in })
        // A broken styles.xml: what can be recovered is read, with a warning.
        let doc = try readDocx(p("一、总体情况", style: "1"), styles: chineseStyles + "<w:style w:styleId=\"x\"><w:name w:val=\"x\"/>")
        #expect(paragraphs(doc).first?.hints.styleHeadingLevel == 1)
        #expect(doc.warnings.contains { $0.code == "malformed-xml" && $0.message.contains("word/styles.xml") })
    }
}

/// A style that sets only its list level takes the list from the style it is based on; the
/// nearer level wins (Word shows 2.1.1 there, not 2.2).
@Suite struct InheritedNumberingTests {
    @Test func aLevelOnlyStyleKeepsItsLevel() throws {
        let styles = chineseStyles + """
            <w:style w:type="paragraph" w:styleId="15"><w:name w:val="标题2级"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="19"><w:name w:val="标题3级"/><w:basedOn w:val="15"/><w:pPr><w:numPr><w:ilvl w:val="2"/></w:numPr></w:pPr></w:style>
            """
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3."/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """
        let num0 = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
        let body = p("概述", style: "1", pPr: num0) + p("产品概述", style: "15") + p("产品背景", style: "19") + p("业务需求", style: "19") + p("产品功能", style: "15")
        let doc = try readDocx(body, styles: styles, numbering: numbering)
        #expect(paragraphs(doc).map { $0.hints.automaticNumbering?.text ?? "" } == ["1.", "1.1.", "1.1.1.", "1.1.2.", "1.2."])
    }
}

/// A list that starts at its second level: Word takes the first level as used once, so the
/// next first-level paragraph is 2. Two real 需求规格说明书 (ShiliXu1997/EContract) show it:
/// their own table of contents, Word's rendering, lists 6.1 where counting only the
/// first-level paragraphs gives 5.1.
@Suite struct ImplicitHigherLevelTests {
    @Test func aListStartingAtItsSecondLevel() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """
        let num = { (level: Int) in "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"1\"/></w:numPr>" }
        let body = p("术语", pPr: num(1)) + p("参考资料", pPr: num(1)) + p("需求", pPr: num(0)) + p("运行环境", pPr: num(1))
        let doc = try readDocx(body, numbering: numbering)
        #expect(paragraphs(doc).map { $0.hints.automaticNumbering?.text ?? "" } == ["1.1.", "1.2.", "2.", "2.1."])
    }

    /// SEUThesis (real): chapters `第%1章` at level 0, figure captions `图%1-%4` at level 3 and
    /// table captions `表%1-%5` at level 4, both restarting with the chapter only. Word's own
    /// list of figures shows 图1-1 for the chapter's first figure, after a table: a level the
    /// table's text does not show is not used by it.
    @Test func aLevelTheTextDoesNotShowIsNotUsed() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="第%1章"/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
            <w:lvl w:ilvl="3"><w:start w:val="1"/><w:lvlRestart w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="图%1-%4"/></w:lvl>
            <w:lvl w:ilvl="4"><w:start w:val="1"/><w:lvlRestart w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="表%1-%5"/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """
        let num = { (level: Int) in "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"1\"/></w:numPr>" }
        let body = p("模板简介", pPr: num(0)) + p("来源", pPr: num(1)) + p("支持的自动化格式", pPr: num(4)) + p("设置标题样式", pPr: num(3))
            + p("如何使用", pPr: num(1)) + p("插入图片流程", pPr: num(3)) + p("其他常见问题", pPr: num(0)) + p("使页面垂直居中", pPr: num(3))
        let doc = try readDocx(body, numbering: numbering)
        #expect(paragraphs(doc).map { $0.hints.automaticNumbering?.text ?? "" } == ["第1章", "1.1", "表1-1", "图1-1", "1.2", "图1-2", "第2章", "图2-1"])
    }
}

/// An empty numbered paragraph that only carries a section break is not counted (a real
/// thesis template, xju-thesis-md2docx, whose own TOC shows 1 绪论 after such a paragraph);
/// an empty numbered paragraph without one is.
@Suite struct SectionBreakNumberingTests {
    @Test func aSectionBreakParagraphIsNotCounted() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """
        let num = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
        let body = "<w:p><w:pPr>\(num)<w:sectPr><w:pgSz w:w=\"11907\" w:h=\"16840\"/></w:sectPr></w:pPr></w:p>"
            + p("绪论", pPr: num) + "<w:p><w:pPr>\(num)</w:pPr></w:p>" + p("结论", pPr: num)
        let doc = try readDocx(body, numbering: numbering)
        #expect(paragraphs(doc).compactMap { $0.hints.automaticNumbering?.text } == ["1.", "2.", "3."])
        #expect(paragraphs(doc).filter { $0.hints.automaticNumbering != nil }.map(\.content.plainText) == ["绪论", "", "结论"])
    }
}

@Suite struct HeadingStyleNameTests {
    @Test func chineseNamesWithLevelSuffix() {
        #expect(StylesPart.headingLevel("标题2级") == 2)
        #expect(StylesPart.headingLevel("标题 3 级") == 3)
        #expect(StylesPart.headingLevel("标题") == nil)
        #expect(StylesPart.headingLevel("heading 4") == 4)
    }
}
