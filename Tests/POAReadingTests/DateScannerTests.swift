import POACore
import Testing

@testable import POAReading

struct DateScannerTests {
    static let forms: [(String, String)] = [
        ("this 19th day of February, 2004", "2004-02-19"),
        ("this 19 day of Feb. 2004", "2004-02-19"),
        ("as of March 3, 2015", "2015-03-03"),
        ("Dated: 5/1/2009", "2009-05-01"),
        ("February 19, 2004", "2004-02-19"),
        ("2004-02-19", "2004-02-19"),
        ("19 February 2004", "2004-02-19"),
        ("Sept. 2nd, 2011", "2011-09-02"),
        ("on the 1st day of July 2010", "2010-07-01"),
        ("Date: 12/31/99", "1999-12-31"),
        ("as of this 10 th day of January, 2023", "2023-01-10"),
        ("AS OF THIS 18THY DAY OF MAY, 2022", "2022-05-18"),
        ("executed on this 27h day of July, 2022", "2022-07-27"),
        ("executed this __5__ day of May 2023", "2023-05-05"),
        ("as of this 14th of June, 2023", "2023-06-14"),
        ("as of this 1st of February 2023", "2023-02-01"),
        ("DocuSign Envelope ID: 348F451A 13-Feb-2023", "2023-02-13"),
        ("as of December 7 th, 2022", "2022-12-07"),
        ("this 10th Day of April, 2023", "2023-04-10"),
        ("this twenty-first day of March, 2023", "2023-03-21"),
        ("this first day of July, 2010", "2010-07-01"),
        ("this 5th day of May, A.D. 2023", "2023-05-05"),
        ("the 2nd day of Febuary, 2023", "2023-02-02"),
        ("in mid-March 3, 2023", "2023-03-03"),
    ]

    @Test(arguments: forms)
    func everyCommonFormIsRead(_ text: String, _ iso: String) throws {
        let p = passage(text)
        let found = DateScanner.dates(in: p, p.whole)
        #expect(found.map(\.day.description) == [iso])
    }

    @Test(arguments: [
        "February 30, 2004", "the 31st day of April, 2010", "13/45/2009", "2010-02-29", "Form 4 of 2004", "this ____ day of May, 2023",
        "5 business day of May 2023", "31-Feb-2023", "Forms 3, 4 of 2023", "the first day of the month, 2023",
        "twenty-first day of Marchland 2023", "thirty-second day of May, 2023",
    ])
    func impossibleDatesAreNotDates(_ text: String) {
        let p = passage(text)
        #expect(DateScanner.dates(in: p, p.whole).isEmpty)
    }

    @Test func aDateAcrossALineBreakIsOneDate() {
        let p = passage("this\n19th day of February,\n2004.")
        #expect(DateScanner.dates(in: p, p.whole).map(\.day) == [Day(year: 2004, month: 2, day: 19)])
        #expect(p.span(DateScanner.dates(in: p, p.whole)[0].range) == SourceSpan(firstLine: 2, lastLine: 3))
    }

    @Test func daysBeforeADateAreNotADay() {
        let p = passage("within 10 days of June 1, 2023 and 2 th day")
        #expect(DateScanner.dates(in: p, p.whole).map(\.day.description) == ["2023-06-01"])
    }

    @Test func mayTheVerbIsNotAMonth() {
        let p = passage("said attorneys may 5 times act, and Form 4 filed in 2004")
        #expect(DateScanner.dates(in: p, p.whole).isEmpty)
    }

    /// The prefilter never hides a month: each name, full or short, passes it.
    @Test func everyMonthNameMayStartAMonth() {
        for (name, _) in DateScanner.months {
            #expect(DateScanner.mayStartMonth(Array(name.utf8), at: 0, limit: name.utf8.count), "\(name)")
        }
        for word in ["the", "janitor"] {
            #expect(DateScanner.mayStartMonth(Array(word.utf8), at: 0, limit: word.utf8.count) == word.hasPrefix("jan"))
        }
        #expect(!DateScanner.mayStartMonth(Array("ma".utf8), at: 0, limit: 2))
        #expect(!DateScanner.mayStartMonth(Array("may".utf8), at: 0, limit: 2))
    }
}

