import Testing

@testable import POACore

struct FormTests {
    @Test(arguments: [("4", "4"), ("Form 4", "4"), ("form id", "ID"), ("Schedule 13G", "13G"), (" SEC Form 144 ", "144")])
    func formsAreReadAsUsersWriteThem(text: String, expected: String) throws {
        #expect(try Form(parsing: text).rawValue == expected)
    }

    @Test(arguments: ["", "   ", "Form", "4; DROP TABLE", "a very long form name"])
    func implausibleFormsAreRefused(_ text: String) {
        #expect(throws: CoreError.invalidForm(text)) { try Form(parsing: text) }
    }

    @Test(arguments: [("4", "4"), ("Form 4", "4"), ("form id", "ID"), (" SEC Form 144 ", "144")])
    func namedFormsAreTheOnesPoaAnswersFor(text: String, expected: String) throws {
        #expect(try Form(naming: text).rawValue == expected)
    }

    @Test(arguments: ["form4", "10", "13G", "Schedule 13D", "4/A", "", "Form"])
    func anyOtherNamedFormIsRefused(_ text: String) {
        #expect(throws: CoreError.unknownForm(text, amendments: false)) { try Form(naming: text) }
    }

    @Test func aFilingTypeIsAFormOrItsAmendment() throws {
        #expect(try Form.filingType(naming: "form 4/a") == "4/A")
        #expect(try Form.filingType(naming: "Form 144/A") == "144/A")
        #expect(try Form.filingType(naming: "form id") == "ID")
        for text in ["ID/A", "13G/A", "4/B", "/A"] {
            #expect(throws: CoreError.unknownForm(text, amendments: true)) { try Form.filingType(naming: text) }
        }
        #expect(CoreError.unknownForm("4/B", amendments: true).description.contains("ID, 3, 4, 5, 144"))
    }

    @Test func section16FormsSortFirstInTheirUsualOrder() {
        let forms: [Form] = [Form(rawValue: "13G"), .f144, .four, .id, .three, .five]
        #expect(forms.sorted().map(\.rawValue) == ["ID", "3", "4", "5", "144", "13G"])
        #expect(Form.four.isSection16)
        #expect(!Form(rawValue: "13D").isSection16)
        // Other forms sort by name after them, and no form sorts before itself.
        #expect(Form(rawValue: "13D") < Form(rawValue: "13G"))
        #expect(!(Form.four < Form.four) && !(Form(rawValue: "13G") < Form(rawValue: "13G")))
    }

    @Test func aCanonicalListIsInOrderWithEachFormOnce() {
        let ordered: [Form] = [.id, .three, .four, Form(rawValue: "13G")]
        #expect(Form.canonical(ordered) == ordered)
        #expect(Form.canonical([.four, .three, .four, Form(rawValue: "13G"), .id]) == ordered)
        #expect(Form.canonical([.four, .four]) == [.four])
        #expect(Form.canonical([]) == [])
    }
}
