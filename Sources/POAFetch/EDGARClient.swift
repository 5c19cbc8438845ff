import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Makes GET requests to EDGAR by its rules: a User-Agent naming who asks on every request, at
/// most the pacer's rate across every thread, and retries within the policy's bounds.
///
/// A 429 or 503 holds every thread back (through the pacer) for what `Retry-After` says, since
/// EDGAR counts requests per client, not per connection. A body cut short, a body that `read`
/// refuses and a failed connection are tried again after a backoff. A 404 or another refusal
/// is final at once. `read` sees only a whole 200 body: nothing half-received reaches a caller.
///
/// For example:
///
/// ```swift
/// let client = EDGARClient(userAgent: "Jane Roe jane@example.com", pacer: RequestPacer(perSecond: 5))
/// let index = try client.get(edgar.submissions(of: cik)) { data throws(FetchError) in
///     try SubmissionsIndex(json: data, url: edgar.submissions(of: cik))
/// }
/// ```
public final class EDGARClient: Sendable {
    public let userAgent: String
    let pacer: RequestPacer
    let policy: RetryPolicy
    private let session: URLSession
    private let counters = Counters()

    /// Requests made so far (each attempt counts), and how many of them were retries.
    public var requests: (made: Int, retried: Int) { counters.read() }

    /// A client sending `userAgent`, paced by `pacer`. `timeout` is how long a connection may
    /// stay silent (connecting, or between two pieces of a body) before the attempt fails.
    public init(userAgent: String, pacer: RequestPacer, policy: RetryPolicy = RetryPolicy(), timeout: Double = 30) {
        self.userAgent = userAgent
        self.pacer = pacer
        self.policy = policy
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = 3600
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieAcceptPolicy = .never
        configuration.httpAdditionalHeaders = ["User-Agent": userAgent]
        session = URLSession(configuration: configuration)
    }

    deinit { session.finishTasksAndInvalidate() }

    /// Gets `url` and hands its whole body to `read`, retrying as the policy allows.
    ///
    /// - Throws: ``FetchError/refused(url:status:)`` (404 included) at once;
    ///   ``FetchError/throttled(url:status:attempts:)``, ``FetchError/truncated(url:attempts:detail:)``,
    ///   ``FetchError/unreachable(url:attempts:detail:)`` or what `read` threw, once the attempts ran out.
    public func get<Value>(_ url: URL, read: (Data) throws(FetchError) -> Value) throws(FetchError) -> Value {
        var attempt = 0
        while true {
            attempt += 1
            let last = attempt >= policy.attempts
            pacer.waitForTurn()
            counters.count(retry: attempt > 1)
            switch perform(url) {
            case .body(let data):
                do {
                    return try read(data)
                } catch {
                    if last { throw error }
                    backOff(after: attempt)
                }
            case .status(let status, let retryAfter) where status == 429 || status == 503:
                if last { throw .throttled(url: url.absoluteString, status: status, attempts: attempt) }
                pacer.pause(seconds: policy.wait(afterAttempt: attempt, retryAfter: retryAfter))
            case .status(let status, _) where (500...599).contains(status) && !last:
                backOff(after: attempt)
            case .status(let status, _):
                throw .refused(url: url.absoluteString, status: status)
            case .broken(let detail):
                if last { throw .truncated(url: url.absoluteString, attempts: attempt, detail: detail) }
                backOff(after: attempt)
            case .unreachable(let detail):
                if last { throw .unreachable(url: url.absoluteString, attempts: attempt, detail: detail) }
                backOff(after: attempt)
            }
        }
    }

    private func backOff(after attempt: Int) {
        Thread.sleep(forTimeInterval: policy.backoff(afterAttempt: attempt))
    }

    /// What one attempt came to.
    enum Answer {
        /// A whole 200 body.
        case body(Data)
        /// Any other status, with its `Retry-After`.
        case status(Int, retryAfter: String?)
        /// The connection failed while the answer was coming (cut short, reset).
        case broken(String)
        /// No answer at all: no connection, no such host, nothing heard in time.
        case unreachable(String)
    }

    private func perform(_ url: URL) -> Answer {
        var request = URLRequest(url: url)
        request.httpMethod = "GET"
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        let done = DispatchSemaphore(value: 0)
        let result = AnswerBox()
        let task = session.dataTask(with: request) { data, response, error in
            result.answer = Self.answer(data: data, response: response, error: error)
            done.signal()
        }
        task.resume()
        done.wait()
        return result.answer ?? .broken("no answer")
    }

    static func answer(data: Data?, response: URLResponse?, error: (any Error)?) -> Answer {
        if let error { return classify(error) }
        guard let http = response as? HTTPURLResponse else { return .broken("not an HTTP answer") }
        guard http.statusCode == 200 else {
            return .status(http.statusCode, retryAfter: http.value(forHTTPHeaderField: "Retry-After"))
        }
        return .body(data ?? Data())
    }

    /// A transport error as unreachable (nothing came back) or broken (something came, not whole).
    static func classify(_ error: any Error) -> Answer {
        let error = error as NSError
        let unreachable: [URLError.Code: String] = [
            .cannotFindHost: "no such host", .dnsLookupFailed: "no such host",
            .cannotConnectToHost: "connection refused", .notConnectedToInternet: "no network",
            .timedOut: "timed out", .secureConnectionFailed: "TLS failed",
        ]
        if error.domain == NSURLErrorDomain, let code = URLError.Code(rawValue: error.code), let words = unreachable[code] {
            return .unreachable(words)
        }
        let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError
        let detail = (underlying ?? error).userInfo[NSLocalizedDescriptionKey] as? String
        return .broken(detail ?? "the connection failed (\(error.domain) \(error.code))")
    }
}

/// The answer a completion handler leaves for the waiting thread (the semaphore orders them).
private final class AnswerBox: @unchecked Sendable {
    var answer: EDGARClient.Answer?
}

/// Requests made and retried, counted across threads.
private final class Counters: @unchecked Sendable {
    private let lock = NSLock()
    private var made = 0
    private var retried = 0

    func count(retry: Bool) {
        lock.withLock {
            made += 1
            if retry { retried += 1 }
        }
    }

    func read() -> (made: Int, retried: Int) { lock.withLock { (made, retried) } }
}
