import POACore
import Testing

@testable import POAReading

/// Execution dates as real filings write them: split or mistyped ordinals, a date at the top
/// that the witness sentence points back to, a "Date:" after the typed name, a DocuSign stamp.
struct ExecutionDateTests {
    @Test(arguments: TemplateFamily.documents("execution-date"))
    func readsAsExpected(_ document: String) throws {
        try TemplateFamily.check("execution-date", document)
    }

    func executed(_ text: String, excluding excluded: [Range<Int>] = []) -> Day? {
        let p = passage(text)
        return ExecutionDate.read(p, in: p.whole, dates: DateScanner.dates(in: p, p.whole), excluded: excluded, signatureLine: nil)?.day
    }

    @Test func theWitnessSentenceSendsTheReaderToTheDateAbove() {
        let text = "POWER OF ATTORNEY\nJanuary 9, 2023\nKnow all by these presents that the undersigned appoints A.\nThis revokes the power of attorney dated May 4, 2021.\nIN WITNESS WHEREOF, executed as of the date first set forth above.\n/s/ B"
        #expect(executed(text) == Day(year: 2023, month: 1, day: 9))
    }

    @Test func aDateLabelAfterATypedNameIsTheDate() {
        #expect(executed("appoints A as attorney-in-fact.\nJordan P. Ellery Date: June 6, 2023") == Day(year: 2023, month: 6, day: 6))
    }

    @Test func aDocuSignStampBetweenLabelAndDateIsSkipped() throws {
        let text = "IN WITNESS WHEREOF, as of the date signed below.\nSignature: Print Name: A Date:\nDocuSign Envelope ID: 348F451A-B1FF-4441-8118-541969E7508F\n13-Feb-2023"
        #expect(executed(text) == Day(year: 2023, month: 2, day: 13))
        let p = passage("Date: DocuSign Envelope ID: 348F451A-B1FF 13-Feb-2023")
        let date = try #require(DateScanner.dates(in: p, p.whole).first)
        #expect(ExecutionDate.isLabelled(p, date.range.lowerBound, floor: 0))
    }

    /// A date named inside a clause about another instrument is not the signing date, even
    /// when nothing else is dated: the instrument stays without one.
    @Test func anotherInstrumentsDateIsNotTaken() {
        let text = "POWER OF ATTORNEY\nKnow all by these presents that the undersigned appoints A.\nThis Power of Attorney revokes the power of attorney dated May 4, 2021.\nIN WITNESS WHEREOF, executed this ____ day of __________, 2023.\n\n\n\n\n/s/ B"
        #expect(executed(text) == nil)
    }

    @Test func aConfirmingStatementGivesTheDateOfItsPowerOfAttorney() {
        let text = "The power of attorney is on file with the Issuer, and\nit is dated March 14, 2006 and shall be in full force and effect until revoked."
        #expect(executed(text) == Day(year: 2006, month: 3, day: 14))
        #expect(executed("It revokes the power of attorney which was dated March 14, 2006.") == nil)
    }

    /// With no notary block found, the notary's own words still mark its dates.
    @Test func aNotarysDateIsNeverTheExecutionDate() {
        let blank = "IN WITNESS WHEREOF, the undersigned has executed this Power of Attorney this ___ day of ______, 2023.\n/s/ A\n"
        #expect(executed(blank + "On the 3rd day of May in the year 2023, before me, the undersigned, personally appeared A.") == nil)
        #expect(executed(blank + "Subscribed and sworn to before me this 5th day of May, 2023.") == nil)
        #expect(executed(blank + "My Commission Expires: August 30, 2026") == nil)
        #expect(executed("IN WITNESS WHEREOF, executed this 2nd day of May, 2023.\nOn the 3rd day of May, 2023, before me appeared A.") == Day(year: 2023, month: 5, day: 2))
    }

    @Test func aDateAtTheTopMustStandAlone() {
        #expect(executed("POWER OF ATTORNEY\nThe undersigned appoints A under the plan of May 4, 2021.\n/s/ B") == nil)
        #expect(executed("POWER OF ATTORNEY\nMay 4, 2021\nThe undersigned appoints A.\n/s/ B") == Day(year: 2021, month: 5, day: 4))
    }

    @Test func anExcludedDateIsNeverTaken() throws {
        let text = "IN WITNESS WHEREOF, executed as of this 3rd day of May, 2023."
        let p = passage(text)
        let date = try #require(DateScanner.dates(in: p, p.whole).first)
        #expect(executed(text, excluding: [date.range]) == nil)
    }
}
