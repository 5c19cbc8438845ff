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

    /// "Holding" is a surname as well as a word of company names: alone, it names a person.
    @Test func holdingAloneIsASurname() {
        #expect(!PersonName("Olivia B. Holding").isEntity)
        #expect(PersonMatch.compatible("HOLDING OLIVIA BRITTON", "Olivia B. Holding"))
        #expect(PersonName("Quorran Holding Corp.").isEntity)
        #expect(PersonName("Quorran Holdings").isEntity)
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

    @Test func aNameWithoutItsLegalFormStandsForTheNameWithOne() {
        #expect(IssuerName.keysWithOtherLegalForm(IssuerName.key("Quorran Fluidics")).contains("quorran fluidics inc"))
        #expect(IssuerName.keysWithOtherLegalForm(IssuerName.key("Quorran Fluidics, Inc.")) == ["quorran fluidics"])
        // A legal form alone is no name.
        #expect(IssuerName.keysWithOtherLegalForm("inc").isEmpty)
        // Only a legal form is added or left out, never another word.
        #expect(!IssuerName.keysWithOtherLegalForm(IssuerName.key("Acme")).contains("acme holdings inc"))
    }
}

struct NameInAnotherFormTests {
    @Test(arguments: [
        ("Lip-Bu Tan", "Lip Bu Tan"),
        ("Joan Lamm-Tennant", "Joan M. Lammtennant"),
        ("Ann-Marie Campbell", "Ann Marie Campbell"),
        ("B. Evan Bayh", "Evan Bayh"),
        ("Randy Talbot", "Randall H. Talbot"),
    ])
    func otherFormsOfOneNameAreCompatible(_ a: String, _ b: String) {
        #expect(PersonName(a).isCompatible(with: PersonName(b)))
        #expect(PersonName(b).isCompatible(with: PersonName(a)))
        let keys = Set([PersonName(a).key] + PersonName(a).alternateKeys)
        #expect(keys.contains(PersonName(b).key), "\(b) is found from \(a)")
    }

    @Test(arguments: [
        ("Geoff Beattie", "William G. Beattie"),
        ("Mary Ellen Richey", "Ellen Richey"),
        ("Katherine B. Blackburn", "Katherine H. Blackburn"),
        ("Scott James", "James Scott"),
        ("Edward J. Kelly, III", "Edward J. Kelly, Jr."),
        ("B. Evan Bayh", "Brian C. Bayh"),
    ])
    func aWordMoreOrLessAnotherOrderOrAnotherInitialIsAnotherName(_ a: String, _ b: String) {
        #expect(!PersonName(a).isCompatible(with: PersonName(b)))
    }

    /// "Jack" is a name of its own beside "John": a nickname with another initial stands for
    /// its name only where a filing pairs the two spellings.
    @Test func aNicknameWithAnotherInitialFitsOnlyWhenAsked() {
        let betsy = PersonName("Betsy Rafael"), elizabeth = PersonName("Elizabeth Rafael")
        #expect(!betsy.isCompatible(with: elizabeth))
        #expect(betsy.isCompatible(with: elizabeth, nicknames: true))
        #expect(elizabeth.isCompatible(with: betsy, nicknames: true))
        #expect(betsy.nicknameKeys.contains(elizabeth.key))
        #expect(elizabeth.nicknameKeys.contains(betsy.key))
        #expect(!PersonName("Jack Y. Roe").isCompatible(with: PersonName("John G. Roe"), nicknames: true))
    }

    @Test func aCompoundSurnameInEDGAROrderIsReadWithBothWords() throws {
        let compound = try #require(PersonName.edgarCompoundReading("CHICO HERNANDEZ ANDRES"))
        #expect(PersonName("Andres Chico Hernandez").isCompatible(withCompound: compound))
        #expect(!PersonName("Andres Hernandez").isCompatible(withCompound: compound), "Chico is part of the surname")
        let withInitial = try #require(PersonName.edgarCompoundReading("MATOS RODRIGUEZ FELIX V."))
        #expect(PersonName("Felix Matos Rodriguez").isCompatible(withCompound: withInitial))
        #expect(PersonName.edgarReadings("GRADDICK WEIR MIRIAN M").map(\.key).contains(PersonName("Mirian Graddick-Weir").key))
        #expect(PersonName.edgarCompoundReading("LEVENSON DAVID") == nil, "two words have a surname of one")
    }

    @Test func hyphensAreLeftOutOfTheKey() {
        #expect(PersonName("Joan Lamm-Tennant").key == "lammtennant|j")
        #expect(PersonName.keyPrefix(lastName: "lamm-tennant") == "lammtennant|")
    }
}
