import Testing

@testable import POAReading

/// A power of attorney filed as a picture needs review: never `not-poa`, never a grant.
struct ImageOnlyTests {
    @Test(arguments: TemplateFamily.documents("image-only"))
    func readsAsExpected(_ document: String) throws {
        try TemplateFamily.check("image-only", document)
    }

    @Test func anImageBesideARealTextIsNotImageOnly() {
        let html = "<html><body><img src=\"logo.gif\"><p>This memo is about the annual picnic, which takes place in June at the lake house, and everybody is invited to bring food, drinks, games, chairs, blankets, sunscreen, hats, towels, music and friends; please reply to the office by Friday so that we know how many people will come along.</p></body></html>"
        let extraction = DocumentReader.read(Array(html.utf8))
        #expect(extraction.verdict.label == "not-poa")
    }

    @Test func anImageOnlyExhibitOfASubmissionNeedsReview() {
        let submission = """
            <SEC-DOCUMENT>0000000000-20-000001.txt : 20200102
            <SEC-HEADER>0000000000-20-000001.hdr.sgml : 20200102
            ACCESSION NUMBER:\t\t0000000000-20-000001
            CONFORMED SUBMISSION TYPE:\t4
            </SEC-HEADER>
            <DOCUMENT>
            <TYPE>EX-24
            <SEQUENCE>2
            <FILENAME>poa.htm
            <TEXT>
            <HTML><BODY><IMG src="poa001.jpg"></BODY></HTML>
            </TEXT>
            </DOCUMENT>
            <DOCUMENT>
            <TYPE>GRAPHIC
            <SEQUENCE>3
            <FILENAME>poa001.jpg
            <TEXT>
            begin 644 poa001.jpg
            M_]C_X``02D9)1@`!`0$`8`!@``#_VP!#``@&!@<&!0@'!P<)"0@*#!0-#`L+
            end
            </TEXT>
            </DOCUMENT>
            </SEC-DOCUMENT>
            """
        let extraction = DocumentReader.read(Array(submission.utf8))
        #expect(extraction.verdict.label == "needs-review")
        #expect(extraction.verdict.reason?.contains("image") == true)
    }
}

extension ImageOnlyTests {
    @Test func aPictureBesideTheTextOfThePowerIsNoProblem() {
        let submission = """
            <SEC-DOCUMENT>0000000000-20-000002.txt : 20200102
            <SEC-HEADER>0000000000-20-000002.hdr.sgml : 20200102
            ACCESSION NUMBER:\t\t0000000000-20-000002
            CONFORMED SUBMISSION TYPE:\t4
            </SEC-HEADER>
            <DOCUMENT>
            <TYPE>EX-24
            <SEQUENCE>2
            <FILENAME>poa.txt
            <TEXT>
            POWER OF ATTORNEY
            Know all by these presents, that the undersigned hereby constitutes and appoints each of Ada Lovel and Cyrus Marn, signing singly, the undersigned's true and lawful attorney-in-fact to execute Forms 3, 4 and 5 in respect of securities of Hollin Widget Corporation.
            Dated: March 1, 2016
            /s/ Ewan F. Gale
            </TEXT>
            </DOCUMENT>
            <DOCUMENT>
            <TYPE>EX-24
            <SEQUENCE>3
            <FILENAME>poa.pdf
            <TEXT>
            <PDF>
            begin 644 poa.pdf
            M)5!$1BTQ+C0*)>+CS],*
            end
            </PDF>
            </TEXT>
            </DOCUMENT>
            </SEC-DOCUMENT>
            """
        let extraction = DocumentReader.read(Array(submission.utf8))
        #expect(extraction.verdict.label == "poa")
        #expect(extraction.verdict.instruments.first?.attorneys.map(\.name) == ["Ada Lovel", "Cyrus Marn"])
    }
}
