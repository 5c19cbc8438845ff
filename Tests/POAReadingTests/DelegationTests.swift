import POACore
import Testing

@testable import POAReading

/// Delegations: an attorney-in-fact under a delegable grant appoints substitutes, naming the
/// grant it acts under (its grantor and date).
struct DelegationTests {
    @Test(arguments: TemplateFamily.documents("delegation"))
    func readsAsExpected(_ document: String) throws {
        try TemplateFamily.check("delegation", document)
    }

    func isDelegation(_ text: String) -> Bool {
        let p = passage(text)
        return ParentGrant.isDelegation(p, in: p.whole)
    }

    @Test(arguments: [
        "Under the terms of a power of attorney, dated May 5, 2010 (the \"Power of Attorney\"), the undersigned, Jane Roe, was appointed the true and lawful attorney-in-fact for John Doe (the \"Appointer\").",
        "Pursuant to a written Limited Power of Attorney granted by each of the following individuals, the undersigned has been constituted and appointed true and lawful attorney-in-fact and agent.",
        "The undersigned hereby appoints Nora Quill as a substitute attorney-in-fact, on behalf of the Reporting Person.",
        "Pursuant to that certain Power of Attorney granted to the undersigned by John Doe, dated July 7, 2010, the undersigned hereby appoints Ann Lee.",
    ])
    func delegationWordings(_ text: String) { #expect(isDelegation(text), "\(text)") }

    @Test(arguments: [
        "The undersigned hereby constitutes and appoints Ann Lee, with full power of substitution, hereby ratifying all that such attorney-in-fact or her substitute or substitutes shall lawfully do under this Power of Attorney.",
        "Under Section 16 of the Exchange Act, the undersigned hereby appoints Ann Lee as attorney-in-fact.",
    ])
    func grantWordings(_ text: String) { #expect(!isDelegation(text), "\(text)") }

    @Test func grantorNamedBeforeTheReference() throws {
        let p = passage("The undersigned, as attorney-in-fact for Evangeline S. Marchbank pursuant to a Power of Attorney dated January 22, 2013, hereby appoints Ann Lee as her substitute attorney-in-fact.")
        let (parent, clause) = try #require(ParentGrant.read(p, in: p.whole, dates: DateScanner.dates(in: p, p.whole)))
        #expect(parent.grantor == "Evangeline S. Marchbank")
        #expect(parent.executedOn?.description == "2013-01-22")
        #expect(p.text(clause).hasSuffix("January 22, 2013"))
    }

    @Test func parentDatedBeforeItsGrantor() throws {
        let p = passage("SUBSTITUTE POWER OF ATTORNEY\n\nUnder the terms of a power of attorney, dated December 19, 2018 (the \"Power of Attorney\") the undersigned, Ann Lee and Bo Chen, were appointed attorneys-in-fact for Michael Q. Ortega (the \"Section 16 Reporting Person\"), signing singly. The undersigned hereby appoints Nora Quill as a substitute attorney-in-fact.\n\nDate: June 5, 2019")
        let (parent, _) = try #require(ParentGrant.read(p, in: p.whole, dates: DateScanner.dates(in: p, p.whole)))
        #expect(parent.grantor == "Michael Q. Ortega")
        #expect(parent.executedOn?.description == "2018-12-19")
    }
}
