import Foundation

/// What a batch's reports did with their numbering: which form each rank was written in and
/// by how many reports, how many labels were rewritten, and which files had the most problems.
package final class NumberingReport: @unchecked Sendable {
    /// Warning codes that are problems with a report (not changes docnorm made).
    package static let problemCodes: Set<String> = [
        "number-skipped", "number-repeated", "number-restarted", "number-out-of-order", "mixed-forms",
        "half-width-brackets", "rank-inverted", "level-skipped", "too-deep", "unbalanced-brackets", "placeholder",
    ]

    private let lock = NSLock()
    private var forms: [String: [String: Int]] = [:]
    private var rewritten = 0
    private var reports = 0
    private var problems: [(file: String, count: Int)] = []

    package init() {}

    /// The forms a document's labels were written in, by rank name (`一、` at rank 2 …).
    package static func forms(in document: Document) -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        func add(_ label: NumberingLabel?) {
            guard let label, label.rank.isStructural else { return }
            out[label.rank.description, default: []].insert(label.form.description)
        }
        func visit(_ blocks: [Block]) {
            for b in blocks {
                switch b {
                case .heading(let h): add(h.label)
                case .list(let l): for item in l.items { add(item.label); visit(item.blocks) }
                default: break
                }
            }
        }
        visit(document.blocks)
        return out
    }

    package func add(file: String, document: Document) {
        let used = Self.forms(in: document)
        let count = document.warnings.filter { Self.problemCodes.contains($0.code) }.count
        let changed = document.warnings.filter { $0.code == "label-rewritten" }.count
        lock.lock()
        defer { lock.unlock() }
        reports += 1
        rewritten += changed
        for (rank, set) in used { for form in set { forms[rank, default: [:]][form, default: 0] += 1 } }
        if count > 0 { problems.append((file, count)) }
    }

    /// A few lines for people.
    package func text() -> String {
        lock.lock()
        defer { lock.unlock() }
        guard reports > 0 else { return "" }
        var out = "numbering in \(reports) report\(reports == 1 ? "" : "s"):\n"
        for rank in forms.keys.sorted(by: Self.rankOrder) where !rank.hasPrefix("L") {
            let used = forms[rank]!.sorted { $0.value > $1.value || $0.value == $1.value && $0.key < $1.key }
            // A form only one report uses is noise next to a batch's habits; counted, not listed.
            let shown = reports > 2 ? used.filter { $0.value > 1 } : used
            guard !shown.isEmpty else { continue }
            let others = used.count - shown.count
            out += "  \(Self.rankName(rank)): " + shown.map { "\(Self.example(of: $0.key, rank: rank)) in \($0.value)" }.joined(separator: ", ")
                + (others > 0 ? " (+\(others) form\(others == 1 ? "" : "s") in one report each)" : "") + "\n"
        }
        out += "  labels rewritten: \(rewritten)\n"
        if !problems.isEmpty {
            let worst = problems.sorted { $0.count > $1.count || $0.count == $1.count && $0.file < $1.file }.prefix(5)
            out += "  most problems: " + worst.map { "\($0.file) (\($0.count))" }.joined(separator: ", ") + "\n"
        }
        return out
    }

    /// The same as JSON values, for `check --format json`.
    package func summary() -> [String: Any] {
        lock.lock()
        defer { lock.unlock() }
        return [
            "reports": reports,
            "formsByRank": forms,
            "labelsRewritten": rewritten,
            "mostProblems": problems.sorted { $0.count > $1.count }.prefix(10).map { ["file": $0.file, "problems": $0.count] },
        ]
    }

    /// How a person names a rank: by its canonical label (`一、`, `（一）`, `1.1`).
    static func rankName(_ rank: String) -> String {
        let ranks: [LabelRank] = [.chapter, .section, .chineseNumber, .parenthesizedChinese, .arabic, .parenthesizedArabic, .circled]
        let names = ["第一章", "第一节", "一、", "（一）", "1.", "（1）", "①, a), 1)"]
        if let k = ranks.firstIndex(where: { $0.description == rank }) { return "\(names[k]) level" }
        // A Western outline's depth: its top level is not the `1.` under `（一）`.
        if rank.hasPrefix("W"), let depth = Int(rank.dropFirst()), depth > 0 {
            return depth == 1 ? "outline 1 level" : "\(Array(repeating: "1", count: depth).joined(separator: ".")) level"
        }
        return "rank \(rank)"
    }

    /// A form as a person reads it: an outline's form names its last number (`1.`), shown
    /// here with the numbers above it (`1.1.`).
    static func example(of form: String, rank: String) -> String {
        guard rank.hasPrefix("W"), let depth = Int(rank.dropFirst()), depth > 1 else { return form }
        return String(repeating: "1.", count: depth - 1) + form
    }

    static func rankOrder(_ a: String, _ b: String) -> Bool {
        func key(_ s: String) -> (Int, String) { (Int(s) ?? (s.hasPrefix("W") ? 10 : 20), s) }
        return key(a) < key(b)
    }
}
