import Foundation
import POACore
import POAImport
import POAStore
import Testing

@testable import POAAuthority

/// The worked examples of the domain reference, over the four real seed filings in `Samples/`.
struct WorkedExampleTests {
    static let seeds: [String] = {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
        return names.filter { $0.range(of: #"^00[0-3]_"#, options: .regularExpression) != nil }.sorted()
            .map { samples.appendingPathComponent($0).path }
    }()

    static let kelly6: Set<String> = [
        "Neal S. Wolin", "Amy B. Gallent", "Brian S. Becker", "Richard G. Costello", "Steven L. Bray",
        "Amanda Grabowski Aquino",
    ]
    static let levenson4: Set<String> = ["Alan J. Kreczko", "Ricardo A. Anzaldua", "David C. Robinson", "Donald C. Hunt"]

    let ledger: Ledger
    let authority: AuthorityReader

    init() throws {
        ledger = try Ledger.inMemory()
        _ = try Importer(into: ledger).run(paths: Self.seeds) { _ in }
        authority = AuthorityReader(ledger: ledger)
    }

    func attorneys(_ grantor: String, _ day: String, _ form: Form? = .four) throws -> Set<String> {
        Set(try authority.attorneys(for: grantor, on: try Day(iso: day), form: form).entries.map(\.attorney))
    }

    func principals(_ attorney: String, _ day: String) throws -> Set<String> {
        Set(try authority.principals(of: attorney, on: try Day(iso: day)).entries.map(\.grantor))
    }

    @Test func theFourSeedsAreThere() {
        #expect(Self.seeds.count == 4)
    }

    @Test func kellysGrantOf2004NamesSixAttorneys() throws {
        #expect(try attorneys("Edward J. Kelly, III", "2005-01-01") == Self.kelly6)
    }

    @Test func nobodyIsKnownTheDayBeforeKellysGrant() throws {
        #expect(try attorneys("Edward J. Kelly, III", "2004-02-18") == [])
    }

    @Test func kellysGrantDoesNotCoverFormID() throws {
        #expect(try attorneys("Edward J. Kelly, III", "2005-01-01", .id) == [])
    }

    @Test func levensonHasFourAttorneysTheDayBeforeTheDelegation() throws {
        #expect(try attorneys("David N. Levenson", "2010-07-08") == Self.levenson4)
    }

    @Test func theDelegationAddsShieldsAndSolerFromItsDay() throws {
        #expect(
            try attorneys("David N. Levenson", "2010-07-09")
                == Self.levenson4.union(["Terence D. Shields", "Leslie T. Soler"]))
        let delegated = try authority.attorneys(for: "David N. Levenson", on: try Day(iso: "2010-07-09"), form: .four)
            .entries.filter { $0.attorney == "Terence D. Shields" }
        #expect(delegated.map(\.path) == ["delegated"])
        #expect(delegated.first?.via.map(\.grantor) == ["David N. Levenson", "Ricardo A. Anzaldua"])
    }

    @Test func shieldsSignsForKreczkoDirectlyAndForLevensonByDelegation() throws {
        #expect(try principals("Terence D. Shields", "2010-08-01") == ["Alan J. Kreczko", "David N. Levenson"])
        let paths = try authority.principals(of: "Terence D. Shields", on: try Day(iso: "2010-08-01")).entries
            .map { "\($0.grantor):\($0.path)" }.sorted()
        #expect(paths == ["Alan J. Kreczko:direct", "David N. Levenson:delegated"])
    }

    @Test func kreczkoSignsForLevenson() throws {
        #expect(try principals("Alan J. Kreczko", "2010-08-01") == ["David N. Levenson"])
    }

    @Test func theCommentLetterGivesNothing() throws {
        let statuses = try ledger.snapshot { try $0.all(Document.self).map(\.status) }
        #expect(statuses.filter { $0 == .notPOA }.count == 1)
    }

    @Test func aLaterSupersedingGrantEndsTheDelegationUnlessItNamesThem() throws {
        let later = FileManager.default.temporaryDirectory.appendingPathComponent("later-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: later) }
        let text = try String(contentsOfFile: Self.seeds[2], encoding: .utf8)
        let grant = try #require(text.components(separatedBy: "\n\n\n\nPOWER OF ATTORNEY").first)
            .replacingOccurrences(of: "7th day of July, 2010", with: "1st day of March, 2012")
            .replacingOccurrences(of: "Alan J. Kreczko,\nRicardo A. Anzaldua, David C. Robinson and Donald C. Hunt", with: "Alan J. Kreczko\nand Terence D. Shields")
        try Data(grant.utf8).write(to: later)
        let outcomes = try Importer(into: ledger).run(paths: [later.path]) { _ in }
        #expect(outcomes[.imported] == 1)
        #expect(try attorneys("David N. Levenson", "2012-02-29").contains("Leslie T. Soler"))
        #expect(try attorneys("David N. Levenson", "2012-03-01") == ["Alan J. Kreczko", "Terence D. Shields"])
        let explanation = try authority.explain(
            attorney: "Leslie T. Soler", grantor: "David N. Levenson", on: try Day(iso: "2012-03-01"), form: .four)
        #expect(!explanation.authorized)
        #expect(explanation.reasons.contains { $0.contains("ended on 2012-03-01") && $0.contains("superseded") })
    }
}

struct ExplanationTests {
    let ledger: Ledger
    let authority: AuthorityReader

    init() throws {
        ledger = try Ledger.inMemory()
        _ = try Importer(into: ledger).run(paths: WorkedExampleTests.seeds) { _ in }
        authority = AuthorityReader(ledger: ledger)
    }

    @Test func aYesNamesTheChainWithDocumentsAndLines() throws {
        let answer = try authority.explain(
            attorney: "Terence D. Shields", grantor: "David N. Levenson", on: try Day(iso: "2010-07-12"), form: .four)
        #expect(answer.authorized)
        #expect(answer.via.first?.map(\.kind) == [.grant, .delegation])
        #expect(answer.reasons.joined().contains("002_"))
        #expect(answer.reasons.joined().contains("names Terence D. Shields at line"))
    }

    @Test func aNoBeforeTheDelegationSaysWhenItBegins() throws {
        let answer = try authority.explain(
            attorney: "Terence D. Shields", grantor: "David N. Levenson", on: try Day(iso: "2010-07-08"), form: .four)
        #expect(!answer.authorized)
        #expect(answer.reasons.contains { $0.contains("begins only on 2010-07-09") })
    }

    @Test func aNoForAFormOutOfScopeSaysWhichFormsAreCovered() throws {
        let answer = try authority.explain(
            attorney: "Neal S. Wolin", grantor: "Edward J. Kelly, III", on: try Day(iso: "2005-01-01"), form: .id)
        #expect(!answer.authorized)
        #expect(answer.reasons.contains { $0.contains("not Form ID") })
    }

    @Test func aNoWithoutAnyPowerOfAttorneySaysSo() throws {
        let answer = try authority.explain(
            attorney: "Neal S. Wolin", grantor: "David N. Levenson", on: try Day(iso: "2011-01-01"), form: .four)
        #expect(!answer.authorized)
        #expect(answer.reasons.contains { $0.contains("No power of attorney on file from David N. Levenson names Neal S. Wolin") })
    }

    @Test func anAmbiguousNameListsTheCandidates() throws {
        #expect(throws: QueryError.self) { try authority.attorneys(for: "Nobody Atall", on: try Day(iso: "2011-01-01")) }
        #expect {
            try authority.principals(of: "David", on: try Day(iso: "2011-01-01"))
        } throws: { error in
            (error as? QueryError).map { if case .unknownPerson = $0 { true } else if case .ambiguousPerson = $0 { true } else { false } } ?? false
        }
    }
}

struct RecordedFactTests {
    let ledger: Ledger
    let facts: FactRecorder
    let authority: AuthorityReader

