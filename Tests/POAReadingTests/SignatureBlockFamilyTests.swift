import Testing

@testable import POAReading

/// Signature blocks as filed: "By: /s/ NAME" over a typed "Name:", with no entity above it;
/// and the whole instrument in one paragraph (the hidden text of a scanned page), its
/// signature inside the text.
struct SignatureBlockFamilyTests {
    @Test(arguments: TemplateFamily.documents("signature-blocks"))
    func readsAsExpected(_ document: String) throws {
        try TemplateFamily.check("signature-blocks", document)
    }
}
