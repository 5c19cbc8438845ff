import Testing

@testable import POAReading

struct SourceSpanTests {
    @Test func aSpanNeverEndsBeforeItStarts() {
        let span = SourceSpan(firstLine: 9, lastLine: 3)
        #expect(span.firstLine == 9)
        #expect(span.lastLine == 9)
    }

    @Test func unionCoversBothSpans() {
        let union = SourceSpan(firstLine: 4, lastLine: 6).union(SourceSpan(firstLine: 10, lastLine: 12))
        #expect(union == SourceSpan(firstLine: 4, lastLine: 12))
        #expect(union.description == "4-12")
        #expect(SourceSpan(firstLine: 7, lastLine: 7).description == "7")
    }
}
