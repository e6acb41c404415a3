import GRDB
import MASHCore
import MASHLinkage

/// How a person's identity is kept in the `identity` table: raw names for evidence, canonical values for matching.
enum IdentityColumns {
    /// The values for an insert after `id`, `person_id`.
    static func values(of identity: PersonIdentity, forename: String, surname: String) -> [(any DatabaseValueConvertible)?] {
        let name = identity.primaryName
        return [
            forename, surname, name?.forename?.tokens.joined(separator: " ") ?? "", name?.surname?.tokens.joined(separator: " ") ?? "",
            identity.dateOfBirth?.iso8601, identity.sex?.rawValue, identity.postcode, identity.addressLine,
            identity.nhsNumber, identity.invalidNHSNumber, identity.upn, identity.invalidUPN,
            BlockingKeys.addressKey(postcode: identity.postcode, addressLine: identity.addressLine)?.value,
        ]
    }

    /// The person id and identity in a row selected with `AgencyStoreQueries.identitiesByKeys`.
    static func identity(from row: Row) -> (personId: String, identity: PersonIdentity) {
        let personId: String = row[1]
        let forename = form(display: row[2], tokens: row[4])
        let surname = form(display: row[3], tokens: row[5])
        let birth: String? = row[6]
        let sex: String? = row[7]
        let identity = PersonIdentity.canonical(
            names: [PersonName(forename: forename, surname: surname)],
            dateOfBirth: birth.flatMap(LocalDate.init(iso8601:)), sex: sex.flatMap(Sex.init(rawValue:)),
            postcode: row[8], addressLine: row[9], nhsNumber: row[10], invalidNHSNumber: row[11], upn: row[12],
            invalidUPN: row[13], agencyPersonId: personId
        )
        return (personId, identity)
    }

    private static func form(display: String, tokens: String) -> NameForm? {
        tokens.isEmpty ? nil : NameForm(display: display, tokens: tokens.split(separator: " ").map(String.init))
    }
}
