import Foundation
import MASHCore
import MASHGateway

/// The gateway of a `mash dev` hub: a partners file of development partners (fresh keys each run), a fresh
/// store, and `mash-gateway`, ready once it answers.
struct DevGateway: Sendable {
    /// One development partner and its key.
    struct PartnerKey: Sendable {
        let partner: Partner
        let key: String

        var line: String {
            let refers = partner.refersFor == nil ? "" : " sends referrals for any agency,"
            return "key \(partner.id): \(key) (\(partner.agency.displayName);\(refers) answers \(partner.agency.displayName)'s taskings)"
        }
    }

    let process: WorkerProcess
    let url: String
    let keys: [PartnerKey]

    /// The feed's partner: a council's referral system, sending for every agency.
    var feedKey: String { keys[0].key }

    /// Writes the partners file, starts the gateway on `port` (another free port if that one is taken) and
    /// waits until it answers.
    static func start(folder: URL, bootstrapServers: String, port: Int, workerArguments: [String]) async throws -> DevGateway {
        let gateway = folder.appendingPathComponent("gateway")
        try? FileManager.default.removeItem(at: gateway)
        try FileManager.default.createDirectory(at: gateway, withIntermediateDirectories: true)
        let partners: [(String, String, Agency, [Agency]?)] = [
            ("dev-feed", "Development referral feed", .socialCare, Agency.allCases),
            ("dev-police", "Development police force", .police, nil),
            ("dev-health", "Development health trust", .health, nil),
        ]
        let keys = partners.map { id, name, agency, refersFor in
            let (key, digest) = PartnerDirectory.newKey()
            return PartnerKey(partner: Partner(id: id, name: name, agency: agency, refersFor: refersFor,
                                               keys: [MASHGateway.PartnerKey(sha256: digest, label: "mash dev")], requestsPerMinute: 60_000),
                              key: key)
        }
        let partnersFile = gateway.appendingPathComponent("partners.yaml")
        try PartnerDirectory.write(keys.map(\.partner), to: partnersFile,
                                   comment: "mash-gateway partners, written by mash dev for this run only.\nMake a key and its digest with `mash gateway key`.")
        let chosen = FreePort.find(preferred: port)
        if port != 0, chosen != port { Console.error("gateway: port \(port) is in use; using \(chosen)") }
        let process = WorkerProcess(
            name: "mash-gateway", executable: try SiblingExecutable.url("mash-gateway"),
            arguments: ["--bootstrap-servers", bootstrapServers, "--partners", partnersFile.path, "--port", String(chosen),
                        "--database", gateway.appendingPathComponent("gateway.sqlite").path] + workerArguments,
            logFile: folder.appendingPathComponent("logs/mash-gateway.log")
        )
        try? FileManager.default.removeItem(at: process.logFile)
        try process.start()
        let url = "http://127.0.0.1:\(chosen)"
        let deadline = ContinuousClock.now + .seconds(60)
        while await HTTPProbe.status(of: url + "/health") != 200 {
            guard ContinuousClock.now < deadline else { throw DevError("the gateway did not answer at \(url) within 60 s (see \(process.logFile.path))") }
            try await Task.sleep(for: .milliseconds(200))
        }
        return DevGateway(process: process, url: url, keys: keys)
    }
}
