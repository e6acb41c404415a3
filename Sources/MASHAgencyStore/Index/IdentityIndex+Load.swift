import MASHLinkage

extension IdentityIndex {
    /// Builds the index of the load open on `connection`: the persons and where their records are, every
    /// identity (and who lives where), then every (key, identity) pair, each read in one pass in an order
    /// the file already keeps (no sort).
    static func load(from connection: SQLiteReadConnection) throws -> IdentityIndex {
        let started = ContinuousClock.now
        var persons = IndexedPersons.Builder(expected: min(try largestRecordRow(on: connection), 1 << 26))
        let records = try connection.statement(AgencyStoreQueries.everyRecordByPerson)
        while try records.step() {
            persons.addRecord(row: records.integer(0) ?? 0, personId: records.text(1) ?? "")
        }

        var identities = IndexedIdentities.Builder(persons: persons)
        var residents: [(key: Int64, person: UInt32)] = []
        // Identity ids are 1, 2, 3... as the writer numbers them; other ids are looked up by binary search.
        var ids: [Int64] = []
        var idsAreNumbers = true
        let rows = try connection.statement(AgencyStoreQueries.everyIdentity)
        while try rows.step() {
            let id = rows.integer(0) ?? 0
            idsAreNumbers = idsAreNumbers && id == Int64(ids.count + 1)
            ids.append(id)
            // A load has far fewer distinct names than identities: each form is made once.
            let names = IdentityColumns.nameTexts(from: rows)
            let forename = identities.form(names.forename), surname = identities.form(names.surname)
            let (personId, identity) = IdentityColumns.identity(from: rows, forename: forename.form, surname: surname.form)
            let person = identities.append(personId: personId, identity, forename: forename.position, surname: surname.position)
            if let address = rows.integer(14) { residents.append((address, person)) }
        }
        let indexed = identities.build()

        func position(of id: Int64) -> UInt32? {
            if idsAreNumbers { return id >= 1 && id <= Int64(ids.count) ? UInt32(id - 1) : nil }
            var low = 0, high = ids.count
            while low < high {
                let middle = (low + high) / 2
                if ids[middle] < id { low = middle + 1 } else { high = middle }
            }
            return low < ids.count && ids[low] == id ? UInt32(low) : nil
        }
        var blocking = BlockingTable.Builder(expectedPairs: indexed.count * 5)
        let pairs = try connection.statement(AgencyStoreQueries.everyBlockingKey)
        while try pairs.step() {
            // A key of an identity that is not there finds nothing, as the SQLite join finds nothing.
            guard let member = position(of: pairs.integer(1) ?? 0) else { continue }
            guard blocking.append(key: pairs.integer(0) ?? 0, member: member) else {
                throw AgencyStoreError(path: connection.path, reason: "blocking keys are not in key order")
            }
        }
        return IdentityIndex(
            blocking: blocking.build(), addresses: addressTable(residents), identities: indexed,
            buildSeconds: (ContinuousClock.now - started).seconds
        )
    }

    /// The largest row id of a record: at least as many as there are records, known without counting them.
    private static func largestRecordRow(on connection: SQLiteReadConnection) throws -> Int {
        let statement = try connection.statement("SELECT max(seq) FROM record")
        return try statement.step() ? Int(statement.integer(0) ?? 0) : 0
    }

    /// Address key → the persons with an identity there, each once.
    private static func addressTable(_ residents: [(key: Int64, person: UInt32)]) -> BlockingTable {
        var table = BlockingTable.Builder(expectedPairs: residents.count)
        for resident in residents.sorted(by: { ($0.key, $0.person) < ($1.key, $1.person) }) {
            _ = table.append(key: resident.key, member: resident.person)
        }
        return table.build()
    }
}
