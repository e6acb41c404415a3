/// The SQL of the query path. Every statement reaches rows through an index (tests check the plans):
/// `blocking_key`'s primary key, `identity`'s rowid and address index, `record_by_person`. Each takes one
/// value: a list (`IN (?, ?, ...)`) makes SQLite build a temporary table every time, and one person's
/// records come out of `record_by_person` already in order, where several persons' would need a sort.
public enum AgencyStoreQueries {
    /// The identities filed under one blocking key.
    public static let identitiesByKey = """
        SELECT i.id, i.person_id, i.forename, i.surname, i.forename_tokens, i.surname_tokens, i.date_of_birth, i.sex,
               i.postcode, i.address_line, i.nhs_number, i.invalid_nhs_number, i.upn, i.invalid_upn
        FROM blocking_key k JOIN identity i ON i.id = k.identity_id WHERE k.key = ?
        """

    /// Every record of one person, oldest first.
    public static let recordsOfPerson = "SELECT \(recordColumns) FROM record WHERE person_id = ? ORDER BY date, record_id"

    /// The persons recorded at an address.
    public static let personsByAddress = "SELECT DISTINCT person_id FROM identity WHERE address_key = ?"

    static let recordColumns = """
        record_id, person_id, forename, surname, date_of_birth, sex, address_line1, postcode, nhs_number, upn, kind, date, \
        end_date, summary, factors, dash_yes_count, perpetrator_id, associate_ids, case_reference, allocated_worker, disclosure
        """

}
