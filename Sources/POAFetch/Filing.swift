import POACore

/// One filing as a submissions index lists it: enough to choose it and to fetch it.
public struct Filing: Hashable, Sendable, Codable {
    public let accession: AccessionNumber
    /// The form type as EDGAR writes it: `4`, `4/A`, `144`.
    public let form: String
    public let filedOn: Day

    public init(accession: AccessionNumber, form: String, filedOn: Day) {
        self.accession = accession
        self.form = form
        self.filedOn = filedOn
    }
}
