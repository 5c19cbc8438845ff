import Testing

@testable import POAStore

/// Multi-row INSERT texts are built once per record type and row count, and are the same text
/// as one built afresh.
struct MultiRowInsertTextsTests {
    @Test func aTextNamesItsTableItsColumnsAndOneGroupPerRow() {
        #expect(
            InstrumentForm.insertStatement(rows: 3)
                == "INSERT INTO instrument_form (instrument_id, form) VALUES (?, ?), (?, ?), (?, ?)")
    }

    @Test func askingAgainGivesTheSameTextAndEachTypeKeepsItsOwn() {
        for rows in [1, 2, 7, MultiRowInsertTexts.cachedRowLimit, MultiRowInsertTexts.cachedRowLimit + 1] {
            #expect(InstrumentForm.insertStatement(rows: rows) == MultiRowInsertTexts.build(InstrumentForm.self, rows: rows))
            #expect(InstrumentAttorney.insertStatement(rows: rows) == MultiRowInsertTexts.build(InstrumentAttorney.self, rows: rows))
            #expect(InstrumentForm.insertStatement(rows: rows) != InstrumentAttorney.insertStatement(rows: rows))
        }
    }
}
