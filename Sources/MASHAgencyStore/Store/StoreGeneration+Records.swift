import MASHCore
import MASHLinkage

extension StoreGeneration {
    /// The persons with an identity at the address with this key: from the index when there is one,
    /// otherwise from SQLite's address index.
    func persons(at key: BlockingKey) throws -> [String] {
        if let index { return index.persons(at: key) }
        return try read { connection in
            let statement = try connection.statement(AgencyStoreQueries.personsByAddress)
            statement.bind(1, key.value)
            var persons: [String] = []
            while try statement.step() { if let person = statement.text(0) { persons.append(person) } }
            return persons
        }
    }

    /// Every record of these persons as `agency` holds them, oldest first (by date, then record id as
    /// SQLite orders text), read on one connection.
    func records(of personIds: [String], agency: Agency) throws -> [AgencyRecord] {
        guard !personIds.isEmpty else { return [] }
        return try read { connection in
            guard personIds.count > 1 else { return try records(of: personIds[0], agency: agency, on: connection) }
            return try Set(personIds).flatMap { try records(of: $0, agency: agency, on: connection) }.sorted {
                $0.date != $1.date ? $0.date < $1.date : $0.recordId.utf8.lexicographicallyPrecedes($1.recordId.utf8)
            }
        }
    }

    /// One person's records, oldest first: by their rows when the index has them (at `person`, when the
    /// search found them there), otherwise through the person index.
    func records(of personId: String, person: UInt32? = nil, agency: Agency, on connection: SQLiteReadConnection) throws -> [AgencyRecord] {
        var records: [AgencyRecord] = []
        if let index {
            let statement = try connection.statement(AgencyStoreQueries.recordAtRow)
            for row in person.map({ index.recordRows(ofPersonAt: $0) }) ?? index.recordRows(of: personId) {
                statement.reset()
                statement.bind(1, row)
                while try statement.step() { records.append(try RecordColumns.record(from: statement, agency: agency)) }
            }
            return records
        }
        let statement = try connection.statement(AgencyStoreQueries.recordsOfPerson)
        statement.bind(1, personId)
        while try statement.step() { records.append(try RecordColumns.record(from: statement, agency: agency)) }
        return records
    }
}
