import Foundation
import POACore
import POAImport
import POAStore
import Testing

@testable import POAAuthority

/// Every verdict of `poa audit`, on the seed filings (Kelly's grant of 2004, Kreczko's of 2007,
/// Levenson's delegable grant of 2010-07-07 and Anzaldua's delegation of 2010-07-09 to Terence D.
/// Shields and Leslie T. Soler) and small filings written for each rule.
struct SignatureAuditTests {
    typealias F = AuditFixture
    let levenson = (name: "LEVENSON DAVID N", cik: "0001498237")

    @Test func aSignatureByAnAttorneyTheGrantNamesIsAuthorizedThroughTheGrant() throws {
        let fixture = try F()
        try fixture.importing(F.form4(owner: "KRECZKO ALAN J", signedBy: "By: /s/ Amanda Aquino, as attorney-in-fact", on: "2008-03-05"))
        let row = try fixture.verdict(on: "2008-03-05")
        #expect(row.verdict == "authorized")
        #expect(row.cause == "grant")
        #expect(row.signer == "Amanda Grabowski Aquino")
        #expect(row.via.map(\.kind) == [.grant])
        #expect(row.via.first?.executedOn.description == "2007-07-26")
    }

    @Test func aSignatureBySubAttorneyTheDayAfterTheDelegationIsAuthorizedThroughGrantAndDelegation() throws {
        let fixture = try F()
        try fixture.importing(
            F.form4(owner: levenson.name, cik: levenson.cik, signedBy: "Terence Shields, Attorney-in-Fact for David N. Levenson", on: "2010-07-12"))
        let row = try fixture.verdict(on: "2010-07-12")
        #expect(row.verdict == "authorized")
        #expect(row.cause == "delegation")
        #expect(row.via.map(\.kind) == [.grant, .delegation])
        #expect(row.via.map(\.executedOn.description) == ["2010-07-07", "2010-07-09"])
    }

    @Test func theDayBeforeTheDelegationTheSubAttorneyIsUnauthorizedNotYetSigned() throws {
        let fixture = try F()
        try fixture.importing(F.form4(owner: levenson.name, signedBy: "/s/ Terence D. Shields, attorney-in-fact", on: "2010-07-08"))
        let row = try fixture.verdict(on: "2010-07-08")
        #expect(row.verdict == "unauthorized")
        #expect(row.cause == "not-yet-signed")
        #expect(row.reason.contains("2010-07-08"))
        #expect(row.reason.contains("begins only on 2010-07-09"))
        #expect(row.via.isEmpty)
    }

    @Test func theOwnerSigningInPersonIsSelf() throws {
        let fixture = try F()
        try fixture.importing(F.form4(owner: levenson.name, signedBy: "/s/ David N. Levenson", on: "2010-08-03"))
        let row = try fixture.verdict(on: "2010-08-03")
        #expect(row.verdict == "self")
        #expect(row.signer == "David N. Levenson")
    }

    @Test func aKnownPersonNoPOAOfTheOwnerNamesIsUnauthorized() throws {
        let fixture = try F()
        try fixture.importing(F.form4(owner: levenson.name, signedBy: "/s/ Amanda Grabowski Aquino, attorney-in-fact", on: "2010-08-03"))
        let row = try fixture.verdict(on: "2010-08-03")
        #expect(row.verdict == "unauthorized")
        #expect(row.cause == "not-named")
        #expect(row.reason.contains("names Amanda Grabowski Aquino (grants on file: 2010-07-07)"))
    }

    @Test func anOwnerWithNoPOAOnFileIsUnauthorizedNoPOA() throws {
        let fixture = try F()
        try fixture.importing(F.form4(owner: "ROE RICHARD P", cik: "0001777777", signedBy: "/s/ Terence D. Shields, attorney-in-fact", on: "2010-08-03"))
        let row = try fixture.verdict(on: "2010-08-03")
        #expect(row.verdict == "unauthorized")
        #expect(row.cause == "no-poa")
        #expect(row.owner == "Richard P. Roe")
        #expect(row.reason.contains("No power of attorney by Richard P. Roe is on file."))
    }

