import DocNorm
@testable import DocNormRules
import DocNormTestSupport
import Testing

/// The line that opens an attachment of a Chinese tender or contract (STRUCTURE.md §4).
@Suite struct AttachmentHeadingsTests {
    func line(_ text: String, size: Int = 21, bold: Bool = false, centered: Bool = false) -> String {
        let pPr = centered ? "<w:jc w:val=\"center\"/>" : ""
        return "<w:p><w:pPr>\(pPr)</w:pPr><w:r><w:rPr>\(bold ? "<w:b/>" : "")<w:sz w:val=\"\(size)\"/></w:rPr><w:t>\(text)</w:t></w:r></w:p>"
    }
    var text: String { line("本合同一式两份，甲乙双方各执一份，具有同等法律效力，自双方签字盖章之日起生效。") }

    @Test func anAttachmentsLineSetApartIsAHeading() throws {
        let body = line("服务合同", size: 44, bold: true, centered: true) + text
            + line("附件 1：供方廉洁诚信承诺书", size: 28) + text + line("附件——投标保证金银行保函格式", bold: true) + text
            + line("附件2：工作任务") + text
        let outline = Outline.render(try convertDocx(body, styles: chineseStyles))
        #expect(outline.contains("附件 1：供方廉洁诚信承诺书\n") && outline.contains("附件——投标保证金银行保函格式\n"), "\(outline)")
        // In the body's own look it is text.
        #expect(!outline.contains("工作任务"))
    }

    @Test func theNextOfAnAttachmentsSeriesGoesOnFromItInAnyLook() throws {
        // 宝山区 (real): `附表 1：资格性审查表` starts its page; `附表2：符合性审查表` and `附表3：投标评分细则`,
        // in the body's look, follow the tables before them.
        let page = "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
        let body = line("服务合同", size: 44, bold: true, centered: true) + text + page
            + line("附表 1：资格性审查表") + text + line("附表2：符合性审查表") + text + line("附表3：投标评分细则") + text
            + line("附表5：不在此列") + text + line("附件2：工作任务") + text
        let outline = Outline.render(try convertDocx(body, styles: chineseStyles))
        for name in ["附表 1：资格性审查表\n", "附表2：符合性审查表\n", "附表3：投标评分细则\n"] { #expect(outline.contains(name), "\(outline)") }
        // A number that skips, or another word, is no next one.
        #expect(!outline.contains("不在此列") && !outline.contains("工作任务"), "\(outline)")
        #expect(AttachmentHeadings.number("附件十二：声明")! == ("附件", 12))
        #expect(AttachmentHeadings.number("附表２：表")! == ("附表", 2))
        #expect(AttachmentHeadings.number("附件1-2 价格构成表") == nil)
    }

    @Test func aNameBrokenOverTwoLinesOfOneLookIsOne() throws {
        // 罗泾镇 (real): `附件九` over `参加政府采购活动前三年内在经营活动中没有重大违法记录的书面` / `声明`,
        // both bold in 14 pt; a remark in brackets under a name stays apart.
        let body = line("服务合同", size: 44, bold: true, centered: true) + text
            + line("附件九") + line("参加政府采购活动前三年内在经营活动中没有重大违法记录的书面", size: 28, bold: true)
            + line("声明", size: 28, bold: true) + text
            + line("附件五") + line("供应商最终报价承诺书", size: 28, bold: true) + line("(第____次报价书)", size: 28, bold: true) + text
        let outline = Outline.render(try convertDocx(body, styles: chineseStyles))
        #expect(outline.contains("附件九 参加政府采购活动前三年内在经营活动中没有重大违法记录的书面声明\n"), "\(outline)")
        #expect(outline.contains("附件五 供应商最终报价承诺书\n"), "\(outline)")
    }

    @Test func aLabelLineAndTheNameAfterItAreOneHeading() throws {
        let body = line("服务合同", size: 44, bold: true, centered: true) + text
            + line("附件一：") + line("磋商响应声明", size: 28, bold: true, centered: true) + text
            + line("附件五", bold: true) + line("供应商最终报价承诺书", bold: true) + text
        let outline = Outline.render(try convertDocx(body, styles: chineseStyles))
        #expect(outline.contains("附件一：磋商响应声明\n") && outline.contains("附件五 供应商最终报价承诺书\n"), "\(outline)")
    }

    @Test func theFirstLineOfAPageReadsAsAnAttachmentsLine() throws {
        // Set like the body, but each on a page of its own: after a page break, after a
        // section break, and with pageBreakBefore.
        let pageBreak = "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
        let sectionBreak = "<w:p><w:pPr><w:sectPr/></w:pPr></w:p>"
        let body = line("服务合同", size: 44, bold: true, centered: true) + text
            + pageBreak + line("附件一：") + line("磋商响应声明") + text
            + text + sectionBreak + line("附件二：法定代表人资格证明") + text
            + "<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>附件三</w:t></w:r></w:p>" + line("报价一览表") + text
            + line("附件四：") + line("报价明细表") + text
        let outline = Outline.render(try convertDocx(body, styles: chineseStyles))
        #expect(outline.contains("附件一：磋商响应声明\n") && outline.contains("附件二：法定代表人资格证明\n")
                && outline.contains("附件三 报价一览表\n"), "\(outline)")
        // Mid-page and in the body's look, it is text.
        #expect(!outline.contains("附件四"), "\(outline)")
    }

