import MASHCore

/// One message for a stage to transform, with the two instants a stage may depend on.
public struct StageInput: Sendable, Hashable {
    /// The message value as it was consumed.
    public var value: [UInt8]
    /// When the hub took the referral in: the Kafka timestamp of the message on `mash.referral`.
    /// Only the referral stage reads it (as `StageTimestamps.received`); later stages carry it in the case.
    public var ingestedAt: Timestamp
    /// The processing time, recorded as the stage's own timestamp and nowhere else.
    public var now: Timestamp

    /// An input; `ingestedAt` matters only to the referral stage.
    public init(value: [UInt8], ingestedAt: Timestamp, now: Timestamp) {
        self.value = value
        self.ingestedAt = ingestedAt
        self.now = now
    }
}