    /// A substitute POA recites the grant it acts under; while that grant is not on file, the
    /// reason says which grant to import, whichever came first.
    @Test(arguments: [true, false])
    func noPOAOnFileNamesTheGrantASubstitutePOAStates(substituteFirst: Bool) throws {
        let fixture = try F(seeds: false)
        let substitute = """
            SUBSTITUTE POWER OF ATTORNEY

            Under the terms of a power of attorney dated December 19, 2018, the undersigned, Lena
            Marsh, was appointed attorney-in-fact for Rowan P. Castellane, with full power of
            substitution, to sign Forms 3, 4 and 5 relating to securities of The Hartford Financial
            Services Group, Inc. (the "Company"). The undersigned hereby appoints Nadia Moreau as a
            substitute attorney-in-fact, on behalf of Rowan P. Castellane.

            Date: June 5, 2019

            /s/ Lena Marsh
            Lena Marsh
            """
        let form = F.form4(owner: "CASTELLANE ROWAN P", cik: "0001777778", signedBy: "/s/ Lena Marsh, attorney-in-fact", on: "2023-03-20")
        for text in substituteFirst ? [substitute, form] : [form, substitute] { try fixture.importing(text) }
        let row = try fixture.verdict(on: "2023-03-20")
        #expect(row.cause == "no-poa")
        #expect(row.reason.contains("No power of attorney by Rowan P. Castellane is on file."))
        #expect(
            row.reason.contains(
                "The delegation by Lena Marsh of 2019-06-05 (")
                && row.reason.contains("acts under a power of attorney by Rowan P. Castellane of 2018-12-19, which is not on file"),
            "\(row.reason)")
    }

    @Test func aGrantSupersededBeforeTheSignatureGivesNoAuthority() throws {
        let fixture = try F()
        try fixture.importSamples("edgar_form4_kelly_with_ex24")
        try fixture.importing(F.form4(owner: "KELLY EDWARD J III", signedBy: "/s/ Neal S. Wolin, Attorney-in-Fact", on: "2006-06-14"))
        let row = try fixture.verdict(on: "2006-06-14")
        #expect(row.verdict == "unauthorized")
        #expect(row.cause == "superseded")
        #expect(row.reason.contains("ended on 2006-05-01"))
        #expect(row.reason.contains("superseded by the grant of 2006-05-01"))
        // The day before the new grant, the old one still gave authority.
        try fixture.importing(F.form4(owner: "KELLY EDWARD J III", signedBy: "/s/ Neal S. Wolin, Attorney-in-Fact", on: "2006-04-30"))
        #expect(try fixture.verdict(on: "2006-04-30").verdict == "authorized")
    }

    @Test func aRevokedGrantGivesNoAuthorityFromTheDayTheRevocationTakesEffect() throws {
        let fixture = try F()
        try fixture.importing(
            """
            REVOCATION OF POWER OF ATTORNEY
            The undersigned, Alan J. Kreczko, hereby revokes the Power of Attorney dated July 26, 2007, granted by the
            undersigned with respect to the undersigned's reports on Forms 3, 4 and 5 relating to securities of
            The Hartford Financial Services Group, Inc. (the "Company").
            This revocation is effective as of March 1, 2009.
            Dated: February 20, 2009
            /s/ Alan J. Kreczko
            """)
        for day in ["2009-02-28", "2009-03-01"] {
            try fixture.importing(F.form4(owner: "KRECZKO ALAN J", signedBy: "/s/ Terence D. Shields, attorney-in-fact", on: day))
        }
        #expect(try fixture.verdict(on: "2009-02-28").verdict == "authorized")
        let row = try fixture.verdict(on: "2009-03-01")
        #expect(row.verdict == "unauthorized")
        #expect(row.cause == "revoked")
        #expect(row.reason.contains("ended on 2009-03-01"))
    }

    @Test func aRevocationRecordedAsAFactChangesTheVerdictAndUndoingItRestoresIt() throws {
        let fixture = try F()
        try fixture.importing(F.form4(owner: "KRECZKO ALAN J", signedBy: "/s/ Terence D. Shields, attorney-in-fact", on: "2009-06-01"))
        #expect(try fixture.verdict(on: "2009-06-01").verdict == "authorized")
        let facts = FactRecorder(ledger: fixture.ledger, recordedBy: "test")
        let fact = try facts.revoked(grantor: "Alan J. Kreczko", on: try Day(iso: "2009-01-01"))
        let row = try fixture.verdict(on: "2009-06-01")
        #expect(row.cause == "revoked")
        #expect(row.reason.contains("revoked (recorded fact #\(fact.id ?? 0))"))
        try facts.undo(fact.id ?? 0)
        #expect(try fixture.verdict(on: "2009-06-01").verdict == "authorized")
    }

    @Test func aForm144IsJudgedAgainstForm144Scope() throws {
        let fixture = try F()
        // Holloway's POA covers Forms 3, 4 and 5 only; Kelly's of 2004 covers Form 144 too.
        try fixture.importSamples("edgar_form4_with_ex24")
        let verdant = (cik: "0001500777", name: "Verdant Logistics Corp")
        try fixture.importing(F.form144(person: "Grant E. Holloway", signedBy: "/s/ Priya Natarajan, Attorney-in-Fact", on: "2017-05-10", issuer: verdant), as: "f144.xml")
        try fixture.importing(F.form144(person: "Edward J. Kelly, III", signedBy: "/s/ Neal S. Wolin, Attorney-in-Fact", on: "2005-05-10"), as: "k144.xml")
        let outOfScope = try fixture.verdict(on: "2017-05-10")
        #expect(outOfScope.form == .f144)
        #expect(outOfScope.verdict == "unauthorized")
        #expect(outOfScope.cause == "form-not-in-scope")
        #expect(outOfScope.reason.contains("may sign Forms 3, 4, 5 on that day, but not Form 144"))
        #expect(try fixture.verdict(on: "2005-05-10").verdict == "authorized")
    }

    @Test func anAmendmentIsSignedUnderItsFormsScope() throws {
        let fixture = try F()
        try fixture.importing(F.form4(owner: "KELLY EDWARD J III", signedBy: "/s/ Neal S. Wolin, Attorney-in-Fact", on: "2005-02-01", type: "4/A"))
        let row = try fixture.verdict(on: "2005-02-01")
        #expect(row.formAsFiled == "4/A")
        #expect(row.form == .four)
        #expect(row.verdict == "authorized")
    }

    @Test func aSubAttorneyUnderAnInvalidDelegationIsUnauthorizedWithTheDelegationsReason() throws {
        let fixture = try F()
        // Kelly's grant of 2004 gives no power to delegate.
        try fixture.importing(
            """
            APPOINTMENT OF SUBSTITUTE UNDER POWER OF ATTORNEY

            Pursuant to the power of attorney granted to the undersigned by Edward J. Kelly, III, dated
            February 19, 2004, the undersigned hereby appoints Oliver J. Fenwick as substitute
            attorney-in-fact for Edward J. Kelly, III, with the same authority to sign and file Forms 3, 4,
            5 and 144 relating to securities of The Hartford Financial Services Group, Inc. (the "Company")
            as the undersigned holds under that power of attorney.

            Dated: March 1, 2005

            /s/ Neal S. Wolin
            Neal S. Wolin
            """)
        try fixture.importing(F.form4(owner: "KELLY EDWARD J III", signedBy: "/s/ Oliver J. Fenwick, attorney-in-fact", on: "2005-04-01"))
        let row = try fixture.verdict(on: "2005-04-01")
        #expect(row.verdict == "unauthorized")
        #expect(row.cause == "delegation-invalid")
        #expect(row.reason.contains("gives no power to delegate"))
    }

    @Test func aSignerNoKnownPersonFitsIsUnknown() throws {
        let fixture = try F()
        try fixture.importing(F.form4(owner: levenson.name, signedBy: "/s/ Jane Q. Roe, attorney-in-fact", on: "2010-09-15"))
        let row = try fixture.verdict(on: "2010-09-15")
        #expect(row.verdict == "unknown-signer")
        #expect(row.cause == "not-known")
        #expect(row.reason.contains("No person named \"Jane Q. Roe\""))
        #expect(try fixture.ledger.snapshot { try $0.people(key: PersonName("Jane Q. Roe").key) }.isEmpty, "a signature creates no person")
    }

    @Test func aSignatureWithNoReadableNameIsUnknownSigner() throws {
        let fixture = try F()
        try fixture.importing(F.form4(owner: levenson.name, signedBy: "/s/ Attorney-in-Fact", on: "2010-09-16"))
        let row = try fixture.verdict(on: "2010-09-16")
        #expect(row.verdict == "unknown-signer")
        #expect(row.cause == "unreadable")
    }

    @Test func aSignerNameThatFitsTwoPeopleIsUnknownNotForced() throws {
        let fixture = try F()
        try fixture.importing(F.grant(by: "Carl Grantor", appointing: "John A. Smith and John B. Smith", signed: "5th day of May, 2011"))
        try fixture.importing(F.form4(owner: "GRANTOR CARL", signedBy: "/s/ John Smith, attorney-in-fact", on: "2011-06-01"))
        let row = try fixture.verdict(on: "2011-06-01")
        #expect(row.verdict == "unknown-signer")
        #expect(row.cause == "ambiguous")
        #expect(row.reason.contains("John A. Smith") && row.reason.contains("John B. Smith"))
    }

    @Test func anEntityOfficerWithoutAPOAIsUnauthorizedAndSaysSo() throws {
        let fixture = try F()
        try fixture.importSamples("entity_grantor")
        let tessaline = (cik: "0001639920", name: "Tessaline Biosciences Corp.")
        let owner = [(name: "HARBOR RIDGE CAPITAL MANAGEMENT, LLC", cik: Optional("0001722410"))]
        try fixture.importing(F.form(owners: owner, signatures: [("Harbor Ridge Capital Management, LLC, By: /s/ Elena V. Marchetti, Attorney-in-Fact", "2019-03-01")], issuer: tessaline))
        try fixture.importing(F.form(owners: owner, signatures: [("Harbor Ridge Capital Management, LLC, By: /s/ Alan J. Kreczko, Managing Member", "2019-03-04")], issuer: tessaline))
        #expect(try fixture.verdict(on: "2019-03-01").verdict == "authorized")
        let row = try fixture.verdict(on: "2019-03-04")
        #expect(row.verdict == "unauthorized")
        #expect(row.signedAs == .signatory)
        #expect(row.reason.contains("Signed by Alan J. Kreczko as Managing Member for Harbor Ridge Capital Management, LLC, not as attorney-in-fact"))
    }

    @Test func authorityForAnotherIssuerDoesNotCount() throws {
        let fixture = try F()
        let acme = (cik: "0000999001", name: "Acme Widgets, Inc.")
        try fixture.importing(F.form(owners: [(levenson.name, levenson.cik)], signatures: [("/s/ Terence D. Shields, attorney-in-fact", "2010-08-03")], issuer: acme))
        let row = try fixture.verdict(on: "2010-08-03")
        #expect(row.verdict == "unauthorized")
        #expect(row.cause == "other-issuer")
        #expect(row.reason.contains("not of Acme Widgets, Inc."))
    }

    @Test func aJointFilingGivesOneRowPerOwner() throws {
        let fixture = try F()
        let owners = [(name: levenson.name, cik: Optional(levenson.cik)), (name: "KRECZKO ALAN J", cik: Optional("0001183472"))]
        try fixture.importing(F.form(owners: owners, signatures: [("/s/ Terence D. Shields, attorney-in-fact", "2010-08-02")]))
        let rows = try fixture.audit(on: "2010-08-02")
        #expect(rows.map(\.owner) == ["David N. Levenson", "Alan J. Kreczko"])
        #expect(rows.map(\.cause) == ["delegation", "grant"])
    }

    @Test func signaturesThatNameTheirOwnerInAJointFilingSignOnlyForThatOwner() throws {
        let fixture = try F()
        let owners = [(name: levenson.name, cik: Optional(levenson.cik)), (name: "KRECZKO ALAN J", cik: Optional("0001183472"))]
        try fixture.importing(
            F.form(
                owners: owners,
                signatures: [
                    ("/s/ Terence D. Shields, Attorney-in-Fact for David N. Levenson", "2010-08-02"),
                    ("/s/ Alan J. Kreczko", "2010-08-02"),
                ]))
        let rows = try fixture.audit(on: "2010-08-02")
        #expect(rows.map(\.owner) == ["David N. Levenson", "Alan J. Kreczko"])
        #expect(rows.map(\.verdict) == ["authorized", "self"])
    }
}

