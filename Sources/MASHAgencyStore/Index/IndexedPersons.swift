import MASHLinkage

/// A load's persons in memory: their ids, in the order SQLite sorts text (bytes), and the rows of each
/// one's records in the `record` table, oldest first, so one person's records are read by row id rather
/// than through the person index. Persons with identities but no records (a load only an edit could
/// make) come after the sorted ones, with none.
struct IndexedPersons: Sendable {
    private let ids: StringArena
    private let sortedCount: Int
    private let recordStarts: [UInt32]
    private let recordRows: [Int64]

    /// The id of the person at `position`.
    func id(at position: UInt32) -> String { ids.string(at: position) }

    /// The position of the person with this id, if the load has records of them.
    func position(of personId: String) -> UInt32? {
        var low = 0, high = sortedCount
        while low < high {
            let middle = (low + high) / 2
            if ids.compare(UInt32(middle), personId) < 0 { low = middle + 1 } else { high = middle }
        }
        return low < sortedCount && ids.compare(UInt32(low), personId) == 0 ? UInt32(low) : nil
    }

    /// The `record` rows of the person at `position`, oldest first (by date, then record id).
    func recordRows(of position: UInt32) -> ArraySlice<Int64> {
        guard Int(position) < sortedCount else { return [] }
        return recordRows[Int(recordStarts[Int(position)])..<Int(recordStarts[Int(position) + 1])]
    }

    var count: Int { ids.count }

    var memoryBytes: Int { ids.memoryBytes + recordStarts.capacity * 4 + recordRows.capacity * 8 }

    /// Collects persons from the records in person, date and record id order, then the persons of
    /// identities; finds persons by id while the index is built.
    struct Builder {
        private var ids = StringArena()
        // Persons found by a 64-bit hash of their id (cheaper to hash and store than the id), the id then
        // checked; ids whose hash another id shares are kept by id.
        private var positions: [Int64: UInt32] = [:]
        private var sharedHashes: [String: UInt32] = [:]
        private var recordStarts: [UInt32] = []
        private var recordRows: [Int64] = []
        private var sortedCount = 0
        private var recordsDone = false
        private var lastId: String?

        /// A builder expecting about `expected` records (and at most as many persons).
        init(expected: Int) {
            positions.reserveCapacity(expected)
            recordRows.reserveCapacity(expected)
        }

        /// Adds the next record row (in person, date, record id order).
        mutating func addRecord(row: Int64, personId: String) {
            if personId != lastId {
                keep(personId, at: ids.append(personId))
                recordStarts.append(UInt32(recordRows.count))
                lastId = personId
            }
            recordRows.append(row)
        }

        /// The position of the person with this id, added (with no records) if the records did not name them.
        mutating func position(of personId: String) -> UInt32 {
            if !recordsDone { finishRecords() }
            if let known = known(personId) { return known }
            let position = ids.append(personId)
            keep(personId, at: position)
            return position
        }

        private mutating func keep(_ personId: String, at position: UInt32) {
            let hash = BlockingKey(personId).value
            guard let other = positions[hash] else {
                positions[hash] = position
                return
            }
            if other != IndexedIdentities.none {
                sharedHashes[ids.string(at: other)] = other
                positions[hash] = IndexedIdentities.none
            }
            sharedHashes[personId] = position
        }

        private func known(_ personId: String) -> UInt32? {
            guard let position = positions[BlockingKey(personId).value] else { return nil }
            if position == IndexedIdentities.none { return sharedHashes[personId] }
            return ids.compare(position, personId) == 0 ? position : nil
        }

        private mutating func finishRecords() {
            recordsDone = true
            sortedCount = ids.count
            recordStarts.append(UInt32(recordRows.count))
        }

        func build() -> IndexedPersons {
            var builder = self
            if !builder.recordsDone { builder.finishRecords() }
            return IndexedPersons(
                ids: builder.ids.shrunk(), sortedCount: builder.sortedCount, recordStarts: Array(builder.recordStarts),
                recordRows: Array(builder.recordRows)
            )
        }
    }
}
