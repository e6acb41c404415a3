import ArgumentParser
import Foundation
import MASHCore
import MASHKafka
import MASHStages
import MASHWorker

struct TraceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Print one case's path through the hub: every message about it in time order, and the time each stage took, from the per-stage timestamps and trace ids the messages carry."
    )

    @OptionGroup var kafka: KafkaOptions

    @Argument(help: "A case id (CASE-...) or a referral id.")
    var id: String

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.trace")
        let caseId = id.hasPrefix("CASE-") ? id : CaseIdentifiers.caseId(referralId: id)
        var trace = CaseTrace(caseId: caseId)
        try TopicSnapshot.read(CaseTrace.topics.map(\.rawValue), kafka: try kafka.configuration(clientID: "mash-trace"), logger: logger) { trace.take($0) }
        guard !trace.steps.isEmpty else {
            Console.line("no message on the case topics is about \(caseId)")
            throw ExitCode(1)
        }
        for line in trace.lines { Console.line(line) }
    }
}

/// One case's messages, in time order, and the time each stage took.
struct CaseTrace {
    /// The topics a case passes through.
    static let topics: [PipelineTopic] = [
        .referral, .referralRegister, .research, .riskAssessment, .decision, .review, .signOff, .outcome,
        .taskingPolice, .taskingSocialCare, .taskingHealth, .escalation, .taskingUpdate, .audit,
    ]

    struct Step {
        let topic: String
        let at: Timestamp
        let what: String
        let traceId: String?
    }

    let caseId: String
    private(set) var steps: [Step] = []
    private(set) var timestamps: StageTimestamps?
    private var seen = Set<String>()

    init(caseId: String) { self.caseId = caseId }

    /// Takes a message if it is about the case (a replay, by idempotency key, once).
    mutating func take(_ message: ConsumedMessage) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(message.value)) as? [String: Any] else { return }
        let messageCase = object["caseId"] as? String ?? (object["referralId"] as? String).map(CaseIdentifiers.caseId(referralId:))
        guard messageCase == caseId else { return }
        if let key = message.header(IdempotencyKey.header)?.stringValue, !seen.insert(key).inserted { return }
        let at = message.timestampMilliseconds.map(Timestamp.init(millisecondsSince1970:)) ?? .now
        let traceId = message.header("traceparent")?.stringValue.flatMap { parent in
            let parts = parent.split(separator: "-")
            return parts.count == 4 ? String(parts[1]) : nil
        }
        steps.append(Step(topic: message.topic, at: at, what: Self.describe(object, topic: message.topic), traceId: traceId))
        steps.sort { $0.at.millisecondsSince1970 < $1.at.millisecondsSince1970 }
        if let data = object["timestamps"], let json = try? JSONSerialization.data(withJSONObject: data),
           let stamps = try? MASHJSON.decode(StageTimestamps.self, from: json),
           stamps.stageCount >= (timestamps?.stageCount ?? 0) {
            timestamps = stamps
        }
    }

    var lines: [String] {
        var lines = ["\(caseId): \(steps.count) messages; trace \(Set(steps.compactMap(\.traceId)).sorted().joined(separator: ", "))"]
        let width = steps.map(\.topic.count).max() ?? 0
        for step in steps {
            lines.append("  \(step.at.iso8601)  \(step.topic.padding(toLength: width, withPad: " ", startingAt: 0))  \(step.what)")
        }
        if let timestamps {
            var stages: [String] = []
            var previous = timestamps.received
            for (name, stamp) in [("referral", timestamps.referral), ("research", timestamps.research), ("risk", timestamps.risk), ("decision", timestamps.decision)] {
                guard let stamp else { continue }
                stages.append("\(name) \(stamp.millisecondsSince1970 - previous.millisecondsSince1970) ms")
                previous = stamp
            }
            lines.append("stages: " + stages.joined(separator: ", ") + "; received to last stage \(previous.millisecondsSince1970 - timestamps.received.millisecondsSince1970) ms")
        }
        return lines
    }

    /// A few words on what the message says.
    static func describe(_ object: [String: Any], topic: String) -> String {
        switch PipelineTopic(rawValue: topic) {
        case .referral: return "referral \(object["referralId"] as? String ?? "") received"
        case .referralRegister: return "accepted; registered"
        case .research:
            let screening = object["screening"] as? [String: Any]
            return "screened: \(screening?["rag"] as? String ?? "?"), level \(screening?["level"] as? Int ?? 0)"
        case .riskAssessment: return "researched: \((((object["research"] as? [String: Any])?["items"]) as? [Any])?.count ?? 0) items"
        case .decision:
            let assessment = object["assessment"] as? [String: Any]
            return "assessed: \(assessment?["rag"] as? String ?? "?"), level \(assessment?["level"] as? Int ?? 0)"
        case .review: return "held for sign-off: \((object["heldBecause"] as? [String])?.joined(separator: "; ") ?? "")"
        case .signOff: return "signed off: \(object["action"] as? String ?? "") by \((object["signedBy"] as? [String: Any])?["name"] as? String ?? "?")"
        case .outcome:
            let decision = object["decision"] as? [String: Any]
            return "decided: \(decision?["outcome"] as? String ?? "?") by \(decision?["decidedBy"] as? String ?? "?")"
        case .taskingPolice, .taskingSocialCare, .taskingHealth: return "tasked: \(object["action"] as? String ?? "?") due \(object["dueBy"] as? String ?? "?")"
        case .escalation: return "escalation \(object["kind"] as? String ?? "")"
        case .taskingUpdate: return "\(object["kind"] as? String ?? "answered") by \((object["by"] as? [String: Any])?["partner"] as? String ?? "?")"
        case .audit: return "audit: \(object["action"] as? String ?? "")"
        default: return ""
        }
    }
}

extension StageTimestamps {
    /// How many stages have stamped it.
    var stageCount: Int { [referral, research, risk, decision].compactMap { $0 }.count }
}
