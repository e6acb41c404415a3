/// Interned strings, while an index is built: each distinct value kept once, identities holding its
/// position. For fields with few distinct values among many identities (first lines of addresses).
struct StringTable: Sendable {
    private(set) var values: [String] = []
    private var positions: [String: UInt32] = [:]

    /// The position of `value`, keeping it if it is new.
    mutating func intern(_ value: String) -> UInt32 {
        if let position = positions[value] { return position }
        values.append(value)
        positions[value] = UInt32(values.count - 1)
        return UInt32(values.count - 1)
    }
}
