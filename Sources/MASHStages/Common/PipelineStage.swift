import MASHCore

/// A stage as the Kafka runner drives it: what it reads, and its pure transform.
public protocol PipelineStage: Sendable {
    /// The topic the stage consumes.
    var inputTopic: PipelineTopic { get }

    /// The records to produce for one input message; throws `StageRejection` for invalid input.
    func process(_ input: StageInput) throws -> [StageRecord]
}
