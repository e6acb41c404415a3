import MASHCore
import MASHLinkage

/// A load's identities in memory, packed: 48 bytes each, the postcode inline and the name forms and first
/// lines as positions in small interned tables (few distinct values among many people), identifiers in
/// an arena, persons as positions among the load's persons. A candidate is scored from its packed row (`IndexedCandidate`), and only the few attached are
/// rebuilt whole, as the `PersonIdentity` the `identity` table's row gives (`IdentityColumns.identity(from:)`).
final class IndexedIdentities: Sendable {
    /// One identity: positions in the tables, `none` for a missing value.
    struct Row: Sendable {
        var forename: UInt32
        var surname: UInt32
        /// Date of birth and sex, packed: see `BirthAndSex`.
        var birthAndSex: UInt32
        var addressLine: UInt32
        var person: UInt32
        var nhsNumber: UInt32
        var upn: UInt32
        /// Identifiers that failed their check: rare, so kept aside.
        var invalid: UInt32
        var postcode: InlinePostcode
    }

    static let none = UInt32.max

    let rows: [Row]
    /// Each distinct forename or surname form; position 0 is no name.
    let forms: [NameForm?]
    let lines: [String]
    /// The persons the identities are of, and where their records are.
    let persons: IndexedPersons
    private let identifiers: StringArena
    let invalid: [(nhsNumber: String?, upn: String?)]
    /// Postcodes that do not fit in a row.
    let otherPostcodes: [String]

    fileprivate init(builder: Builder) {
        rows = Array(builder.rows)
        forms = Array(builder.forms)
        lines = Array(builder.lines.values)
        persons = builder.persons.build()
        identifiers = builder.identifiers.shrunk()
        invalid = Array(builder.invalid)
        otherPostcodes = Array(builder.otherPostcodes)
    }

    var count: Int { rows.count }

    func personId(of row: Row) -> String { persons.id(at: row.person) }

    func identifier(at position: UInt32) -> String? {
        position == Self.none ? nil : identifiers.string(at: position)
    }

    var memoryBytes: Int {
        rows.capacity * MemoryLayout<Row>.stride + persons.memoryBytes + identifiers.memoryBytes
            + lines.reduce(lines.capacity * 16) { $0 + ($1.utf8.count > 15 ? $1.utf8.count + 32 : 0) }
            + forms.capacity * MemoryLayout<NameForm?>.stride + forms.count * 160
            + invalid.capacity * MemoryLayout<(String?, String?)>.stride + otherPostcodes.capacity * 16
    }

    /// Collects identities one by one, interning as it goes.
    struct Builder {
        fileprivate var rows: [Row] = []
        fileprivate var forms: [NameForm?] = [nil]
        private var formPositions: [NameForm?: UInt32] = [nil: 0]
        fileprivate var lines = StringTable()
        fileprivate var persons: IndexedPersons.Builder
        fileprivate var identifiers = StringArena()
        fileprivate var invalid: [(nhsNumber: String?, upn: String?)] = []
        fileprivate var otherPostcodes: [String] = []

        /// A builder of identities of `persons` (every record's person added already).
        init(persons: IndexedPersons.Builder) {
            self.persons = persons
        }

        /// Keeps one identity of `personId`, returning the person's position; nil for an identity with more
        /// than one name (never stored).
        mutating func append(personId: String, _ identity: PersonIdentity) -> UInt32? {
            guard identity.names.count <= 1 else { return nil }
            let person = persons.position(of: personId)
            var invalidPosition = IndexedIdentities.none
            if identity.invalidNHSNumber != nil || identity.invalidUPN != nil {
                invalidPosition = UInt32(invalid.count)
                invalid.append((identity.invalidNHSNumber, identity.invalidUPN))
            }
            rows.append(Row(
                forename: form(identity.names.first?.forename), surname: form(identity.names.first?.surname),
                birthAndSex: BirthAndSex.pack(identity.dateOfBirth, identity.sex),
                addressLine: identity.addressLine.map { lines.intern($0) } ?? IndexedIdentities.none,
                person: person,
                nhsNumber: identity.nhsNumber.map { identifiers.append($0) } ?? IndexedIdentities.none,
                upn: identity.upn.map { identifiers.append($0) } ?? IndexedIdentities.none,
                invalid: invalidPosition, postcode: inline(identity.postcode)
            ))
            return person
        }

        private mutating func inline(_ postcode: String?) -> InlinePostcode {
            guard let postcode else { return .none }
            if let inline = InlinePostcode(postcode) { return inline }
            otherPostcodes.append(postcode)
            return .aside(UInt32(otherPostcodes.count - 1))
        }

        private mutating func form(_ form: NameForm?) -> UInt32 {
            if let known = formPositions[form] { return known }
            forms.append(form)
            formPositions[form] = UInt32(forms.count - 1)
            return UInt32(forms.count - 1)
        }

        func build() -> IndexedIdentities { IndexedIdentities(builder: self) }
    }
}
