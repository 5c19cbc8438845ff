import Testing

@testable import POAStore

/// An instrument's provenance is stored as one JSON object of line pairs by fact.
struct InstrumentProvenanceTests {
    @Test func factsAreWrittenInTheirDeclaredOrderEachOnce() {
        let provenance = InstrumentProvenance(
            instrumentId: 7,
            sources: [(.forms, 120, 1_305), (.grantor, 3, 3), (.effectiveOn, 9, 10), (.grantor, 40, 41), (.issuer, 0, 0), (.parent, 10, 100_000)])
        #expect(provenance.lines == #"{"grantor":[3,3],"issuer":[0,0],"forms":[120,1305],"parent":[10,100000],"effective_on":[9,10]}"#)
        #expect(provenance.sources.map(\.fact) == [.grantor, .issuer, .forms, .parent, .effectiveOn])
        #expect(provenance.sources.allSatisfy { $0.instrumentId == 7 })
    }

    @Test func theStoredTextReadsBackAsTheSameLines() throws {
        let provenance = InstrumentProvenance(
            instrumentId: 2, sources: [(.executedOn, 46, 46), (.attorneys, 4, 19), (.delegable, 88, 90)])
        let read = try InstrumentProvenance.sources(instrumentId: 2, lines: provenance.lines)
        #expect(InstrumentProvenance(instrumentId: 2, sources: read) == provenance)
        #expect(InstrumentProvenance(instrumentId: 3, sources: []).lines == "{}")
    }

    @Test func storedTextThatIsNotLinePairsByFactIsRefused() {
        for text in [#"[1,2]"#, #"{"hearsay":[1,1]}"#, #"{"grantor":[1]}"#, "not json"] {
            #expect(throws: StoreError.self) { try InstrumentProvenance.sources(instrumentId: 1, lines: text) }
        }
    }
}
