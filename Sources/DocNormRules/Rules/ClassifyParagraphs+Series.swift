import DocNormModel

extension ClassifyParagraphs {
    /// The numbered series among one parent's labels of one rank, in document order: a label
    /// continues the series whose last number is the closest below its own (`2.` after `1.`,
    /// `4.` after `2.` when the author skipped one, a repeated number after itself), preferring
    /// the series written in its own form and then the latest; a `1` starts a new series. So a
    /// letter's `1、…10、` inside the section of form `1.投标函` is a list of its own, and the
    /// forms `2.` `3.` after it go on with `1.投标函`. Each series is one list or one run of
    /// headings, decided by its own members.
    static func series(_ members: [Int], _ items: [Item]) -> [[Int]] {
        var runs: [[Int]] = []
        // Runs by the number they end with, so a label looks at a few numbers, not every run.
        var endingWith: [Int: [Int]] = [:]
        for i in members {
            guard let label = items[i].label else { continue }
            let n = label.number
            var chosen: Int?
            let below = n > 1 ? Array(stride(from: n - 1, through: max(1, n - maxSkip), by: -1)) : []
            for last in below + (n > 1 ? [n] : []) {
                guard let candidates = endingWith[last], !candidates.isEmpty else { continue }
                chosen = candidates.last { items[runs[$0].last!].label?.form == label.form } ?? candidates.last
                break
            }
            if let run = chosen {
                let last = items[runs[run].last!].label!.number
                // Usually the latest run ending there: looked for from the end.
                if let k = endingWith[last]?.lastIndex(of: run) { endingWith[last]?.remove(at: k) }
                runs[run].append(i)
                endingWith[n, default: []].append(run)
            } else {
                endingWith[n, default: []].append(runs.count)
                runs.append([i])
            }
        }
        return runs
    }

    /// Numbers an author skips between two labels of one series, at most.
    static let maxSkip = 10
}
