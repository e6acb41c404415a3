import Foundation
import MASHCore
@testable import MASHStages
import Testing

/// The package's `topics/` folder, found from this file's path: examples and schemas.
enum TopicFiles {
    /// Tests/MASHStagesTests/Support/TopicFiles.swift → package root.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func example(_ topic: String) throws -> [UInt8] {
        Array(try Data(contentsOf: packageRoot.appendingPathComponent("topics/examples/\(topic).json")))
    }

    static func validator(_ topic: String) throws -> JSONSchemaValidator {
        let document = try JSONValue.parse(Data(contentsOf: packageRoot.appendingPathComponent("topics/\(topic).json")))
        return try JSONSchemaValidator(schema: #require(document["valueSchema"]))
    }

    /// Every way `record` fails its topic's JSON Schema.
    static func schemaProblems(_ record: StageRecord) throws -> [String] {
        try validator(record.topic).validate(JSONValue.parse(Data(record.value)))
    }
}

/// Reading a stage's output records back with MASHCore's models.
extension [StageRecord] {
    func on(_ topic: PipelineTopic) -> [StageRecord] { filter { $0.topic == topic.rawValue } }

    func caseFiles(on topic: PipelineTopic) throws -> [CaseFile] {
        try on(topic).map { try MASHJSON.decode(CaseFile.self, from: Data($0.value)) }
    }

    func caseFile(on topic: PipelineTopic) throws -> CaseFile {
        let files = try caseFiles(on: topic)
        #expect(files.count == 1, "expected one case file on \(topic)")
        return try #require(files.first)
    }

    var taskings: [Tasking] {
        get throws {
            try filter { $0.topic.hasPrefix("mash.tasking.") }.map { try MASHJSON.decode(Tasking.self, from: Data($0.value)) }
        }
    }

    var outcome: Outcome {
        get throws {
            let outcomes = try on(.outcome).map { try MASHJSON.decode(Outcome.self, from: Data($0.value)) }
            #expect(outcomes.count == 1, "expected one outcome")
            return try #require(outcomes.first)
        }
    }

    var audits: [AuditRecord] {
        get throws { try on(.audit).map { try MASHJSON.decode(AuditRecord.self, from: Data($0.value)) } }
    }

    /// Expects every record to satisfy its topic's schema.
    func expectSchemaValid(sourceLocation: SourceLocation = #_sourceLocation) throws {
        var validators: [String: JSONSchemaValidator] = [:]
        for record in self {
            let validator = try validators[record.topic] ?? TopicFiles.validator(record.topic)
            validators[record.topic] = validator
            let problems = validator.validate(try JSONValue.parse(Data(record.value)))
            #expect(problems.isEmpty, "\(record.topic): \(problems)", sourceLocation: sourceLocation)
        }
    }
}
