import Testing

@testable import POAStore

/// Multi-row INSERT texts are built once per record type, conflict clause and row count, and are
/// the same text as one built afresh.
struct MultiRowInsertTextsTests {
    @Test func aTextNamesItsClauseItsTableItsColumnsAndOneGroupPerRow() {
        #expect(
            MultiRowInsertTexts.text(for: StoredInvalidDelegation.self, rows: 3)
                == "INSERT OR FAIL INTO invalid_delegation (delegation_id, grantor_id, reason) VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?)")
        #expect(
            MultiRowInsertTexts.text(for: StoredInvalidDelegation.self, rows: 1, conflict: .ignore)
                == "INSERT OR IGNORE INTO invalid_delegation (delegation_id, grantor_id, reason) VALUES (?, ?, ?)")
    }

    @Test func askingAgainGivesTheSameTextAndEachTypeAndClauseKeepsItsOwn() {
        for rows in [1, 2, 7, MultiRowInsertTexts.rowsPerStatement] {
            #expect(MultiRowInsertTexts.text(for: StoredInvalidDelegation.self, rows: rows) == MultiRowInsertTexts.build(StoredInvalidDelegation.self, rows: rows))
            #expect(
                MultiRowInsertTexts.text(for: InstrumentAttorney.self, rows: rows, conflict: .replace)
                    == MultiRowInsertTexts.build(InstrumentAttorney.self, rows: rows, conflict: .replace))
            #expect(MultiRowInsertTexts.text(for: StoredInvalidDelegation.self, rows: rows) != MultiRowInsertTexts.text(for: InstrumentAttorney.self, rows: rows))
            #expect(
                MultiRowInsertTexts.text(for: StoredInvalidDelegation.self, rows: rows, conflict: .ignore)
                    != MultiRowInsertTexts.text(for: StoredInvalidDelegation.self, rows: rows))
        }
    }
}
