/// The tables of an agency's store. One file per agency; every load writes a whole new file.
///
/// - `store_info`: what the file holds (agency, schema version, when and from what it was loaded).
/// - `record`: every record, one column per `AgencyRecord` field (lists as text), by `person_id`.
/// - `identity`: each distinct way the agency records one of its persons (names, date of birth, sex,
///   address, identifiers), raw for display and canonical for matching; `address_key` finds residents.
/// - `blocking_key`: (key, identity) pairs, the only way the query path reaches identities.
enum AgencyStoreSchema {
    static let version = "1"

    static let create = """
        CREATE TABLE store_info (name TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE record (
            seq INTEGER PRIMARY KEY,
            record_id TEXT NOT NULL,
            person_id TEXT NOT NULL,
            forename TEXT NOT NULL,
            surname TEXT NOT NULL,
            date_of_birth TEXT,
            sex TEXT,
            address_line1 TEXT,
            postcode TEXT,
            nhs_number TEXT,
            upn TEXT,
            kind TEXT NOT NULL,
            date TEXT NOT NULL,
            end_date TEXT,
            summary TEXT NOT NULL,
            factors TEXT NOT NULL,
            dash_yes_count INTEGER,
            perpetrator_id TEXT,
            associate_ids TEXT,
            case_reference TEXT,
            allocated_worker TEXT,
            disclosure TEXT NOT NULL
        );
        CREATE TABLE identity (
            id INTEGER PRIMARY KEY,
            person_id TEXT NOT NULL,
            forename TEXT NOT NULL,
            surname TEXT NOT NULL,
            forename_tokens TEXT NOT NULL,
            surname_tokens TEXT NOT NULL,
            date_of_birth TEXT,
            sex TEXT,
            postcode TEXT,
            address_line TEXT,
            nhs_number TEXT,
            invalid_nhs_number TEXT,
            upn TEXT,
            invalid_upn TEXT,
            address_key INTEGER
        );
        CREATE TABLE blocking_key (key INTEGER NOT NULL, identity_id INTEGER NOT NULL, PRIMARY KEY (key, identity_id)) WITHOUT ROWID;
        """

    /// Built after the rows are in: one sort per index instead of a b-tree insert per row.
    static let indexes = """
        CREATE UNIQUE INDEX record_by_id ON record(record_id);
        CREATE INDEX record_by_person ON record(person_id, date, record_id);
        CREATE INDEX identity_by_address ON identity(address_key) WHERE address_key IS NOT NULL;
        """
}
