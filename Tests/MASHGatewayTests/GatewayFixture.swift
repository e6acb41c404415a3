import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import MASHCore
import MASHKafka
import MASHTestSupport
@testable import MASHGateway

/// A gateway on a real embedded broker with every hub topic, and three partners: a police force, a school
/// and a slow school (three requests a minute), each with a key.
struct GatewayFixture {
    let test: TestBroker
    let folder: URL
    let keys: [String: String]

    static let police = "met-police"
    static let school = "st-marys"
    static let slow = "slow-school"

    init() throws {
        test = try TestBroker(definitions: try TopicDefinition.load(from: PackagePaths.topics))
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("mash-gateway-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var keys: [String: String] = [:]
        var partners: [Partner] = []
        for (id, agency, rate) in [(Self.police, Agency.police, 600), (Self.school, .education, 600), (Self.slow, .education, 3)] {
            let (key, digest) = PartnerDirectory.newKey()
            keys[id] = key
            partners.append(Partner(id: id, name: id, agency: agency, keys: [PartnerKey(sha256: digest)], requestsPerMinute: rate))
        }
        self.keys = keys
        try PartnerDirectory.write(partners, to: partnersFile, comment: "test partners")
    }

    var partnersFile: URL { folder.appendingPathComponent("partners.yaml") }

    func gateway() throws -> some ApplicationProtocol {
        let configuration = GatewayConfiguration(partnersFile: partnersFile, port: 0, databasePath: folder.appendingPathComponent("gateway.sqlite").path,
                                                 secret: Array("a test secret of at least thirty-two bytes".utf8))
        return try buildGateway(configuration: configuration, kafka: test.kafka, logger: test.logger)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// A valid referral body from a police officer: the topics' example, with the partner's own id, and no
    /// `schema` or `receivedAt` (the gateway sets them).
    static func referral(_ id: String, edit: (inout [String: Any]) -> Void = { _ in }) throws -> [String: Any] {
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: PackagePaths.topics.appendingPathComponent("examples/mash.referral.json"))) as! [String: Any]
        object["referralId"] = id
        object["schema"] = nil
        object["receivedAt"] = nil
        edit(&object)
        return object
    }

    /// The topics' example message for `topic`, edited.
    static func example(_ topic: String, edit: (inout [String: Any]) -> Void) throws -> [UInt8] {
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: PackagePaths.topics.appendingPathComponent("examples/\(topic).json"))) as! [String: Any]
        edit(&object)
        return Array(try JSONSerialization.data(withJSONObject: object))
    }
}

/// A partner's HTTP client: its key on every request.
struct PartnerClient {
    let client: any TestClientProtocol
    let key: String?

    func send(_ method: HTTPRequest.Method, _ uri: String, json: [String: Any]? = nil, body: [UInt8]? = nil,
              contentType: String = "application/json", headers extra: HTTPFields = [:]) async throws -> TestResponse {
        var headers = extra
        if let key { headers[.authorization] = "Bearer \(key)" }
        var buffer: ByteBuffer?
        if let json {
            buffer = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json))
        } else if let body {
            buffer = ByteBuffer(bytes: body)
        }
        if buffer != nil { headers[.contentType] = contentType }
        return try await client.executeRequest(uri: uri, method: method, headers: headers, body: buffer)
    }

    func json(_ method: HTTPRequest.Method, _ uri: String, json: [String: Any]? = nil) async throws -> (status: HTTPResponse.Status, body: [String: Any]) {
        let response = try await send(method, uri, json: json)
        return (response.status, (try? JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]) ?? [:])
    }

    /// Polls a GET until `done` holds for its JSON or 30 s pass.
    func waitFor(_ uri: String, _ done: ([String: Any]) -> Bool) async throws -> [String: Any] {
        let deadline = ContinuousClock.now + .seconds(30)
        var last: [String: Any] = [:]
        while ContinuousClock.now < deadline {
            last = try await json(.get, uri).body
            if done(last) { return last }
            try await Task.sleep(for: .milliseconds(100))
        }
        return last
    }
}

extension TestResponse {
    var object: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any]) ?? [:] }
    var problemFields: [String] { ((object["error"] as? [String: Any])?["problems"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String } }
}
