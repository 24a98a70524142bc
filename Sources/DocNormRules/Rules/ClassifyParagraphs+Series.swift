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
            // The run it continues, and the number that run ends with.
            var chosen: (run: Int, end: Int)?
            for back in continuationSteps where n > 1 && n - back >= 1 {
                guard let candidates = endingWith[n - back], let last = candidates.last else { continue }
                chosen = (candidates.last { items[runs[$0].last!].label?.form == label.form } ?? last, n - back)
                break
            }
            if case let (run, end)? = chosen {
                // Usually the latest run ending there: looked for from the end.
                if let k = endingWith[end]?.lastIndex(of: run) { endingWith[end]?.remove(at: k) }
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
    /// How far below a label's number the series it continues may end, nearest first; a
    /// repeated number (0) last.
    static let continuationSteps = Array(1...maxSkip) + [0]
}