    @Test func anAttachmentRightAfterItsChaptersHeadingIsItsFirst() throws {
        // 罗泾镇's 第六章 opens with `附件一：` over `磋商响应声明`, both set like the body.
        let body = line("服务合同", size: 44, bold: true, centered: true) + text
            + line("第六章 响应文件组成", size: 31, bold: true) + line("附件一：") + line("磋商响应声明") + text
            + text + line("附件四：") + line("报价明细表") + text
        let outline = Outline.render(try convertDocx(body, styles: chineseStyles))
        #expect(outline.contains("附件一：磋商响应声明\n"), "\(outline)")
        #expect(!outline.contains("附件四"), "\(outline)")
    }

    @Test func inTextFromAPDFAnAttachmentStartsAfterThePageNumber() throws {
        let pages = "第六章 投标文件格式\n\n本章给出投标文件的格式。\n- 68 -\n附件1\n投标声明书\n我公司自愿参加贵方组织的招标。\n- 69 -\n"
            + "附件2\n授权委托书\n本授权书声明：我方授权下列人员。\n附件3\n承诺书\n我方承诺如下。\n"
        let doc = Normalizer().normalize(TextReader().read(text: pages))
        let outline = Outline.render(doc)
        #expect(outline.contains("附件1 投标声明书\n") && outline.contains("附件2 授权委托书\n"), "\(outline)")
        #expect(!outline.contains("附件3"), "\(outline)")
    }

    @Test func aFormsTitleIsAHeadingAndACaptionIsNot() throws {
        // PCMET's 附件13: the list of its forms, then each form under its centred bold title.
        let table = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>股东名称</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>出资比例</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        let body = line("服务合同", size: 44, bold: true, centered: true) + text
            + line("附件13 投标人的资格证明文件", size: 30, bold: true) + line("表1  法定代表人授权书；") + line("表2  主要股东或出资人信息；")
            + line("表1法定代表人授权书", bold: true, centered: true) + text
            + line("表2  主要股东或出资人信息", bold: true, centered: true) + table + text
            + line("附表 1：资格性审查表", bold: true) + text
        let outline = Outline.render(try convertDocx(body, styles: chineseStyles))
        #expect(outline.contains("表1法定代表人授权书\n") && outline.contains("表2  主要股东或出资人信息\n")
                && outline.contains("附表 1：资格性审查表\n"), "\(outline)")
        #expect(!outline.contains("；"), "\(outline)")
        // A thesis's captions: its 表N lines stand over tables.
        let thesis = line("论文题目", size: 44, bold: true, centered: true) + text
            + line("表1 实验结果", bold: true, centered: true) + table + text + line("表2 参数设置", bold: true, centered: true) + table + text
        #expect(!Outline.render(try convertDocx(thesis, styles: chineseStyles)).contains("表"))
    }

    @Test func anAttachmentGoesInsideTheLatestChapter() throws {
        // Word's levels on the first chapter only (交通银行's 第一章 in outline level 1); the
        // attachment after the typed 第六章 goes inside 第六章, not under Word's last heading.
        let body = line("服务合同", size: 44, bold: true, centered: true) + text
            + "<w:p><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>第一章 采购邀请</w:t></w:r></w:p>" + text
            + line("一、项目概况", bold: true) + text
            + "<w:p><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>项目背景</w:t></w:r></w:p>" + text
            + line("二、资格要求", bold: true) + text
            + line("第六章 合同条款", bold: true) + text + line("附件 1：供方廉洁诚信承诺书", size: 28) + text
        let outline = Outline.render(try convertDocx(body, styles: chineseStyles))
        #expect(outline.hasSuffix("## 第六章 合同条款\n### 附件 1：供方廉洁诚信承诺书\n"), "\(outline)")
    }

    @Test func aListOfAttachmentsIsNoHeading() throws {
        // A contract names its attachments one after the other, in a larger size.
        let body = line("服务合同", size: 44, bold: true, centered: true) + text
            + line("附件1：库内保洁内容及质量标准", size: 28) + line("附件2：廉政协议", size: 28) + line("附件3：安全协议", size: 28) + text
            + line("附件材料清单", bold: true) + text
        let outline = Outline.render(try convertDocx(body, styles: chineseStyles))
        #expect(!outline.contains("附件"), "\(outline)")
    }
}
