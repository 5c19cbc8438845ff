import POACore
import Testing

@testable import POAImport

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
}
