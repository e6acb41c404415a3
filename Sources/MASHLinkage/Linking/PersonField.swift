/// A person field `mash link` can read from a column.
public enum PersonField: String, Sendable, Hashable, CaseIterable {
    case id
    case firstName = "first_name"
    case surname
    case dateOfBirth = "dob"
    case sex
    case addressLine = "address"
    case postcode
    case town
    case nhsNumber = "nhs_number"
    case upn
    case email
    case phone
    case identifier
}
