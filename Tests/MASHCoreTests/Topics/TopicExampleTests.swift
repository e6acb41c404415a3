import Foundation
import MASHCore
import Testing

/// Each example against its topic's schema and its Swift model, and the schema and the model
/// agreeing on mutated copies of it.
@Suite struct TopicExampleTests {
    @Test(arguments: TopicFiles.names)
    func exampleIsAcceptedBySchema(name: String) throws {
        let example = try JSONValue.parse(TopicFiles.exampleData(name))
        #expect(try TopicFiles.validator(name).validate(example) == [])
    }

    @Test(arguments: TopicFiles.names)
    func exampleRoundTripsThroughTheSwiftModelUnchanged(name: String) throws {
        let data = try TopicFiles.exampleData(name)
        let reencoded = try TopicModel.roundTrip(name, data)
        #expect(try JSONValue.parse(reencoded) == JSONValue.parse(data))
        let text = String(decoding: reencoded, as: UTF8.self)
        #expect(!text.contains("\\/"), "MASHJSON does not escape slashes")
        #expect(!text.contains("null"), "absent optionals are omitted, not null")
        #expect(!text.contains("\n"), "MASHJSON is compact")
    }

    @Test(arguments: TopicFiles.names)
    func mutatedExamplesAreRejected(name: String) throws {
        let validator = try TopicFiles.validator(name)
        let example = try JSONValue.parse(TopicFiles.exampleData(name))
        let root = JSONPath()

        let requiredList = validator.root["required"]?.arrayValue?.compactMap { $0.stringValue }
        let required = try #require(requiredList)
        for key in required {
            let missing = example.replacing(root.appending(.key(key))) { _ in nil }
            #expect(validator.validate(missing) == ["$: missing required \"\(key)\""])
            #expect(!TopicModel.decodes(name, missing), "Swift accepts a message without \(key)")
        }

        let extra = example.replacing(root) { node in
            var members = node.objectValue ?? [:]
            members["extra"] = .string("not in the schema")
            return .object(members)
        }
        #expect(validator.validate(extra) == [#"$: unexpected property "extra""#])

        let (enumPath, badValue) = Self.enumMutation[name]!
        let wrongEnum = example.replacing(enumPath) { _ in badValue }
        #expect(example.node(at: enumPath) != nil, "mutation path \(enumPath) exists")
        #expect(!validator.validate(wrongEnum).isEmpty)
        #expect(!TopicModel.decodes(name, wrongEnum))
    }

    static let enumMutation: [String: (JSONPath, JSONValue)] = [
        "mash.referral": (path(.key("source")), .string("11")),
        "mash.research": (path(.key("screening"), .key("rag")), .string("purple")),
        "mash.risk-assessment": (path(.key("research"), .key("items"), .index(0), .key("kind")), .string("rumour")),
        "mash.decision": (path(.key("assessment"), .key("flags"), .index(0)), .string("gut-feeling")),
        "mash.tasking.police": (path(.key("action")), .string("arrest")),
        "mash.tasking.social-care": (path(.key("level")), .number(5)),
        "mash.tasking.health": (path(.key("informationProduct"), .index(0), .key("owner")), .string("nhs")),
        "mash.outcome": (path(.key("decision"), .key("outcome")), .string("maybe")),
        "mash.audit": (path(.key("action")), .string("deleted")),
        // The register has no enumeration; its schema version is the one fixed word.
        "mash.referral-register": (path(.key("schema")), .string("mash.referral-register/2")),
        "mash.review": (path(.key("caseFile"), .key("screening"), .key("rag")), .string("purple")),
        "mash.sign-off": (path(.key("signedBy"), .key("role")), .string("volunteer")),
        "mash.held-decisions": (path(.key("status")), .string("forgotten")),
        "mash.escalation": (path(.key("kind")), .string("ignored")),
        "mash.child-history": (path(.key("referral"), .key("outcome")), .string("forgotten")),
        "mash.tasking-update": (path(.key("kind")), .string("ignored")),
    ]

    private static func path(_ steps: JSONPath.Step...) -> JSONPath { JSONPath(steps: steps) }

    @Test(arguments: TopicFiles.names)
    func removingAnyKeyIsAcceptedByTheSchemaExactlyWhenSwiftDecodesIt(name: String) throws {
        let validator = try TopicFiles.validator(name)
        let example = try JSONValue.parse(TopicFiles.exampleData(name))
        var rejected = 0
        for (path, node) in example.allNodes() {
            for key in node.objectValue?.keys.sorted() ?? [] {
                let keyPath = path.appending(.key(key))
                let mutated = example.replacing(keyPath) { _ in nil }
                let schemaAccepts = validator.validate(mutated).isEmpty
                #expect(schemaAccepts == TopicModel.decodes(name, mutated), "removing \(keyPath)")
                if !schemaAccepts { rejected += 1 }
            }
        }
        #expect(rejected > 0)
    }

    @Test(arguments: TopicFiles.names)
    func anExtraPropertyIsRejectedOnEveryObject(name: String) throws {
        let validator = try TopicFiles.validator(name)
        let example = try JSONValue.parse(TopicFiles.exampleData(name))
        for (path, node) in example.allNodes() where node.objectValue != nil {
            let mutated = example.replacing(path) { node in
                var members = node.objectValue!
                members["unexpectedProperty"] = .bool(true)
                return .object(members)
            }
            #expect(!validator.validate(mutated).isEmpty, "extra property at \(path)")
        }
    }

    @Test(arguments: TopicFiles.names)
    func aValueOfTheWrongTypeIsRejectedEverywhereByBoth(name: String) throws {
        let validator = try TopicFiles.validator(name)
        let example = try JSONValue.parse(TopicFiles.exampleData(name))
        for (path, node) in example.allNodes() where !path.steps.isEmpty {
            let replacement: JSONValue = switch node {
            case .string: .number(42)
            case .number(let number): .string("\(number)")
            case .bool(let flag): .string("\(flag)")
            case .array, .object, .null: .string("wrong type")
            }
            let mutated = example.replacing(path) { _ in replacement }
            #expect(!validator.validate(mutated).isEmpty, "schema, \(path)")
            #expect(!TopicModel.decodes(name, mutated), "Swift, \(path)")
        }
    }

    /// Replacing a string with an unknown word: both reject enums, codes, dates and schema ids,
    /// both accept free text. The schema is deliberately stricter on the withheld notice wording.
    @Test(arguments: TopicFiles.names)
    func anUnknownWordIsRejectedByTheSchemaExactlyWhenSwiftRejectsIt(name: String) throws {
        let validator = try TopicFiles.validator(name)
        let example = try JSONValue.parse(TopicFiles.exampleData(name))
        let schemaStricter: Set<String> = ["notice"]
        for (path, node) in example.allNodes() {
            guard case .string = node else { continue }
            if case .key(let key)? = path.steps.last, schemaStricter.contains(key) { continue }
            let mutated = example.replacing(path) { _ in .string("unknown-word") }
            #expect(validator.validate(mutated).isEmpty == TopicModel.decodes(name, mutated), "\(path)")
        }
    }
}
