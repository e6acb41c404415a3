import Foundation
import MASHCore
import Testing

@Suite struct TopicFileTests {
    /// The Kafka layer owns `mash.dead-letter.json`; every other topic file is MASHCore's, with an example.
    @Test func everyTopicHasAFileAndAnExample() throws {
        let ours = Set(TopicFiles.names.map { "\($0).json" })
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: TopicFiles.directory.path).filter { $0.hasSuffix(".json") })
        #expect(ours.isSubset(of: files))
        #expect(files.subtracting(ours).isSubset(of: ["\(PipelineTopic.deadLetter.rawValue).json"]))
        let examples = try FileManager.default.contentsOfDirectory(atPath: TopicFiles.directory.appendingPathComponent("examples").path)
            .filter { $0.hasSuffix(".json") }
        #expect(Set(examples) == ours)
    }

    @Test(arguments: TopicFiles.names)
    func topicFileDescribesTheTopic(name: String) throws {
        let document = try TopicFiles.topicDocument(name)
        #expect(document["name"] == .string(name))
        #expect(document["partitions"] == .number(12))
        // The register and the held decisions are tables by id, so they are compacted.
        let isTable = [PipelineTopic.referralRegister.rawValue, PipelineTopic.heldDecisions.rawValue, PipelineTopic.childHistory.rawValue].contains(name)
        #expect(document["cleanupPolicy"] == .string(isTable ? "compact" : "delete"))
        // The case record (every topic after intake) and the audit trail are never deleted by retention;
        // the referral register keeps as long as a re-referral counts, with room to spare.
        let day = 86_400_000.0
        let retention: Double = name == PipelineTopic.referral.rawValue ? 7 * day : name == PipelineTopic.referralRegister.rawValue ? 400 * day : -1
        #expect(document["retentionMs"] == .number(retention))
        #expect(document["key"]?.stringValue?.isEmpty == false)
        #expect(document["description"]?.stringValue?.isEmpty == false)
        let keys = Set(try #require(document.objectValue).keys)
        #expect(keys == ["name", "partitions", "retentionMs", "cleanupPolicy", "key", "description", "valueSchema"])

        let schema = try #require(document["valueSchema"])
        #expect(schema["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        let expectedId = name.hasPrefix("mash.tasking.") ? MessageSchema.tasking : "\(name)/1"
        #expect(schema["$id"] == .string(expectedId))
        #expect(schema["properties"]?["schema"]?["const"] == .string(expectedId))
        _ = try TopicFiles.validator(name)
    }

    @Test func keysArePartitionKeysExceptAudit() throws {
        for name in TopicFiles.names {
            let key = try TopicFiles.topicDocument(name)["key"]?.stringValue ?? ""
            let byCase: Set<String> = ["mash.audit", "mash.sign-off", "mash.held-decisions", "mash.escalation", "mash.tasking-update"]
            let expected = byCase.contains(name) ? "case id" : name == PipelineTopic.referralRegister.rawValue ? "referral id" : "subject key"
            #expect(key.contains(expected), "\(name)")
        }
    }

    @Test(arguments: [("mash.tasking.police", "police"), ("mash.tasking.social-care", "social-care"), ("mash.tasking.health", "health")])
    func taskingTopicsOnlyAcceptTheirOwnRecipient(topic: String, agency: String) throws {
        let schema = try #require(TopicFiles.topicDocument(topic)["valueSchema"])
        #expect(schema["properties"]?["recipient"]?["const"] == .string(agency))
        #expect(PipelineTopic.tasking(for: try #require(Agency(rawValue: agency)))?.rawValue == topic)
    }
}
