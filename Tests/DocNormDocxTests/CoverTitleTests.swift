import DocNorm
@testable import DocNormReaders
import DocNormTestSupport
import Testing

/// Covers whose largest line is not the title: the kind of document, a 公文's 红头, the
/// buyer's name. Built from XML strings with sizes as real covers have them.
@Suite struct CoverTitleTests {
    func line(_ text: String, size: Int, centred: Bool = true, bold: Bool = false) -> String {
        sizedLine(text, size: size, centred: centred, bold: bold)
    }
    let body = "<w:p><w:r><w:rPr><w:sz w:val=\"24\"/></w:rPr><w:t>为全面提高保洁作业质量，确保项目承揽招投标工作公正、有序进行，招标人制订本招标文件。</w:t></w:r></w:p>"
        + "<w:p><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:r><w:t>第一章 招标公告</w:t></w:r></w:p>"
        + "<w:p><w:r><w:rPr><w:sz w:val=\"24\"/></w:rPr><w:t>本次招标采购项目的名称、项目编号如下所列，请各投标人仔细阅读并按要求递交投标文件。</w:t></w:r></w:p>"

    func title(_ cover: String) throws -> String? {
        try convertDocx(cover + body, styles: chineseStyles).metadata.title
    }

    @Test func theKindOfDocumentGivesWayToItsSubject() throws {
        // Set apart from the subject by an empty line, the kind labels the cover.
        #expect(try title(line("罗泾镇综合管理服务项目", size: 52) + p("") + line("竞 争 性 磋 商 文 件", size: 59, bold: true)) == "罗泾镇综合管理服务项目")
        #expect(try title(line("硕士学位论文", size: 72, bold: true) + line("（学术学位论文）", size: 44)
                           + line("平台反垄断监管对数字平台企业研发投入的影响研究", size: 44)) == "平台反垄断监管对数字平台企业研发投入的影响研究")
        // The buyer's name beside it is no subject: the kind stays the title.
        #expect(try title(line("招标文件", size: 84, bold: true) + line("（投标人盖章）", size: 28) + line("太平康复医院（上海）有限公司", size: 32, bold: true)) == "招标文件")
        // Alone, the kind is the title.
        #expect(try title(line("招标文件", size: 84, bold: true) + line("项目编号：2606029001", size: 30)) == "招标文件")
    }

    @Test func aKindSetStraightUnderItsSubjectEndsTheTitle() throws {
        let subject = "厦门国际银行股份有限公司上海分行2026年零售业务劳务外包服务人员采购项目"
        #expect(try title(line(subject, size: 44, bold: true) + line("招标文件", size: 70, bold: true) + line("项目编号：2606029001", size: 30))
                == subject + "招标文件")
        #expect(try title(line("&lt;基于PKI的二维码安全认证系统&gt;", size: 32, bold: true) + line("用户手册", size: 48, bold: true) + line("（V1.0）", size: 24))
                == "<基于PKI的二维码安全认证系统>用户手册")
        // A standard's name and its part designation, then `编制说明` right under them.
        let standard = line("NB/T 20442.6－2017", size: 32) + line("核电厂定期安全评价指南", size: 36)
            + line("第6部分：构筑物、系统和设备的实际状态", size: 36) + line("编制说明", size: 52) + line("（征求意见稿）", size: 28)
        #expect(try title(standard) == "核电厂定期安全评价指南 第6部分：构筑物、系统和设备的实际状态编制说明")
        // The kind above the subject stays out of it.
        #expect(try title(line("编制说明", size: 52) + line("核电厂定期安全评价 第12部分：设计", size: 36)) == "核电厂定期安全评价 第12部分：设计")
    }

    @Test func aTitleStyledKindUnderItsSubjectEndsTheTitle() throws {
        // A design document's cover: the system's name in a large line, right under it the
        // kind of document in a style based on Title.
        let styles = chineseStyles + "<w:style w:type=\"paragraph\" w:styleId=\"sub\"><w:name w:val=\"封面副标题\"/><w:basedOn w:val=\"a3\"/></w:style>"
        let kind = "<w:p><w:pPr><w:pStyle w:val=\"sub\"/><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"52\"/></w:rPr><w:t>详细设计说明书</w:t></w:r></w:p>"
        let cover = line("&lt; HeatPoint可视化系统&gt;", size: 72, bold: true) + kind
        #expect(try convertDocx(cover + body, styles: styles).metadata.title == "< HeatPoint可视化系统>详细设计说明书")
        // With an empty line between, the Title style alone names the document.
        #expect(try convertDocx(line("&lt; HeatPoint可视化系统&gt;", size: 72, bold: true) + p("") + kind + body, styles: styles).metadata.title == "详细设计说明书")
    }

    @Test func aSectionNameInDcTitleNamesNoDocument() throws {
        func core(_ title: String) -> [(String, String)] {
            [("docProps/core.xml", "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>\(title)</dc:title></cp:coreProperties>")]
        }
        let subject = "平台反垄断监管对数字平台企业研发投入的影响研究"
        let cover = line("硕士学位论文", size: 48, bold: true) + p("") + line(subject, size: 44) + line("摘要", size: 32, bold: true)
            + line("本文研究平台反垄断监管对数字平台企业研发投入的影响，并给出政策建议。", size: 24, centred: false)
        let normalizer = Normalizer(options: NormalizationOptions())
        #expect(normalizer.normalize(try readDocx(cover + body, styles: chineseStyles, extra: core("摘要"))).metadata.title == subject)
        // A dc:title that names the document still wins over the look.
        let small = line("硕士学位论文", size: 72, bold: true) + p("") + line(subject, size: 24, centred: false)
        #expect(normalizer.normalize(try readDocx(small + body, styles: chineseStyles, extra: core(subject))).metadata.title == subject)
    }

    @Test func aGongwenRedHeadIsNotItsTitle() throws {
        let cover = line("中共云岭市委办公室文件", size: 72) + line("云办发〔2026〕12号", size: 32) + line("关于做好2026年暑期新时代文明实践工作的通知", size: 44)
        #expect(try title(cover) == "关于做好2026年暑期新时代文明实践工作的通知")
        // Without sizes to compare, the first line is skipped for the same reason, and the
        // document number is a cover field.
        let plain = p("XXXX人民政府") + p("〔2020〕XX号") + p("[此处输入文件标题]") + p("[此处输入主送机关]：")
        #expect(try convertDocx(plain, styles: chineseStyles).metadata.title == "[此处输入文件标题]")
    }

    @Test func aTitleStyleAfterNumberedSectionsNamesABoxNotTheDocument() throws {
        let sections = p("1.\tIntroduction", style: "1") + p("This report accompanies the report of the group.")
        let box = p("Box 1: Some proposed definitions", style: "a3") + p("The set of shared rules and procedures.")
        #expect(try convertDocx(p("BACKGROUND REPORT") + sections + box, styles: chineseStyles).metadata.title == nil)
        // Before the first section the style names the document, wherever the cover puts it.
        #expect(try convertDocx(p("June 2005") + p("Background Report", style: "a3") + sections, styles: chineseStyles).metadata.title == "Background Report")
    }
}
