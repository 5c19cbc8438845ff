import Foundation

/// Invented filers and filings in EDGAR's shapes, served by an ``EDGARTestServer``.
///
/// Two issuers: Brightwater Instruments Inc (CIK 1900001, ticker BWTR), whose index has recent
/// filings and one older page, and Calder Rail Corp (CIK 1900002, CLDR). Nadia R. Okafor
/// (CIK 1900101) reports on both; Tomas Lindqvist (CIK 1900102) on Brightwater. Every Form 3/4
/// carries a Form 4 XML and an EX-24 power of attorney; the 8-K, 10-Q and S-8 are never fetched.
struct EDGARFixtures {
    struct Filing {
        let accession: String
        let form: String
        let filedOn: String
        /// The CIKs whose archive folders hold it (issuer and reporting owner).
        let filers: [Int]
        /// The submission text, nil for forms a fetch must not ask for.
        let text: String?

        var folder: String { accession.replacingOccurrences(of: "-", with: "") }

        func path(under cik: Int) -> String { "/Archives/edgar/data/\(cik)/\(folder)/\(accession).txt" }
    }

    static let brightwater = 1_900_001, calder = 1_900_002, okafor = 1_900_101, lindqvist = 1_900_102

    /// Brightwater's filings, newest first; the last three are on its older page.
    static let brightwaterRecent: [Filing] = [
        Filing(
            accession: "0001900001-24-000007", form: "4", filedOn: "2024-03-05", filers: [brightwater, okafor],
            text: submission(
                "0001900001-24-000007", form: "4", filed: "20240305", issuer: .brightwater, owner: .okafor,
                signature: "/s/ Rosalind Achebe, attorney-in-fact for Nadia R. Okafor", signedOn: "2024-03-05",
                poa: nil)),
        Filing(accession: "0001900001-24-000005", form: "8-K", filedOn: "2024-02-10", filers: [brightwater], text: nil),
        Filing(
            accession: "0001900001-23-000012", form: "4/A", filedOn: "2023-11-20", filers: [brightwater, lindqvist],
            text: submission(
                "0001900001-23-000012", form: "4/A", filed: "20231120", issuer: .brightwater, owner: .lindqvist,
                signature: "/s/ Victor Mendez, attorney-in-fact for Tomas Lindqvist", signedOn: "2023-11-20",
                poa: powerOfAttorney(grantor: "Tomas Lindqvist", attorneys: "Victor Mendez and Rosalind Achebe", on: "November 13, 2023"))),
        Filing(accession: "0001900001-23-000010", form: "10-Q", filedOn: "2023-11-01", filers: [brightwater], text: nil),
    ]

    static let brightwaterOlder: [Filing] = [
        Filing(
            accession: "0001900001-21-000003", form: "3", filedOn: "2021-06-01", filers: [brightwater, okafor],
            text: submission(
                "0001900001-21-000003", form: "3", filed: "20210601", issuer: .brightwater, owner: .okafor,
                signature: "/s/ Rosalind Achebe, attorney-in-fact for Nadia R. Okafor", signedOn: "2021-06-01",
                poa: powerOfAttorney(grantor: "Nadia R. Okafor", attorneys: "Rosalind Achebe and Victor Mendez", on: "May 20, 2021"))),
        Filing(accession: "0001900001-20-000002", form: "S-8", filedOn: "2020-05-01", filers: [brightwater], text: nil),
        Filing(
            accession: "0001900001-19-000001", form: "4", filedOn: "2019-04-02", filers: [brightwater, lindqvist],
            text: submission(
                "0001900001-19-000001", form: "4", filed: "20190402", issuer: .brightwater, owner: .lindqvist,
                signature: "/s/ Victor Mendez, attorney-in-fact for Tomas Lindqvist", signedOn: "2019-04-02",
                poa: powerOfAttorney(grantor: "Tomas Lindqvist", attorneys: "Victor Mendez", on: "March 25, 2019"))),
    ]

