import Foundation

/// Why a fetch from EDGAR, or part of it, failed, with what to do about it.
public enum FetchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `--edgar-url` is not an http(s) base URL.
    case invalidBaseURL(String)
    /// The ticker is not in EDGAR's ticker map.
    case unknownTicker(String)
    /// EDGAR has no submissions index for this CIK (404).
    case unknownFiler(cik: String)
    /// The server answered with a status that retrying will not change (403, 404, 410...).
    case refused(url: String, status: Int)
    /// 429 or 503 every time, until the retries ran out.
    case throttled(url: String, status: Int, attempts: Int)
    /// The body ended early (a dropped connection, a short read) every time.
    case truncated(url: String, attempts: Int, detail: String)
    /// The body arrived whole but is not what was asked for.
    case unparsable(url: String, detail: String)
    /// No connection could be made (no network, no such host, timed out), after retries.
    case unreachable(url: String, attempts: Int, detail: String)
    /// The cache could not be written.
    case cacheUnwritable(path: String, detail: String)

    public var description: String {
        switch self {
        case .invalidBaseURL(let text):
            return "\"\(text)\" is not a base URL for EDGAR: give one like https://www.sec.gov or http://127.0.0.1:8080"
        case .unknownTicker(let ticker):
            return "no company trades as \"\(ticker)\" in EDGAR's ticker map (company_tickers.json): "
                + "check the ticker, or give the company's --cik"
        case .unknownFiler(let cik):
            return "EDGAR has no filer with CIK \(cik) (its submissions index answered 404): check the number"
        case .refused(let url, let status):
            return "\(url) answered HTTP \(status)"
                + (status == 403 ? " (EDGAR refuses requests without a real name and e-mail in the User-Agent, or above 10 a second)" : "")
        case .throttled(let url, let status, let attempts):
            return "\(url) answered HTTP \(status) (busy) to all \(attempts) attempts: run again later, or with a lower --rate"
        case .truncated(let url, let attempts, let detail):
            return "\(url) came back cut short \(attempts) times (\(detail)): run again to retry it"
        case .unparsable(let url, let detail):
            return "\(url.isEmpty ? "a response" : url) could not be read: \(detail)"
        case .unreachable(let url, let attempts, let detail):
            return "could not reach \(url) after \(attempts) attempts (\(detail)): check the network, then run again to resume"
        case .cacheUnwritable(let path, let detail):
            return "could not write \(path) in the cache: \(detail)"
        }
    }

    /// This error, naming `url` where it named none (a page's arrays are checked before its URL is known).
    func at(_ url: URL) -> FetchError {
        if case .unparsable(let named, let detail) = self, named.isEmpty {
            return .unparsable(url: url.absoluteString, detail: detail)
        }
        return self
    }

    /// A decoding failure in words: which key or value, not Foundation's dump.
    static func describe(decoding error: any Error) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            return keys.isEmpty ? "" : " at \(keys.joined(separator: "."))"
        }
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "\"\(key.stringValue)\" is missing\(path(context))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "a value has the wrong type\(path(context))"
        case DecodingError.dataCorrupted(let context):
            return context.codingPath.isEmpty ? "it is not JSON" : "\(context.debugDescription)\(path(context))"
        default:
            return "\(error)"
        }
    }
}
