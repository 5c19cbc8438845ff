import POACore
import Testing

@testable import POAReading

/// The grant a delegation acts under: an opening ("pursuant to", "under", ...) near a power of
/// attorney that appointed the undersigned, or an appointment "as a substitute". Its grantor
/// is the name after a marker ("granted by", "executed by", "attorney-in-fact for"), its date
/// the one in the reference, never one after "hereby".
struct ParentGrantTests {
    func isDelegation(_ text: String) -> Bool {
        let p = passage(text)
        return ParentGrant.isDelegation(p, in: p.whole)
    }

    func parent(_ text: String) -> ParentReference? {
        let p = passage(text)
        return ParentGrant.read(p, in: p.whole, dates: DateScanner.dates(in: p, p.whole))?.0
    }

    @Test(arguments: [
        "Pursuant to the Power of Attorney granted to the undersigned by Lionel Barrowmere, the undersigned hereby appoints Greta Folsom.",
        "Under the power of attorney executed by Lionel Barrowmere in favor of the undersigned on March 1, 2012, the undersigned appoints Greta Folsom.",
        "By virtue of a Power of Attorney appointing the undersigned as attorney-in-fact, the undersigned names Greta Folsom.",
        "In accordance with the Power of Attorney dated June 3, 2019, by which Lionel Barrowmere appointed the undersigned, the undersigned designates Greta Folsom.",
        "Acting under a power of attorney given to the undersigned by Lionel Barrowmere, the undersigned appoints Greta Folsom.",
    ])
    func anOpeningNearAPowerThatAppointedTheUndersigned(_ text: String) {
        #expect(isDelegation(text), "\(text)")
    }

    @Test func theUndersignedWasAppointedAttorneyInFact() {
        #expect(isDelegation("Under a Power of Attorney dated June 3, 2019, the undersigned, Tobias Wren, has been appointed attorney-in-fact for Lionel Barrowmere."))
        // Appointed to an office, not as attorney-in-fact: no parent grant.
        #expect(!isDelegation("Under a Power of Attorney dated June 3, 2019, the undersigned, Tobias Wren, has been appointed Treasurer of Quillfeather Therapeutics, Inc. by its Board."))
    }

    @Test(arguments: [
        "The undersigned hereby designates Greta Folsom as substitute attorney-in-fact.",
        "Tobias Wren hereby names Greta Folsom as his substitute to sign Forms 3, 4 and 5.",
    ])
    func anAppointmentAsASubstitute(_ text: String) {
        #expect(isDelegation(text), "\(text)")
    }

    @Test func aGrantThatOnlyCitesItselfIsNoDelegation() {
        #expect(!isDelegation("Pursuant to this Power of Attorney, the undersigned hereby appoints Greta Folsom as attorney-in-fact for the undersigned."))
    }

    /// "as a substitute" needs an appointing verb before it in its own sentence.
    @Test func aSubstituteWithoutAnAppointingVerbIsNoDelegation() {
        #expect(!isDelegation("The undersigned hereby constitutes Greta Folsom attorney-in-fact. Any person acting as a substitute shall have the same powers."))
    }

    /// The appointed-undersigned wording must come within 400 bytes of the opening.
    @Test func theReferenceMustBeNearTheOpening() {
        let filler = String(repeating: "The attorney-in-fact shall keep records. ", count: 11)
        #expect(!isDelegation("Pursuant to the power of attorney of the Company, " + filler + "all was granted to the undersigned by Lionel Barrowmere."))
    }

    @Test func theGrantorAndDateAfterGrantedBy() throws {
        let found = try #require(parent("Pursuant to that certain Power of Attorney granted to the undersigned by Lionel Barrowmere, dated April 2, 2018, the undersigned hereby appoints Greta Folsom."))
        #expect(found.grantor == "Lionel Barrowmere")
        #expect(found.executedOn == Day(year: 2018, month: 4, day: 2))
    }

    @Test func theGrantorsNameEndsAtALowercaseWord() throws {
        let found = try #require(parent("Under the power of attorney executed by Lionel Barrowmere in favor of the undersigned on March 1, 2012, the undersigned appoints Greta Folsom."))
        #expect(found.grantor == "Lionel Barrowmere")
        #expect(found.executedOn == Day(year: 2012, month: 3, day: 1))
    }

    /// A date after "hereby" is the delegation's, not its parent's.
    @Test func aDateAfterHerebyIsNotTheParents() throws {
        let text = "Pursuant to the Power of Attorney granted to the undersigned by Lionel Barrowmere, the undersigned hereby appoints Greta Folsom effective June 1, 2020."
        let p = passage(text)
        let (found, clause) = try #require(ParentGrant.read(p, in: p.whole, dates: DateScanner.dates(in: p, p.whole)))
        #expect(found.grantor == "Lionel Barrowmere")
        #expect(found.executedOn == nil)
        #expect(!p.text(clause).contains("2020"))
    }

    @Test func noPowerOfAttorneyNoParent() {
        #expect(parent("Acting for Lionel Barrowmere as his agent, granted by Lionel Barrowmere, the undersigned appoints Greta Folsom.") == nil)
    }

    @Test func aMarkerFollowedByNoNameGivesNoParent() {
        #expect(parent("Pursuant to the power of attorney signed by the undersigned on May 5, 2015, the undersigned appoints Greta Folsom.") == nil)
    }
}