/// Reporting owners are matched to people by CIK, else by name; uncertain matches are flagged.
struct OwnerMatchingTests {
    typealias F = AuditFixture

    func owners(_ fixture: F) throws -> [SignatureOwner] {
        try fixture.ledger.snapshot { try $0.all(SignatureOwner.self) }
    }

    @Test func edgarOrderMatchesTheGrantorByNameAndTheCIKIsLearned() throws {
        let fixture = try F()
        try fixture.importing(F.form4(owner: "LEVENSON DAVID N", cik: "0001498237", signedBy: "/s/ David N. Levenson", on: "2010-08-03"))
        try fixture.importing(F.form4(owner: "LEVENSON DAVID N", cik: "0001498237", signedBy: "/s/ David N. Levenson", on: "2010-08-04"))
        #expect(try owners(fixture).map(\.matchedBy) == [.name, .cik])
        let person = try #require(try fixture.ledger.snapshot { try $0.person(cik: "0001498237") })
        #expect(person.name == "David N. Levenson")
        #expect(try fixture.ledger.snapshot { try $0.people(key: PersonName("David N. Levenson").key) }.count == 1)
    }

    /// EDGAR's conformed names reorder a compound surname, drop or space a hyphen, and leave
    /// out a leading initial; the grantor of the POA is still the owner, in either order.
    @Test(arguments: [
        ("Andres Chico Hernandez", "CHICO HERNANDEZ ANDRES", false),
        ("Joan Lamm-Tennant", "LAMMTENNANT JOAN M", true),
        ("Mirian Graddick-Weir", "GRADDICK WEIR MIRIAN M", false),
        ("Felix Matos Rodriguez", "MATOS RODRIGUEZ FELIX V.", false),
        ("B. Evan Bayh", "Bayh Evan", true),
        ("Elizabeth Rafael", "RAFAEL BETSY", false),
        ("Lip-Bu Tan", "TAN LIP BU", true),
    ])
    func anOwnerWhoseConformedNameIsTheGrantorsInAnotherFormIsTheGrantor(_ grantor: String, _ owner: String, eitherOrder: Bool) throws {
        // A conformed name with a surname of two words is read as such only when it looks for
        // the grantor: the owner recorded first keeps EDGAR's usual reading.
        for poaFirst in eitherOrder ? [true, false] : [true] {
            let fixture = try F(seeds: false)
            let grant = F.grant(by: grantor, appointing: "Ann Lee and Bo Chen", signed: "5th day of May, 2011")
            let form = F.form4(owner: owner, cik: "0001234567", signedBy: "/s/ Ann Lee, attorney-in-fact", on: "2011-06-01")
            if poaFirst {
                try fixture.importing(grant)
                try fixture.importing(form)
            } else {
                try fixture.importing(form)
                try fixture.importing(grant)
            }
            let row = try fixture.verdict(on: "2011-06-01")
            #expect(row.verdict == "authorized", "\(grantor) / \(owner), POA first: \(poaFirst): \(row.reason)")
            #expect(try fixture.ledger.snapshot { try $0.count(Person.self) } == 3, "the grantor and the owner are one person")
        }
    }

