import POACore
import Testing

/// The import's memo of parsed names answers exactly what parsing answers, however many
/// spellings pass through it.
struct PersonNameMemoTests {
    static let spellings = [
        "Jane Q. Public", "PUBLIC, JANE Q.", "Dr. Jane Public, Jr.", "Acme Capital Partners LLC", "J. Q. Public",
        "Jane Q. Public", "",
    ]

    @Test func aRememberedNameIsTheParsedName() {
        let memo = PersonNameMemo()
        for spelling in Self.spellings + Self.spellings {
            #expect(memo(spelling) == PersonName(spelling))
        }
    }

    @Test func pastItsCapacityItStartsAgainAndStillAnswersRight() {
        let memo = PersonNameMemo()
        let many = (0..<(PersonNameMemo.capacity + 10)).map { "Person \($0) Example-\($0 % 97)" }
        for spelling in many { _ = memo(spelling) }
        for spelling in many.prefix(20) + many.suffix(20) + Self.spellings {
            #expect(memo(spelling) == PersonName(spelling))
        }
    }
}
