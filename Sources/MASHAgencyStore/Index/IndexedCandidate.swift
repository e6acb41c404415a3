import MASHCore
import MASHLinkage

/// A packed identity as `QueryScorer` reads it: dates, sex and postcode from the row itself, name forms and
/// first lines from the interned tables only when a comparison is not already known, identifiers from
/// their arenas only when the query has one to compare. The value keys are the interned positions.
struct IndexedCandidate: ScorableIdentity {
    /// Not retained: a candidate lives within one search, while its index is held by the generation.
    unowned(unsafe) let identities: IndexedIdentities
    let row: IndexedIdentities.Row

    var nameCount: Int { row.forename == 0 && row.surname == 0 ? 0 : 1 }
    func forename(at index: Int) -> NameForm? { identities.forms[Int(row.forename)] }
    func surname(at index: Int) -> NameForm? { identities.forms[Int(row.surname)] }
    var dateOfBirth: LocalDate? { BirthAndSex.unpack(row.birthAndSex).0 }
    var sex: Sex? { BirthAndSex.unpack(row.birthAndSex).1 }
    var postcode: String? { row.postcode.asidePosition.map { identities.otherPostcodes[Int($0)] } ?? row.postcode.string }
    var addressLine: String? { row.addressLine == IndexedIdentities.none ? nil : identities.lines[Int(row.addressLine)] }
    var town: String? { nil }
    var nhsNumber: String? { identities.identifier(at: row.nhsNumber) }
    var invalidNHSNumber: String? { row.invalid == IndexedIdentities.none ? nil : identities.invalid[Int(row.invalid)].nhsNumber }
    var upn: String? { identities.identifier(at: row.upn) }
    var invalidUPN: String? { row.invalid == IndexedIdentities.none ? nil : identities.invalid[Int(row.invalid)].upn }
    var agencyPersonId: String? { personId }
    var email: String? { nil }
    var phone: String? { nil }
    var identifier: String? { nil }
    var valueKeys: ValueKeys? { ValueKeys(forename: row.forename, surname: row.surname, addressLine: row.addressLine) }

    /// The person whose identity this is.
    var personId: String { identities.personId(of: row) }

    /// The identity whole, as the `identity` table's row reads (`IdentityColumns.identity(from:)`).
    var identity: PersonIdentity {
        var identity = PersonIdentity(names: [])
        if nameCount == 1 { identity.names = [PersonName(forename: forename(at: 0), surname: surname(at: 0))] }
        (identity.dateOfBirth, identity.sex) = BirthAndSex.unpack(row.birthAndSex)
        identity.postcode = postcode
        identity.addressLine = addressLine
        identity.nhsNumber = nhsNumber
        identity.invalidNHSNumber = invalidNHSNumber
        identity.upn = upn
        identity.invalidUPN = invalidUPN
        identity.agencyPersonId = personId
        return identity
    }
}

/// A date of birth and sex in one `UInt32`: year << 11 | month << 7 | day << 2 | sex (0 none, then
/// `Sex.allCases` order). No date packs as 0 in the date bits, which no real date does (month >= 1).
enum BirthAndSex {
    static func pack(_ date: LocalDate?, _ sex: Sex?) -> UInt32 {
        let dateBits = date.map { UInt32($0.year) << 11 | UInt32($0.month) << 7 | UInt32($0.day) << 2 } ?? 0
        let sexBits = sex.map { UInt32(Sex.allCases.firstIndex(of: $0)! + 1) } ?? 0
        return dateBits | sexBits
    }

    static func unpack(_ bits: UInt32) -> (LocalDate?, Sex?) {
        let date = bits >> 2 == 0 ? nil : LocalDate(year: Int(bits >> 11), month: Int(bits >> 7 & 0xF), day: Int(bits >> 2 & 0x1F))
        let sex = bits & 3 == 0 ? nil : Sex.allCases[Int(bits & 3) - 1]
        return (date, sex)
    }
}