    @Test func anOwnerWithOnlyTheLastWordOfACompoundSurnameIsAnotherPerson() throws {
        let fixture = try F(seeds: false)
        try fixture.importing(F.grant(by: "Robert John", appointing: "Ann Lee and Bo Chen", signed: "5th day of May, 2011"))
        try fixture.importing(F.form4(owner: "SMITH JOHN ROBERT", signedBy: "/s/ Ann Lee, attorney-in-fact", on: "2011-06-01"))
        #expect(try fixture.verdict(on: "2011-06-01").cause == "no-poa")
    }

    @Test func aWordMoreInTheOwnersNameIsAnotherPerson() throws {
        let fixture = try F(seeds: false)
        try fixture.importing(F.grant(by: "Geoff Beattie", appointing: "Ann Lee and Bo Chen", signed: "5th day of May, 2011"))
        try fixture.importing(F.form4(owner: "BEATTIE WILLIAM G", signedBy: "/s/ Ann Lee, attorney-in-fact", on: "2011-06-01"))
        let row = try fixture.verdict(on: "2011-06-01")
        #expect(row.verdict == "unauthorized")
        #expect(row.cause == "no-poa")
    }

    @Test func aNameThatFitsSeveralPeopleIsFlaggedNotForced() throws {
        let fixture = try F(seeds: false)
        try fixture.importing(F.grant(by: "John A. Smith", appointing: "Ann Lee and Bo Chen", signed: "5th day of May, 2011"))
        try fixture.importing(F.grant(by: "John B. Smith", appointing: "Ann Lee and Bo Chen", signed: "6th day of May, 2011"))
        let people = try fixture.ledger.snapshot { try $0.count(Person.self) }
        try fixture.importing(F.form4(owner: "SMITH JOHN", signedBy: "/s/ Ann Lee, attorney-in-fact", on: "2011-06-01"))
        let owner = try #require(try owners(fixture).first)
        #expect(owner.matchedBy == .ambiguous)
        #expect(owner.ownerPersonId == nil)
        #expect(owner.candidates?.contains("John A. Smith") == true && owner.candidates?.contains("John B. Smith") == true)
        #expect(try fixture.ledger.snapshot { try $0.count(Person.self) } == people, "nobody new was recorded")
        let row = try fixture.verdict(on: "2011-06-01")
        #expect(row.verdict == "unknown-owner")
        #expect(row.reason.contains("fits several people"))
    }

