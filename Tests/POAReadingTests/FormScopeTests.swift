import POACore
import Testing

@testable import POAReading

/// Scope documents: forms named in lists of every spelling, Form ID by its access codes, and
/// Section 16(a) filings named without form numbers.
struct FormScopeFamilyTests {
    @Test(arguments: TemplateFamily.documents("form-scope"))
    func readsAsExpected(_ document: String) throws {
        try TemplateFamily.check("form-scope", document)
    }
}

struct FormScopeTests {
    func forms(_ text: String) -> [String] {
        let p = passage(text)
        return FormScope.read(p, in: p.whole)?.value.map(\.rawValue) ?? []
    }

    @Test(arguments: [
        ("on SEC Form ID, Form 3, Form 4 or Form 5", ["ID", "3", "4", "5"]),
        ("Forms 3, 4, and 5", ["3", "4", "5"]),
        ("Forms 3,4,5 and 144", ["3", "4", "5", "144"]),
        ("under Rule 144 on SEC Form 144", ["144"]),
        ("any Schedule 13D or Schedule 13G", ["13D", "13G"]),
        ("Schedules 13D and 13G and Form 13F", ["13D", "13F", "13G"]),
        ("the annual report on Form 10-K and the Form S-8", ["10-K", "S-8"]),
    ])
    func namedFormsAreTheScope(_ text: String, _ expected: [String]) {
        #expect(forms(text) == expected)
    }

    @Test(arguments: [
        "reports required under Section 16(a) of the Exchange Act",
        "to make any and all required or voluntary filings under Section 16(a) of the Securities Exchange Act",
        "any and all forms required by the Securities and Exchange Commission pursuant to Section 16 of the Act",
        "agreements, forms and documents related specifically to Section 13 and Section 16 of the Exchange Act",
        "to file any and all forms in accordance with Section16(a) of the Exchange Act",
    ])
    func filingsUnderSection16AreForms345(_ text: String) {
        #expect(forms(text) == ["3", "4", "5"])
    }

    @Test(arguments: [
        "not assuming any of the undersigned's responsibilities to comply with Section 16 of the Exchange Act",
        "any liability for reports of profit disgorgement under Section 16(b) of the Exchange Act",
        "reports under Section 16(b) of the Exchange Act",
        "Pursuant to a written Limited Power of Attorney for Section 16 Reporting Obligations granted by each",
        "the insider reporting, short-swing profit and short sale provisions of Section 16 of the 1934 Act",
    ])
    func aMentionOfSection16NamesNoForm(_ text: String) {
        #expect(forms(text) == [])
    }

    @Test func namedSection16FormsAreNotWidened() {
        #expect(forms("Forms 3 and 4 required under Section 16(a) of the Exchange Act") == ["3", "4"])
        #expect(forms("Form 144 and any filings under Section 16(a) of the Exchange Act") == ["3", "4", "5", "144"])
    }

    @Test func edgarAccessCodesAreFormID() {
        #expect(forms("apply for and obtain and maintain EDGAR Access Codes for the undersigned; Forms 3, 4, and 5") == ["ID", "3", "4", "5"])
        #expect(forms("to obtain CIK and CCC codes; and Forms 3, 4 and 5") == ["ID", "3", "4", "5"])
        #expect(forms("apply for electronic access codes with the SEC; Forms 3, 4 and 5") == ["3", "4", "5"])
    }

    @Test func aGluedKeywordStillStartsItsList() {
        #expect(forms("prepare, execute and file Forms3, 4, and 5 (including amendments)") == ["3", "4", "5"])
        #expect(forms("on Form4 or Form 5") == ["4", "5"])
    }

    @Test func wordsInsideAListDoNotEndIt() {
        #expect(forms("any reports on Forms 3, 4, 5 and, if applicable, 144 (including amendments)") == ["3", "4", "5", "144"])
        #expect(forms("Forms 3, 4 and 5 and, where applicable, Form 144") == ["3", "4", "5", "144"])
    }

    @Test(arguments: [
        ("form 4's and 5's", ["4", "5"]),
        ("Form 4\u{2019}s and Form 5\u{2019}s", ["4", "5"]),
        ("Forms 4s and 5s and Form 144s", ["4", "5", "144"]),
        ("Forms 3/4/5", ["3", "4", "5"]),
        ("Forms 3, 4, & 5", ["3", "4", "5"]),
        ("Forms 3-5", ["3", "4", "5"]),
        ("Forms 3 \u{2013} 5", ["3", "4", "5"]),
        ("Forms 3 through 5", ["3", "4", "5"]),
        ("Form 4 or 5 or Forms 144", ["4", "5", "144"]),
        ("Form ID - Uniform Application for Access Codes to File on EDGAR", ["ID"]),
        ("Schedule 13D/A and 13G/A", ["13D", "13G"]),
    ])
    func everySpellingOfAListIsRead(_ text: String, _ expected: [String]) {
        #expect(forms(text) == expected)
    }

    @Test func aRangeNeedsNumberedFormsAtBothEnds() {
        #expect(forms("Form 144 through 5") == ["5", "144"])
        #expect(forms("Forms 3-144") == [])
    }

    @Test func rule144AloneIsNoForm144() {
        #expect(forms("Forms 3, 4 and 5; the undersigned remains responsible to comply with Rule 144 under the Securities Act") == ["3", "4", "5"])
    }

    @Test func formOrFormsAdoptedIsNotAForm() {
        #expect(forms("any form or forms adopted by the SEC in lieu thereof, Form 10") == [])
    }
}
