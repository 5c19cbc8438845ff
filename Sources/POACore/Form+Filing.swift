extension Form {
    /// The forms whose signatures the audit checks: the Section 16 reports and Rule 144 notices.
    public static let signed: [Form] = [.three, .four, .five, .f144]

    /// The form a filed document type is signed under, for scope: `"4"` and its amendment
    /// `"4/A"` are both Form 4; nil for anything but Forms 3, 4, 5, 144 and their amendments.
    ///
    /// For example:
    ///
    /// ```swift
    /// Form(filedAs: "4/A")    // Form.four
    /// Form(filedAs: "144")    // Form.f144
    /// Form(filedAs: "10-K")   // nil
    /// ```
    public init?(filedAs documentType: String) {
        var name = documentType.trimmingWhitespace.uppercased()
        if name.hasPrefix("FORM ") { name = String(name.dropFirst(5)).trimmingWhitespace }
        if name.hasSuffix("/A") { name = String(name.dropLast(2)) }
        guard let form = Form.signed.first(where: { $0.rawValue == name }) else { return nil }
        self = form
    }
}
