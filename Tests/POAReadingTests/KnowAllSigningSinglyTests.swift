import Testing

@testable import POAReading

/// "Know all men by these presents ... each of A, B and C, signing singly": the most common
/// Section 16 grant, in plain text, HTML, and the preformatted HTML that filing tools write.
struct KnowAllSigningSinglyTests {
    @Test(arguments: TemplateFamily.documents("know-all-signing-singly"))
    func readsAsExpected(_ document: String) throws {
        try TemplateFamily.check("know-all-signing-singly", document)
    }
}
