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
        // The register is a table by referral id, so it is compacted and kept as long as the audit trail.
        let isRegister = name == PipelineTopic.referralRegister.rawValue
        #expect(document["cleanupPolicy"] == .string(isRegister ? "compact" : "delete"))
        let day = 86_400_000.0
        let days: Double = name == "mash.audit" || isRegister ? 400 : (name.hasPrefix("mash.tasking.") || name == "mash.outcome") ? 30 : 7
        #expect(document["retentionMs"] == .number(days * day))
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
            let expected = name == "mash.audit" ? "case id" : name == PipelineTopic.referralRegister.rawValue ? "referral id" : "subject key"
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
