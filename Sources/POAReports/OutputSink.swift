import Foundation

/// Where formatted results go. Formatters hand over whole rows of text; sinks buffer them.
public protocol OutputSink: AnyObject {
    /// Appends `text`.
    func write(_ text: String) throws(ReportsError)
    /// Pushes buffered text out (called once the result is complete).
    func flush() throws(ReportsError)
}

/// A buffered writer to a file descriptor: rows are gathered into 64 KiB blocks, then written
/// with one system call each, so large results are cheap and still stream promptly.
public final class FileSink: OutputSink {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private let capacity: Int

    /// A sink writing to `descriptor`, which it does not close.
    public init(descriptor: Int32, capacity: Int = 64 * 1024) {
        self.descriptor = descriptor
        self.capacity = capacity
        buffer.reserveCapacity(capacity)
    }

    /// Standard output.
    public static func standardOutput() -> FileSink { FileSink(descriptor: STDOUT_FILENO) }

    deinit { try? flush() }

    public func write(_ text: String) throws(ReportsError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { try flush() }
    }

    public func flush() throws(ReportsError) {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { bytes in
                Foundation.write(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                let detail = String(cString: strerror(errno))
                buffer.removeAll(keepingCapacity: true)
                throw .outputFailed(detail: detail)
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// A sink that keeps everything in memory: for tests and small results.
public final class StringSink: OutputSink {
    /// Everything written so far.
    public private(set) var text = ""

    public init() {}

    public func write(_ text: String) throws(ReportsError) { self.text += text }
    public func flush() throws(ReportsError) {}
}

/// A sink that discards its input but counts it: for measuring, and for tests.
public final class NullSink: OutputSink {
    /// How many bytes were written.
    public private(set) var byteCount = 0
    /// How many times `write` was called.
    public private(set) var writeCount = 0

    public init() {}

    public func write(_ text: String) throws(ReportsError) {
        byteCount += text.utf8.count
        writeCount += 1
    }

    public func flush() throws(ReportsError) {}
}