    @Test func aPersonWithAnotherCIKIsAnotherPerson() throws {
        let fixture = try F()
        try fixture.importing(F.form4(owner: "LEVENSON DAVID N", cik: "0001498237", signedBy: "/s/ David N. Levenson", on: "2010-08-03"))
        try fixture.importing(F.form4(owner: "LEVENSON DAVID N", cik: "0001999999", signedBy: "/s/ David N. Levenson", on: "2010-08-04"))
        #expect(try owners(fixture).map(\.matchedBy) == [.name, .new])
    }

    @Test func anUnknownOwnerIsRecordedWithTheCIKAndLaterPOAsJoinThem() throws {
        let fixture = try F(seeds: false)
        try fixture.importing(F.form4(owner: "LEVENSON DAVID N", cik: "0001498237", signedBy: "/s/ David N. Levenson", on: "2010-08-03"))
        #expect(try owners(fixture).map(\.matchedBy) == [.new])
        try fixture.importSamples("002_")
        let levensons = try fixture.ledger.snapshot { try $0.people(key: PersonName("David N. Levenson").key) }
        #expect(levensons.count == 1)
        #expect(levensons.first?.person.cik == "0001498237")
    }
}

/// Verdicts are judged against the ledger as it is now: a POA imported after the forms it
/// covers changes their verdicts.
struct ImportOrderTests {
    typealias F = AuditFixture

