import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A small HTTP/1.1 server on 127.0.0.1 inside the test process, standing in for EDGAR: it
/// serves fixed bodies by path, can be told to misbehave for the next requests of a path (429
/// with `Retry-After`, 503, 404, a body cut short, a body sent slowly), and records every
/// request with its User-Agent and the time it arrived.
///
/// Written on POSIX sockets (a thread per connection, keep-alive, `Content-Length` bodies): the
/// tests need nothing more, and SwiftNIO would add minutes to every clean build.
final class EDGARTestServer: @unchecked Sendable {
    /// One request as it arrived.
    struct Request: Sendable {
        let path: String
        let userAgent: String?
        let arrived: ContinuousClock.Instant
    }

    /// An answer other than the plain body.
    enum Misbehaviour: Sendable {
        case status(Int, retryAfter: String?)
        /// Announces the whole body, sends this many bytes of it, and closes.
        case cutShort(after: Int)
        /// Sends the body in `pieces`, pausing `pause` seconds before each.
        case slow(pieces: Int, pause: Double)
    }

    private let lock = NSLock()
    private var bodies: [String: Data] = [:]
    private var misbehaviours: [String: [Misbehaviour]] = [:]
    private var log: [Request] = []
    private var listener: Int32 = -1
    /// Called as each request arrives, before it is answered, with the number arrived so far.
    var received: (@Sendable (Int) -> Void)?
    private(set) var port: UInt16 = 0

    var baseURL: String { "http://127.0.0.1:\(port)" }

    init() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.listener = listener
        var yes: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(listener, pointer, length) == 0 && listen(listener, 64) == 0
                    && getsockname(listener, pointer, &length) == 0
            }
        }
        guard bound else { throw CocoaError(.fileWriteUnknown) }
        port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread { [weak self] in
            while true {
                let connection = accept(listener, nil, nil)
                guard connection >= 0 else { return }
                guard let self else { close(connection); return }
                Thread.detachNewThread { self.serve(connection) }
            }
        }
    }

    deinit { stop() }

    /// Stops accepting connections.
    func stop() {
        lock.withLock {
            if listener >= 0 {
                shutdown(listener, Int32(SHUT_RDWR))
                close(listener)
                listener = -1
            }
        }
    }

    /// Serves `body` at `path`.
    func serve(_ path: String, _ body: Data) { lock.withLock { bodies[path] = body } }
    func serve(_ path: String, _ text: String) { serve(path, Data(text.utf8)) }

    /// Makes the next requests of `path` misbehave, in order, before it is served plainly again.
    func misbehave(_ path: String, _ answers: Misbehaviour...) {
        lock.withLock { misbehaviours[path, default: []] += answers }
    }

    /// Every request so far, in order of arrival.
    var requests: [Request] { lock.withLock { log } }

    /// The paths asked so far, in order.
    var paths: [String] { requests.map(\.path) }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var pending = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            // Read one request head (GET has no body).
            var end: Int?
            while end == nil {
                let count = recv(connection, &buffer, buffer.count, 0)
                guard count > 0 else { return }
                pending += buffer[0..<count]
                end = Self.endOfHead(pending)
            }
            guard let headEnd = end else { return }
            let head = String(decoding: pending[0..<headEnd], as: UTF8.self)
            pending.removeFirst(headEnd + 4)
            let lines = head.components(separatedBy: "\r\n")
            let parts = lines[0].split(separator: " ")
            let path = parts.count > 1 ? String(parts[1]) : "/"
            let agent = lines.dropFirst().first { $0.lowercased().hasPrefix("user-agent:") }
                .map { $0.dropFirst("user-agent:".count).trimmingCharacters(in: .whitespaces) }
            let (body, trouble, count): (Data?, Misbehaviour?, Int) = lock.withLock {
                log.append(Request(path: path, userAgent: agent, arrived: .now))
                let trouble = misbehaviours[path]?.isEmpty == false ? misbehaviours[path]?.removeFirst() : nil
                return (bodies[path], trouble, log.count)
            }
            received?(count)
            if !answer(connection, body: body, trouble: trouble) { return }
        }
    }

    /// Answers one request; false when the connection must close after it.
    private func answer(_ connection: Int32, body: Data?, trouble: Misbehaviour?) -> Bool {
        func head(_ status: Int, _ reason: String, length: Int, extra: String = "") -> Data {
            Data("HTTP/1.1 \(status) \(reason)\r\nContent-Length: \(length)\r\n\(extra)\r\n".utf8)
        }
        switch (trouble, body) {
        case (.status(let status, let retryAfter)?, _):
            let text = Data("status \(status)\n".utf8)
            return send(connection, head(status, "Refused", length: text.count, extra: retryAfter.map { "Retry-After: \($0)\r\n" } ?? "") + text)
        case (_, nil):
            let text = Data("no such file\n".utf8)
            return send(connection, head(404, "Not Found", length: text.count) + text)
        case (.cutShort(let bytes)?, let body?):
            _ = send(connection, head(200, "OK", length: body.count) + body.prefix(bytes))
            return false
        case (.slow(let pieces, let pause)?, let body?):
            guard send(connection, head(200, "OK", length: body.count)) else { return false }
            let size = max(1, (body.count + pieces - 1) / pieces)
            for start in stride(from: 0, to: body.count, by: size) {
                Thread.sleep(forTimeInterval: pause)
                guard send(connection, body[body.startIndex + start..<body.startIndex + min(body.count, start + size)]) else { return false }
            }
            return true
        case (nil, let body?):
            return send(connection, head(200, "OK", length: body.count, extra: "Content-Type: text/plain\r\n") + body)
        }
    }

    private func send(_ connection: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            var sent = 0
            while sent < bytes.count {
                let count = Glibc.send(connection, bytes.baseAddress.map { $0 + sent }, bytes.count - sent, Int32(MSG_NOSIGNAL))
                guard count > 0 else { return false }
                sent += count
            }
            return true
        }
    }

    private static func endOfHead(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4)
        where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
            return index
        }
        return nil
    }
}
