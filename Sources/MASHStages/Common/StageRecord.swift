import Foundation
import MASHCore

/// One message a stage wants produced: where, under which partition key, and the encoded value.
public struct StageRecord: Sendable, Hashable {
    /// The topic to produce to, e.g. `mash.research`.
    public var topic: String
    /// The partition key: the subject key for case, tasking and outcome topics, the case id for audit.
    public var key: String
    /// The JSON value: MASHJSON's form, keys sorted so that a replay gives the same bytes.
    public var value: [UInt8]

    /// A record with an already encoded value.
    public init(topic: String, key: String, value: [UInt8]) {
        self.topic = topic
        self.key = key
        self.value = value
    }

    /// A record holding `message` encoded by MASHJSON.
    public init<Message: Encodable>(topic: PipelineTopic, key: String, message: Message) throws {
        do {
            self.init(topic: topic.rawValue, key: key, value: try MASHJSON.encodeBytes(message))
        } catch {
            // Only non-finite numbers can fail to encode; say which message it was rather than trap.
            throw StageRejection(reason: "\(topic.rawValue): could not encode the output (\(error))")
        }
    }
}
