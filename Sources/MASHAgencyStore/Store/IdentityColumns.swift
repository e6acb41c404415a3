import MASHCore
import MASHLinkage

/// How a person's identity is kept in the `identity` table: raw names for evidence, canonical values for matching.
enum IdentityColumns {
    /// Binds an identity row to an insert's parameters: `id`, `person_id`, then the columns in table order.
    static func bind(id: Int64, personId: String, _ identity: PersonIdentity, forename: String, surname: String, to insert: SQLiteStatement) {
        let name = identity.primaryName
        insert.bind(1, id)
        let texts: [String?] = [
            personId, forename, surname, name?.forename?.tokens.joined(separator: " ") ?? "", name?.surname?.tokens.joined(separator: " ") ?? "",
            identity.dateOfBirth?.iso8601, identity.sex?.rawValue, identity.postcode, identity.addressLine,
            identity.nhsNumber, identity.invalidNHSNumber, identity.upn, identity.invalidUPN,
        ]
        for (index, text) in texts.enumerated() { insert.bind(index + 2, text) }
        if let key = BlockingKeys.addressKey(postcode: identity.postcode, addressLine: identity.addressLine) {
            insert.bind(15, key.value)
        } else {
            insert.bind(15, nil as Int?)
        }
    }

    /// The person id and identity in a row selected with `AgencyStoreQueries.identitiesByKey`.
    static func identity(from row: SQLiteStatement) -> (personId: String, identity: PersonIdentity) {
        let names = nameTexts(from: row)
        return identity(from: row, forename: form(names.forename), surname: form(names.surname))
    }

    /// The texts the row's name forms are made from, (display, tokens) each: a reader of many rows may
    /// make each distinct form once.
    static func nameTexts(from row: SQLiteStatement) -> (forename: FormText, surname: FormText) {
        (FormText(display: row.text(2) ?? "", tokens: row.text(4) ?? ""), FormText(display: row.text(3) ?? "", tokens: row.text(5) ?? ""))
    }

    /// The person id and identity in the row, its name forms made already from `nameTexts(from:)`.
    static func identity(from row: SQLiteStatement, forename: NameForm?, surname: NameForm?) -> (personId: String, identity: PersonIdentity) {
        let personId = row.text(1) ?? ""
        let identity = PersonIdentity.canonical(
            names: [PersonName(forename: forename, surname: surname)],
            dateOfBirth: row.text(6).flatMap(LocalDate.init(iso8601:)), sex: row.text(7).flatMap(Sex.init(rawValue:)),
            postcode: row.text(8), addressLine: row.text(9), nhsNumber: row.text(10), invalidNHSNumber: row.text(11),
            upn: row.text(12), invalidUPN: row.text(13), agencyPersonId: personId
        )
        return (personId, identity)
    }

    /// A name form's columns: the text as recorded and its tokens joined by spaces.
    struct FormText: Hashable {
        let display: String
        let tokens: String
    }

    /// A name form as the table keeps it; nil for no tokens.
    static func form(_ text: FormText) -> NameForm? {
        text.tokens.isEmpty ? nil : NameForm(display: text.display, tokens: text.tokens.split(separator: " ").map(String.init))
    }
}
