import POACore
import Testing

/// A POA filed with its grantor's own Form 4 may spell the grantor's name with slips (the same
/// surname and first given name but for one slip each, a short form, or the first four letters
/// or more), or with the given name the person goes by (a later given name of the other, or its
/// initial). Another middle initial, another suffix or another surname is another name.
struct NameSlipTests {
    @Test(arguments: [
        ("Marcella Quint Abernathy", "ABERNATHY MARCELA QUINT"),  // a letter dropped
        ("Harald F. Ostrowski", "OSTROWSKI HAROLD"),  // a letter changed, a middle initial more
        ("Oriana Wexlre", "WEXLER ORIANA"),  // two letters swapped in the surname
        ("Tomasz Kowlaski", "KOWALSKI TOMASZ J"),  // swapped, and a middle initial more
        ("Brennan Hollowayy", "Holloway Brennan"),  // a letter added to the surname
        ("Betsy Rafaell", "RAFAEL ELIZABETH"),  // a listed nickname, and a slip in the surname
        ("Rama Venkataraman", "VENKATARAMAN RAMAKRISHNAN"),  // the first four letters or more
        ("Dorotea Vasquez-Lind", "VASQUEZLIND DOROTHEA"),  // a hyphen, and a letter
    ])
    func aNameWrittenWithSlipsCanBeTheOwners(_ written: String, _ owner: String) {
        #expect(PersonMatch.differsBySlips(written: written, owner: owner))
        #expect(!PersonMatch.compatible(written, owner), "the usual matching does not join these already")
    }

    @Test(arguments: [
        ("Jeremiah B. Talbot", "TALBOT JEREMIAH P"),  // another middle initial
        ("Carl H. Weatherby III", "WEATHERBY CARL H II"),  // another suffix: father and son
        ("Geoff Beattie", "BEATTIE WILLIAM G"),  // a given name more
        ("Mary Ellen Tolliver", "TOLLIVER ELLEN"),  // a given name more
        ("Neil Zamora", "ZAMORA ANEEL"),  // two slips in the given name
        ("Oriana Wexlre", "WEXLRE OLIVIA"),  // another given name
        ("Anna Lopez", "LOPEZ ANNE"),  // too short to tell a slip from another name
        ("Jean Whitaker", "WHITAKER JOAN"),
        ("Eric T. Lemke", "BINGHAM RICHARD DEAN"),  // another person's POA, filed by mistake
        ("Mark Frichtl", "PACALA CHARLES ANGUS"),
        ("Frichtl Holdings LLC", "FRICHTL HOLDING LLC"),  // entities are never spelled by slips
    ])
    func otherNamesAreNot(_ written: String, _ owner: String) {
        #expect(!PersonMatch.differsBySlips(written: written, owner: owner))
    }

    @Test(arguments: [
        ("Geoff Beattie", "BEATTIE WILLIAM G"),  // the middle name, whose initial EDGAR has
        ("Mary Ellen Tolliver", "TOLLIVER ELLEN"),  // a given name before the one EDGAR has
        ("Joanne Yan", "YAN FANG QIONG JOANNE"),  // the last of several given names
        ("Quint Abernathy", "ABERNATHY MARCELLA QUINT"),
    ])
    func aNameWithTheGivenNameThePersonGoesByCanBeTheOwners(_ written: String, _ owner: String) {
        #expect(PersonMatch.goesByAnotherGivenName(written: written, owner: owner))
    }

    @Test(arguments: [
        ("Geoff Beattie", "BEATON WILLIAM G"),  // another surname
        ("Jane Whitaker", "WHITAKER JOHN"),  // no given name in common
        ("Carl Weatherby III", "WEATHERBY HENRY CARL II"),  // another suffix
        ("G. Beattie", "BEATTIE WILLIAM G"),  // an initial alone says nothing of whom it is
        ("William Beattie", "BEATTIE WILLIAM G"),  // the usual matching's
    ])
    func otherNamesDoNotGoByAnotherGivenName(_ written: String, _ owner: String) {
        #expect(!PersonMatch.goesByAnotherGivenName(written: written, owner: owner))
    }

    @Test func aPairingSaysWhetherTheNameFitsIsWrittenOtherwiseOrIsAnother() {
        #expect(PersonMatch.pairing(written: "Marcella Q. Abernathy", owner: "ABERNATHY MARCELLA QUINT") == .fits)
        #expect(PersonMatch.pairing(written: "Marcela Quint Abernathy", owner: "ABERNATHY MARCELLA QUINT") == .writtenOtherwise)
        // Read backwards, this would fit as written; in natural order it is the name she goes by.
        #expect(PersonMatch.pairing(written: "Quint Abernathy", owner: "ABERNATHY MARCELLA QUINT") == .writtenOtherwise)
        #expect(PersonMatch.pairing(written: "Eric T. Lemke", owner: "ABERNATHY MARCELLA QUINT") == .other)
    }

    @Test func aListedShortFormIsTheUsualMatchings() {
        #expect(PersonMatch.compatible("Eddie Marchetti", "MARCHETTI EDWARD O"))
    }
}
