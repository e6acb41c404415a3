/// A fictional school in the town.
public struct SyntheticSchool: Sendable, Hashable {
    /// Its name, e.g. "Orchard Primary School".
    public var name: String
    /// Its four-digit DfE establishment number (used in its pupils' UPNs).
    public var establishment: Int
    /// Primary (4-10) or secondary (11-17).
    public var isPrimary: Bool
}
