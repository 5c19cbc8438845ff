import Testing

@testable import POAReading

/// The appointment clause and its list of attorneys.
struct AppointmentClauseTests {
    func names(_ text: String) -> [String] {
        let p = passage(text)
        return AppointmentClause.read(p, in: p.whole)?.attorneys.map(\.name) ?? []
    }

    @Test func orAnyOneOrMoreOfThemEndsTheList() {
        #expect(names("does hereby nominate, constitute and appoint A. B. Smith, Carla Jones and Dee Fox, or any one or more of them, his true and lawful attorneys") == ["A. B. Smith", "Carla Jones", "Dee Fox"])
    }

    @Test func eachOfSigningSinglyEndsTheList() {
        #expect(names("hereby constitutes and appoints each of Ann Lee, Bo Chen and Cy Young, signing singly, as the undersigned's true and lawful attorney-in-fact") == ["Ann Lee", "Bo Chen", "Cy Young"])
    }

    @Test func orAnyOfThemWithAnOxfordComma() {
        #expect(names("hereby appoints Ann Lee, Bo Chen, or any of them, to be") == ["Ann Lee", "Bo Chen"])
    }

    @Test func attorneyListAcrossLineBreaksKeepsSuffix() {
        #expect(names("hereby appoints Edward J.\nKelly, III, and Harold T.\nBexley, Jr., or either of them, as attorneys-in-fact") == ["Edward J. Kelly, III", "Harold T. Bexley, Jr."])
    }

    @Test func honorificsAreDroppedAndTitlesAfterANameToo() {
        #expect(names("hereby appoints Ms. Jane Roe, General Counsel, and Mr. John Poe, with full power") == ["Jane Roe", "John Poe"])
    }

    @Test func allCapsNamesAreWrittenInTitleCase() {
        #expect(names("HEREBY APPOINTS JOHN Q. PUBLIC AND MARY O'NEIL, OR EITHER OF THEM, AS ATTORNEYS") == ["John Q. Public", "Mary O'Neil"])
    }

    @Test func attorneysNamedByOfficeAreOfficesNotPeople() throws {
        let p = passage("hereby appoints the incumbents from time to time of the offices of Chief Financial Officer and Treasurer of the Company, and each of them, as attorneys-in-fact")
        let found = try #require(AppointmentClause.read(p, in: p.whole))
        #expect(found.attorneys.map(\.name) == ["Chief Financial Officer", "Treasurer of the Company"])
        #expect(found.attorneys.allSatisfy { $0.isOffice })
    }

    @Test func aStrayVerbBeforeTheClauseIsSkipped() {
        #expect(names("to the extent authorized by law, the undersigned hereby appoints Ann Lee as attorney-in-fact") == ["Ann Lee"])
    }

    @Test func confirmingStatementDesignation() {
        #expect(names("confirms that the undersigned has authorized and designated Yvonne Tashjian to execute and file") == ["Yvonne Tashjian"])
    }

    @Test func noListNoClause() {
        let p = passage("The Company is authorized to issue 750,000,000 shares.")
        #expect(AppointmentClause.read(p, in: p.whole) == nil)
    }

    @Test func eachAttorneySpanPointsAtItsLines() throws {
        let p = passage("hereby appoints Ann Lee,\nBo\nChen and Cy Young, or any of them, his true")
        let found = try #require(AppointmentClause.read(p, in: p.whole))
        #expect(found.attorneys.map(\.span) == [SourceSpan(firstLine: 1, lastLine: 1), SourceSpan(firstLine: 2, lastLine: 3), SourceSpan(firstLine: 3, lastLine: 3)])
    }
}
