import Foundation

/// Where each EDGAR resource lives: the submissions indexes on `data.sec.gov`, the archive and
/// the ticker map on `www.sec.gov`, or both under one base URL (a mirror, or a test's server).
///
/// For example:
///
/// ```swift
/// let edgar = try EDGARAddress.sec()
/// edgar.submissions(of: CIK(1318605)!)   // https://data.sec.gov/submissions/CIK0001318605.json
/// let local = try EDGARAddress(base: "http://127.0.0.1:8080")
/// local.tickers                          // http://127.0.0.1:8080/files/company_tickers.json
/// ```
public struct EDGARAddress: Sendable, Equatable {
    /// The base of `/submissions/...`.
    public let data: URL
    /// The base of `/Archives/...` and `/files/...`.
    public let www: URL

    /// EDGAR itself: `data.sec.gov` and `www.sec.gov`.
    public static func sec() throws(FetchError) -> EDGARAddress {
        EDGARAddress(data: try base("https://data.sec.gov"), www: try base("https://www.sec.gov"))
    }

    /// One base for both hosts (`--edgar-url`): an `http` or `https` URL, without query.
    ///
    /// - Throws: ``FetchError/invalidBaseURL(_:)`` for anything else.
    public init(base text: String) throws(FetchError) {
        let url = try Self.base(text)
        self.init(data: url, www: url)
    }

    init(data: URL, www: URL) {
        self.data = data
        self.www = www
    }

    /// A base URL: `http` or `https`, a host, no query or fragment; trailing slashes dropped.
    static func base(_ text: String) throws(FetchError) -> URL {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            url.host != nil, url.query == nil, url.fragment == nil
        else { throw .invalidBaseURL(text) }
        return url
    }

    /// The filer's submissions index: its metadata and most recent filings.
    public func submissions(of cik: CIK) -> URL {
        data.appendingPathComponent("submissions/CIK\(cik.padded).json")
    }

    /// An older page of the filer's submissions, by the name `filings.files` gives it.
    public func olderPage(named name: String) -> URL {
        data.appendingPathComponent("submissions/\(name)")
    }

    /// The map from tickers to CIKs.
    public var tickers: URL { www.appendingPathComponent("files/company_tickers.json") }

    /// A filing's whole submission: its header, the form and every exhibit.
    public func submission(_ accession: AccessionNumber, of cik: CIK) -> URL {
        www.appendingPathComponent("Archives/edgar/data/\(cik)/\(accession.withoutDashes)/\(accession).txt")
    }
}
