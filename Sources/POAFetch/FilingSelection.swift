import POACore

/// Which filings a fetch wants: their forms and the days they were filed.
///
/// A form named plainly takes its amendments too (`4` takes `4/A`); an amendment named alone
/// (`4/A`) takes only amendments. Days are inclusive at both ends.
///
/// For example:
///
/// ```swift
/// let selection = FilingSelection(forms: ["4", "144/A"], since: Day(year: 2016, month: 1, day: 1), until: nil)
/// selection.wants(form: "4/A")    // true
/// selection.wants(form: "144")    // false
/// ```
public struct FilingSelection: Sendable, Equatable {
    /// The forms asked, in EDGAR's spelling (`4`, `144/A`).
    public let forms: [String]
    public let since: Day?
    public let until: Day?

    /// Section 16's reports and Rule 144 notices: what `poa fetch` asks for unless told otherwise.
    public static let section16Forms = ["3", "4", "5", "144"]

    public init(forms: [String] = section16Forms, since: Day? = nil, until: Day? = nil) {
        self.forms = forms.map { $0.uppercased() }
        self.since = since
        self.until = until
    }

    /// Whether a filing of this form type is wanted.
    public func wants(form: String) -> Bool {
        let type = form.trimmingWhitespace.uppercased()
        let original = type.hasSuffix("/A") ? String(type.dropLast(2)) : type
        return forms.contains(type) || forms.contains(original)
    }

    /// Whether a filing filed on this day is wanted.
    public func wants(day: Day) -> Bool {
        if let since, day < since { return false }
        if let until, day > until { return false }
        return true
    }

    public func wants(_ filing: Filing) -> Bool { wants(form: filing.form) && wants(day: filing.filedOn) }

    /// Whether an older page of the index can list a wanted filing: a page whose span EDGAR
    /// gives and which lies wholly outside the days asked is not fetched.
    public func mayList(_ page: SubmissionsIndex.OlderPage) -> Bool {
        if let since, let to = page.filingTo, to < since { return false }
        if let until, let from = page.filingFrom, from > until { return false }
        return true
    }
}
