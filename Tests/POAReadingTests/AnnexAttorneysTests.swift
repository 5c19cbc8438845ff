import Testing

@testable import POAReading

/// Attorneys listed in an annex after the signature ("the individuals named on Annex A
/// attached hereto"): read from under the annex's heading, and only from there.
struct AnnexAttorneysTests {
    @Test(arguments: TemplateFamily.documents("annex-attorneys"))
    func readsAsExpected(_ document: String) throws {
        try TemplateFamily.check("annex-attorneys", document)
    }

    func attorneys(_ text: String) -> [ExtractedAttorney] {
        let p = passage(text)
        return AppointmentClause.read(p, in: p.whole)?.attorneys ?? []
    }

    @Test func namesUnderTheHeadingReplaceTheReference() {
        let found = attorneys("hereby appoints the individuals named on Schedule A attached hereto, signing singly, to execute Forms 3, 4 and 5.\n/s/ Ann Lee\nSchedule A\n1. Bo Chen\n2. Cy Young, Senior Counsel\n")
        #expect(found.map(\.name) == ["Bo Chen", "Cy Young"])
        #expect(found.filter { $0.isOffice }.isEmpty)
    }

    @Test func aHeadingInCapitalsIsNoName() {
        let found = attorneys("hereby appoints the individuals named on Annex A attached hereto, signing singly, to execute Forms 3, 4 and 5.\nANNEX A\nINDIVIDUALS APPOINTED AS ATTORNEY-IN-FACT,\nWITH FULL POWER OF SUBSTITUTION\n1. Bo Chen\n")
        #expect(found.map(\.name) == ["Bo Chen"])
    }

    @Test func withoutTheAnnexTheReferenceStaysAnOffice() {
        let found = attorneys("hereby appoints the individuals named on Annex A attached hereto, signing singly, to execute Forms 3, 4 and 5.\n/s/ Ann Lee\n")
        #expect(found.count == 1)
        #expect(found.filter { $0.isOffice }.count == 1)
    }

    @Test func theAnnexEndsAtASignature() {
        let found = attorneys("hereby appoints the persons listed on Exhibit A attached hereto, to execute Forms 3, 4 and 5.\nExhibit A\nBo Chen\n/s/ Ann Lee\nDara Rao\n")
        #expect(found.map(\.name) == ["Bo Chen"])
    }

    @Test func anAnnexOnOneLineIsReadByItsNumbers() {
        let found = attorneys("hereby appoints the individuals named on Annex A attached hereto, signing singly, to execute Forms 3, 4 and 5.\n/s/ Ann Lee\nAnnex A Individuals Appointed as Attorney-in-Fact with Full Power of Substitution 1. Bo Chen 2. Cy Young 3. Dara Rao\n")
        #expect(found.map(\.name) == ["Bo Chen", "Cy Young", "Dara Rao"])
    }

    @Test func namesOnOneLineWithoutNumbersAreNotGuessed() {
        let found = attorneys("hereby appoints the individuals named on Annex A attached hereto, signing singly, to execute Forms 3, 4 and 5.\n/s/ Ann Lee\nAnnex A Individuals Appointed as Attorney-in-Fact Bo Chen Cy Young Dara Rao\n")
        #expect(found.filter { !$0.isOffice }.isEmpty)
    }
}
