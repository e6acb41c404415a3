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
        private var formPositions: [IdentityColumns.FormText: UInt32] = [:]
        fileprivate var lines = StringTable()
        fileprivate var persons: IndexedPersons.Builder
        fileprivate var identifiers = StringArena()
        fileprivate var invalid: [(nhsNumber: String?, upn: String?)] = []
        fileprivate var otherPostcodes: [String] = []

        /// A builder of identities of `persons` (every record's person added already).
        init(persons: IndexedPersons.Builder) {
            self.persons = persons
        }

        /// The position of the name form these columns make, and the form, made once per distinct text
        /// (no name at all is position 0).
        mutating func form(_ text: IdentityColumns.FormText) -> (position: UInt32, form: NameForm?) {
            if let known = formPositions[text] { return (known, forms[Int(known)]) }
            let form = IdentityColumns.form(text)
            let position = form == nil ? 0 : UInt32(forms.count)
            if form != nil { forms.append(form) }
            formPositions[text] = position
            return (position, form)
        }

        /// Keeps one identity of `personId`, its forename and surname at these form positions; returns the
        /// person's position.
        mutating func append(personId: String, _ identity: PersonIdentity, forename: UInt32, surname: UInt32) -> UInt32 {
            let person = persons.position(of: personId)
            var invalidPosition = IndexedIdentities.none
            if identity.invalidNHSNumber != nil || identity.invalidUPN != nil {
                invalidPosition = UInt32(invalid.count)
                invalid.append((identity.invalidNHSNumber, identity.invalidUPN))
            }
            rows.append(Row(
                forename: forename, surname: surname,
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

        func build() -> IndexedIdentities { IndexedIdentities(builder: self) }
    }
}
