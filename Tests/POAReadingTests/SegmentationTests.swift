import Testing

@testable import POAReading

/// Where one instrument ends and the next begins.
struct SegmentationTests {
    @Test func aSentenceWrappedOntoATitleLikeLineStaysInItsInstrument() {
        let p = passage("""
            Know all by these presents, that the undersigned hereby appoints Ann Other as attorney-in-fact.
            The undersigned ratifies all that the Attorney-in-Fact does by authority of this
            Power of Attorney.
            This Power of Attorney revokes all previous powers of attorney.
            IN WITNESS WHEREOF, executed as of December 7, 2022.
            /s/ Dana Q. Whitcombe
            """)
        #expect(InstrumentSegmenter.segments(p) == [0..<6])
    }

    @Test func aTitleInCapitalsStartsTheNextInstrumentEvenAfterAWrappedLine() {
        let p = passage("""
            The undersigned hereby appoints Ann Other as attorney-in-fact, and
            REVOCATION OF POWER OF ATTORNEY
            The undersigned revokes the power of attorney dated May 1, 2020.
            """)
        #expect(InstrumentSegmenter.segments(p) == [0..<1, 1..<3])
    }
}
