import MASHCore

/// One line of `people.jsonl`: a population person as they truly are.
public struct TruePersonRecord: Sendable, Hashable, Codable {
    /// e.g. "P0000042", the `true_person` column of `truth.csv`.
    public var personId: String
    /// e.g. "H0000007": people with the same id live together.
    public var householdId: String
    /// How they stand in the household.
    public var householdRole: HouseholdRole
    public var forename: String
    public var surname: String
    public var dateOfBirth: LocalDate
    public var sex: Sex
    public var address: SyntheticAddress
    /// Where the household lived before, if it moved in the last two years.
    public var previousAddress: SyntheticAddress?
    /// Valid, in the 999 test range.
    public var nhsNumber: String
    /// Valid, for children of school age.
    public var upn: String?

    /// The record of `person` in `population`.
    public init(_ person: SyntheticPerson, in population: SyntheticPopulation) {
        let household = population.households[person.householdIndex]
        personId = person.id
        householdId = household.id
        householdRole = person.role
        forename = person.forename
        surname = person.surname
        dateOfBirth = person.dateOfBirth
        sex = person.sex
        address = household.address
        previousAddress = household.previousAddress
        nhsNumber = person.nhsNumber
        upn = person.upn
    }
}

extension JSONBytes {
    /// Appends a person as JSON that decodes with `MASHJSON` to the same `TruePersonRecord`.
    public mutating func append(_ person: TruePersonRecord) {
        raw("{\"personId\":"); string(person.personId)
        raw(",\"householdId\":"); string(person.householdId)
        raw(",\"householdRole\":"); string(person.householdRole.rawValue)
        raw(",\"forename\":"); string(person.forename)
        raw(",\"surname\":"); string(person.surname)
        raw(",\"dateOfBirth\":"); date(person.dateOfBirth)
        raw(",\"sex\":"); string(person.sex.rawValue)
        raw(",\"address\":"); append(person.address)
        if let previous = person.previousAddress {
            raw(",\"previousAddress\":"); append(previous)
        }
        raw(",\"nhsNumber\":"); string(person.nhsNumber)
        if let upn = person.upn {
            raw(",\"upn\":"); string(upn)
        }
        byte(UInt8(ascii: "}"))
    }

    mutating func append(_ address: SyntheticAddress) {
        raw("{\"line1\":"); string(address.line1)
        raw(",\"locality\":"); string(address.locality)
        raw(",\"town\":"); string(address.town)
        raw(",\"postcode\":"); string(address.postcode)
        byte(UInt8(ascii: "}"))
    }
}
