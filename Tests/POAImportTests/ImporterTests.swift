import Foundation
import GRDB
import POACore
import POAStore
import Testing

@testable import POAImport

/// The import pipeline over the real seed filings in `Samples/`.
final class ImporterTests {
    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples")
    static func seed(_ prefix: String) -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
        return samples.appendingPathComponent(names.first { $0.hasPrefix(prefix) } ?? prefix).path
    }

    let folder: URL
    let ledger: Ledger

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("importer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        ledger = try Ledger.open(at: folder.appendingPathComponent("ledger.sqlite").path)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func importing(_ paths: [String], into importer: Importer? = nil) throws -> [DocumentOutcome] {
        var outcomes: [DocumentOutcome] = []
        _ = try (importer ?? Importer(into: ledger)).run(paths: paths) { outcomes.append($0) }
        return outcomes
    }

    func copy(_ source: String, as name: String, appending extra: String = "") throws -> String {
        let destination = folder.appendingPathComponent(name)
        var data = try Data(contentsOf: URL(fileURLWithPath: source))
        data.append(Data(extra.utf8))
        try data.write(to: destination)
        return destination.path
    }

    @Test func theSeedsImportWithTheirStatuses() throws {
        let outcomes = try importing(["000", "001", "002", "003"].map(Self.seed))
        #expect(outcomes.map(\.status) == [.imported, .imported, .imported, .notPOA])
        #expect(outcomes[3].reason?.isEmpty == false)
        try ledger.snapshot { reader in
            #expect(try reader.count(Document.self) == 4)
            #expect(try reader.count(Instrument.self) == 4)
            let delegation = try #require(try reader.all(DelegationParent.self).first)
            let parentId = try #require(delegation.parentId)
            let parent = try #require(try reader.find(Instrument.self, id: parentId))
            #expect(parent.kind == .grant)
            #expect(parent.executedOn == Day.parseISO("2010-07-07"))
            #expect(try reader.count(Issuer.self) == 1)
        }
    }

    @Test func onePersonPerHumanWithTheSpellingsSeenAsAliases() throws {
        _ = try importing(["000", "001", "002"].map(Self.seed))
        try ledger.snapshot { reader in
            let people = try reader.all(Person.self)
            // Amanda Grabowski Aquino appears in 000 and 001; Alan J. Kreczko as grantor and attorney.
            #expect(people.filter { $0.name.hasSuffix("Aquino") }.count == 1)
            #expect(people.filter { $0.name.contains("Kreczko") }.count == 1)
            #expect(people.filter { $0.name.contains("Anzaldua") }.count == 1)
        }
    }

    @Test func reimportingChangesNothing() throws {
        _ = try importing([Self.samples.path])
        let before = try ledger.snapshot { [try $0.count(Document.self), try $0.count(Instrument.self), try $0.count(Person.self)] }
        let again = try importing([Self.samples.path])
        #expect(again.allSatisfy { $0.status == .duplicate })
        let after = try ledger.snapshot { [try $0.count(Document.self), try $0.count(Instrument.self), try $0.count(Person.self)] }
        #expect(before == after)
    }

    /// The insert itself finds the copy (by SHA-256), whatever the verdict that would be stored.
    @Test func aCopyInTheSameRunIsADuplicateAndWritesNothing() throws {
        let grant = Self.seed("000"), notPOA = Self.seed("003")
        let paths = [grant, try copy(grant, as: "grant-copy.txt"), notPOA, try copy(notPOA, as: "13d-copy.txt")]
        let outcomes = try importing(paths)
        let status = Dictionary(uniqueKeysWithValues: outcomes.map { ($0.path, $0.status) })
        #expect(paths.map { status[$0] } == [.imported, .duplicate, .notPOA, .duplicate])
        let stored = try ledger.snapshot { try $0.all(Document.self) }
        #expect(stored.map(\.path).sorted() == [grant, notPOA].sorted())
        #expect(try ledger.snapshot { try $0.count(Instrument.self) } == 1)
    }

    @Test func aRefiledCopyIsTheSameInstrumentLinkedToTheNewDocument() throws {
        let refiled = try copy(Self.seed("001"), as: "refiled.txt", appending: "\n\n")
        let outcomes = try importing([Self.seed("001"), refiled])
        #expect(outcomes.map(\.status) == [.imported, .imported])
        let counts = try ledger.snapshot { [try $0.count(Instrument.self), try $0.count(InstrumentCopy.self)] }
        #expect(counts == [1, 1])
    }

    /// A grant naming only "the Company" has no issuer; its refiled copy is still the same
    /// instrument, and a grant of the same day for an issuer is not.
    @Test func aRefiledCopyOfAGrantNamingNoIssuerIsLinkedToo() throws {
        let grant = """
            POWER OF ATTORNEY

            Know all by these presents, that the undersigned hereby constitutes and appoints each of
            Mary Smith and John Roe, signing singly, the undersigned's true and lawful attorney-in-fact to
            execute for and on behalf of the undersigned, in the undersigned's capacity as an officer
            of the Company, Forms 3, 4, and 5 in accordance with Section 16(a) of the Securities Exchange
            Act of 1934 and the rules thereunder.

            IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of
            this 2nd day of January, 2020.

            /s/ Jane Doe
            Jane Doe
            """
        let named = grant.replacingOccurrences(of: "officer\nof the Company", with: "officer\nof Acme Widgets, Inc. (the \"Company\")")
        var paths: [String] = []
        for (name, text) in [("first.txt", grant), ("refiled.txt", grant + "\n\n"), ("named.txt", named)] {
            let path = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: path)
            paths.append(path.path)
        }
        let outcomes = try importing(paths)
        #expect(outcomes.map(\.status) == [.imported, .imported, .imported])
        let (issuers, copies) = try ledger.snapshot { reader in
            (try reader.all(Instrument.self).map(\.issuerId), try reader.all(InstrumentCopy.self).map(\.instrumentId))
        }
        #expect(issuers.count == 2)
        #expect(issuers.first == .some(nil))
        #expect(issuers.last != .some(nil))
        #expect(copies == [1])
    }

    /// A POA signed before the issuer changed its name names it by its former name; the
    /// submission's header lists that name under FORMER COMPANY, with the CIK of today's name.
    @Test func aGrantNamingTheIssuersFormerNameIsForTheIssuerOfTheHeader() throws {
        let submission = """
            <SEC-DOCUMENT>
            <SEC-HEADER>
            ACCESSION NUMBER:\t0000000000-23-000001
            CONFORMED SUBMISSION TYPE:\t4
            FILED AS OF DATE:\t20230705
            ISSUER:\t\t
            \tCOMPANY DATA:\t
            \t\tCOMPANY CONFORMED NAME:\t\t\tBRIGHTWATER OPTICS CORP.
            \t\tCENTRAL INDEX KEY:\t\t\t0000777001
            \tFORMER COMPANY:\t
            \t\tFORMER CONFORMED NAME:\tLUMEN-ARC INC
            \t\tDATE OF NAME CHANGE:\t19920703
            </SEC-HEADER>
            <DOCUMENT>
            <TYPE>EX-24
            <TEXT>
            POWER OF ATTORNEY
            Know all by these presents, that the undersigned hereby constitutes and appoints each of
            Mary Smith and John Roe, signing singly, the undersigned's true and lawful attorney-in-fact to
            execute for and on behalf of the undersigned, in the undersigned's capacity as an officer
            of Lumen-Arc Incorporated (the "Company"), Forms 3, 4, and 5 in accordance with Section 16(a).
            IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of
            this 29th day of June, 2022.
            /s/ Jane Doe
            </TEXT>
            </DOCUMENT>
            </SEC-DOCUMENT>
            """
        let path = folder.appendingPathComponent("renamed.txt")
        try Data(submission.utf8).write(to: path)
        #expect(try importing([path.path]).map(\.status) == [.imported])
        let (instrument, issuer) = try ledger.snapshot { reader in
            (try reader.all(Instrument.self).first, try reader.issuer(cik: "0000777001"))
        }
        #expect(issuer != nil)
        #expect(instrument?.issuerId == issuer?.id)
    }

    /// Seed 002's grant and the delegation that follows it, as two files of their own.
    func splitGrantAndDelegation() throws -> (grant: URL, delegation: URL) {
        let text = try String(contentsOfFile: Self.seed("002"), encoding: .utf8)
        let parts = text.components(separatedBy: "\n\n\n\nPOWER OF ATTORNEY")
        try #require(parts.count == 2)
        let grant = folder.appendingPathComponent("grant.txt"), delegation = folder.appendingPathComponent("delegation.txt")
        try Data(parts[0].utf8).write(to: grant)
        try Data(("POWER OF ATTORNEY" + parts[1]).utf8).write(to: delegation)
        return (grant, delegation)
    }

    @Test func aDelegationImportedBeforeItsGrantFindsItLater() throws {
        let (grant, delegation) = try splitGrantAndDelegation()
        let outcomes = try importing([delegation.path, grant.path])
        #expect(outcomes.map(\.status) == [.imported, .imported])
        let parent = try ledger.snapshot { try $0.all(DelegationParent.self).first?.parentId }
        #expect(parent != nil)
    }

    @Test func aDelegationImportedInAnEarlierRunFindsItsGrantLater() throws {
        let (grant, delegation) = try splitGrantAndDelegation()
        #expect(try importing([delegation.path]).map(\.status) == [.imported])
        #expect(try ledger.snapshot { try $0.all(DelegationParent.self).first?.parentId } == nil)
        #expect(try importing([grant.path]).map(\.status) == [.imported])
        let parent = try ledger.snapshot { try $0.all(DelegationParent.self).first?.parentId }
        #expect(parent != nil)
    }

    @Test func aDelegationActsUnderTheSameDayGrantThatNamesItsDelegator() throws {
        let text = try String(contentsOfFile: Self.seed("002"), encoding: .utf8)
        let grant = try #require(text.components(separatedBy: "\n\n\n\nPOWER OF ATTORNEY").first)
            .replacingOccurrences(
                of: "Alan J. Kreczko,\nRicardo A. Anzaldua, David C. Robinson and Donald C. Hunt", with: "Alan J. Kreczko\nand David C. Robinson")
        let other = folder.appendingPathComponent("same-day.txt")
        try Data(grant.utf8).write(to: other)
        _ = try importing([other.path, Self.seed("002")])
        let (parentId, named) = try ledger.snapshot { reader -> (Int64?, [String]) in
            let parent = try reader.all(DelegationParent.self).first?.parentId
            let attorneys = try parent.map { try reader.attorneys(ofInstrument: $0).map(\.nameAsWritten) } ?? []
            return (parent, attorneys)
        }
        #expect(parentId != nil)
        #expect(named.contains("Ricardo A. Anzaldua"))
    }

    @Test func aDryRunWritesNothing() throws {
        let outcomes = try importing([Self.samples.path], into: try Importer.dryRun(against: ledger))
        #expect(outcomes.filter { $0.status == .imported }.count >= 3)
        #expect(outcomes.contains { $0.status == .notPOA })
        #expect(try ledger.snapshot { try $0.count(Document.self) } == 0)
    }

    @Test func aDryRunRecognisesDocumentsAlreadyInTheLedger() throws {
        _ = try importing([Self.seed("000")])
        let outcomes = try importing([Self.seed("000")], into: try Importer.dryRun(against: ledger))
        #expect(outcomes.map(\.status) == [.duplicate])
    }

    @Test func emptyAndBinaryFilesAreErrorsAndAreNotStored() throws {
        let empty = folder.appendingPathComponent("empty.txt").path
        try Data().write(to: URL(fileURLWithPath: empty))
        let binary = folder.appendingPathComponent("binary.bin")
        try Data([0x00, 0xFF, 0x10, 0x00, 0x89, 0x50, 0x4E, 0x47] + Array(repeating: 0, count: 200)).write(to: binary)
        let outcomes = try importing([empty, binary.path, "/no/such/file.txt"])
        #expect(outcomes.map(\.status) == [.error, .error, .error])
        #expect(outcomes.allSatisfy { $0.reason?.isEmpty == false })
        #expect(try ledger.snapshot { try $0.count(Document.self) } == 0)
    }

    @Test func oneBadFileNeverStopsTheOthers() throws {
        let outcomes = try importing(["/no/such/file.txt", Self.seed("000")])
        #expect(outcomes.map(\.status) == [.error, .imported])
    }

    @Test func theJSONShapeHasEveryKey() throws {
        let outcome = try #require(try importing([Self.seed("002")]).first)
        let data = try JSONEncoder().encode(outcome)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["path", "sha256", "status", "reason", "instruments", "signatures"])
        #expect((object["signatures"] as? [Any])?.isEmpty == true)
        let instruments = try #require(object["instruments"] as? [[String: Any]])
        #expect(instruments.count == 2)
        #expect(
            Set(instruments[0].keys) == [
                "kind", "grantor", "issuer", "executed_on", "attorneys", "forms", "delegable", "supersedes_prior",
                "end_condition", "expires_on", "parent", "revokes", "effective_on",
            ])
        let parent = try #require(instruments[1]["parent"] as? [String: Any])
        #expect(parent["executed_on"] as? String == "2010-07-07")
    }
}

