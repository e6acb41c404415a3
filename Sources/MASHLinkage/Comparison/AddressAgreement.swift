/// How two addresses compare, by canonical postcode and normalised first line.
public enum AddressAgreement: Sendable, Hashable, CaseIterable {
    /// The same postcode and first line.
    case sameAddress
    /// The same postcode; the first lines differ or one is unknown.
    case samePostcode
    /// The same postcode district (outward code), e.g. a move within the area.
    case sameDistrict
    /// Different postcodes.
    case differs
    /// One side gives no postcode.
    case missing

    /// Compares two addresses given as canonical postcodes and normalised first lines.
    public static func compare(postcode lhs: String?, line lhsLine: String?, with rhs: String?, line rhsLine: String?) -> AddressAgreement {
        guard let lhs, let rhs else { return .missing }
        if lhs == rhs {
            if let lhsLine, let rhsLine, lhsLine == rhsLine { return .sameAddress }
            return .samePostcode
        }
        return outward(lhs) == outward(rhs) ? .sameDistrict : .differs
    }

    private static func outward(_ postcode: String) -> Substring {
        postcode.split(separator: " ").first ?? Substring(postcode)
    }
}
