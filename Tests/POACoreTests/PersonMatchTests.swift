import POACore
import Testing

/// Names written in filings match when a reading of one fits a reading of the other, EDGAR's
/// "LAST FIRST MIDDLE" order included; another given name or last name never fits.
struct PersonMatchTests {
    @Test func edgarsOrderIsReadAsTheNaturalOne() {
        #expect(PersonMatch.readings(of: "LEVENSON DAVID N").contains(PersonName("David N. Levenson")))
        #expect(PersonMatch.compatible("LEVENSON DAVID N", "David N. Levenson"))
        #expect(PersonMatch.compatible("David N. Levenson", "LEVENSON DAVID N"))
    }

    @Test func aNameThatLeavesOutAMiddleNameFits() {
        #expect(PersonMatch.compatible("David Levenson", "David N. Levenson"))
    }

    @Test func twoNamesInEDGARsOrderFitAsTheirNaturalOnesDo() {
        #expect(PersonMatch.compatible("LEVENSON DAVID N", "LEVENSON DAVID"))
        #expect(!PersonMatch.compatible("LEVENSON DAVID N", "LEVENSON DAVID M"))
    }

    @Test(arguments: [
        ("David Levenson", "Sarah Levenson"),
        ("Jane Q. Roe", "David N. Levenson"),
        // Another middle initial is another person, though both names read backwards as
        // "N. Levenson David" and "M. Levenson David" would fit without their initials.
        ("David N. Levenson", "David M. Levenson"),
        ("John A. Smith", "John B. Smith"),
    ])
    func namesOfOtherPeopleDoNotFit(_ a: String, _ b: String) {
        #expect(!PersonMatch.compatible(a, b))
    }
}

/// The typing mistakes between a typed name and a spelling, as suggestions count them.
struct NameDistanceTests {
    @Test func swappedLettersInTheGivenNameAreOneMistake() {
        #expect(NameDistance.between(PersonName("Dvaid Levenson"), PersonName("David N. Levenson"), single: false) == 1)
    }

    @Test func anInitialFitsAnyGivenNameItBegins() {
        #expect(NameDistance.between(PersonName("D. Levenson"), PersonName("David Levenson"), single: false) == 0)
        #expect(NameDistance.between(PersonName("E. Levenson"), PersonName("David Levenson"), single: false) == 1)
    }

    @Test func aPersonIsNeverNearAnEntity() {
        #expect(NameDistance.between(PersonName("David Levenson"), PersonName("Levenson Capital LLC"), single: false) == .max)
    }

    @Test func longerNamesAllowMoreMistakes() {
        #expect(NameDistance.limit(PersonName("Al Roe"), single: false) == 1)
        #expect(NameDistance.limit(PersonName("Jane Roe"), single: false) == 2)
        #expect(NameDistance.limit(PersonName("Bartholomew Levenson-Grabowski"), single: false) == 3)
    }
}
