import MASHCore

/// A stage as the Kafka runner drives it: what it reads, and its pure transform.
public protocol PipelineStage: Sendable {
    /// The topic the stage consumes.
    var inputTopic: PipelineTopic { get }

    /// The records to produce for one input message; throws `StageRejection` for invalid input.
    func process(_ input: StageInput) throws -> [StageRecord]

    /// Whether the stage's input may carry agencies' records that must stay in the hub, so a dead letter of
    /// it keeps only its digest, never its bytes. Default false.
    var inputCarriesHubRecords: Bool { get }

    /// Whether the stage's input is written from outside the hub (partners' referrals), so nothing its
    /// producer set beyond the bytes is trusted. Default: whether it reads `mash.referral`.
    var inputComesFromOutside: Bool { get }
}

extension PipelineStage {
    public var inputCarriesHubRecords: Bool { false }
    public var inputComesFromOutside: Bool { inputTopic == .referral }
}
