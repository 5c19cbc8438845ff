import Testing

@testable import POAReading

/// Several grantors in one instrument: entities of one group signing in turn, a board's
/// directors each on their own day; never an attorney accepting, nor a lone second signature.
struct CoGrantorsTests {
    @Test(arguments: TemplateFamily.documents("several-grantors"))
    func readsAsExpected(_ document: String) throws {
        try TemplateFamily.check("several-grantors", document)
    }

    func grantors(_ text: String) -> [String] {
        readText(text).verdict.instruments.compactMap { $0.grantor?.value }
    }

    static let grant = "The undersigned hereby appoints Ann Other as attorney-in-fact to sign Forms 3, 4 and 5. Dated May 1, 2022.\n"

    @Test func aSecondSignatureAloneIsNoSecondGrantor() {
        #expect(grantors(Self.grant + "/s/ Dana Q. Whitcombe\n/s/ Lee Marsh") == ["Dana Q. Whitcombe"])
    }

    @Test func twoSignaturesAreTwoGrantorsWhenTheTextSaysSo() {
        let text = "Each of the undersigned hereby appoints Ann Other as attorney-in-fact to sign Forms 3, 4 and 5. Dated May 1, 2022.\n"
        #expect(grantors(text + "/s/ Dana Q. Whitcombe\n/s/ Lee Marsh") == ["Dana Q. Whitcombe", "Lee Marsh"])
    }

    @Test func threeSignaturesAreThreeGrantors() {
        #expect(grantors(Self.grant + "/s/ Dana Q. Whitcombe\n/s/ Lee Marsh\n/s/ Ruth Okoye") == ["Dana Q. Whitcombe", "Lee Marsh", "Ruth Okoye"])
    }

    @Test func anAttorneySigningEndsTheGrantors() {
        #expect(grantors(Self.grant + "/s/ Dana Q. Whitcombe\n/s/ Lee Marsh\n/s/ Ann Other\n/s/ Ruth Okoye") == ["Dana Q. Whitcombe"])
    }
}
