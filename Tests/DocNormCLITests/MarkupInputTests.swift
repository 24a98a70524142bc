import DocNormTestSupport
import Foundation
import Testing

/// Markdown and HTML inputs on the built binary: detection by extension, -f md|html,
/// directories walked for them.
@Suite struct MarkupInputTests {
    func docnorm(_ args: [String], stdin: Data? = nil, in dir: URL? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        try TestSupport.run(CLITests.binary, args, stdin: stdin, currentDirectory: dir)
    }

    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docnorm-markup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    let markdown = "# 述职报告\n\n## (一)加强学习\n\n正文，\n接上。\n\n## 二、 改进作风\n\n1. 第一项\n2. 第二项\n"

    @Test func markdownToAnHTMLFile() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(markdown.utf8).write(to: dir.appendingPathComponent("a.md"))
        let r = try docnorm(["convert", "a.md", "-o", "a.html"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOf: dir.appendingPathComponent("a.html"), encoding: .utf8)
        #expect(html.contains("<title>述职报告</title>"))
        #expect(html.contains("<h2 id=\"s1\"><span class=\"label\">（一）</span>加强学习</h2>"))
        #expect(html.contains("<p>正文，接上。</p>"))
        #expect(html.contains("<li><span class=\"label\">2.</span>第二项</li>"))
    }

    @Test func htmlFromStandardInput() throws {
        let page = "<html><head><title>报告</title><script>x()</script></head><body><h1>报告</h1><h2>一、成效</h2><p>正文<a href=\"javascript:x()\">链接</a>。</p></body></html>"
        let r = try docnorm(["convert", "-", "-f", "html", "-t", "md"], stdin: Data(page.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "# 报告\n\n## 一、成效\n\n正文链接。\n")
        // Without -f the same bytes are plain text.
        let plain = try docnorm(["convert", "-", "-t", "txt"], stdin: Data(page.utf8))
        #expect(plain.stdout.contains("<h1>"))
    }

    @Test(arguments: ["md", "markdown", "html", "htm"])
    func detectedByExtension(ext: String) throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let body = ext.hasPrefix("htm") ? "<h1>报告</h1><h2>一、成效</h2><p>正文。</p>" : "# 报告\n\n## 一、成效\n\n正文。\n"
        try Data(body.utf8).write(to: dir.appendingPathComponent("r." + ext))
        let r = try docnorm(["outline", "r." + ext], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("# 报告\n## 一、成效\n"))
    }

    @Test func directoriesAreWalkedForMarkdownAndHTML() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in/sub")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data("# A\n\n## 一、甲\n".utf8).write(to: input.appendingPathComponent("a.md"))
        try Data("<h1>B</h1><h2>一、乙</h2>".utf8).write(to: input.appendingPathComponent("b.htm"))
        try Data("ignored".utf8).write(to: input.appendingPathComponent("c.pdf"))
        let r = try docnorm(["convert", "in", "-o", "out", "-t", "txt"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("out/sub/a.txt"), encoding: .utf8) == "A\n一、甲\n")
        #expect(try String(contentsOf: dir.appendingPathComponent("out/sub/b.txt"), encoding: .utf8) == "B\n一、乙\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/sub/c.txt").path))
    }

    @Test func helpNamesTheInputs() throws {
        let r = try docnorm(["convert", "--help"])
        let flat = r.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("(values: txt, docx, md, html)"))
        #expect(flat.contains("Inputs: .txt, .docx, .md/.markdown (read by cmark-gfm) and .html/.htm"))
    }
}
