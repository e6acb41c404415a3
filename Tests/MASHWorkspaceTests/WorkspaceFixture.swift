import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import MASHCore
import MASHKafka
import MASHStages
import MASHTestSupport
@testable import MASHWorkspace

/// A workspace on a real embedded broker, over real HTTP: users of every role, and cases the decision
/// stage held or issued, put on the topics as the workers put them.
struct WorkspaceFixture {
    static let password = "correct horse battery staple"
    let test: TestBroker
    let folder: URL
    let configuration: WorkspaceConfiguration
    /// The held case (level 4, from the topics' example) and the issued one (level 1).
    let heldCase: CaseFile
    let issuedCase: CaseFile

    init() throws {
        test = try TestBroker(definitions: try TopicDefinition.load(from: PackagePaths.topics))
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("mash-workspace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let users = [
            ("hub", HubRole.hubManager, Agency.socialCare), ("manager", .socialCareManager, .socialCare), ("sergeant", .policeSergeant, .police),
            ("researcher", .agencyResearcher, .education), ("auditor", .auditor, .socialCare),
        ].map { name, role, agency in
            WorkspaceUser(username: name, name: "Test \(name.capitalized)", role: role, agency: agency,
                          passwordHash: UserDirectory.hash(password: Self.password, cost: 4))
        }
        let usersFile = folder.appendingPathComponent("users.yaml")
        try UserDirectory.write(users, to: usersFile, comment: "test users")
        configuration = WorkspaceConfiguration(usersFile: usersFile, port: 0, databasePath: folder.appendingPathComponent("read-model.sqlite").path)
        heldCase = try MASHJSON.decode(CaseFile.self, from: Data(contentsOf: PackagePaths.topics.appendingPathComponent("examples/mash.decision.json")))
        var issued = heldCase
        issued.referralId = "SCH/2026/0100"
        issued.referral.referralId = issued.referralId
        issued.caseId = CaseIdentifiers.caseId(referralId: issued.referralId)
        issued.assessment?.level = .universal
        issued.assessment?.rag = .blue
        issued.assessment?.flags = []
        issued.assessment?.maracRequired = false
        issued.assessment?.rationale = []
        issued.research?.items = []
        issued.research?.links = []
        issued.referral.consent = .given
        issuedCase = issued
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The workspace, as `mash-workspace` builds it.
    func workspace(databasePath: String? = nil) throws -> some ApplicationProtocol {
        var configuration = configuration
        if let databasePath { configuration.databasePath = databasePath }
        return try buildWorkspace(configuration: configuration, kafka: test.kafka, logger: test.logger)
    }

    /// Puts what the decision stage makes of both cases on the topics, each record with an idempotency key.
    func seed() async throws {
        let held = HeldDecisionBook()
        var records: [StageRecord] = []
        for caseFile in [heldCase, issuedCase] {
            let input = StageInput(value: try MASHJSON.encodeBytes(caseFile), ingestedAt: caseFile.receivedAt, now: .now)
            records.append(try StageRecord(topic: .decision, key: caseFile.subjectKey, message: caseFile))
            records += try DecisionMaker(held: held).decide(input)
        }
        try await test.producer().send(records.map(Self.producerRecord))
    }

    static func producerRecord(_ record: StageRecord) -> ProducerRecord {
        ProducerRecord(topic: record.topic, key: record.key, value: record.value,
                       headers: [KafkaHeader(name: IdempotencyKey.header, string: String(SHA256.hex(record.value).prefix(32)))])
    }
}

/// A browser's view of the API: the session cookie it was given, and its CSRF token.
struct APIClient {
    let client: any TestClientProtocol
    var cookie: String?
    var csrf: String?

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    @discardableResult
    mutating func login(_ username: String, password: String = WorkspaceFixture.password) async throws -> TestResponse {
        let response = try await send(.post, "/api/session", json: ["username": username, "password": password])
        if response.status == .ok {
            cookie = response.headers[.setCookie].flatMap { $0.split(separator: ";").first.map(String.init) }
            let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
            csrf = object?["csrfToken"] as? String
        }
        return response
    }

    /// Sends a request with the cookie and, unless told otherwise, the CSRF header.
    func send(_ method: HTTPRequest.Method, _ uri: String, json: [String: any Sendable]? = nil, body: String? = nil, csrf sendCSRF: Bool = true) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if let cookie { headers[.cookie] = cookie }
        if sendCSRF, let csrf { headers[HTTPField.Name("X-CSRF-Token")!] = csrf }
        var buffer: ByteBuffer?
        if let json {
            headers[.contentType] = "application/json"
            buffer = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json))
        } else if let body {
            headers[.contentType] = "application/json"
            buffer = ByteBuffer(string: body)
        }
        return try await client.executeRequest(uri: uri, method: method, headers: headers, body: buffer)
    }

    /// The JSON body of a GET.
    func json(_ uri: String) async throws -> [String: Any] {
        let response = try await send(.get, uri)
        return (try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]) ?? [:]
    }

    /// Waits until the read model has read `cases` cases and is caught up.
    func waitForCases(_ cases: Int, timeout: Duration = .seconds(30)) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let status = try await json("/api/status")
            if status["caughtUp"] as? Bool == true, (status["cases"] as? Int ?? 0) >= cases { return }
            try await Task.sleep(for: .milliseconds(100))
        }
    }
}

extension TestResponse {
    /// The `error` object of a JSON error body.
    var error: (reason: String, field: String?)? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any],
              let error = object["error"] as? [String: Any], let reason = error["reason"] as? String else { return nil }
        return (reason, error["field"] as? String)
    }
}
