/// How an identifier (NHS number, UPN, the agency's own person id) or sex compares.
public enum FieldAgreement: Sendable, Hashable, CaseIterable {
    /// Both sides give it, and it is the same.
    case agrees
    /// Both sides give it, and it differs.
    case differs
    /// One side gives a value that fails its check (an NHS number's mod-11 digit, a UPN's check letter):
    /// not compared, no weight either way.
    case invalid
    /// One side does not give it.
    case missing

    /// Compares two optional values; `rhs` is not read when `lhs` is missing.
    @inlinable
    public static func compare<Value: Equatable>(_ lhs: Value?, _ rhs: @autoclosure () -> Value?) -> FieldAgreement {
        guard let lhs, let rhs = rhs() else { return .missing }
        return lhs == rhs ? .agrees : .differs
    }
}
