import POACore
import Testing

@testable import POAReading

/// Inputs that once trapped the reader (found by reading the code or by the fuzz target,
/// `Sources/poa-fuzz`), each reduced to a small literal: every one must now get a verdict.
struct ReaderTrapTests {
    /// A grant whose term is the given words, "for ... from the date hereof".
    static func grant(term: String) -> String {
        """
        POWER OF ATTORNEY

        Know all by these presents, that the undersigned hereby constitutes and appoints Jane Roe, \
        signing singly, the undersigned's true and lawful attorney-in-fact to execute for and on behalf \
        of the undersigned Forms 3, 4 and 5 in accordance with Section 16(a) of the Securities Exchange Act of 1934.

        This Power of Attorney shall remain in full force and effect for \(term) from the date hereof.

        IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of January 5, 2024.

        /s/ John Doe
        John Doe

        """
    }

    /// "for 999999999999999999 years": twelve times the count overflowed `Int`. A count that
    /// large is no period, so none is read and the grant has no end date from it.
    @Test(arguments: ["999999999999999999 years", "9223372036854775807 months", "9000000000000000000 days", "0 years"])
    func anOverflowingTermIsNoPeriod(_ term: String) throws {
        let extraction = readText(Self.grant(term: term))
        let grant = try #require(extraction.verdict.instruments.first)
        #expect(grant.expiresOn == nil)
    }

    @Test func aTermOfYearsStillEndsTheGrant() throws {
        let grant = try #require(readText(Self.grant(term: "two (2) years")).verdict.instruments.first)
        #expect(grant.expiresOn?.value == Day(year: 2026, month: 1, day: 4))
    }

    /// Ownership XML built to make a tag matcher rescan: open tags that never close (each
    /// looked for its end tag to the end of the file), and thousands of signatures (each
    /// counting its line from the top). Four times the input must stay about four times the work.
    static func ownershipXML(_ unit: String, size: Int) -> [UInt8] {
        let head = """
            <?xml version="1.0"?>
            <ownershipDocument><documentType>4</documentType>
            <issuer><issuerCik>0000000001</issuerCik><issuerName>Example Corp</issuerName></issuer>
            <reportingOwner><reportingOwnerId><rptOwnerName>Jane Doe</rptOwnerName></reportingOwnerId></reportingOwner>

            """
        return Array(head.utf8) + Array(repeating: Array(unit.utf8), count: size / unit.utf8.count).joined()
            + Array("</ownershipDocument>\n".utf8)
    }

    @Test(arguments: [
        "<ownerSignature>\n", "<issuer><reportingOwner>\n",
        "<ownerSignature><signatureName>Jane Doe</signatureName><signatureDate>2024-01-05</signatureDate></ownerSignature>\n",
    ])
    func ownershipXMLIsReadInLinearTime(_ unit: String) {
        let small = Self.ownershipXML(unit, size: 50_000)
        let large = Self.ownershipXML(unit, size: 200_000)
        let smallTime = ReaderLinearityTests.cpuTime { _ = DocumentReader.read(small) }
        let largeTime = ReaderLinearityTests.cpuTime { _ = DocumentReader.read(large) }
        #expect(largeTime / max(smallTime, 0.001) < 8, "\(smallTime)s for 50 KB, \(largeTime)s for 200 KB")
    }

    /// A signature name of thousands of "/s/" marks: each mark was taken out by a search from
    /// the start of the line again.
    @Test func aSignerOfManyMarksIsReadInLinearTime() {
        let small = String(repeating: "/s/ s/ ", count: 5_000) + "Jane Doe"
        let large = String(repeating: "/s/ s/ ", count: 20_000) + "Jane Doe"
        #expect(SignerText.read(small).name == "Jane Doe")
        let smallTime = ReaderLinearityTests.cpuTime { _ = SignerText.read(small) }
        let largeTime = ReaderLinearityTests.cpuTime { _ = SignerText.read(large) }
        #expect(largeTime / max(smallTime, 0.001) < 8, "\(smallTime)s for 5,000 marks, \(largeTime)s for 20,000")
    }

    @Test func slashMarksGoOnlyWhereAWordStarts() {
        #expect(SignerText.unmarked("s/ Jane Doe") == "Jane Doe")
        #expect(SignerText.unmarked("By: S/ Jane Doe, attorney-in-fact") == "By: Jane Doe, attorney-in-fact")
        #expect(SignerText.unmarked("Ross/ s/ Jane Doe") == "Ross s Jane Doe")  // the first mark inside a word stops it
    }
}
