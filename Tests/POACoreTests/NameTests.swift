import Testing

@testable import POACore

struct PersonNameTests {
    @Test func aSuffixAfterACommaIsKeptApartFromTheLastName() {
        let name = PersonName("Edward J. Kelly, III")
        #expect(name.given == "edward")
        #expect(name.middles == ["j"])
        #expect(name.last == "kelly")
        #expect(name.suffix == "iii")
        #expect(name.key == "kelly|e")
    }

    @Test func titlesAreDropped() {
        #expect(PersonName("Ms. Leslie T. Soler") == PersonName("Leslie T. Soler"))
    }

    @Test(arguments: [
        ("Amanda Grabowski Aquino", "Amanda Aquino"),
        ("David N. Levenson", "David Levenson"),
        ("David N. Levenson", "D. N. Levenson"),
        ("Edward J. Kelly, III", "Edward J. Kelly"),
        ("José  Álvarez", "Jose Alvarez"),
        ("Mary-Kate O'Brien", "Mary-Kate OBrien"),
        ("Jeff Ludwig", "Jeffrey G. Ludwig"),
        ("Chris R. Hale", "Christopher Hale"),
        ("The Honorable John E. Chapman", "John E. Chapman"),
    ])
    func compatibleSpellingsOfOnePerson(_ a: String, _ b: String) {
        #expect(PersonName(a).key == PersonName(b).key)
        #expect(PersonName(a).isCompatible(with: PersonName(b)))
        #expect(PersonName(b).isCompatible(with: PersonName(a)))
    }

    @Test(arguments: [
        ("David N. Levenson", "David M. Levenson"),
        ("Edward J. Kelly, III", "Edward J. Kelly, Jr."),
        ("John Smith", "James Smith"),
        ("John Smith", "John Smyth"),
        ("Amanda Grabowski Aquino", "Amanda Bell Aquino"),
        ("Jo Smith", "Joseph Smith"), ("Jose O. Smith", "Joseph Smith"), ("Jan Smith", "Janet Smith"),
        ("Jeff A. Ludwig", "Jeffrey G. Ludwig"),
    ])
    func incompatibleSpellingsAreDifferentPeople(_ a: String, _ b: String) {
        #expect(!PersonName(a).isCompatible(with: PersonName(b)))
    }

    @Test func entitiesCompareWhole() {
        let entity = PersonName("Acme Capital Management, LLC")
        #expect(entity.isEntity)
        #expect(entity.isCompatible(with: PersonName("ACME CAPITAL MANAGEMENT LLC")))
        #expect(!entity.isCompatible(with: PersonName("Acme Capital Partners, LLC")))
    }
}

struct IssuerNameTests {
    @Test(arguments: [
        "THE HARTFORD FINANCIAL SERVICES GROUP, INC., a Delaware corporation",
        "Hartford Financial Services Group Inc/DE",
        "The Hartford Financial Services Group, Inc.",
        "HARTFORD FINANCIAL SERVICES GROUP INC /DE/",
    ])
    func spellingsOfOneIssuerShareAKey(_ name: String) {
        #expect(IssuerName.key(name) == "hartford financial services group inc")
    }

    @Test func corporateSuffixesAreSpelledOneWay() {
        #expect(IssuerName.key("Acme Incorporated") == IssuerName.key("ACME INC."))
        #expect(IssuerName.key("Widget Corporation") == IssuerName.key("Widget Corp"))
        #expect(IssuerName.key("Acme Inc.") != IssuerName.key("Acme Holdings Inc."))
    }
}

struct NameInAnotherFormTests {
    @Test(arguments: [
        ("Andres Chico Hernandez", "Chico Hernandez Andres"),
        ("Felix Matos Rodriguez", "Matos Rodriguez Felix V."),
        ("Lip-Bu Tan", "Lip Bu Tan"),
        ("Joan Lamm-Tennant", "Joan M. Lammtennant"),
        ("Alberto Sangiovanni-Vincentelli", "Alberto Sangiovanni Vincentelli"),
        ("Ann-Marie Campbell", "Ann Marie Campbell"),
        ("B. Evan Bayh", "Evan Bayh"),
        ("Elizabeth Rafael", "Betsy Rafael"),
    ])
    func theSameWordsInAnotherFormAreOneName(_ a: String, _ b: String) {
        #expect(PersonName.sameWords(a, b))
        #expect(PersonName.sameWords(b, a))
    }

    @Test(arguments: [
        ("Geoff Beattie", "William G. Beattie"),
        ("Mary Ellen Richey", "Ellen Richey"),
        ("Katherine B. Blackburn", "Katherine H. Blackburn"),
        ("John Smith, Jr.", "Smith John Sr"),
        ("Edward J. Kelly, III", "Edward J. Kelly, Jr."),
        ("Smith", "Smith"),
        ("Acme Capital LLC", "Capital Acme LLC"),
    ])
    func aWordMoreOrLessOrAnotherInitialIsAnotherName(_ a: String, _ b: String) {
        #expect(!PersonName.sameWords(a, b))
    }

    @Test func hyphensAreLeftOutOfTheKey() {
        #expect(PersonName("Joan Lamm-Tennant").key == "lammtennant|j")
        #expect(PersonName.surnamesToSearch("GRADDICK WEIR MIRIAN M").contains("graddickweir"))
        #expect(PersonName.surnamesToSearch("Lip-Bu Tan").contains("tan"))
    }
}
