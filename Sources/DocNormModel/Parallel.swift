import Dispatch

/// Work on the parts of one long document at the same time: the per-paragraph passes of the
/// text reader, the rules and the writers cut the paragraphs into consecutive parts, one per
/// thread, and put the results back in order, so the output is the same on any number of
/// threads. A document of fewer than `minimumPart` paragraphs per thread stays on one.
package enum Parallel {
    /// How many threads one document may use: 1 unless a caller says more
    /// (`ConversionOptions.threads`; the command line gives a file the cores its batch leaves it).
    @TaskLocal package static var threads = 1

    /// Below this many items a part is not worth a thread of its own.
    package static let minimumPart = 1024

    /// `0..<count` cut into consecutive parts of nearly equal size, as many as there are
    /// threads and parts of at least `minimum` items; one part for a short document.
    package static func parts(_ count: Int, minimum: Int = minimumPart) -> [Range<Int>] {
        let n = max(1, min(threads, count / max(1, minimum)))
        return (0..<n).map { k in count * k / n ..< count * (k + 1) / n }
    }

    /// `body` on each part, at the same time, and its results in the parts' order. Each call of
    /// `body` must touch only what belongs to its part.
    package static func map<T>(_ parts: [Range<Int>], _ body: (Range<Int>) -> T) -> [T] {
        if parts.count == 1 { return [body(parts[0])] }
        var results = [T?](repeating: nil, count: parts.count)
        results.withUnsafeMutableBufferPointer { out in
            let out = Unchecked(out)
            withoutActuallyEscaping(body) { body in
                let body = Unchecked(body)
                DispatchQueue.concurrentPerform(iterations: parts.count) { k in out.value[k] = body.value(parts[k]) }
            }
        }
        return results.map { $0! }
    }

    /// `body` on the parts of `0..<count`, as `map(parts(count), body)`.
    package static func map<T>(_ count: Int, minimum: Int = minimumPart, _ body: (Range<Int>) -> T) -> [T] {
        map(parts(count, minimum: minimum), body)
    }

    /// Changes every element of `array` in place, the parts at the same time. `body` sees one
    /// element and nothing else that another call changes.
    package static func forEach<E>(_ array: inout [E], minimum: Int = minimumPart, _ body: (inout E) -> Void) {
        let parts = parts(array.count, minimum: minimum)
        guard parts.count > 1 else {
            for i in array.indices { body(&array[i]) }
            return
        }
        array.withUnsafeMutableBufferPointer { buffer in
            let buffer = Unchecked(buffer)
            _ = map(parts) { part in
                for i in part { body(&buffer.value[i]) }
            }
        }
    }

    /// A value handed to the threads of `map`, each of which uses only its own part of it.
    private struct Unchecked<T>: @unchecked Sendable {
        let value: T
        init(_ value: T) { self.value = value }
    }
}