/// A document the ledger refuses leaves nothing behind, and the others are imported.
final class FailedDocumentTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("refused-\(UUID().uuidString)")

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// A new ledger file with `trigger`, standing in for any failure while one document's rows
    /// are written.
    func ledger(refusing trigger: String) throws -> Ledger {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("ledger.sqlite").path
        try Ledger.open(at: path).close()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: trigger) }
        try queue.close()
        return try Ledger.open(at: path)
    }

    @Test func aRefusedDocumentWritesNothingAndTheOthersGoOn() throws {
        let ledger = try ledger(
            refusing: """
                CREATE TRIGGER refuse_wolin BEFORE INSERT ON instrument_attorney
                WHEN NEW.name_as_written = 'Neal S. Wolin' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END
                """)
        var outcomes: [DocumentOutcome] = []
        _ = try Importer(into: ledger).run(paths: ["000", "001", "002"].map(ImporterTests.seed)) { outcomes.append($0) }
        #expect(outcomes.map(\.status) == [.error, .imported, .imported])
        #expect(outcomes[0].reason?.contains("nothing of it was written") == true)
        let documents = try ledger.snapshot { try $0.all(Document.self).map(\.path) }
        #expect(documents.count == 2)
        #expect(!documents.contains { $0.contains("000_") })
        let kelly = try ledger.snapshot { try $0.people(key: PersonName("Edward J. Kelly, III").key) }
        #expect(kelly.isEmpty)
    }

    /// A batch is first written without a savepoint per document; when its last document fails,
    /// the batch is rolled back and written again document by document. The documents before
    /// the failed one are then recorded once, exactly as if the failed one had not been there.
    @Test func aDocumentFailingLateInABatchLeavesTheEarlierOnesRecordedOnce() throws {
        let ledger = try ledger(
            refusing: """
                CREATE TRIGGER refuse_last BEFORE INSERT ON instrument
                WHEN (SELECT path FROM document WHERE id = NEW.document_id) LIKE '%002_%'
                BEGIN SELECT RAISE(ABORT, 'refused for the test'); END
                """)
        var outcomes: [DocumentOutcome] = []
        _ = try Importer(into: ledger).run(paths: ["000", "001", "002"].map(ImporterTests.seed)) { outcomes.append($0) }
        #expect(outcomes.map(\.status) == [.imported, .imported, .error])

        let alone = try Ledger.inMemory()
        _ = try Importer(into: alone).run(paths: ["000", "001"].map(ImporterTests.seed)) { _ in }
        func counts(_ ledger: Ledger) throws -> [Int] {
            try ledger.snapshot {
                [
                    try $0.count(Document.self), try $0.count(Instrument.self), try $0.count(Person.self),
                    try $0.count(PersonAlias.self), try $0.count(StoredInterval.self),
                ]
            }
        }
        #expect(try counts(ledger) == counts(alone))
        #expect(try ledger.snapshot { try $0.all(Document.self).map(\.path) }.filter { $0.contains("002_") }.isEmpty)
    }
}
