/// Many strings kept as one buffer of UTF-8 and where each ends: two allocations in all instead of one
/// per string, for the values an index holds one of per identity (person ids, NHS numbers).
struct StringArena: Sendable {
    private var bytes: [UInt8] = []
    private var ends: [UInt32] = []

    /// The number of strings kept.
    var count: Int { ends.count }

    /// Bytes held.
    var memoryBytes: Int { bytes.capacity + ends.capacity * MemoryLayout<UInt32>.stride }

    /// Keeps `string`; returns its position.
    mutating func append(_ string: String) -> UInt32 {
        var string = string
        string.withUTF8 { bytes.append(contentsOf: $0) }
        ends.append(UInt32(bytes.count))
        return UInt32(ends.count - 1)
    }

    /// The string at `position`, decoded as `SQLiteStatement.text` decodes a column.
    func string(at position: UInt32) -> String {
        let index = Int(position)
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<Int(ends[index])]), as: UTF8.self)
        }
    }

    /// How the string at `position` orders against `other`, byte by byte as SQLite's BINARY collation
    /// orders text: negative, zero or positive.
    func compare(_ position: UInt32, _ other: String) -> Int {
        let index = Int(position)
        let start = index == 0 ? 0 : Int(ends[index - 1]), end = Int(ends[index])
        var other = other
        return bytes.withUnsafeBufferPointer { buffer in
            other.withUTF8 { theirs in
                let count = min(end - start, theirs.count)
                for offset in 0..<count where buffer[start + offset] != theirs[offset] {
                    return Int(buffer[start + offset]) - Int(theirs[offset])
                }
                return (end - start) - theirs.count
            }
        }
    }

    /// The same strings without spare capacity, once everything is in.
    func shrunk() -> StringArena {
        var arena = StringArena()
        arena.bytes = Array(bytes)
        arena.ends = Array(ends)
        return arena
    }
}
