/// Blocking keys and the identities filed under each, in memory: the keys sorted, a directory on their
/// leading bits (the keys are hashes, so evenly spread) to land on a key's few neighbours at once, and
/// each key's identities in the order SQLite's primary key gives them (identity id, ascending).
struct BlockingTable: Sendable {
    /// Each key and where its members start, side by side (one memory read finds both); then an entry
    /// past the last key marking where the members end.
    private let entries: [Entry]
    private let members: [UInt32]
    /// Bucket (a key's leading bits) → first key in it; one more entry than buckets.
    private let directory: [UInt32]
    private let shift: UInt64

    struct Entry: Sendable {
        let key: Int64
        let start: UInt32
    }

    /// The identities (by position in the index) filed under `key`, in identity id order.
    func members(of key: Int64) -> ArraySlice<UInt32> {
        let bucket = Int(Self.ordered(key) >> shift)
        var index = Int(directory[bucket]), end = Int(directory[bucket + 1])
        while index < end, entries[index].key < key { index += 1 }
        guard index < end, entries[index].key == key else { return [] }
        return members[Int(entries[index].start)..<Int(entries[index + 1].start)]
    }

    /// Distinct keys held.
    var keyCount: Int { entries.count - 1 }

    /// (key, identity) pairs held.
    var pairCount: Int { members.count }

    var memoryBytes: Int {
        entries.capacity * MemoryLayout<Entry>.stride + (members.capacity + directory.capacity) * MemoryLayout<UInt32>.stride
    }

    /// A key as an unsigned number in the same order as the signed key.
    private static func ordered(_ key: Int64) -> UInt64 { UInt64(bitPattern: key) ^ (1 << 63) }

    /// Collects (key, identity) pairs arriving in key order, then identity order within a key.
    struct Builder {
        private var keys: [Int64] = []
        private var starts: [UInt32] = []
        private var members: [UInt32] = []

        init(expectedPairs: Int) {
            members.reserveCapacity(expectedPairs)
        }

        /// Adds a pair; false if it is out of order or already there (the table would then find the wrong
        /// members).
        mutating func append(key: Int64, member: UInt32) -> Bool {
            if let last = keys.last {
                guard key >= last else { return false }
                if key != last {
                    keys.append(key)
                    starts.append(UInt32(members.count))
                } else if let previous = members.last, member <= previous {
                    return false
                }
            } else {
                keys.append(key)
                starts.append(0)
            }
            members.append(member)
            return true
        }

        func build() -> BlockingTable {
            // About one key per bucket: most look-ups read one key after the directory.
            var bits: UInt64 = 1
            while bits < 30, 1 << bits < keys.count { bits += 1 }
            let shift = 64 - bits
            var directory = [UInt32](repeating: 0, count: (1 << Int(bits)) + 1)
            var index = 0
            for bucket in 0..<(1 << Int(bits)) {
                directory[bucket] = UInt32(index)
                while index < keys.count, Int(BlockingTable.ordered(keys[index]) >> shift) == bucket { index += 1 }
            }
            directory[1 << Int(bits)] = UInt32(keys.count)
            var entries = zip(keys, starts).map { Entry(key: $0, start: $1) }
            entries.append(Entry(key: .max, start: UInt32(members.count)))
            return BlockingTable(entries: entries, members: Array(members), directory: directory, shift: shift)
        }
    }
}
