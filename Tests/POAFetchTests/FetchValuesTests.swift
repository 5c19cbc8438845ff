import Foundation
import POACore
import POAFetch
import Testing

/// The small values of a fetch: numbers, choices, waits and the check that a submission is whole.
struct FetchValuesTests {
    @Test(arguments: [("0001318605", 1_318_605), ("1318605", 1_318_605), ("1", 1)])
    func aCIKReadsWithOrWithoutItsZeros(text: String, value: Int) throws {
        let cik = try #require(CIK(text))
        #expect(cik.value == value)
        #expect(cik.padded.count == 10)
    }

    @Test(arguments: ["", "0", "12345678901", "12a4", "-5", " 12"])
    func anythingElseIsNoCIK(text: String) {
        #expect(CIK(text) == nil)
    }

    @Test func anAccessionNumberKeepsItsDashesAndDropsThemForTheFolder() throws {
        let number = try #require(AccessionNumber("0001209191-16-101234"))
        #expect(number.withoutDashes == "000120919116101234")
        #expect(AccessionNumber("0001209191-16-10123") == nil)
        #expect(AccessionNumber("../../etc/passwd--x") == nil)
    }

    @Test func aPlainFormTakesItsAmendmentsAndAnAmendmentOnlyItself() {
        let plain = FilingSelection(forms: ["4"])
        #expect(plain.wants(form: "4") && plain.wants(form: "4/A"))
        #expect(!plain.wants(form: "144") && !plain.wants(form: "8-K"))
        let amended = FilingSelection(forms: ["4/A"])
        #expect(amended.wants(form: "4/A") && !amended.wants(form: "4"))
    }

    @Test func theDaysAskedAreInclusiveAtBothEnds() throws {
        let since = try Day(iso: "2021-01-01"), until = try Day(iso: "2021-12-31")
        let selection = FilingSelection(since: since, until: until)
        #expect(!selection.wants(day: try Day(iso: "2020-12-31")))
        #expect(selection.wants(day: since))
        #expect(selection.wants(day: until))
        #expect(!selection.wants(day: try Day(iso: "2022-01-01")))
    }

    @Test func anOlderPageOutsideTheDaysAskedIsNotRead() throws {
        let page = SubmissionsIndex.OlderPage(
            name: "p.json", filingCount: 3, filingFrom: try Day(iso: "2010-01-01"), filingTo: try Day(iso: "2013-12-31"))
        #expect(!FilingSelection(since: try Day(iso: "2014-01-01")).mayList(page))
        #expect(FilingSelection(since: try Day(iso: "2013-12-31")).mayList(page))
        #expect(!FilingSelection(until: try Day(iso: "2009-12-31")).mayList(page))
    }

    @Test func retryAfterReadsSecondsAndDates() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)  // Tue, 14 Nov 2023 22:13:20 GMT
        #expect(RetryPolicy.retryAfter("7", now: now) == 7)
        #expect(RetryPolicy.retryAfter("Tue, 14 Nov 2023 22:13:30 GMT", now: now) == 10)
        #expect(RetryPolicy.retryAfter("Tue, 14 Nov 2023 22:00:00 GMT", now: now) == 0)
        #expect(RetryPolicy.retryAfter("soon", now: now) == nil)
        #expect(RetryPolicy.retryAfter(nil, now: now) == nil)
    }

    @Test func backoffDoublesWithJitterUpToItsCap() {
        var policy = RetryPolicy()
        policy.backoffBase = 1
        policy.backoffCap = 6
        for _ in 0..<50 {
            #expect((0.5...1).contains(policy.backoff(afterAttempt: 1)))
            #expect((2...4).contains(policy.backoff(afterAttempt: 3)))
            #expect((3...6).contains(policy.backoff(afterAttempt: 9)))
        }
    }

    @Test func aWholeSubmissionPassesAndACutOneDoesNot() throws {
        let url = try #require(URL(string: "http://127.0.0.1/x.txt"))
        let filing = try #require(EDGARFixtures.brightwaterRecent.first)
        let accession = try #require(AccessionNumber(filing.accession))
        let whole = Data(try #require(filing.text).utf8)
        try WholeSubmission.check(whole, accession: accession, url: url)
        #expect(throws: FetchError.self) { try WholeSubmission.check(whole.prefix(whole.count - 40), accession: accession, url: url) }
        #expect(throws: FetchError.self) { try WholeSubmission.check(Data("<html>busy</html>".utf8), accession: accession, url: url) }
        let other = try #require(AccessionNumber("0001900001-24-000099"))
        #expect(throws: FetchError.self) { try WholeSubmission.check(whole, accession: other, url: url) }
    }

    @Test func anIndexWhoseArraysDifferInLengthIsUnreadable() throws {
        let url = try #require(URL(string: "http://127.0.0.1/submissions/CIK0000000001.json"))
        let json = """
            {"cik": "1", "name": "X", "filings": {"recent": {"accessionNumber": ["0000000001-24-000001"],
             "filingDate": [], "form": ["4"]}, "files": []}}
            """
        #expect(throws: FetchError.self) { try SubmissionsIndex(json: Data(json.utf8), url: url) }
    }

    @Test func anIndexListsItsFilingsAndOlderPages() throws {
        let url = try #require(URL(string: "http://127.0.0.1/submissions/CIK0001900001.json"))
        let json = EDGARFixtures.index(
            cik: EDGARFixtures.brightwater, name: "Brightwater Instruments Inc", recent: EDGARFixtures.brightwaterRecent,
            files: #"[{"name": "CIK0001900001-submissions-001.json", "filingCount": 3, "filingFrom": "2019-04-02", "filingTo": "2021-06-01"}]"#)
        let index = try SubmissionsIndex(json: Data(json.utf8), url: url)
        #expect(index.cik == CIK(1_900_001))
        #expect(index.recent.map(\.form) == ["4", "8-K", "4/A", "10-Q"])
        #expect(index.olderPages.map(\.name) == ["CIK0001900001-submissions-001.json"])
    }

    @Test func aTickerMatchesIgnoringCaseAndDotOrDash() throws {
        let url = try #require(URL(string: "http://127.0.0.1/files/company_tickers.json"))
        let json = #"{"0": {"cik_str": 1067983, "ticker": "BRK-B", "title": "BERKSHIRE HATHAWAY INC"}}"#
        let map = try TickerMap(json: Data(json.utf8), url: url)
        #expect(map.company(trading: "brk.b")?.cik == CIK(1_067_983))
        #expect(map.company(trading: "BRK") == nil)
    }
}
