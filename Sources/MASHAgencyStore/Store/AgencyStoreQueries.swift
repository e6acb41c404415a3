/// The SQL of the query path. Every statement reaches rows through an index (tests check the plans):
/// `blocking_key`'s primary key, `identity`'s rowid and address index, `record_by_person`.
public enum AgencyStoreQueries {
    /// Identities sharing any of `count` blocking keys.
    public static func identitiesByKeys(count: Int) -> String {
        """
        SELECT i.id, i.person_id, i.forename, i.surname, i.forename_tokens, i.surname_tokens, i.date_of_birth, i.sex,
               i.postcode, i.address_line, i.nhs_number, i.invalid_nhs_number, i.upn, i.invalid_upn
        FROM identity i WHERE i.id IN (SELECT identity_id FROM blocking_key WHERE key IN (\(placeholders(count))))
        """
    }

    /// Every record of `count` persons, oldest first.
    public static func recordsByPersons(count: Int) -> String {
        "SELECT \(recordColumns) FROM record WHERE person_id IN (\(placeholders(count))) ORDER BY date, record_id"
    }

    /// The persons recorded at an address.
    public static let personsByAddress = "SELECT DISTINCT person_id FROM identity WHERE address_key = ?"

    static let recordColumns = """
        record_id, person_id, forename, surname, date_of_birth, sex, address_line1, postcode, nhs_number, upn, kind, date, \
        end_date, summary, factors, dash_yes_count, perpetrator_id, associate_ids, case_reference, allocated_worker, disclosure
        """

    private static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: max(1, count)).joined(separator: ",")
    }
}
