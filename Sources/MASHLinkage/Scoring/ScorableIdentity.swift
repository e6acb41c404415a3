import MASHCore

/// A candidate as `QueryScorer` reads it: a `PersonIdentity`'s fields, each read only when a comparison
/// needs it, so that a search index can keep candidates packed and unpack only what is compared.
public protocol ScorableIdentity {
    /// How many names the candidate has.
    var nameCount: Int { get }
    /// The forename of name `index`.
    func forename(at index: Int) -> NameForm?
    /// The surname of name `index`.
    func surname(at index: Int) -> NameForm?
    var dateOfBirth: LocalDate? { get }
    var sex: Sex? { get }
    var postcode: String? { get }
    var addressLine: String? { get }
    var town: String? { get }
    var nhsNumber: String? { get }
    var invalidNHSNumber: String? { get }
    var upn: String? { get }
    var invalidUPN: String? { get }
    var agencyPersonId: String? { get }
    var email: String? { get }
    var phone: String? { get }
    var identifier: String? { get }
    /// Keys naming the candidate's name forms and first line, or nil: see `ValueKeys`.
    var valueKeys: ValueKeys? { get }
}

/// Keys standing for a candidate's values, so a scorer compares each value with the query once: equal keys
/// must mean equal values. `forename` and `surname` name the parts (nil included) of the candidate's only
/// name; `addressLine` its first line (nil included).
public struct ValueKeys: Sendable, Hashable {
    public var forename: UInt32
    public var surname: UInt32
    public var addressLine: UInt32

    public init(forename: UInt32, surname: UInt32, addressLine: UInt32) {
        self.forename = forename
        self.surname = surname
        self.addressLine = addressLine
    }
}

extension PersonIdentity: ScorableIdentity {
    public var nameCount: Int { names.count }
    public func forename(at index: Int) -> NameForm? { names[index].forename }
    public func surname(at index: Int) -> NameForm? { names[index].surname }
    /// None: an identity's values are compared as they come.
    public var valueKeys: ValueKeys? { nil }
}
