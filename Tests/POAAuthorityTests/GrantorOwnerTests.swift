import Foundation
import POACore
import POAImport
import POAStore
import Testing

@testable import POAAuthority

/// A POA filed with its grantor's own Form 4 may spell the grantor's name with slips
/// ("Marcela" for MARCELLA): the grantor is the reporting owner when the Form 4 is signed, for
/// that owner, by an attorney the POA appoints. Otherwise the names stay two people.
struct GrantorOwnerTests {
    typealias F = AuditFixture
    static let owner = (name: "ABERNATHY MARCELLA QUINT", cik: "0001777001")

    /// An EDGAR submission: the Form 4 of `owner`, signed by `signer`, and an EX-24 grant by
    /// `grantor` appointing Ann Lee and Bo Chen.
    static func submission(grantor: String, owner: (name: String, cik: String?) = owner, signer: String) -> String {
        """
        <SEC-DOCUMENT>0000000000-23-000077.txt : 20230601
        <SEC-HEADER>0000000000-23-000077.hdr.sgml : 20230601
        ACCESSION NUMBER:\t\t0000000000-23-000077
        CONFORMED SUBMISSION TYPE:\t4
        FILED AS OF DATE:\t\t20230601
        </SEC-HEADER>
        <DOCUMENT>
        <TYPE>4
        <SEQUENCE>1
        <FILENAME>form4.xml
        <TEXT>
        <XML>
        \(F.form4(owner: owner.name, cik: owner.cik, signedBy: signer, on: "2023-06-01"))
        </XML>
        </TEXT>
        </DOCUMENT>
        <DOCUMENT>
        <TYPE>EX-24
        <SEQUENCE>2
        <FILENAME>poa.txt
        <TEXT>
        \(F.grant(by: grantor, appointing: "Ann Lee and Bo Chen", signed: "5th day of May, 2023"))
        </TEXT>
        </DOCUMENT>
        </SEC-DOCUMENT>
        """
    }

    func people(_ fixture: F) throws -> [Person] {
        try fixture.ledger.snapshot { try $0.all(Person.self) }
    }

    @Test func aGrantorWrittenWithASlipIsTheOwnerWhoseFilingAnAttorneyOfTheGrantSigned() throws {
        let fixture = try F(seeds: false)
        try fixture.importing(Self.submission(grantor: "Marcela Quint Abernathy", signer: "/s/ Ann Lee, attorney-in-fact"))
        let row = try fixture.verdict(on: "2023-06-01")
        #expect(row.verdict == "authorized", "\(row.reason)")
        let owner = try #require(try fixture.ledger.snapshot { try $0.person(cik: Self.owner.cik) })
        #expect(owner.name == "Marcella Quint Abernathy")
        let spellings = try fixture.ledger.snapshot { try $0.personAliases(personId: try #require(owner.id)) }.map(\.alias)
        #expect(spellings.contains("Marcela Quint Abernathy"), "the POA's spelling is kept")
        #expect(try people(fixture).map(\.name).sorted() == ["Ann Lee", "Bo Chen", "Marcella Quint Abernathy"])
    }

    @Test func theOwnerKnownBeforeTheFilingIsTheGrantorToo() throws {
        let fixture = try F(seeds: false)
        try fixture.importing(F.form4(owner: Self.owner.name, cik: Self.owner.cik, signedBy: "/s/ Marcella Q. Abernathy", on: "2023-05-02"))
        try fixture.importing(Self.submission(grantor: "Marcela Quint Abernathy", signer: "/s/ Bo Chen, attorney-in-fact"))
        #expect(try fixture.verdict(on: "2023-06-01").verdict == "authorized")
        #expect(try people(fixture).count == 3)
    }

    @Test func aGrantorWritingTheGivenNameTheyGoByIsTheOwner() throws {
        let fixture = try F(seeds: false)
        try fixture.importing(Self.submission(grantor: "Quint Abernathy", signer: "/s/ Ann Lee, attorney-in-fact"))
        #expect(try fixture.verdict(on: "2023-06-01").verdict == "authorized")
        #expect(try people(fixture).count == 3)
    }

    /// The filing ties the names together only through a signer the grant appoints.
    @Test func aSignerTheGrantDoesNotAppointTiesNothing() throws {
        let fixture = try F(seeds: false)
        try fixture.importing(Self.submission(grantor: "Marcela Quint Abernathy", signer: "/s/ Cy Dunn, attorney-in-fact"))
        let row = try fixture.verdict(on: "2023-06-01")
        #expect(row.verdict == "unknown-signer")
        #expect(try people(fixture).map(\.name).contains("Marcela Quint Abernathy"), "the grantor stays a person of their own")
    }

    @Test(arguments: [
        ("Marcella R. Abernathy", "ABERNATHY MARCELLA Q"),  // another middle initial
        ("Marcella Abernathy III", "ABERNATHY MARCELLA II"),  // another suffix
        ("Eric T. Lemke", "ABERNATHY MARCELLA QUINT"),  // another person's POA, filed by mistake
        ("Quinn Abernathy", "ABERNATHY MARCELLA QUINT"),  // no given name in common
    ])
    func anotherNameIsAnotherPersonsGrant(_ grantor: String, _ owner: String) throws {
        let fixture = try F(seeds: false)
        try fixture.importing(Self.submission(grantor: grantor, owner: (owner, "0001777001"), signer: "/s/ Ann Lee, attorney-in-fact"))
        #expect(try fixture.verdict(on: "2023-06-01").cause == "no-poa")
        #expect(try people(fixture).map(\.name).contains(grantor), "the grantor stays a person of their own")
    }

    /// Apart from the owner's own filing, a name with slips is another name.
    @Test func aGrantFiledApartIsNotJoinedByASlip() throws {
        let fixture = try F(seeds: false)
        try fixture.importing(F.grant(by: "Marcela Quint Abernathy", appointing: "Ann Lee and Bo Chen", signed: "5th day of May, 2023"))
        try fixture.importing(F.form4(owner: Self.owner.name, cik: Self.owner.cik, signedBy: "/s/ Ann Lee, attorney-in-fact", on: "2023-06-01"))
        #expect(try fixture.verdict(on: "2023-06-01").cause == "no-poa")
    }
}