    static let calderRecent: [Filing] = [
        Filing(
            accession: "0001900002-22-000004", form: "4", filedOn: "2022-08-15", filers: [calder, okafor],
            text: submission(
                "0001900002-22-000004", form: "4", filed: "20220815", issuer: .calder, owner: .okafor,
                signature: "/s/ Hannah Brooks, attorney-in-fact for Nadia R. Okafor", signedOn: "2022-08-15",
                poa: powerOfAttorney(grantor: "Nadia R. Okafor", attorneys: "Hannah Brooks", on: "August 1, 2022"))),
        Filing(accession: "0001900002-22-000001", form: "10-K", filedOn: "2022-03-01", filers: [calder], text: nil),
    ]

    static var all: [Filing] { brightwaterRecent + brightwaterOlder + calderRecent }

    /// The Section 16 filings of Brightwater (what `--ticker BWTR` fetches), oldest first.
    static var brightwaterSection16: [Filing] {
        (brightwaterRecent + brightwaterOlder).filter { $0.text != nil }.sorted { $0.filedOn < $1.filedOn }
    }

    /// Okafor's filings, about both issuers, newest first.
    static var okaforFilings: [Filing] { all.filter { $0.filers.contains(okafor) }.sorted { $0.filedOn > $1.filedOn } }

    /// A server answering for every fixture: indexes, the older page, the ticker map, and each
    /// filing under each of its filers' folders.
    static func server() throws -> EDGARTestServer {
        let server = try EDGARTestServer()
        server.serve("/files/company_tickers.json", """
            {"0": {"cik_str": 1900001, "ticker": "BWTR", "title": "Brightwater Instruments Inc"},
             "1": {"cik_str": 1900002, "ticker": "CLDR", "title": "Calder Rail Corp"}}
            """)
        server.serve(
            "/submissions/CIK0001900001.json",
            index(cik: brightwater, name: "Brightwater Instruments Inc", recent: brightwaterRecent, files: """
                [{"name": "CIK0001900001-submissions-001.json", "filingCount": 3, "filingFrom": "2019-04-02", "filingTo": "2021-06-01"}]
                """))
        server.serve("/submissions/CIK0001900001-submissions-001.json", columns(brightwaterOlder))
        server.serve("/submissions/CIK0001900002.json", index(cik: calder, name: "Calder Rail Corp", recent: calderRecent, files: "[]"))
        server.serve("/submissions/CIK0001900101.json", index(cik: okafor, name: "Okafor Nadia R", recent: okaforFilings, files: "[]"))
        for filing in all {
            guard let text = filing.text else { continue }
            for cik in filing.filers { server.serve(filing.path(under: cik), text) }
        }
        return server
    }

    static func index(cik: Int, name: String, recent: [Filing], files: String) -> String {
        """
        {"cik": "\(cik)", "entityType": "operating", "name": "\(name)", "tickers": [],
         "filings": {"recent": \(columns(recent)), "files": \(files)}}
        """
    }

    /// EDGAR's parallel arrays, with a few of the columns a fetch does not read.
    static func columns(_ filings: [Filing]) -> String {
        func array(_ values: [String]) -> String { "[" + values.map { "\"\($0)\"" }.joined(separator: ", ") + "]" }
        return """
            {"accessionNumber": \(array(filings.map(\.accession))), "filingDate": \(array(filings.map(\.filedOn))),
             "reportDate": \(array(filings.map(\.filedOn))), "act": \(array(filings.map { _ in "34" })),
             "form": \(array(filings.map(\.form))), "size": [\(filings.map { _ in "4096" }.joined(separator: ", "))],
             "primaryDocument": \(array(filings.map { _ in "xslF345X05/doc4.xml" }))}
            """
    }

    struct Party {
        let conformedName: String
        let name: String
        let cik: String

        static let brightwater = Party(conformedName: "Brightwater Instruments Inc", name: "Brightwater Instruments Inc", cik: "0001900001")
        static let calder = Party(conformedName: "Calder Rail Corp", name: "Calder Rail Corp", cik: "0001900002")
        static let okafor = Party(conformedName: "OKAFOR NADIA R", name: "Okafor Nadia R", cik: "0001900101")
        static let lindqvist = Party(conformedName: "LINDQVIST TOMAS", name: "Lindqvist Tomas", cik: "0001900102")
    }

