import Testing

@testable import POAReading

/// The grammar of signature lines, piece by piece, then whole.
struct SignerTextTests {
    @Test(arguments: [
        ("/s/ Terence D. Shields, attorney-in-fact", "Terence D. Shields", SignerReading.Capacity.attorneyInFact, nil as String?),
        ("Terence Shields, Attorney-in-Fact for David N. Levenson", "Terence Shields", .attorneyInFact, "David N. Levenson"),
        ("By: /s/ Amanda Aquino, as attorney-in-fact", "Amanda Aquino", .attorneyInFact, nil),
        ("By: Terence D. Shields as Attorney in Fact", "Terence D. Shields", .attorneyInFact, nil),
        ("David N. Levenson, by Terence D. Shields, his attorney-in-fact", "Terence D. Shields", .attorneyInFact, "David N. Levenson"),
        ("/s/ Leslie T. Soler, pursuant to power of attorney", "Leslie T. Soler", .attorneyInFact, nil),
        ("/s/Priya Natarajan, Attorney-In-Fact on behalf of Grant E. Holloway", "Priya Natarajan", .attorneyInFact, "Grant E. Holloway"),
        ("/s/ David N. Levenson", "David N. Levenson", .inPerson, nil),
        ("/Edward J. Kelly, III/", "Edward J. Kelly, III", .inPerson, nil),
        ("TERENCE D. SHIELDS, ATTORNEY-IN-FACT", "TERENCE D. SHIELDS", .attorneyInFact, nil),
        ("Ludwig van Beethoven", "Ludwig van Beethoven", .inPerson, nil),
        // Families seen on real Form 4s: "for OWNER by Power of Attorney", "/s /", "POA for",
        // "By: SIGNER For: OWNER", a confirming statement on file.
        ("/s/ Karen Lamb for MILLS EDWIN K by Power of Attorney", "Karen Lamb", .attorneyInFact, "MILLS EDWIN K"),
        ("/s /Laura Hempel, Attorney-in-Fact", "Laura Hempel", .attorneyInFact, nil),
        ("/s /Walter Hite, attorney-in-fact for Bell Eric R.", "Walter Hite", .attorneyInFact, "Bell Eric R"),
        ("Adam K. Larkin POA for Angela G. Mayo", "Adam K. Larkin", .attorneyInFact, "Angela G. Mayo"),
        ("By: Joel M. Westover For: Robert H. Swann", "Joel M. Westover", .attorneyInFact, "Robert H. Swann"),
        ("John Doe for XYZ Capital LP", "John Doe", .signatory, "XYZ Capital LP"),
        ("Jacob Burkhart (Confirming Statement on File)", "Jacob Burkhart", .attorneyInFact, nil),
        ("/s/ Paul Michael Nero, By Erin Reed McGee through Power of Attorney", "Erin Reed McGee", .attorneyInFact, "Paul Michael Nero"),
        ("/s/ Anthony R. Case, by Susan Moor under POA", "Susan Moor", .attorneyInFact, "Anthony R. Case"),
        ("/s/ Clea V. Belmont (POA on file)", "Clea V. Belmont", .attorneyInFact, nil),
        ("/s/ Carla Hess as attoney-in-fact for John O'Carroll", "Carla Hess", .attorneyInFact, "John O'Carroll"),
        ("/a/Jenna A. Smyth as attorney-in-fact for Craig A. Jacobs", "Jenna A. Smyth", .attorneyInFact, "Craig A. Jacobs"),
        ("By: POA Pursuant Lisa Ramos For: Sudhir Kankan", "Lisa Ramos", .attorneyInFact, "Sudhir Kankan"),
        ("/s/ Bingley, R. Dean", "R. Dean Bingley", .inPerson, nil),
        ("/s/ Irma Goldberg, Attorney-in-fact of Quorran Holdings Inc.", "Irma Goldberg", .attorneyInFact, "Quorran Holdings Inc"),
    ])
    func readsTheSigner(_ line: String, _ name: String, _ capacity: SignerReading.Capacity, _ forWhom: String?) {
        let reading = SignerText.read(line)
        #expect(reading.name == name)
        #expect(reading.capacity == capacity)
        #expect(reading.onBehalfOf == forWhom)
    }

    @Test func anEntitysSignatoryIsReadWithTheEntityAndTheRole() {
        let reading = SignerText.read("XYZ Capital LP, By: /s/ John Doe, Managing Member")
        #expect(reading == SignerReading(name: "John Doe", capacity: .signatory, onBehalfOf: "XYZ Capital LP", role: "Managing Member"))
    }

    @Test(arguments: [
        "/s/ Attorney-in-Fact", "See Exhibit 24", "**Signature of Reporting Person", "/s/", "n/a", "/s/ Shields",
        // The owner's name as the source of the power, no signer named.
        "/s/ By POA from Bruce Lubell",
    ])
    func linesWithoutAReadableNameGiveNone(_ line: String) {
        let reading = SignerText.read(line)
        #expect(reading.name == nil)
        #expect(reading.capacity == .unknown)
    }

    @Test func marksAreDropped() {
        #expect(SignerText.unmarked("  /s/   Ann   Lee ") == "Ann Lee")
        #expect(SignerText.unmarked("Signature: /S/ Ann Lee") == "Ann Lee")
        #expect(SignerText.unmarked("/Ann Lee/") == "Ann Lee")
    }

    @Test func theAttorneyPhraseSaysForWhom() throws {
        let text = "Ann Lee, as attorney-in-fact for Carl Grantor."
        let phrase = try #require(SignerText.attorneyPhrase(in: text))
        #expect(text[..<phrase.range.lowerBound] == "Ann Lee, as ")
        #expect(phrase.forWhom == "Carl Grantor")
        #expect(SignerText.attorneyPhrase(in: "Ann Lee") == nil)
    }

    @Test func theWordsLeadingIntoThePhraseAreTrimmed() {
        #expect(SignerText.trimmedTail("Ann Lee, as ") == "Ann Lee")
        #expect(SignerText.trimmedTail("Ann Lee, his duly authorized") == "Ann Lee")
        #expect(SignerText.trimmedTail("Ann Lee pursuant to") == "Ann Lee")
    }

    @Test func byTellsThePrincipalFromTheSigner() {
        #expect(SignerText.splitBy("XYZ LP, By: Ann Lee") == ("XYZ LP", "Ann Lee"))
        #expect(SignerText.splitBy("By: Ann Lee") == (nil, "Ann Lee"))
        #expect(SignerText.splitBy("Ann Kirby") == (nil, "Ann Kirby"))
    }

    @Test func aRoleIsSplitOffButANameSuffixStays() {
        #expect(SignerText.splitRole("John Doe, Managing Member") == ("John Doe", "Managing Member"))
        #expect(SignerText.splitRole("Edward J. Kelly, III") == ("Edward J. Kelly, III", nil))
        #expect(SignerText.splitRole("Harold T. Bexley, Jr., Director") == ("Harold T. Bexley, Jr.", "Director"))
    }

    @Test func onlyPlausibleNamesAreKept() {
        #expect(SignerText.plausibleName("Terence D. Shields") == "Terence D. Shields")
        #expect(SignerText.plausibleName("Fund 7 Capital Partners LP") == "Fund 7 Capital Partners LP")
        #expect(SignerText.plausibleName("Shields") == nil)
        #expect(SignerText.plausibleName("on file with the Company") == nil)
        #expect(SignerText.plausibleName("John Doe 2") == nil)
    }
}
