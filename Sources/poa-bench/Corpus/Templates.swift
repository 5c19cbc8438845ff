import Foundation
import POACore

/// The template families the corpus is written in, modelled on the wordings law firms use.
enum Templates {
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    static func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        return "\(n)\(suffix)"
    }

    /// "this 19th day of February, 2004"
    static func dayOf(_ day: Day) -> String {
        let (y, m, d) = day.components
        return "this \(ordinal(d)) day of \(months[m - 1]), \(y)"
    }

    /// "February 19, 2004"
    static func written(_ day: Day) -> String {
        let (y, m, d) = day.components
        return "\(months[m - 1]) \(d), \(y)"
    }

    /// "A, B and C"
    static func list(_ names: [String], conjunction: String = "and") -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " \(conjunction) " + (names.last ?? "")
    }

    /// Wraps prose at about 78 columns, as filings are.
    static func wrap(_ text: String, width: Int = 78) -> String {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !line.isEmpty && line.utf8.count + word.utf8.count + 1 > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    /// The seed family: "The undersigned does hereby nominate, constitute and appoint ...".
    static func nominate(grantor: String, issuer: String, attorneys: [String], day: Day, delegable: Bool) -> String {
        let body = """
            The undersigned does hereby nominate, constitute and appoint \(list(attorneys)), or any one or more of \
            them, his true and lawful attorneys and agents, to do any and all acts and things and execute and file any \
            and all instruments which said attorneys and agents, or any of them, may deem necessary or advisable to \
            enable the undersigned to comply with the Securities Exchange Act of 1934, as amended (the "1934 Act"), in \
            connection with the preparation, execution and filing of any report or statement of beneficial ownership \
            or changes in beneficial ownership of securities of \(issuer.uppercased()), a Delaware corporation (the \
            "Company"), that the undersigned may be required to file pursuant to Section 16(a) of the 1934 Act, \
            including specifically full power and authority to sign the undersigned's name to any report or \
            statement on SEC Form ID, Form 3, Form 4 or Form 5 or to any amendment thereto, and any report required \
            under Rule 144 on SEC Form 144 relating to sales of securities of the Company.\(delegable ? " Furthermore, said attorneys and agents, or any of them, may delegate any authority granted pursuant to this authorization." : "")
            """
        let clause = """
            This authorization shall supersede all prior authorizations to act for the undersigned with respect to \
            securities of the Company in these matters, which prior authorizations are hereby revoked, and shall \
            remain in effect for so long as the undersigned has any obligations under Section 16 of the 1934 Act with \
            respect to securities of the Company, unless earlier revoked by the undersigned in a signed writing \
            delivered to the foregoing attorneys-in-fact.
            """
        return """
            POWER OF ATTORNEY

            \(wrap(body))

            \(wrap(clause))

            IN WITNESS WHEREOF, I have hereunto set my hand \(dayOf(day)).

            /s/ \(grantor)
            \(grantor)

            """
    }

    /// The "Know all by these presents ... signing singly" family; no supersession clause.
    static func knowAll(grantor: String, issuer: String, attorneys: [String], day: Day) -> String {
        let body = """
            Know all by these presents, that the undersigned hereby makes, constitutes and appoints each of \
            \(list(attorneys)), signing singly, as the undersigned's true and lawful attorney-in-fact to: (1) execute \
            for and on behalf of the undersigned, in the undersigned's capacity as an officer and/or director of \
            \(issuer.uppercased()) (the "Company"), Forms 3, 4, and 5 in accordance with Section 16(a) of the \
            Securities Exchange Act of 1934 and the rules thereunder; (2) do and perform any and all acts for and on \
            behalf of the undersigned which may be necessary or desirable to complete and execute any such Form 3, 4, \
            or 5 and timely file such form with the SEC.
            """
        let end = """
            This Power of Attorney shall remain in full force and effect until the undersigned is no longer \
            required to file Forms 3, 4, and 5 with respect to the undersigned's holdings of and transactions in \
            securities issued by the Company, unless earlier revoked by the undersigned in a signed writing \
            delivered to the foregoing attorneys-in-fact.
            """
        return """
                               LIMITED POWER OF ATTORNEY FOR
                             SECTION 16 REPORTING OBLIGATIONS

            \(wrap(body))

            \(wrap(end))

            IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of \(dayOf(day)).

                                                    /s/ \(grantor)
                                                    ----------------------------
                                                    Signature

            """
    }

    /// A first-person confirming statement.
    static func confirming(grantor: String, issuer: String, attorneys: [String], day: Day) -> String {
        let body = """
            This Statement confirms that the undersigned, \(grantor), has authorized and designated \
            \(list(attorneys, conjunction: "or")) to execute and file on the undersigned's behalf all Forms 3, 4, and 5 \
            (including any amendments thereto) that the undersigned may be required to file with the U.S. Securities \
            and Exchange Commission as a result of the undersigned's ownership of or transactions in securities of \
            \(issuer). The authority under this Statement shall continue until the undersigned is no longer required \
            to file Forms 3, 4, and 5 with regard to the undersigned's ownership of or transactions in securities of \
            \(issuer), unless earlier revoked in writing.
            """
        return """
            CONFIRMING STATEMENT

            \(wrap(body))

            Date: \(written(day))

            Signature: /s/ \(grantor)

            """
    }

    /// The know-all family as an HTML exhibit.
    static func html(grantor: String, issuer: String, attorneys: [String], day: Day) -> String {
        let text = knowAll(grantor: grantor, issuer: issuer, attorneys: attorneys, day: day)
        let paragraphs = text.components(separatedBy: "\n\n").map { paragraph in
            // Prose paragraphs flow; the signature block keeps its lines with <BR>.
            let escaped = paragraph.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "'", with: "&#8217;")
            let lines = escaped.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            return escaped.contains("/s/") ? "<P>" + lines.joined(separator: "<BR>\n") + "</P>" : "<P>" + escaped + "</P>"
        }
        return "<HTML><HEAD><TITLE>Exhibit 24</TITLE></HEAD>\n<BODY>\n" + paragraphs.joined(separator: "\n") + "\n</BODY></HTML>\n"
    }

    /// A delegation under a delegable grant, in the seed's words.
    static func delegation(
        delegator: String, grantor: String, issuer: String, parentDay: Day, attorneys: [String], day: Day
    ) -> String {
        let body = """
            Pursuant to that certain Power of Attorney granted to the undersigned by \(grantor), a Section 16 officer \
            of \(issuer.uppercased()) dated \(written(parentDay)) (the "Delegable Section 16 Powers"), the undersigned \
            does hereby nominate, constitute and appoint \(list(attorneys)), or any one or more of them, his true and \
            lawful attorneys and agents, to do any and all acts and things and execute and file any and all \
            instruments which said attorneys and agents may deem necessary or advisable in connection with the \
            preparation, execution and filing of any report on SEC Form ID, Form 3, Form 4 or Form 5 or any report \
            required under Rule 144 on SEC Form 144 relating to sales of securities of the Company.
            """
        let clause = """
            This authorization shall supersede all prior authorizations to act with the delegated authority of the \
            undersigned with respect to securities of the Company in these matters, and shall remain in effect for so \
            long as the authority of the undersigned to act under such Delegable Section 16 Power shall remain valid.
            """
        return """
            POWER OF ATTORNEY

            \(wrap(body))

            \(wrap(clause))

            IN WITNESS WHEREOF, I have hereunto set my hand \(dayOf(day)).

            /s/ \(delegator)
            \(delegator)

            """
    }

    /// A letter revoking every earlier power of attorney for the issuer.
    static func revocation(grantor: String, issuer: String, day: Day) -> String {
        let body = """
            The undersigned, \(grantor), hereby revokes all powers of attorney previously granted by the undersigned \
            with respect to the undersigned's reports on Forms 3, 4 and 5 relating to securities of \
            \(issuer.uppercased()) (the "Company").
            """
        return """
            REVOCATION OF POWER OF ATTORNEY

            To: Securities and Exchange Commission

            \(wrap(body))

            Dated: \(written(day))

            /s/ \(grantor)
            \(grantor)

            """
    }
}
