import Foundation
import HTTPTypes
import Hummingbird
import MASHCore
import MASHReport

/// The live monitoring figures: the same report `mash report` writes, over the referrals of the last `days`
/// days, from the workspace's read model (so, like the queue, it counts what reached a decision stage; a
/// referral routed at once to the allocated worker appears in `mash report`, which also reads the intake).
enum Dashboard {
    static func page(store: CaseStore, days: Int, now: Timestamp = .now) throws -> Response {
        let from = Timestamp(millisecondsSince1970: now.millisecondsSince1970 - Int64(days) * 86_400_000)
        var history = HubHistory()
        // A case's messages are all later than its receipt; a month's margin catches sign-offs and escalations.
        try store.forEachMessage(since: from.millisecondsSince1970) { history.take(topic: $0, value: $1) }
        let html = MonitoringReport(history: history, from: from, to: now).html
        return Response(
            status: .ok,
            headers: [.contentType: "text/html; charset=utf-8", .contentSecurityPolicy: policy],
            body: .init(byteBuffer: ByteBuffer(string: html))
        )
    }

    /// Nothing but the report's own inline style, by its hash.
    static let policy: String = {
        var hasher = SHA256()
        hasher.update(MonitoringReport.style)
        return "default-src 'none'; style-src 'sha256-\(Data(hasher.finalize()).base64EncodedString())'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    }()
}
