import Foundation

/// A `poa` started without waiting for it, whose standard output is read line by line as it
/// comes, on a thread of its own: a test waits for what the command reports (`poa import` prints
/// each document once its batch is committed) rather than sleeping and hoping.
///
/// For example:
///
/// ```swift
/// let importer = try workspace.start("import", docs)
/// #expect(importer.waitForLines(1))   // a first batch is committed
/// importer.kill()
/// ```
///
/// Standard output reaches the pipe as the command's buffer fills (4 KiB at a time), so a line
/// arrives a few dozen documents after it was printed; the order is kept.
public final class RunningPoa: @unchecked Sendable {
    public let process: Process
    private let condition = NSCondition()
    private var lines: [String] = []
    private var ended = false

    init(_ process: Process) throws {
        self.process = process
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let reading = output.fileHandleForReading
        Thread { [self] in
            var pending = Data()
            while true {
                let data = reading.availableData
                condition.lock()
                if data.isEmpty {
                    if !pending.isEmpty { lines.append(String(decoding: pending, as: UTF8.self)) }
                    ended = true
                    condition.broadcast()
                    condition.unlock()
                    return
                }
                pending.append(data)
                while let end = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    lines.append(String(decoding: pending[pending.startIndex..<end], as: UTF8.self))
                    pending.removeSubrange(pending.startIndex...end)
                }
                condition.broadcast()
                condition.unlock()
            }
        }.start()
    }

    /// Waits until `count` lines of output satisfy `predicate`. False when the output ended
    /// first (the command exited) or `timeout` seconds passed: a generous deadline, there only
    /// so that a hung command fails the test instead of hanging it.
    public func waitForLines(_ count: Int, where predicate: (String) -> Bool = { _ in true }, timeout: Double = 300) -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while lines.count(where: predicate) < count {
            guard !ended, condition.wait(until: deadline) else { return lines.count(where: predicate) >= count }
        }
        return true
    }

    /// The lines printed so far.
    public var output: [String] {
        condition.lock()
        defer { condition.unlock() }
        return lines
    }

    public var isRunning: Bool { process.isRunning }

    public var terminationStatus: Int32 { process.terminationStatus }

    /// Kills the command at once (`SIGKILL`): no handler runs, as when the machine loses power.
    public func kill() {
        if process.isRunning { killAtOnce(process.processIdentifier) }
    }

    /// Waits for the command to exit and its output to be read whole.
    public func waitUntilExit() {
        process.waitUntilExit()
        condition.lock()
        while !ended { condition.wait() }
        condition.unlock()
    }
}

/// `kill(pid, SIGKILL)`, out of reach of ``RunningPoa/kill()``'s own name.
private func killAtOnce(_ pid: Int32) {
    kill(pid, SIGKILL)
}
