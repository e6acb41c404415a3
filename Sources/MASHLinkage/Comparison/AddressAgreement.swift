/// How two addresses compare, by canonical postcode and normalised first line.
public enum AddressAgreement: Sendable, Hashable, CaseIterable {
    /// The same postcode and first line.
    case sameAddress
    /// The same postcode; the first lines differ or one is unknown.
    case samePostcode
    /// The same first line under different postcodes: a mistyped postcode.
    case sameLine
    /// The same postcode district (outward code), e.g. a move within the area.
    case sameDistrict
    /// Different postcodes.
    case differs
    /// One side gives no postcode.
    case missing

    /// Compares two addresses given as canonical postcodes and normalised first lines. Lines are the same
    /// when they agree but for a typing error (Jaro-Winkler 0.9 or more) in the words, never in the numbers:
    /// 7 and 9 Mill Lane are neighbours, not one address.
    public static func compare(postcode lhs: String?, line lhsLine: String?, with rhs: String?, line rhsLine: String?) -> AddressAgreement {
        let lines = lhsLine.flatMap { left in rhsLine.map { sameLine(left, $0) } }
        guard let lhs, let rhs else { return lines == true ? .sameLine : .missing }
        if lhs == rhs { return lines == true ? .sameAddress : .samePostcode }
        if lines == true { return .sameLine }
        return outward(lhs) == outward(rhs) ? .sameDistrict : .differs
    }

    /// Whether two normalised first lines are one address written twice.
    static func sameLine(_ lhs: String, _ rhs: String) -> Bool {
        if lhs == rhs { return true }
        let numbers = { (line: String) in line.split(separator: " ").filter { $0.contains { $0.isNumber } } }
        guard numbers(lhs) == numbers(rhs) else { return false }
        return JaroWinkler.similarity(lhs, rhs) >= 0.9
    }

    /// A UK postcode's outward code; any other postcode is its own district.
    private static func outward(_ postcode: String) -> Substring {
        guard postcode.contains(" ") else { return Substring(postcode) }
        return postcode.split(separator: " ").first ?? Substring(postcode)
    }
}