    @Test func signaturesImportedBeforeTheirPOAAreJudgedAgainItOnceItArrives() throws {
        let fixture = try F(seeds: false)
        try fixture.importing(
            F.form4(owner: "LEVENSON DAVID N", cik: "0001498237", signedBy: "/s/ Terence D. Shields, attorney-in-fact", on: "2010-07-08"))
        try fixture.importing(
            F.form4(owner: "LEVENSON DAVID N", cik: "0001498237", signedBy: "Terence Shields, Attorney-in-Fact for David N. Levenson", on: "2010-07-12"))
        #expect(try fixture.audit().map(\.verdict) == ["unknown-signer", "unknown-signer"])
        try fixture.importSamples("002_")
        let rows = try fixture.audit()
        #expect(rows.map(\.verdict) == ["unauthorized", "authorized"])
        #expect(rows.map(\.cause) == ["not-yet-signed", "delegation"])
        #expect(rows.map(\.signer) == ["Terence D. Shields", "Terence D. Shields"])
    }

    @Test func aSignerWhoEntersTheLedgerThroughAnotherGrantorsPOAIsResolvedThen() throws {
        let fixture = try F(seeds: false)
        try fixture.importing(F.form4(owner: "ROE RICHARD P", signedBy: "/s/ Terence D. Shields, attorney-in-fact", on: "2010-08-03"))
        #expect(try fixture.verdict(on: "2010-08-03").verdict == "unknown-signer")
        try fixture.importSamples("001_")  // Kreczko's grant names Terence D. Shields
        let row = try fixture.verdict(on: "2010-08-03")
        #expect(row.verdict == "unauthorized")
        #expect(row.cause == "no-poa")
    }

    @Test func theSameFilingsInEitherOrderEndWithTheSameVerdicts() throws {
        let forms = [
            F.form4(owner: "LEVENSON DAVID N", cik: "0001498237", signedBy: "/s/ Terence D. Shields, attorney-in-fact", on: "2010-07-08"),
            F.form4(owner: "LEVENSON DAVID N", cik: "0001498237", signedBy: "/s/ Leslie T. Soler, attorney-in-fact", on: "2010-07-20"),
            F.form4(owner: "KELLY EDWARD J III", signedBy: "/s/ Amy B. Gallent, attorney-in-fact", on: "2005-01-03"),
        ]
        let first = try F()
        for form in forms { try first.importing(form) }
        let second = try F(seeds: false)
        for form in forms { try second.importing(form) }
        try second.importSamples("000_", "001_", "002_")
        #expect(try first.audit().map(\.verdict) == ["authorized", "unauthorized", "authorized"])
        #expect(try second.audit().map(\.verdict) == first.audit().map(\.verdict))
        #expect(try second.audit().map(\.cause) == first.audit().map(\.cause))
    }
}
