import Foundation

/// Checks that a body EDGAR served for a filing's `<accession>.txt` is that whole submission,
/// before it may enter the cache.
///
/// A submission opens with `<SEC-DOCUMENT>` (`<IMS-DOCUMENT>` in the oldest filings), repeats
/// its accession number in its header (`ACCESSION NUMBER: 0001209191-16-101234`), and closes
/// with the matching end tag. A body cut short loses the end tag; an error page or another
/// filing has neither. Only these few bytes are looked at: the reader of `poa import` judges the rest.
public enum WholeSubmission {
    /// - Throws: ``FetchError/unparsable(url:detail:)`` saying what is wrong.
    public static func check(_ data: Data, accession: AccessionNumber, url: URL) throws(FetchError) {
        func fail(_ detail: String) -> FetchError { .unparsable(url: url.absoluteString, detail: detail) }
        let head = String(decoding: data.prefix(8192), as: UTF8.self)
        let trimmedHead = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard let root = ["SEC-DOCUMENT", "IMS-DOCUMENT"].first(where: { trimmedHead.hasPrefix("<\($0)>") }) else {
            throw fail("it does not start as an EDGAR submission (<SEC-DOCUMENT>)")
        }
        guard Self.accession(in: head) == accession.description else {
            throw fail("its header does not name accession number \(accession)")
        }
        let tail = String(decoding: data.suffix(64), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard tail.hasSuffix("</\(root)>") else {
            throw fail("it ends before </\(root)>: the body was cut short")
        }
    }

    /// The value of the header's `ACCESSION NUMBER:` line, if any.
    static func accession(in head: String) -> String? {
        for line in head.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("ACCESSION NUMBER:") else { continue }
            return trimmed.dropFirst("ACCESSION NUMBER:".count).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }
}
