import Foundation
import MASHCore
import Testing

/// The `topics/` directory of this package, found from this file's path, and what is in it.
enum TopicFiles {
    /// Tests/MASHCoreTests/Topics/TopicFiles.swift → package root.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let directory = packageRoot.appendingPathComponent("topics")

    /// Every topic whose file MASHCore owns (the Kafka layer owns mash.dead-letter).
    static let names = PipelineTopic.allCases.filter { $0 != .deadLetter }.map(\.rawValue)

    static func topicDocument(_ name: String) throws -> JSONValue {
        try JSONValue.parse(Data(contentsOf: directory.appendingPathComponent("\(name).json")))
    }

    static func exampleData(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent("examples/\(name).json"))
    }

    static func validator(_ name: String) throws -> JSONSchemaValidator {
        try JSONSchemaValidator(schema: #require(topicDocument(name)["valueSchema"]))
    }
}

/// The Swift model behind each topic.
enum TopicModel {
    /// Decodes `data` as the topic's model and encodes it again with MASHJSON.
    static func roundTrip(_ topic: String, _ data: Data) throws -> Data {
        switch topic {
        case "mash.referral": try MASHJSON.encode(MASHJSON.decode(Referral.self, from: data))
        case "mash.research", "mash.risk-assessment", "mash.decision": try MASHJSON.encode(MASHJSON.decode(CaseFile.self, from: data))
        case "mash.tasking.police", "mash.tasking.social-care", "mash.tasking.health": try MASHJSON.encode(MASHJSON.decode(Tasking.self, from: data))
        case "mash.outcome": try MASHJSON.encode(MASHJSON.decode(Outcome.self, from: data))
        case "mash.audit": try MASHJSON.encode(MASHJSON.decode(AuditRecord.self, from: data))
        case "mash.referral-register": try MASHJSON.encode(MASHJSON.decode(ReferralRegistration.self, from: data))
        case "mash.review": try MASHJSON.encode(MASHJSON.decode(Review.self, from: data))
        case "mash.sign-off": try MASHJSON.encode(MASHJSON.decode(SignOff.self, from: data))
        case "mash.held-decisions": try MASHJSON.encode(MASHJSON.decode(HeldDecision.self, from: data))
        case "mash.escalation": try MASHJSON.encode(MASHJSON.decode(Escalation.self, from: data))
        case "mash.child-history": try MASHJSON.encode(MASHJSON.decode(ChildHistoryEntry.self, from: data))
        case "mash.tasking-update": try MASHJSON.encode(MASHJSON.decode(TaskingUpdate.self, from: data))
        default: throw UnknownTopic(name: topic)
        }
    }

    /// Whether the topic's Swift model decodes `document`.
    static func decodes(_ topic: String, _ document: JSONValue) -> Bool {
        guard let data = try? document.data() else { return false }
        return (try? roundTrip(topic, data)) != nil
    }

    struct UnknownTopic: Error { let name: String }
}
