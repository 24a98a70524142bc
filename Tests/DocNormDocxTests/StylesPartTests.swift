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
}
