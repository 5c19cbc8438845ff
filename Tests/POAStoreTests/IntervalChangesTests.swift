import POACore
import Testing

@testable import POAStore

/// A full rebuild writes only the intervals that differ from what is stored; when most of a
/// range differs, it empties the range and writes every derived interval instead.
struct IntervalChangesTests {
    static func interval(
        _ grantor: Int64, from: Int, attorney: Int64, via: [Int64] = [10], until: Int? = nil, forms: [Form] = [.three, .four]
    ) -> StoredInterval {
        StoredInterval(
            grantorId: grantor, validFrom: Day(ordinal: from), attorneyId: attorney, via: via,
            validUntil: until.map { Day(ordinal: $0) }, issuerId: 1, forms: forms)
    }

    /// Ten intervals of grantors 1 and 2, as a range's stored rows.
    static let stored = (0..<10).map { interval(1 + Int64($0 % 2), from: 15_000 + $0, attorney: 100 + Int64($0)) }

    @Test func whatIsDerivedAgainUnchangedIsNeitherDeletedNorWritten() {
        let changes = IntervalChanges(grantors: 1...2, stored: Self.stored, derived: Self.stored.reversed())
        #expect(changes.isEmpty)
        #expect(changes.count == 0)
        #expect(changes.replacement == nil)
    }

    @Test func aStoredIntervalNoLongerDerivedIsRemovedByItsKey() {
        let changes = IntervalChanges(grantors: 1...2, stored: Self.stored, derived: Array(Self.stored.dropFirst()))
        #expect(changes.removed == [Self.stored[0].key])
        #expect(changes.written.isEmpty)
        #expect(changes.replacement == nil)
    }

    @Test func anIntervalWhoseOtherColumnsDifferIsWrittenOverItsKey() {
        var derived = Self.stored
        derived[3].validUntil = Day(ordinal: 16_000)
        derived[5].forms = "4"
        let changes = IntervalChanges(grantors: 1...2, stored: Self.stored, derived: derived)
        #expect(changes.removed.isEmpty)
        #expect(Set(changes.written) == [derived[3], derived[5]])
    }

    @Test func aNewIntervalIsWritten() {
        let new = Self.interval(2, from: 15_500, attorney: 300)
        let changes = IntervalChanges(grantors: 1...2, stored: Self.stored, derived: Self.stored + [new])
        #expect(changes.removed.isEmpty)
        #expect(changes.written == [new])
    }

    @Test func ofTwoIntervalsWithOneKeyTheFirstDerivedIsKept() {
        // Two chains reach the same attorney on the same day: INSERT OR IGNORE kept the first.
        var second = Self.stored[4]
        second.validUntil = Day(ordinal: 15_100)
        let keepsStored = IntervalChanges(grantors: 1...2, stored: Self.stored, derived: Self.stored + [second])
        #expect(keepsStored.isEmpty)
        let keepsSecond = IntervalChanges(grantors: 1...2, stored: Self.stored, derived: [second] + Self.stored)
        #expect(keepsSecond.written == [second])
    }

    @Test func whenMostOfTheRangeChangesItIsReplacedWhole() {
        var derived = Self.stored.map { interval in
            var changed = interval
            changed.forms = "ID,3,4,5"
            return changed
        }
        derived.append(derived[2])  // a duplicate key: written once
        derived.removeFirst(2)  // and two no longer derived
        let changes = IntervalChanges(grantors: 1...2, stored: Self.stored, derived: derived)
        #expect(Set(changes.removed) == Set(Self.stored.prefix(2).map(\.key)))
        #expect(Set(changes.written) == Set(derived))
        #expect(changes.count == 10)
        #expect(changes.replacement.map(Set.init) == Set(derived))
        #expect(changes.replacement?.count == 8, "the duplicate is written once")
    }

    @Test func keysAreOrderedAsTheTableOrdersThem() {
        let earlier = Self.interval(1, from: 15_000, attorney: 7, via: [10, 2])
        #expect(IntervalKey.compare(earlier, Self.interval(1, from: 15_000, attorney: 7, via: [10, 3])) < 0)
        #expect(IntervalKey.compare(earlier, Self.interval(1, from: 15_000, attorney: 7, via: [9])) < 0, "'1' sorts before '9'")
        #expect(IntervalKey.compare(earlier, Self.interval(1, from: 15_000, attorney: 8, via: [1])) < 0)
        #expect(IntervalKey.compare(earlier, Self.interval(1, from: 15_001, attorney: 1)) < 0)
        #expect(IntervalKey.compare(earlier, Self.interval(2, from: 1, attorney: 1)) < 0)
        #expect(IntervalKey.compare(earlier, earlier) == 0)
    }

    @Test func aRangeWithNothingStoredIsWrittenWholeAndOneWithNothingDerivedIsEmptied() {
        let first = IntervalChanges(grantors: 1...2, stored: [], derived: Self.stored)
        #expect(first.replacement.map(Set.init) == Set(Self.stored) && Set(first.written) == Set(Self.stored))
        let gone = IntervalChanges(grantors: 1...2, stored: Self.stored, derived: [])
        #expect(gone.replacement == [] && gone.removed.count == 10)
        #expect(IntervalChanges(grantors: 1...2, stored: [], derived: []).isEmpty)
    }
}
