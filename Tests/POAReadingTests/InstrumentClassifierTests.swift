import POACore
import Testing

@testable import POAReading

/// What a segment is: a grant, a delegation, a revocation, a power of attorney that could not
/// be read, or no instrument at all. A grant that revokes its grantor's earlier powers stays a
/// grant; a stock power, a report signed by an attorney-in-fact and an "authorized
/// representative" are no instruments.
struct InstrumentClassifierTests {
    func kind(_ text: String) -> InstrumentClassifier.Kind {
        let p = passage(text)
        return InstrumentClassifier.classify(p, p.whole)
    }

    @Test func anAppointmentOfAttorneysIsAGrant() throws {
        let text = "KNOW ALL BY THESE PRESENTS, that the undersigned hereby constitutes and appoints each of Harriet Vale and Omar Tisdale, signing singly, the undersigned's true and lawful attorney-in-fact to execute Forms 3, 4 and 5 with respect to securities of Quillfeather Therapeutics, Inc."
        let p = passage(text)
        let classification = InstrumentClassifier.classification(p, p.whole)
        #expect(classification.kind == .instrument(.grant))
        // The appointment clause read to decide is handed on, so it need not be read twice.
        let appointment = try #require(classification.appointment)
        #expect(p.text(appointment.range).contains("Harriet Vale"))
    }

    @Test func anAppointmentUnderAnotherPowerOfAttorneyIsADelegation() {
        #expect(kind("Pursuant to that certain Power of Attorney granted to the undersigned by Lionel Barrowmere, dated April 2, 2018, the undersigned hereby appoints Greta Folsom as substitute attorney-in-fact to sign Forms 3, 4 and 5 on behalf of Lionel Barrowmere.") == .instrument(.delegation))
    }

    @Test func anAppointmentOfASubstituteIsADelegation() {
        #expect(kind("The undersigned, as attorney-in-fact, hereby appoints Greta Folsom as a substitute attorney-in-fact for the purposes of the Power of Attorney.") == .instrument(.delegation))
    }

    @Test func revokingAnEarlierPowerIsARevocation() {
        #expect(kind("The undersigned hereby revokes the Power of Attorney dated March 3, 2015, granted to Harriet Vale and Omar Tisdale with respect to filings for Quillfeather Therapeutics, Inc.") == .instrument(.revocation))
        #expect(kind("REVOCATION OF POWER OF ATTORNEY\n\nEffective immediately, the undersigned does revoke the appointment of Omar Tisdale as attorney-in-fact.") == .instrument(.revocation))
    }

    /// A grant that also revokes its grantor's earlier powers of attorney is the new grant.
    @Test func aGrantsOwnSupersessionClauseKeepsItAGrant() {
        #expect(kind("KNOW ALL BY THESE PRESENTS, that the undersigned hereby constitutes and appoints Harriet Vale as the undersigned's true and lawful attorney-in-fact to execute Forms 3, 4 and 5. This Power of Attorney revokes all prior powers of attorney executed by the undersigned with respect to the Company.") == .instrument(.grant))
    }

    /// "until the undersigned revokes such authorization" is the grant's own end.
    @Test func aGrantsOwnEndKeepsItAGrant() {
        #expect(kind("The undersigned hereby constitutes and appoints Harriet Vale as the undersigned's true and lawful attorney-in-fact to execute Forms 3, 4 and 5. This Power of Attorney shall remain in effect until the undersigned revokes it in a signed writing.") == .instrument(.grant))
    }

    @Test func aPowerOfAttorneyWhoseAppointmentCannotBeReadIsUnreadable() {
        #expect(kind("POWER OF ATTORNEY\n\nKnow all by these presents, that the undersigned ratifies what the attorney-in-fact shall lawfully do.") == .unreadablePOA)
    }

    @Test func textWithoutPowerOfAttorneyLanguageIsNone() throws {
        let p = passage("The annual meeting of stockholders of Quillfeather Therapeutics, Inc. will be held on May 4, 2023 at the Company's offices.")
        let classification = InstrumentClassifier.classification(p, p.whole)
        #expect(classification.kind == .none)
        #expect(classification.appointment == nil)
    }

    /// A stock power appoints an attorney, but only to transfer shares on the books.
    @Test func aStockPowerIsNone() {
        #expect(kind("FOR VALUE RECEIVED, the undersigned hereby assigns and transfers unto Fenwick Ardley 500 shares of the Common Stock of Quillfeather Therapeutics, Inc. and does hereby irrevocably constitute and appoint Corbin Hale as attorney-in-fact to transfer the said stock on the books of the Company.") == .none)
    }

    /// "his duly authorized representative" names nobody to do anything.
    @Test func anAuthorizedRepresentativeIsNoAppointment() {
        #expect(kind("This statement is signed on behalf of the undersigned by its duly authorized representative, Harriet Vale.") == .none)
    }

    /// In a report, "attorney-in-fact" marks who signed it.
    @Test func aReportSignedByAnAttorneyInFactIsNone() {
        #expect(kind("This Annual Report on Form 10-K of Quillfeather Therapeutics, Inc. for the fiscal year ended December 31, 2022 has been signed below.\n\nBy: /s/ Harriet Vale, Attorney-in-Fact for Omar Tisdale, Director") == .none)
    }

    @Test func theNotPOAReasonSaysWhatTheTextIs() {
        #expect(InstrumentClassifier.notPOAReason(passage("Dear Mr. Tisdale: We have reviewed your filing and have the following comments.")).hasPrefix("an SEC staff comment letter"))
        #expect(InstrumentClassifier.notPOAReason(passage("The proxy statement for the annual meeting follows.")).hasPrefix("a proxy statement"))
        #expect(InstrumentClassifier.notPOAReason(passage("A copy of the power of attorney is kept on file.")).hasPrefix("mentions a power of attorney"))
        #expect(InstrumentClassifier.notPOAReason(passage("The quarterly dividend will be paid on June 1.")).hasPrefix("no power-of-attorney language"))
    }
}
