/// The three kinds of signed act a power-of-attorney document can hold.
///
/// - `grant`: a grantor appoints attorneys-in-fact for one issuer.
/// - `delegation`: an attorney under a delegable grant appoints sub-attorneys under it.
/// - `revocation`: a signed writing that ends a grant, all of a grantor's grants, or one attorney's appointment.
public enum InstrumentKind: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
    case grant
    case delegation
    case revocation

    public var description: String { rawValue }
}
