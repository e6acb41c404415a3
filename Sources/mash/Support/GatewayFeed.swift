import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import MASHCore

/// Sends referrals through the partner gateway as a partner's system would: `POST /v1/referrals` with its
/// key, a few at once, at a steady rate; waits as told on 429 and retries on 503 or a lost connection.
struct GatewayFeed: Sendable {
    /// What became of the referrals sent.
    struct Report: Sendable {
        var received = 0
        var alreadyReceived = 0
        var refused = 0
        /// The first distinct refusals, "status: reason".
        var reasons: [String] = []

        var taken: Int { received + alreadyReceived }
    }

    let base: URL
    let key: String
    /// Requests in flight at once.
    var concurrency = 8

    init(url: String, key: String) throws {
        guard let base = URL(string: url), base.scheme == "http" || base.scheme == "https" else {
            throw DevError("--gateway \(url): expected an http(s) URL such as http://127.0.0.1:8090")
        }
        self.base = base
        self.key = key
    }

    /// Sends every document, `rate` a second (0 for as fast as the gateway answers); `onAnswered` hears how
    /// many have been answered and how many refused so far.
    func send(_ documents: [[UInt8]], rate: Double, onAnswered: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) async throws -> Report {
        let started = ContinuousClock.now
        var report = Report()
        try await withThrowingTaskGroup(of: (Int, String?).self) { group in
            var next = 0
            var answered = 0
            func record(_ status: Int, _ reason: String?) {
                answered += 1
                switch status {
                case 202: report.received += 1
                case 200: report.alreadyReceived += 1
                default:
                    report.refused += 1
                    let line = "\(status): \(reason ?? "")"
                    if report.reasons.count < 5, !report.reasons.contains(line) { report.reasons.append(line) }
                }
                onAnswered(answered, report.refused)
            }
            while next < documents.count || answered < next {
                while next < documents.count, next - answered < concurrency {
                    if rate > 0 {
                        let due = started + .milliseconds(Int64(Double(next) / rate * 1000))
                        if due > ContinuousClock.now { try await Task.sleep(until: due) }
                    }
                    let document = documents[next]
                    group.addTask { try await post(document) }
                    next += 1
                }
                if let (status, reason) = try await group.next() { record(status, reason) }
            }
        }
        return report
    }

    /// One referral's answer: its status and, when refused, the gateway's reason.
    private func post(_ document: [UInt8]) async throws -> (Int, String?) {
        var request = URLRequest(url: base.appendingPathComponent("v1/referrals"))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization")
        request.httpBody = Data(document)
        request.timeoutInterval = 30
        var failures = 0
        while true {
            do {
                let (data, response) = try await URLSession.shared.data(for: request)
                let status = (response as? HTTPURLResponse)?.statusCode ?? 0
                switch status {
                case 429, 503:
                    let wait = (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Retry-After").flatMap(Double.init) ?? 1
                    try await Task.sleep(for: .milliseconds(Int64(min(wait, 30) * 1000)))
                    continue
                case 401:
                    throw DevError("the gateway at \(base) refused the key (401)")
                default:
                    let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
                    return (status, (object?["error"] as? [String: Any])?["reason"] as? String)
                }
            } catch let error as DevError {
                throw error
            } catch {
                failures += 1
                guard failures < 5 else { throw DevError("the gateway at \(base) did not answer: \(error.localizedDescription)") }
                try await Task.sleep(for: .seconds(1))
            }
        }
    }
}