    /// A whole submission: the SGML header, the form's ownership XML and, when given, an EX-24.
    static func submission(
        _ accession: String, form: String, filed: String, issuer: Party, owner: Party, signature: String, signedOn: String,
        poa: String?
    ) -> String {
        let exhibit = poa.map {
            """
            <DOCUMENT>
            <TYPE>EX-24
            <SEQUENCE>2
            <FILENAME>poa.txt
            <DESCRIPTION>POWER OF ATTORNEY
            <TEXT>
            \($0)
            </TEXT>
            </DOCUMENT>

            """
        } ?? ""
        return """
            <SEC-DOCUMENT>\(accession).txt : \(filed)
            <SEC-HEADER>\(accession).hdr.sgml : \(filed)
            <ACCEPTANCE-DATETIME>\(filed)161500
            ACCESSION NUMBER:\t\t\(accession)
            CONFORMED SUBMISSION TYPE:\t\(form)
            PUBLIC DOCUMENT COUNT:\t\t\(poa == nil ? 1 : 2)
            CONFORMED PERIOD OF REPORT:\t\(filed)
            FILED AS OF DATE:\t\t\(filed)
            DATE AS OF CHANGE:\t\t\(filed)

            REPORTING-OWNER:\t

            \tOWNER DATA:\t
            \t\tCOMPANY CONFORMED NAME:\t\t\t\(owner.conformedName)
            \t\tCENTRAL INDEX KEY:\t\t\t\(owner.cik)

            ISSUER:\t\t

            \tCOMPANY DATA:\t
            \t\tCOMPANY CONFORMED NAME:\t\t\t\(issuer.conformedName)
            \t\tCENTRAL INDEX KEY:\t\t\t\(issuer.cik)
            </SEC-HEADER>
            <DOCUMENT>
            <TYPE>\(form)
            <SEQUENCE>1
            <FILENAME>doc4.xml
            <DESCRIPTION>FORM \(form) SUBMISSION
            <TEXT>
            <XML>
            <?xml version="1.0"?>
            <ownershipDocument>
                <schemaVersion>X0508</schemaVersion>
                <documentType>\(form)</documentType>
                <periodOfReport>\(signedOn)</periodOfReport>
                <issuer>
                    <issuerCik>\(issuer.cik)</issuerCik>
                    <issuerName>\(issuer.name)</issuerName>
                </issuer>
                <reportingOwner>
                    <reportingOwnerId>
                        <rptOwnerCik>\(owner.cik)</rptOwnerCik>
                        <rptOwnerName>\(owner.name)</rptOwnerName>
                    </reportingOwnerId>
                    <reportingOwnerRelationship>
                        <isDirector>1</isDirector>
                    </reportingOwnerRelationship>
                </reportingOwner>
                <ownerSignature>
                    <signatureName>\(signature)</signatureName>
                    <signatureDate>\(signedOn)</signatureDate>
                </ownerSignature>
            </ownershipDocument>
            </XML>
            </TEXT>
            </DOCUMENT>
            \(exhibit)</SEC-DOCUMENT>

            """
    }

    /// An EX-24 in the plain family the reader knows (see Samples/edgar_form4_with_ex24.txt).
    static func powerOfAttorney(grantor: String, attorneys: String, on day: String) -> String {
        """
                                      POWER OF ATTORNEY

             The undersigned hereby constitutes and appoints \(attorneys), and each of them, as the
        undersigned's true and lawful attorneys-in-fact, each with power to act alone, to execute
        for and on behalf of the undersigned, in the undersigned's capacity as a director of the
        Company, Forms 3, 4, and 5 in accordance with Section 16(a) of the Securities Exchange Act
        of 1934 and the rules thereunder, and to file such forms with the United States Securities
        and Exchange Commission.

             This Power of Attorney shall remain in full force and effect until the undersigned is no
        longer required to file Forms 3, 4, and 5 with respect to the undersigned's holdings of and
        transactions in securities issued by the Company, unless earlier revoked by the undersigned
        in a signed writing delivered to the foregoing attorneys-in-fact.

             \(day)

                                                /s/ \(grantor)
                                                \(grantor)
        """
    }
}
