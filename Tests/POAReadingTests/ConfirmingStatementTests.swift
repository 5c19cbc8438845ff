import POACore
import Testing

@testable import POAReading

/// Confirming statements: "This statement confirms that the undersigned, NAME, has authorized
/// and designated ..." and the third-person "The reporting person, NAME, has executed a power
/// of attorney that authorizes ... the following persons ...: LIST".
struct ConfirmingStatementTests {
    @Test(arguments: TemplateFamily.documents("confirming-statement"))
    func readsAsExpected(_ document: String) throws {
        try TemplateFamily.check("confirming-statement", document)
    }

    private func passage(_ text: String) -> Passage { Passage.plainText(Array(text.utf8), 0..<text.utf8.count) }

    @Test func theSecondListMendsAMissingComma() throws {
        let p = passage(
            "This statement confirms that the undersigned, Ewan F. Gale, has authorized and designated, Ada Lovel Cyrus Marn, and Ines Ortt, to execute and file on the undersigned's behalf all Forms 3, 4 and 5. The authority of Ada Lovel, Cyrus Marn, and Ines Ortt under this statement shall continue.")
        let grant = try #require(ConfirmingStatement.read(p, in: p.whole))
        #expect(grant.appointment.attorneys.map(\.name) == ["Ada Lovel", "Cyrus Marn", "Ines Ortt"])
        #expect(grant.grantor?.value == "Ewan F. Gale")
    }

    @Test func aSecondListOfOtherPeopleIsNotTaken() throws {
        let p = passage(
            "This statement confirms that the undersigned, Ewan F. Gale, has authorized and designated Ada Lovel and Cyrus Marn to execute and file on the undersigned's behalf all Forms 3, 4 and 5. The authority of Ines Ortt, Pia Quell and Rob Sand is not affected.")
        let grant = try #require(ConfirmingStatement.read(p, in: p.whole))
        #expect(grant.appointment.attorneys.map(\.name) == ["Ada Lovel", "Cyrus Marn"])
    }

    @Test func theThirdPersonNamesTheGrantorAndTheConfirmedPowersDate() throws {
        let p = passage(
            "The reporting person, Ewan F. Gale, has executed a power of attorney that authorizes the following persons to file the Form on his behalf: Ada B.C. Lovel, Cyrus St. Marn or Ines Ortt. The power of attorney is on file with the Issuer, and it is dated June 3, 2012.")
        let grant = try #require(ConfirmingStatement.read(p, in: p.whole))
        #expect(grant.grantor?.value == "Ewan F. Gale")
        #expect(grant.appointment.attorneys.map(\.name) == ["Ada B.C. Lovel", "Cyrus St. Marn", "Ines Ortt"])
        #expect(grant.executedOn?.value.description == "2012-06-03")
    }

    @Test func theListEndsAtAPeriodAfterAWordNotAnInitial() {
        let p = passage("Ada B.C. Lovel, Cyrus St. Marn or Jo Wu. The power")
        let end = StatedGrant.listSentenceEnd(p, from: 0, limit: p.count)
        #expect(p.text(0..<end) == "Ada B.C. Lovel, Cyrus St. Marn or Jo Wu")
    }
}

extension ConfirmingStatementTests {
    @Test func theIndividualsListedBelowAreNoAttorneyWhenNoNamesFollow() {
        let p = passage(
            "This statement confirms that the undersigned has authorized the individuals listed below to execute and file on the undersigned's behalf all Forms 3, 4 and 5:\nSee the schedule kept by the Company.")
        #expect(ConfirmingStatement.read(p, in: p.whole) == nil)
    }
}
