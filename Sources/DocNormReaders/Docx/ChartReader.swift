import DocNormModel

/// A chart part (`word/charts/chartN.xml`): its title and the values Word cached when the
/// document was saved, which are what the chart shows. The embedded workbook is never opened.
struct ChartData: Sendable, Equatable {
    struct Series: Sendable, Equatable {
        var name: String
        var values: [String]
    }
    var title: String?
    /// The first kind of plot (`bar`, `pie`, `scatter`, …).
    var kind: String?
    var categories: [String]
    var series: [Series]

    /// Reads a `c:chartSpace` root; a part without a chart is an empty one.
    init(_ root: XMLElement) {
        let chart = root.first("c:chart")
        let plots = chart?.first("c:plotArea")?.elements.filter { $0.name.hasSuffix("Chart") } ?? []
        kind = plots.first.map { String($0.name.dropFirst(2).dropLast(5)).split(separator: "3D").joined() }
        categories = []
        series = []
        for plot in plots {
            for ser in plot.all("c:ser") {
                let name = ser.first("c:tx").map { Self.strings(in: $0).first ?? "" } ?? ""
                if categories.isEmpty, let cat = ser.first("c:cat") ?? ser.first("c:xVal") { categories = Self.strings(in: cat) }
                let values = (ser.first("c:val") ?? ser.first("c:yVal")).map(Self.strings) ?? []
                series.append(Series(name: name, values: values))
            }
        }
        title = chart.flatMap(Self.title)
        // An empty title element shows the only series' name, as Word draws it.
        if title == nil, chart?.first("c:title") != nil, chart?.first("c:autoTitleDeleted")?.attribute("val") != "1",
           series.count == 1, !series[0].name.isEmpty {
            title = series[0].name
        }
    }

    static func title(_ chart: XMLElement) -> String? {
        guard let t = chart.first("c:title")?.first("c:tx") else { return nil }
        let text: String
        if let rich = t.first("c:rich") {
            text = rich.all("a:p").map { p in p.all("a:r").map { $0.first("a:t")?.text ?? "" }.joined() }
                .filter { !$0.isEmpty }.joined(separator: " ")
        } else {
            text = strings(in: t).joined(separator: " ")
        }
        let trimmed = text.trimmingCharacters(in: " \n\t")
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The cached points of a data reference or literal, by index, formatted as shown: text
    /// (`c:strCache`, `c:strLit`), numbers (`c:numCache`, `c:numLit`, with their format code),
    /// or the innermost level of multi-level categories. A point the cache leaves out is empty.
    static func strings(in e: XMLElement) -> [String] {
        var stack = [e]
        while let top = stack.popLast() {
            for child in top.elements {
                switch child.name {
                case "c:strCache", "c:strLit", "c:numCache", "c:numLit":
                    return points(child, format: child.first("c:formatCode")?.text)
                case "c:multiLvlStrCache":
                    return child.first("c:lvl").map { points($0, format: nil) } ?? []
                case "c:v":
                    if top.name == "c:tx" { return [child.text] }
                default:
                    stack.append(child)
                }
            }
        }
        return []
    }

    /// As many points as the cache holds up to its last index (`c:ptCount` is a claim, and
    /// a value missing at the end is an empty cell anyway).
    static func points(_ cache: XMLElement, format: String?) -> [String] {
        let pts = cache.all("c:pt")
        var indexed: [(Int, String)] = []
        var top = -1
        for pt in pts {
            guard let i = pt.attribute("idx").flatMap({ Int($0) }), i >= 0, i < 1_000_000 else { continue }
            let raw = pt.first("c:v")?.text ?? ""
            let code = pt.attribute("formatCode") ?? format
            indexed.append((i, code.map { ChartNumberFormat.format(raw, code: $0) } ?? raw))
            top = max(top, i)
        }
        guard top >= 0 else { return [] }
        var out = Array(repeating: "", count: top + 1)
        for (i, v) in indexed { out[i] = v }
        return out
    }

    /// `Chart: <title>`, or `Chart` alone, in italics: what says a chart stood here.
    static func caption(_ title: String?) -> Block {
        .paragraph(Paragraph(content: [.emphasis([.text(title.map { "Chart: " + $0 } ?? "Chart")])]))
    }

    /// The chart as Word's readers see it: a caption that says it is a chart, then its values
    /// as a table, categories down and series across. A chart with no cached values is the
    /// caption alone.
    var blocks: [Block] {
        var out: [Block] = [Self.caption(title)]
        let rows = max(categories.count, series.map(\.values.count).max() ?? 0)
        guard rows > 0, !series.isEmpty else { return out }
        func cell(_ s: String) -> TableCell { TableCell(blocks: s.isEmpty ? [] : [.paragraph(Paragraph(content: [.text(s)]))]) }
        var table = Table(rows: [TableRow(cells: [cell("")] + series.map { cell($0.name) }, isHeader: true)])
        for i in 0..<rows {
            let category = i < categories.count && !categories[i].isEmpty ? categories[i] : String(i + 1)
            table.rows.append(TableRow(cells: [cell(category)] + series.map { cell(i < $0.values.count ? $0.values[i] : "") }))
        }
        out.append(.table(table))
        return out
    }
}
