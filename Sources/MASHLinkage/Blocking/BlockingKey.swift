/// A blocking key as stored and looked up: a stable 64-bit FNV-1a hash of its text, so that keys are
/// small fixed-size integers an index holds cheaply. (Swift's `Hasher` is seeded per process, so it
/// cannot be stored.) A collision only adds a candidate, which comparison then rejects.
public struct BlockingKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The hash, as SQLite's signed 64-bit integer holds it.
    public let value: Int64

    /// The key for `text`.
    public init(_ text: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        value = Int64(bitPattern: hash)
    }

    /// A key from a stored hash.
    public init(value: Int64) { self.value = value }

    public static func < (lhs: BlockingKey, rhs: BlockingKey) -> Bool { lhs.value < rhs.value }

    public var description: String { String(value) }
}
