/// A hash table from 64-bit keys to values, for the small per-query tables a search fills for every
/// candidate (comparisons made, identities seen): open addressing, linear probing and a multiplicative
/// hash. The standard library's seeded hashing protects a long-lived table from chosen keys; these keys
/// are positions and ids the hub made, the table lives for one query, and hashing cost more than the rest
/// of a look-up.
///
/// Every key but `UInt64.max` can be stored.
public struct IntegerTable<Value> {
    @usableFromInline var keys: [UInt64]
    @usableFromInline var values: [Value?]
    @usableFromInline var shift: UInt64
    @usableFromInline var filled = 0

    /// Entries held.
    public var count: Int { filled }

    @usableFromInline static var empty: UInt64 { .max }

    /// A table that holds `capacity` entries before it grows.
    @inlinable
    public init(capacity: Int = 64) {
        var bits: UInt64 = 3
        while 1 << bits < capacity * 2 { bits += 1 }
        keys = Array(repeating: Self.empty, count: 1 << Int(bits))
        values = Array(repeating: nil, count: 1 << Int(bits))
        shift = 64 - bits
    }

    /// The value stored under `key`, or nil.
    @inlinable
    public subscript(key: UInt64) -> Value? {
        var slot = slot(of: key)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == Self.empty { return nil }
            slot = (slot + 1) & (keys.count - 1)
        }
    }

    /// Stores `value` under `key` unless the key is there already; whether it was stored.
    @inlinable @discardableResult
    public mutating func insert(_ key: UInt64, _ value: Value) -> Bool {
        precondition(key != Self.empty, "the table's empty mark cannot be a key")
        if (filled + 1) * 2 > keys.count { grow() }
        var slot = slot(of: key)
        while true {
            let found = keys[slot]
            if found == key { return false }
            if found == Self.empty { break }
            slot = (slot + 1) & (keys.count - 1)
        }
        keys[slot] = key
        values[slot] = value
        filled += 1
        return true
    }

    /// Fibonacci hashing: the key times 2^64 / φ, its top bits.
    @inlinable
    func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inlinable
    mutating func grow() {
        var larger = IntegerTable(capacity: keys.count)
        for slot in keys.indices where keys[slot] != Self.empty {
            larger.insert(keys[slot], values[slot]!)
        }
        self = larger
    }
}
