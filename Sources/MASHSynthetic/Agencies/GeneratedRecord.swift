import MASHCore

/// An agency record with its ground truth: who it is really about and how it misrecords them.
public struct GeneratedRecord: Sendable, Hashable {
    /// The record as the agency's extract has it.
    public var record: AgencyRecord
    /// The population person it is about (index into `SyntheticPopulation.people`).
    public var truePerson: Int
    /// The errors in how the agency recorded the person.
    public var noise: RecordNoise
}
