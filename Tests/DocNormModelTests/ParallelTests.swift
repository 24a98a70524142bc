import DocNormModel
import Testing

/// The parts cover every index once, in order, and results come back in the parts' order
/// whatever the number of threads.
@Suite struct ParallelTests {
    @Test(arguments: [1, 2, 3, 4, 7])
    func partsCoverEveryIndexOnceInOrder(threads: Int) {
        Parallel.$threads.withValue(threads) {
            for count in [0, 1, 5, 1023, 1024, 2047, 2048, 5000, 100_003] {
                let parts = Parallel.parts(count)
                #expect(parts.first?.lowerBound == 0 && parts.last?.upperBound == count, "\(count)")
                #expect(zip(parts, parts.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
                // Never more parts than threads, nor parts below the minimum (one for a short list).
                #expect(parts.count == max(1, min(threads, count / Parallel.minimumPart)), "\(count) on \(threads)")
                #expect(parts.count == 1 || parts.allSatisfy { $0.count >= Parallel.minimumPart })
            }
        }
    }

    @Test func oneThreadUnlessSaid() {
        #expect(Parallel.threads == 1)
        #expect(Parallel.parts(1_000_000) == [0..<1_000_000])
    }

    @Test(arguments: [1, 2, 4])
    func resultsComeBackInOrder(threads: Int) {
        let numbers = Array(0..<10_000)
        let sums = Parallel.$threads.withValue(threads) {
            Parallel.map(numbers.count, minimum: 100) { part in (part, part.reduce(0) { $0 + numbers[$1] }) }
        }
        #expect(sums.count == threads)
        #expect(sums.map(\.0.lowerBound) == sums.map(\.0.lowerBound).sorted())
        #expect(sums.reduce(0) { $0 + $1.1 } == numbers.reduce(0, +))
        var squares = numbers
        Parallel.$threads.withValue(threads) { Parallel.forEach(&squares, minimum: 100) { $0 = $0 * $0 } }
        #expect(squares == numbers.map { $0 * $0 })
    }
}
