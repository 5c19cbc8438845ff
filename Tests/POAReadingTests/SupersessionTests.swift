import Testing

@testable import POAReading

/// Express supersession clauses: a grant that revokes or replaces its grantor's earlier powers
/// of attorney, and the wordings that only look like one.
struct SupersessionTests {
    @Test(arguments: TemplateFamily.documents("supersession"))
    func readsAsExpected(_ document: String) throws {
        try TemplateFamily.check("supersession", document)
    }

    func clause(_ text: String) -> String? {
        let p = passage(text)
        return Supersession.read(p, in: p.whole)?.value
    }

    @Test(arguments: [
        "This Power of Attorney revokes and replaces any prior Power of Attorney executed by the undersigned with respect to the Company.",
        "I hereby revoke all prior powers of attorney relating to the foregoing acts.",
        "The undersigned also hereby revokes any power of attorney previously executed by the undersigned with respect to Forms 3, 4 and 5.",
        "This Power of Attorney also serves to revoke and replace as of the date hereof, any prior Power of Attorney executed by the undersigned.",
        "This Power of Attorney shall revoke any Power of Attorney relating to the same subject that was previously executed by the undersigned.",
        "This Power of Attorney shall (i) supersede the Power of Attorney dated August 9, 2019, (ii) remain in effect until revoked.",
        "This Limited Power of Attorney shall revoke the Limited Power of Attorney executed by the Corporation on May 4, 2022; however, no action is affected.",
        "From and after the date hereof, any Power of Attorney previously granted by the undersigned concerning the subject matter hereof is hereby revoked.",
        "All power of attorney documents previously executed by the undersigned that granted the same authority as granted herein are hereby revoked.",
        "Effective September 16, 2021, this document hereby revokes in its entirety any Power of Attorney executed by the undersigned with regard to the same subject matter.",
        "This power of attorney replaces any previous power of attorney with respect to the subject matter hereof.",
        "I revoke my prior Tallowmere Corporation - Power of Attorney.",
        "This authorization shall supersede all prior authorizations to act for the undersigned, which prior authorizations are hereby revoked.",
        "The undersigned's prior authorizations for these matters are superseded by this power of attorney, which remains in effect until revoked.",
        "This appointment supersedes any prior appointment of a substitute by the undersigned under that power of attorney.",
    ])
    func expressClauses(_ text: String) { #expect(clause(text) != nil, "\(text)") }

    @Test(arguments: [
        "This Power of Attorney shall remain in effect until I have notified you in writing of its termination or it is superseded by a new power of attorney regarding the purposes outlined herein dated as of a later date.",
        "This Power of Attorney shall not revoke any powers of attorney previously executed by the undersigned.",
        "This Power of Attorney shall not be revoked by any subsequent power of attorney, unless such subsequent power of attorney specifically states that it is intended to revoke all prior powers of attorney.",
        "Except as otherwise provided herein, this Power of Attorney shall not in any manner revoke in whole or in part any power of attorney previously executed.",
        "This Power of Attorney shall remain in full force and effect until the undersigned is no longer required to file Forms 3, 4 and 5, unless earlier revoked by the undersigned in a signed writing.",
        "The authorization set forth above shall continue in full force and effect until the undersigned revokes such authorization by written instructions to the attorneys-in-fact.",
        "The Company has the unrestricted right unilaterally to revoke this Power of Attorney.",
        "(2) this Power of Attorney is revoked by the undersigned in a signed writing delivered to the foregoing attorney-in-fact;",
        "If any such attorney-in-fact ceases to be an employee, then this Power of Attorney shall be automatically revoked solely as to such individual.",
        "with full power of substitution or revocation, hereby ratifying and confirming all that such attorney-in-fact shall lawfully do.",
        "The undersigned hereby revokes the appointment of Ambrose Kettering as attorney-in-fact under the Power of Attorney dated May 14, 2018.",
    ])
    func notSupersessions(_ text: String) { #expect(clause(text) == nil, "\(text)") }

    @Test func quotedSentenceStopsBeforeTheDuration() throws {
        let quoted = clause("Hereby ratifying. This Power of Attorney revokes all previous powers of attorney with respect to the subject matter hereof, and shall remain in full force and effect until revoked.")
        #expect(quoted == "This Power of Attorney revokes all previous powers of attorney with respect to the subject matter hereof")
    }

    @Test func aGrantsOwnClauseIsNotARevocationEvenWhenItsAttorneysCannotBeRead() {
        let text = "the undersigned hereby constitutes and appoints solely in connection with the undersigned's capacity the persons below. This Power of Attorney revokes any previous Power of Attorney granted by the undersigned with respect to the subject matter hereof."
        let p = passage(text)
        let revokes = p.match("revokes", in: p.whole)?.lowerBound ?? 0
        #expect(Supersession.isGrantsOwnClause(p, at: revokes, in: p.whole, appointmentRead: false))
        let letter = passage("The undersigned hereby revokes all prior powers of attorney granted by the undersigned.")
        #expect(!Supersession.isGrantsOwnClause(letter, at: 20, in: letter.whole, appointmentRead: false))
        let quoting = passage("The undersigned hereby revokes the power of attorney dated May 2, 2014, by which the undersigned hereby constitutes and appoints Ann Lee.")
        #expect(!Supersession.isGrantsOwnClause(quoting, at: 20, in: quoting.whole, appointmentRead: false))
    }
}
