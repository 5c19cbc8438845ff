/// Whether names written in filings can name the same person: the matching that needs no
/// ledger, shared by the ownership XML reader (which owner a signature signs for), the signature
/// audit (whether an owner signed for themself) and the ledger's own lookups (which spellings of
/// a name to look for).
///
/// A name has several readings: as written, and in natural order when it can be EDGAR's
/// "LAST FIRST MIDDLE" ("LEVENSON DAVID N" is also David N. Levenson). Two names are compatible
/// when a reading of one is compatible with a reading of the other (``PersonName/isCompatible(with:)``).
/// Who a name is among the people in the ledger is `PersonMatch.named(_:in:)`, in POAAuthority.
///
/// For example:
///
/// ```swift
/// PersonMatch.compatible("LEVENSON DAVID N", "David N. Levenson")   // true
/// PersonMatch.compatible("Jane Q. Roe", "David N. Levenson")        // false
/// ```
public enum PersonMatch {
    /// The name's readings: as written, and in natural order when it can be EDGAR's
    /// "LAST FIRST MIDDLE" ("LEVENSON DAVID N" is also David N. Levenson).
    public static func readings(of name: String) -> [PersonName] {
        [PersonName(name)] + PersonName.edgarReadings(name)
    }

    /// Whether two names written in filings can name the same party, in any of their readings.
    ///
    /// Two EDGAR readings fit only with the same first given name: read as "LAST FIRST MIDDLE",
    /// "David N. Levenson" and "David M. Levenson" become "N. Levenson David" and "M. Levenson
    /// David", which would otherwise fit once their leading initials are left out (as "J. Edgar
    /// Hoover" fits "Edgar Hoover").
    public static func compatible(_ a: String, _ b: String) -> Bool {
        let others = readings(of: b)
        for (mine, reading) in readings(of: a).enumerated() {
            for (theirs, other) in others.enumerated() where reading.isCompatible(with: other) {
                let bothReordered = mine > 0 && theirs > 0
                if !bothReordered || PersonName.sameGivenName(reading.given, other.given) { return true }
            }
        }
        return false
    }
}