    init() throws {
        ledger = try Ledger.inMemory()
        _ = try Importer(into: ledger).run(paths: WorkedExampleTests.seeds) { _ in }
        facts = FactRecorder(ledger: ledger, recordedBy: "tests")
        authority = AuthorityReader(ledger: ledger)
    }

    func signers(_ day: String) throws -> Set<String> {
        Set(try authority.attorneys(for: "David N. Levenson", on: try Day(iso: day), form: .four).entries.map(\.attorney))
    }

    @Test func obligationsEndCascadesThroughTheDelegationAndUndoRestoresIt() throws {
        let fact = try facts.obligationsEnded(
            grantor: "David N. Levenson", issuer: "Hartford Financial Services Group Inc/DE", on: try Day(iso: "2011-01-01"))
        #expect(try signers("2010-12-31").count == 6)
        #expect(try signers("2011-01-01") == [])
        try facts.undo(try #require(fact.id))
        #expect(try signers("2011-01-01").count == 6)
        #expect(throws: FactError.self) { try facts.undo(try #require(fact.id)) }
    }

    @Test func revokingOneAttorneyLeavesTheOthersAndTheirDelegation() throws {
        try facts.revoked(grantor: "David N. Levenson", attorney: "David C. Robinson", on: try Day(iso: "2011-01-01"))
        #expect(try signers("2011-01-01") == WorkedExampleTests.levenson4.subtracting(["David C. Robinson"]).union(["Terence D. Shields", "Leslie T. Soler"]))
    }

    @Test func revokingTheDelegatorsAppointmentEndsTheDelegation() throws {
        try facts.revoked(grantor: "David N. Levenson", attorney: "Ricardo A. Anzaldua", on: try Day(iso: "2011-01-01"))
        #expect(try signers("2011-01-01") == ["Alan J. Kreczko", "David C. Robinson", "Donald C. Hunt"])
    }

    @Test func revokingTheGrantByItsDate() throws {
        try facts.revoked(grantor: "David N. Levenson", executedOn: try Day(iso: "2010-07-07"), on: try Day(iso: "2010-09-01"))
        #expect(try signers("2010-08-31").count == 6)
        #expect(try signers("2010-09-01") == [])
    }

    @Test func aDepartureDoesNotEndAGrantThatDoesNotTieAuthorityToEmployment() throws {
        try facts.departed(
            person: "Alan J. Kreczko", issuer: "The Hartford Financial Services Group, Inc.", on: try Day(iso: "2011-01-01"))
        #expect(try signers("2011-01-01").contains("Alan J. Kreczko"))
    }
}
