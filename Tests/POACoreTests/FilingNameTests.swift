import POACore
import Testing

/// The form a filing is signed under, and EDGAR's owner names read for people.
struct FilingNameTests {
    @Test(arguments: [
        ("3", Form.three), ("4", .four), ("5", .five), ("144", .f144), ("4/A", .four), ("3/a", .three), ("144/A", .f144),
        (" Form 5/A ", .five),
    ])
    func aFiledDocumentTypeIsSignedUnderItsForm(_ type: String, _ form: Form) {
        #expect(Form(filedAs: type) == form)
    }

    @Test(arguments: ["10-K", "ID", "13G", "", "4/B"])
    func otherDocumentTypesAreNotSignedForms(_ type: String) {
        #expect(Form(filedAs: type) == nil)
    }

    @Test(arguments: [
        ("LEVENSON DAVID N", "David N. Levenson"), ("KELLY EDWARD J III", "Edward J. Kelly, III"),
        ("BEXLEY HAROLD T JR", "Harold T. Bexley, Jr."), ("Holloway Grant E", "Grant E. Holloway"),
        ("O'BRIEN THOMAS", "Thomas O'brien"),
        ("VAN BEURDEN SAUL", "Saul Van Beurden"), ("de Brabander Ellen", "Ellen de Brabander"),
        ("CORREIA DE SIMAS JOSE MANUEL", "Jose Manuel Correia de Simas"), ("VAN DE PUT DIRK", "Dirk Van de Put"),
        ("DELANEY DA", "Da Delaney"), ("FARLEY JR JAMES D", "James D. Farley, Jr."), ("MORROW V JANE", "V. Jane Morrow"),
    ])
    func edgarOrderIsSpelledNaturally(_ edgar: String, _ natural: String) {
        #expect(PersonName.naturalSpelling(ofEDGAROrder: edgar) == natural)
        #expect(PersonName.fromEDGAROrder(edgar) == PersonName(natural))
    }

    @Test(arguments: ["HARBOR RIDGE CAPITAL MANAGEMENT, LLC", "LEVENSON", "Kelly, Edward J."])
    func namesThatCannotBeInEDGAROrderHaveNoNaturalSpelling(_ text: String) {
        #expect(PersonName.naturalSpelling(ofEDGAROrder: text) == nil)
    }
}
