extension Form {
    /// The forms a user may name on the command line, in their usual order: the Section 16
    /// reports and Rule 144 notices, the only forms whose authority `poa` answers for.
    public static let named: [Form] = section16

    /// Reads a form a user names on the command line: `ID`, `3`, `4`, `5` or `144`, written any
    /// usual way (`4`, `Form 4`, `form id`, ` SEC Form 144 `).
    ///
    /// Stricter than ``init(parsing:)``, which keeps any plausible SEC form name because a power
    /// of attorney may cover `13G` or `S-8`: a question about a form outside ``named`` has no
    /// true answer, so `form4` or `10` is refused rather than answered with "nobody".
    ///
    /// - Throws: ``CoreError/unknownForm(_:amendments:)``, naming the forms there are.
    public init(naming text: String) throws(CoreError) {
        guard let form = try? Form(parsing: text), Form.named.contains(form) else {
            throw .unknownForm(text, amendments: false)
        }
        self = form
    }

    /// Reads a filing's form type as a user names it: a form of ``named``, or an amendment of
    /// one signed (`4/A`, `Form 144/A`), in the canonical spelling the ledger stores (`4`, `4/A`).
    ///
    /// For example:
    ///
    /// ```swift
    /// try Form.filingType(naming: "form 4/a")   // "4/A"
    /// try Form.filingType(naming: "Form ID")    // "ID"
    /// ```
    ///
    /// - Throws: ``CoreError/unknownForm(_:amendments:)``, naming the forms and amendments there are.
    public static func filingType(naming text: String) throws(CoreError) -> String {
        var name = text.trimmingWhitespace.uppercased()
        let amended = name.hasSuffix("/A")
        if amended { name = String(name.dropLast(2)).trimmingWhitespace }
        guard let form = try? Form(naming: name), !amended || Form.signed.contains(form) else {
            throw .unknownForm(text, amendments: true)
        }
        return amended ? "\(form.rawValue)/A" : form.rawValue
    }
}
