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

    // What a search index is built from, each read in one pass in an order the file already keeps.

    /// Every identity, in id order: the columns of `identitiesByKey`, then the address key.
    public static let everyIdentity = """
        SELECT id, person_id, forename, surname, forename_tokens, surname_tokens, date_of_birth, sex,
               postcode, address_line, nhs_number, invalid_nhs_number, upn, invalid_upn, address_key
        FROM identity ORDER BY id
        """

    /// Every record's row and person, by person, then as `recordsOfPerson` orders one person's records.
    public static let everyRecordByPerson = "SELECT seq, person_id FROM record ORDER BY person_id, date, record_id"

    /// One record by its row.
    public static let recordAtRow = "SELECT \(recordColumns) FROM record WHERE seq = ?"

    /// Every (key, identity) pair in the primary key's order.
    public static let everyBlockingKey = "SELECT key, identity_id FROM blocking_key ORDER BY key, identity_id"

    static let recordColumns = """
        record_id, person_id, forename, surname, date_of_birth, sex, address_line1, postcode, nhs_number, upn, kind, date, \
        end_date, summary, factors, dash_yes_count, perpetrator_id, associate_ids, case_reference, allocated_worker, disclosure
        """

}
