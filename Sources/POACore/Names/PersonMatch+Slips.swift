/// Names a filing pairs, one written otherwise than the other: the grantor of a POA filed with
/// an owner's own Form 4, whose name the POA spells "Patrica Saul Lotuff" or "Scottt DeBeor"
/// where EDGAR has LOTUFF PATRICIA SAUL and DEBOER SCOTT J, or writes with the given name the
/// owner goes by ("Geoff Beattie" for BEATTIE WILLIAM G).
///
/// Never used to join parties by name alone (two people may well be a letter apart): only where
/// the filing itself ties the names together (see `GrantorOwner` in POAImport).
extension PersonMatch {
    /// How a name a POA is signed with stands to the name of the reporting owner whose filing
    /// carries the POA.
    public enum Pairing: Sendable {
        /// It fits the owner's name as written: the usual matching's case.
        case fits
        /// It is the owner's name written with slips, or with the given name the owner goes by.
        case writtenOtherwise
        /// Another name.
        case other
    }

    /// How `written`, a name in natural order as POAs write it, stands to `owner`'s, in any of
    /// its readings. `written` is taken in natural order only: read backwards too, "Quint
    /// Abernathy" would fit ABERNATHY MARCELLA QUINT as written, the surname taken for a given
    /// name.
    public static func pairing(written: String, owner: String) -> Pairing {
        let name = PersonName(written)
        let owners = readings(of: owner)
        if owners.contains(where: { name.isCompatible(with: $0) }) { return .fits }
        let otherwise = owners.contains { name.differsBySlips(from: $0) || name.goesByAnotherGivenName(than: $0) }
        return otherwise ? .writtenOtherwise : .other
    }

    /// Whether `written`, a name in natural order, can be `owner`'s name (as EDGAR or a filing
    /// writes it, in either order) written with slips: the same surname but for one slip; the
    /// same first given name but for one slip, or a listed short form of it, or its first four
    /// letters or more ("Sesha" for "Seshasayee"); the middle names of the shorter list found in
    /// order in the longer one (so no two middle initials disagree); no other suffix.
    ///
    /// A slip is a letter added, dropped or changed, or two neighbours swapped, in names of five
    /// letters or more ("Anna" and "Anne", "Jean" and "Joan" are names of their own). A name
    /// with a given name more or less ("Geoff Beattie", "William G. Beattie") or another middle
    /// initial ("Jeremy B. Pyle", "Jeremy P. Pyle") is not a slip.
    public static func differsBySlips(written: String, owner: String) -> Bool {
        let name = PersonName(written)
        return readings(of: owner).contains { name.differsBySlips(from: $0) }
    }

    /// Whether `written`, a name in natural order, can be `owner`'s name with the given name
    /// the person goes by: the same surname, and the first given name of one is a later given
    /// name, or its initial, of the other ("Geoff Beattie" for BEATTIE WILLIAM G, "Mary Ellen
    /// Richey" for RICHEY ELLEN, "Joanne Yan" for YAN FANG QIONG JOANNE); no other suffix.
    public static func goesByAnotherGivenName(written: String, owner: String) -> Bool {
        let name = PersonName(written)
        return readings(of: owner).contains { name.goesByAnotherGivenName(than: $0) }
    }
}

extension PersonName {
    /// See ``PersonMatch/differsBySlips(written:owner:)``.
    func differsBySlips(from other: PersonName) -> Bool {
        guard !isEntity, !other.isEntity else { return false }
        if let suffix, let otherSuffix = other.suffix, suffix != otherSuffix { return false }
        guard PersonName.withinOneSlip(bareLast, other.bareLast) else { return false }
        let mine = givenNames, theirs = other.givenNames
        guard let a = mine.first, let b = theirs.first else { return false }
        let firstAgrees =
            PersonName.sameGivenName(a, b) || PersonName.isNickname(a, of: b) || PersonName.withinOneSlip(a, b)
            || PersonName.isShortened(a, b)
        return firstAgrees && PersonName.inOrder(mine.dropFirst(), theirs.dropFirst())
    }

    /// See ``PersonMatch/goesByAnotherGivenName(written:owner:)``.
    func goesByAnotherGivenName(than other: PersonName) -> Bool {
        guard !isEntity, !other.isEntity, bareLast == other.bareLast else { return false }
        if let suffix, let otherSuffix = other.suffix, suffix != otherSuffix { return false }
        let mine = givenNames, theirs = other.givenNames
        guard let a = mine.first, let b = theirs.first, !PersonName.sameGivenName(a, b) else { return false }
        // A full given name of one among the other's later given names (a full name there, or
        // its initial): "geoff" and [william, g], [mary, ellen] and "ellen".
        func later(_ first: String, in names: [String]) -> Bool {
            first.count > 1 && names.dropFirst().contains { PersonName.sameName(first, $0) }
        }
        return later(a, in: theirs) || later(b, in: mine)
    }

    /// Equal, or one slip apart when both have five letters or more.
    static func withinOneSlip(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        return a.count >= 5 && b.count >= 5 && EditDistance.between(a, b, limit: 1) <= 1
    }

    /// One is the other's first four letters or more: "sesha" and "seshasayee".
    static func isShortened(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return short.count >= 4 && short.count < long.count && long.hasPrefix(short)
    }
}
