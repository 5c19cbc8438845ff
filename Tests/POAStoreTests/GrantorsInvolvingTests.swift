import Foundation
import POACore
import Testing

@testable import POAStore

/// `grantorsInvolving(personId:)`: the histories a change about a person touches, besides the
/// person's own (when an import records a revocation or a user records a fact about them).
struct GrantorsInvolvingTests {
    struct People {
        var first, second, third, delegate, stranger, other: Int64
    }

    /// Grant A by `first` names `delegate`, who delegates under it to `other`; grant B by `second`
    /// names `delegate`; `stranger` delegates to `delegate` under a grant by `third` the ledger
    /// does not hold; `delegate` also signs a revocation, which names nobody.
    static func graph(in ledger: Ledger) throws -> People {
        try ledger.transaction { tx in
            func person(_ name: String) throws -> Int64 { try #require(try tx.insert(Person(name: name)).id) }
            let people = People(
                first: try person("Ann First"), second: try person("Bo Second"), third: try person("Cy Third"),
                delegate: try person("Di Delegate"), stranger: try person("Ed Stranger"), other: try person("Fay Other"))
            let document = try tx.insertTestDocument()
            var position = 0
            func instrument(_ kind: InstrumentKind, by grantor: Int64, naming attorney: Int64?) throws -> Int64 {
                position += 1
                let id = try #require(
                    try tx.insert(
                        Instrument(
                            documentId: document, position: position, kind: kind, grantorId: grantor, issuerId: nil,
                            executedOn: .on("2020-01-0\(position)"), delegable: kind == .grant, lineStart: position,
                            lineEnd: position)
                    ).id)
                if let attorney {
                    try tx.insert(
                        all: [
                            InstrumentAttorney(
                                instrumentId: id, position: 0, personId: attorney, nameAsWritten: "someone",
                                lineStart: position, lineEnd: position)
                        ])
                }
                return id
            }
            let grantA = try instrument(.grant, by: people.first, naming: people.delegate)
            let underA = try instrument(.delegation, by: people.delegate, naming: people.other)
            try tx.insert(DelegationParent(delegationId: underA, statedGrantorId: people.first, statedExecutedOn: nil, parentId: grantA))
            _ = try instrument(.grant, by: people.second, naming: people.delegate)
            let awaiting = try instrument(.delegation, by: people.stranger, naming: people.delegate)
            try tx.insert(DelegationParent(delegationId: awaiting, statedGrantorId: people.third, statedExecutedOn: nil))
            _ = try instrument(.revocation, by: people.delegate, naming: nil)
            return people
        }
    }

    @Test func anAttorneyAndDelegatorIsInvolvedInEveryGrantorsHistoryThatNamesThem() throws {
        let scratch = try Scratch()
        let ledger = try Ledger.open(at: scratch.path())
        let people = try Self.graph(in: ledger)
        let involving = { (person: Int64) in try ledger.snapshot { try $0.grantorsInvolving(personId: person) } }
        // Named in grants A and B, delegated under A, named by a delegation under a grant by the third.
        #expect(try involving(people.delegate) == [people.first, people.second, people.third])
        // Named by the delegation under A.
        #expect(try involving(people.other) == [people.first])
        // Delegated under a grant by the third that is not in the ledger.
        #expect(try involving(people.stranger) == [people.third])
        // Grantors only.
        #expect(try involving(people.first).isEmpty)
        #expect(try involving(people.third).isEmpty)
    }
}
