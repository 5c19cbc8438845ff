import POACore
import Testing

@testable import POAReading

struct IssuerClauseTests {
    func issuer(_ text: String) -> String? {
        let p = passage(text)
        return IssuerClause.read(p, in: p.whole)?.value
    }

    @Test func definedTermWithIncorporationIsCanonicalised() {
        #expect(issuer("securities of THE HARTFORD FINANCIAL SERVICES GROUP, INC., a Delaware\ncorporation (the \"Company\"), that") == "The Hartford Financial Services Group, Inc.")
    }

    @Test func curlyQuotesAndMixedCaseAreKept() {
        #expect(issuer("a director of Bank of America Corporation (the \u{201C}Company\u{201D})") == "Bank of America Corporation")
    }

    @Test func onlyTheCompanyMeansNoIssuer() {
        #expect(issuer("Forms 3, 4 and 5 with respect to securities of the Company.") == nil)
    }

    @Test func securitiesOfAProperNameWithoutDefinedTerm() {
        #expect(issuer("transactions in securities of Pellucid Software Corporation. The authority") == "Pellucid Software Corporation")
    }

    @Test func allCapsLegalFormsStayConventional() {
        #expect(NameText.entity("QUARRY HILL ENERGY PARTNERS, L.P.") == "Quarry Hill Energy Partners, L.P.")
        #expect(NameText.entity("ACME HOLDINGS PLC") == "Acme Holdings plc")
        #expect(NameText.entity("FOO N.V.") == "Foo N.V.")
    }
}

struct PowerClausesTests {
    func delegable(_ text: String) -> Bool {
        let p = passage(text)
        return PowerClauses.delegable(p, in: p.whole)?.value ?? false
    }

    @Test(arguments: [
        "with full power of substitution",
        "with full power of substitution and resubstitution",
        "said attorneys may, to the extent permitted by applicable law, delegate any authority granted",
        "with full power to act, together or each without the other, with full power of substitution",
        "as the undersigned's true and lawful attorney-in-fact and agent, with full and several power of substitutions",
        "hereby ratifying all that such attorney-in-fact, or such attorney-in-fact's substitute or substitutes, shall lawfully do",
        "Each of my attorneys-in-fact may at their sole discretion designate one or more substitute attorneys-in-fact",
    ])
    func delegableWordings(_ text: String) { #expect(delegable(text)) }

    @Test(arguments: [
        "without power of substitution", "may not delegate any authority", "the Delegable Section 16 Powers",
        "without any power of substitution", "the attorneys shall not have the power of substitution",
        "each acting alone and without power of substitution, hereby ratifying all that such attorney or his substitute or substitutes shall do",
    ])
    func notDelegable(_ text: String) { #expect(!delegable(text)) }

    @Test func supersessionIsQuotedUpToTheDuration() throws {
        let p = passage("Hereby ratifying. This authorization shall supersede all prior authorizations, which are hereby revoked, and shall remain in effect for so long as X.")
        let clause = try #require(Supersession.read(p, in: p.whole))
        #expect(clause.value == "This authorization shall supersede all prior authorizations, which are hereby revoked")
    }
}

struct EndConditionTests {
    func end(_ text: String, executed: Day? = nil) -> EndCondition.Found? {
        let p = passage(text)
        return EndCondition.read(p, in: p.whole, dates: DateScanner.dates(in: p, p.whole))
    }

    @Test func fixedDateIsTheLastDayInForce() throws {
        let found = try #require(end("This Power of Attorney shall remain in effect until December 31, 2020, unless earlier revoked."))
        #expect(found.condition.value == "until December 31, 2020, unless earlier revoked")
        #expect(found.expiresOn?.value == Day(year: 2020, month: 12, day: 31))
    }

    @Test func periodFromSigningIsReadAsMonths() throws {
        let found = try #require(end("This letter is valid for three years from the date of this letter."))
        #expect(found.period?.months == 36)
        #expect(found.expiresOn == nil)
    }

    @Test func validForAllPurposesIsNoEndCondition() {
        #expect(end("This appointment is valid for all purposes of Section 16.") == nil)
    }

    @Test func attorneyEmploymentEndingIsAboutTheAttorney() {
        let p = passage("As to any attorney-in-fact, this power terminates when such attorney-in-fact ceases to be an employee of the Company.")
        #expect(EndCondition.endsWithAttorneyEmployment(p, in: p.whole))
        let q = passage("until the undersigned ceases to be an employee of the Company.")
        #expect(!EndCondition.endsWithAttorneyEmployment(q, in: q.whole))
    }
}

struct ReaderRegressionTests {
    @Test func aCompanyNameEndingInCorpDotEndsWithTheSentence() throws {
        let text = """
            CONFIRMING STATEMENT

            This Statement confirms that the undersigned, Ann B. Carter, has authorized and designated Joe Doe
            to execute and file on the undersigned's behalf all Forms 3, 4, and 5 as a result of the
            undersigned's ownership of or transactions in securities of Sterling Summit Logistics Corp. The
            authority under this Statement shall continue until the undersigned is no longer required to file.

            Date: August 8, 2011

            Signature: /s/ Ann B. Carter
            """
        let extraction = DocumentReader.read(Array(text.utf8))
        guard case .poa(let instruments) = extraction.verdict else {
            Issue.record("not read as a POA: \(extraction.verdict)")
            return
        }
        #expect(instruments.first?.issuer?.value == "Sterling Summit Logistics Corp.")
    }

    @Test func anHTMLSignatureBlockOnOneLineStillNamesTheSigner() throws {
        let html = """
            <HTML><BODY>
            <P>Know all by these presents, that the undersigned hereby constitutes and appoints each of Jane Q.
            Roe and John P. Moe, signing singly, as the undersigned&#8217;s true and lawful attorney-in-fact to
            execute for and on behalf of the undersigned, in the undersigned&#8217;s capacity as an officer of
            ACME WIDGETS, INC. (the "Company"), Forms 3, 4, and 5.</P>
            <P>IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this
            31st day of July, 2017.</P>
            <P>                                        /s/ Sharon Vasquez
                                                    ----------------------------
                                                    Signature
            </P>
            </BODY></HTML>
            """
        let extraction = DocumentReader.read(Array(html.utf8))
        guard case .poa(let instruments) = extraction.verdict else {
            Issue.record("not read as a POA: \(extraction.verdict)")
            return
        }
        #expect(instruments.first?.grantor?.value == "Sharon Vasquez")
    }
}
