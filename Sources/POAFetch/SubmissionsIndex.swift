import Foundation
import POACore

/// A filer's submissions index (`submissions/CIK##########.json`): who the filer is, its
/// recent filings, and the older pages that list the rest.
///
/// EDGAR lists filings as parallel arrays (`accessionNumber[i]`, `form[i]`, `filingDate[i]`),
/// newest first, under `filings.recent`; an older page has the same arrays at its top level.
/// Only the three arrays a fetch needs are read; a row whose number or date does not parse is
/// left out (it could not be fetched), but arrays of different lengths make the whole page
/// unreadable.
public struct SubmissionsIndex: Sendable, Equatable {
    public let cik: CIK
    public let name: String
    public let tickers: [String]
    public let recent: [Filing]
    public let olderPages: [OlderPage]

    /// An older page as `filings.files` lists it: its file name and the days it spans.
    public struct OlderPage: Sendable, Equatable, Decodable {
        public let name: String
        public let filingCount: Int?
        public let filingFrom: Day?
        public let filingTo: Day?

        enum CodingKeys: String, CodingKey { case name, filingCount, filingFrom, filingTo }

        public init(name: String, filingCount: Int?, filingFrom: Day?, filingTo: Day?) {
            self.name = name
            self.filingCount = filingCount
            self.filingFrom = filingFrom
            self.filingTo = filingTo
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            filingCount = try container.decodeIfPresent(Int.self, forKey: .filingCount)
            filingFrom = try container.decodeIfPresent(String.self, forKey: .filingFrom).flatMap(Day.parseISO)
            filingTo = try container.decodeIfPresent(String.self, forKey: .filingTo).flatMap(Day.parseISO)
        }
    }

    /// Reads the index EDGAR served for `asked`.
    ///
    /// - Throws: ``FetchError/unparsable(url:detail:)`` when it is not an index of that shape.
    public init(json: Data, url: URL) throws(FetchError) {
        struct Shape: Decodable {
            struct Filings: Decodable {
                let recent: FilingColumns
                let files: [OlderPage]?
            }
            let cik: CIK
            let name: String?
            let tickers: [String]?
            let filings: Filings
        }
        do {
            let shape = try JSONDecoder().decode(Shape.self, from: json)
            cik = shape.cik
            name = shape.name ?? ""
            tickers = shape.tickers ?? []
            recent = try shape.filings.recent.filings()
            olderPages = shape.filings.files ?? []
        } catch let error as FetchError {
            throw error.at(url)
        } catch {
            throw .unparsable(url: url.absoluteString, detail: FetchError.describe(decoding: error))
        }
    }

    /// Reads an older page (`CIK##########-submissions-001.json`): the same arrays, at the top.
    public static func olderFilings(json: Data, url: URL) throws(FetchError) -> [Filing] {
        do {
            return try JSONDecoder().decode(FilingColumns.self, from: json).filings()
        } catch let error as FetchError {
            throw error.at(url)
        } catch {
            throw .unparsable(url: url.absoluteString, detail: FetchError.describe(decoding: error))
        }
    }
}

/// The parallel arrays of a page of filings.
struct FilingColumns: Decodable {
    let accessionNumber: [String]
    let filingDate: [String]
    let form: [String]

    /// The rows, in the page's order; rows that cannot be fetched (no valid number or day) left out.
    func filings() throws(FetchError) -> [Filing] {
        guard accessionNumber.count == filingDate.count, form.count == filingDate.count else {
            throw .unparsable(
                url: "",
                detail: "its arrays differ in length (\(accessionNumber.count) accession numbers, "
                    + "\(filingDate.count) dates, \(form.count) forms)")
        }
        return accessionNumber.indices.compactMap { index in
            guard let accession = AccessionNumber(accessionNumber[index]), let day = Day.parseISO(filingDate[index])
            else { return nil }
            return Filing(accession: accession, form: form[index], filedOn: day)
        }
    }
}
