import Testing

@testable import POAStore

/// Multi-row INSERT texts are built once per record type, conflict clause and row count, and are
/// the same text as one built afresh.
struct MultiRowInsertTextsTests {
    @Test func aTextNamesItsClauseItsTableItsColumnsAndOneGroupPerRow() {
        #expect(
            MultiRowInsertTexts.text(for: InstrumentForm.self, rows: 3)
                == "INSERT INTO instrument_form (instrument_id, form) VALUES (?, ?), (?, ?), (?, ?)")
        #expect(
            MultiRowInsertTexts.text(for: InstrumentForm.self, rows: 1, conflict: .ignore)
                == "INSERT OR IGNORE INTO instrument_form (instrument_id, form) VALUES (?, ?)")
    }

    @Test func askingAgainGivesTheSameTextAndEachTypeAndClauseKeepsItsOwn() {
        for rows in [1, 2, 7, MultiRowInsertTexts.rowsPerStatement] {
            #expect(MultiRowInsertTexts.text(for: InstrumentForm.self, rows: rows) == MultiRowInsertTexts.build(InstrumentForm.self, rows: rows))
            #expect(
                MultiRowInsertTexts.text(for: InstrumentAttorney.self, rows: rows, conflict: .replace)
                    == MultiRowInsertTexts.build(InstrumentAttorney.self, rows: rows, conflict: .replace))
            #expect(MultiRowInsertTexts.text(for: InstrumentForm.self, rows: rows) != MultiRowInsertTexts.text(for: InstrumentAttorney.self, rows: rows))
            #expect(
                MultiRowInsertTexts.text(for: InstrumentForm.self, rows: rows, conflict: .ignore)
                    != MultiRowInsertTexts.text(for: InstrumentForm.self, rows: rows))
        }
    }
}
