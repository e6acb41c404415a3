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

    /// The person id and identity in a row selected with `AgencyStoreQueries.identitiesByKey`; `form` makes
    /// each name form from its display text and tokens (a reader of many rows may reuse the forms it made).
    static func identity(
        from row: SQLiteStatement, form: (_ display: String, _ tokens: String) -> NameForm? = form(display:tokens:)
    ) -> (personId: String, identity: PersonIdentity) {
        let personId = row.text(1) ?? ""
        let forename = form(row.text(2) ?? "", row.text(4) ?? "")
        let surname = form(row.text(3) ?? "", row.text(5) ?? "")
        let identity = PersonIdentity.canonical(
            names: [PersonName(forename: forename, surname: surname)],
            dateOfBirth: row.text(6).flatMap(LocalDate.init(iso8601:)), sex: row.text(7).flatMap(Sex.init(rawValue:)),
            postcode: row.text(8), addressLine: row.text(9), nhsNumber: row.text(10), invalidNHSNumber: row.text(11),
            upn: row.text(12), invalidUPN: row.text(13), agencyPersonId: personId
        )
        return (personId, identity)
    }

    /// A name form as the table keeps it: the display text and the tokens joined by spaces.
    static func form(display: String, tokens: String) -> NameForm? {
        tokens.isEmpty ? nil : NameForm(display: display, tokens: tokens.split(separator: " ").map(String.init))
    }
}
