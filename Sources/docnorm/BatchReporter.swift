import DocNorm
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a batch shows on stderr: a progress line (in place on a terminal, periodic plain
/// lines otherwise), one line per failure, and a summary at the end.
final class BatchReporter: @unchecked Sendable {
    enum Verbosity { case quiet, normal, verbose }

    private let lock = NSLock()
    private let total: Int
    private let verbosity: Verbosity
    private let terminal: Bool
    private let colour: Bool
    private let start = Date()
    private var converted = 0
    private var skipped = 0
    private var failed: [ConversionError] = []
    private var warnings = 0
    private var lastPlain = Date.distantPast
    private var progressShown = false
    private var timer: DispatchSourceTimer?

    init(total: Int, verbosity: Verbosity) {
        self.total = total
        self.verbosity = verbosity
        terminal = isatty(STDERR_FILENO) == 1
        colour = terminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    var done: Int { converted + skipped + failed.count }
    var failures: Int { lock.lock(); defer { lock.unlock() }; return failed.count }

    func startProgress() {
        guard verbosity != .quiet, total > 1 else { return }
        let t = DispatchSource.makeTimerSource(queue: .global())
        t.schedule(deadline: .now() + 0.2, repeating: terminal ? 0.2 : 1.0)
        t.setEventHandler { [weak self] in self?.tick() }
        t.resume()
        timer = t
    }

    func record(_ result: Batch.Result) {
        lock.lock()
        defer { lock.unlock() }
        switch result.status {
        case .converted: converted += 1
        case .skipped: skipped += 1
        case .failed: if let e = result.error { failed.append(e) }
        }
        // Information (a label written in the house form, a table of contents set aside) is
        // shown with -v but is not counted as a warning.
        warnings += result.warnings.filter { $0.severity != .info }.count
        if let e = result.error { emit(e.description) }
        if verbosity == .verbose {
            if result.status != .failed { emit("\(result.input.displayName): \(result.status.rawValue) (\(result.milliseconds) ms)") }
            for w in result.warnings { emit("\(result.input.displayName): \(w)") }
        }
    }

    func errorLine(_ e: ConversionError) {
        lock.lock()
        defer { lock.unlock() }
        failed.append(e)
        emit(e.description)
    }

    /// A line on stderr, clearing the progress line first so they do not mix.
    private func emit(_ line: String) {
        var text = line + "\n"
        if progressShown && terminal { text = "\r\u{1B}[2K" + text; progressShown = false }
        FileHandle.standardError.write(Data(text.utf8))
    }

    private func tick() {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        if !terminal {
            guard now.timeIntervalSince(lastPlain) >= 5 else { return }
            lastPlain = now
        }
        let elapsed = now.timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let left = rate > 0 ? Double(total - done) / rate : 0
        var line = "\(done)/\(total) files, \(String(format: "%.1f", rate))/s, ETA \(Self.duration(left))"
        if !failed.isEmpty { line += ", \(failed.count) failed" }
        if terminal {
            FileHandle.standardError.write(Data(("\r\u{1B}[2K" + line).utf8))
            progressShown = true
        } else {
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }

    /// The summary: counts, time, and every failed file with its reason.
    func finish(cancelled: Bool) {
        timer?.cancel()
        lock.lock()
        defer { lock.unlock() }
        if progressShown { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)); progressShown = false }
        // Said even when quiet: it is why the other files have no outputs.
        var stopLine = ""
        if !cancelled, done < total, let stop = failed.first(where: \.stopsBatch) {
            stopLine = "stopped: \(stop.reason); \(total - done) of \(total) files not started\n"
        }
        guard verbosity == .verbose || verbosity == .normal && total > 1 else {
            if !stopLine.isEmpty { FileHandle.standardError.write(Data(stopLine.utf8)) }
            return
        }
        let elapsed = Date().timeIntervalSince(start)
        var out = cancelled ? "interrupted: \(total - done) of \(total) files not started\n" : stopLine
        let failedText = "\(failed.count) failed"
        out += "\(converted) converted, \(skipped) skipped, " + (colour && !failed.isEmpty ? "\u{1B}[31m\(failedText)\u{1B}[0m" : failedText)
        out += ", \(warnings) warnings in \(Self.duration(elapsed))"
        if verbosity == .verbose, let peak = Self.peakMemory() { out += ", peak memory \(peak >> 20) MB" }
        out += "\n"
        if !failed.isEmpty {
            out += "failed:\n" + failed.map { "  \($0.description)\n" }.joined()
        }
        FileHandle.standardError.write(Data(out.utf8))
    }

    /// The most memory this process has held at once. On Linux from VmHWM, which counts this
    /// program only: getrusage would also count what the launching process held before exec.
    static func peakMemory() -> Int? {
        #if os(Linux)
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kB = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first.flatMap({ Int($0) }) else { return nil }
        return kB * 1024
        #else
        var usage = rusage()
        return getrusage(RUSAGE_SELF, &usage) == 0 ? Int(usage.ru_maxrss) : nil
        #endif
    }

    static func duration(_ seconds: Double) -> String {
        if seconds < 60 { return String(format: "%.1fs", seconds) }
        let s = Int(seconds)
        return s < 3600 ? "\(s / 60)m\(s % 60)s" : "\(s / 3600)h\(s % 3600 / 60)m"
    }
}

extension Batch.Result {
    var input: InputFile { job.input }
}

/// Ctrl-C: the first stops new work and lets the running files finish; the second exits.
final class Interrupt: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    private var source: DispatchSourceSignal?

    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return flag }

    func install(message: @escaping @Sendable () -> Void) {
        signal(SIGINT, SIG_IGN)
        let s = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        s.setEventHandler { [weak self] in
            guard let self else { return }
            self.lock.lock()
            let second = self.flag
            self.flag = true
            self.lock.unlock()
            if second { exit(130) }
            message()
        }
        s.resume()
        source = s
    }
}
