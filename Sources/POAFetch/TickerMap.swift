import Foundation

/// EDGAR's map from tickers to companies (`files/company_tickers.json`):
/// `{"0": {"cik_str": 789019, "ticker": "MSFT", "title": "MICROSOFT CORP"}, ...}`.
///
/// A ticker is matched ignoring case, and `.` and `-` as the same (EDGAR writes `BRK-B` where
/// people write `BRK.B`).
public struct TickerMap: Sendable {
    /// One company of the map.
    public struct Company: Sendable, Equatable, Decodable {
        public let cik: CIK
        public let ticker: String
        public let title: String

        enum CodingKeys: String, CodingKey {
            case cik = "cik_str", ticker, title
        }
    }

    let companies: [Company]

    /// Reads the map EDGAR served.
    ///
    /// - Throws: ``FetchError/unparsable(url:detail:)`` when it is not a map of that shape.
    public init(json: Data, url: URL) throws(FetchError) {
        do {
            companies = try JSONDecoder().decode([String: Company].self, from: json)
                .sorted { (Int($0.key) ?? 0) < (Int($1.key) ?? 0) }.map(\.value)
        } catch {
            throw .unparsable(url: url.absoluteString, detail: FetchError.describe(decoding: error))
        }
    }

    /// The company trading under `ticker`, or nil.
    public func company(trading ticker: String) -> Company? {
        let key = Self.key(ticker)
        return companies.first { Self.key($0.ticker) == key }
    }

    /// A ticker folded for matching: uppercase, `.` as `-`, no spaces around.
    static func key(_ ticker: String) -> String {
        ticker.trimmingCharacters(in: .whitespaces).uppercased().replacingOccurrences(of: ".", with: "-")
    }
}
