import Foundation
import MASHCore
import MASHStages

/// Re-runs recorded cases (their referral and research as they were) through the risk and decision stages
/// under another policy, touching no topic, and says what would change: level, RAG, outcome, taskings, and
/// the rules behind it. How a hub changes its thresholds on evidence.
public struct PolicyReplay: Sendable {
    /// What the software decided (or proposed, for a case held for a person) for one case.
    public struct Decided: Codable, Sendable, Equatable {
        public let level: Int
        public let rag: RAG
        public let outcomes: [OutcomeKind]
        /// "recipient action", sorted.
        public let taskings: [String]
        public let rules: [String]

        init(_ decision: Decision, taskings: [(Agency, TaskingAction)]) {
            level = decision.level.rawValue
            rag = decision.rag
            outcomes = [decision.outcome] + decision.additionalOutcomes.sorted { $0.rawValue < $1.rawValue }
            self.taskings = taskings.map { "\($0.0.rawValue) \($0.1.rawValue)" }.sorted()
            rules = Array(Set(decision.rationale.map(\.rule))).sorted()
        }
    }

    /// One case whose decision would change.
    public struct Change: Codable, Sendable, Equatable {
        public let caseId: String
        public let before: Decided
        public let after: Decided
        /// Rules the new policy's decision gives that the recorded one did not, and the reverse.
        public let rulesAdded: [String]
        public let rulesRemoved: [String]
    }

    public struct Report: Codable, Sendable, Equatable {
        public let policyVersion: String
        /// Recorded cases replayed (researched, in the period).
        public let cases: Int
        public let changedLevel: Int
        public let changedRAG: Int
        public let changedOutcome: Int
        public let changedTaskings: Int
        /// Each rule, and in how many changed cases the new decision added it (positive) or dropped it.
        public let rules: [RuleChange]
        public let changes: [Change]
    }

    public struct RuleChange: Codable, Sendable, Equatable {
        public let rule: String
        public let added: Int
        public let removed: Int
    }

    public let policy: HubPolicy

    public init(policy: HubPolicy) { self.policy = policy }

    /// Replays every researched case received in `from..<to`.
    public func replay(_ history: HubHistory, from: Timestamp, to: Timestamp) throws -> Report {
        var replayed = 0
        var changes: [Change] = []
        for item in history.cases.values.sorted(by: { $0.caseId < $1.caseId }) {
            guard item.receivedAt.millisecondsSince1970 >= from.millisecondsSince1970, item.receivedAt.millisecondsSince1970 < to.millisecondsSince1970,
                  let file = item.caseFile, file.research != nil, let before = Self.recorded(item) else { continue }
            let after = try decide(file)
            replayed += 1
            if after != before || after.rules != before.rules {
                let added = Set(after.rules).subtracting(before.rules).sorted()
                let removed = Set(before.rules).subtracting(after.rules).sorted()
                if after.level != before.level || after.rag != before.rag || after.outcomes != before.outcomes || after.taskings != before.taskings {
                    changes.append(Change(caseId: item.caseId, before: before, after: after, rulesAdded: added, rulesRemoved: removed))
                }
            }
        }
        var rules: [String: (added: Int, removed: Int)] = [:]
        for change in changes {
            for rule in change.rulesAdded { rules[rule, default: (0, 0)].added += 1 }
            for rule in change.rulesRemoved { rules[rule, default: (0, 0)].removed += 1 }
        }
        return Report(
            policyVersion: policy.version, cases: replayed,
            changedLevel: changes.filter { $0.before.level != $0.after.level }.count,
            changedRAG: changes.filter { $0.before.rag != $0.after.rag }.count,
            changedOutcome: changes.filter { $0.before.outcomes != $0.after.outcomes }.count,
            changedTaskings: changes.filter { $0.before.taskings != $0.after.taskings }.count,
            rules: rules.map { RuleChange(rule: $0.key, added: $0.value.added, removed: $0.value.removed) }
                .sorted { ($0.added + $0.removed, $1.rule) > ($1.added + $1.removed, $0.rule) },
            changes: changes
        )
    }

    /// What the software decided when the case went through: its held proposal, else the outcome it issued
    /// (a person's later decision is theirs, not the policy's).
    static func recorded(_ item: HubHistory.Case) -> Decided? {
        if let review = item.review { return Decided(review.decision, taskings: review.taskings.map { ($0.recipient, $0.action) }) }
        if let outcome = item.outcome, outcome.decision.signOff == nil {
            return Decided(outcome.decision, taskings: outcome.taskings.map { ($0.recipient, $0.action) })
        }
        return nil
    }

    /// The case's research as it was, through the risk and decision stages under the policy, at the times
    /// those stages first ran (so anything that counts time counts the same).
    func decide(_ recorded: CaseFile) throws -> Decided {
        var file = recorded
        file.schema = MessageSchema.riskAssessment
        file.assessment = nil
        let riskAt = recorded.timestamps.risk ?? recorded.receivedAt
        file.timestamps = StageTimestamps(received: recorded.timestamps.received, referral: recorded.timestamps.referral, research: recorded.timestamps.research)
        let assessed = try RiskAssessor(policy: policy).assess(StageInput(value: try MASHJSON.encodeBytes(file), ingestedAt: recorded.receivedAt, now: riskAt))
        guard let toDecide = assessed.first(where: { $0.topic == PipelineTopic.decision.rawValue }) else {
            throw ReplayError("\(recorded.caseId): the risk stage gave no case file to decide")
        }
        let decidedAt = recorded.timestamps.decision ?? riskAt
        let records = try DecisionMaker(policy: policy).decide(StageInput(value: toDecide.value, ingestedAt: recorded.receivedAt, now: decidedAt))
        if let record = records.first(where: { $0.topic == PipelineTopic.review.rawValue }) {
            let review = try MASHJSON.decode(Review.self, from: Data(record.value))
            return Decided(review.decision, taskings: review.taskings.map { ($0.recipient, $0.action) })
        }
        guard let record = records.first(where: { $0.topic == PipelineTopic.outcome.rawValue }) else {
            throw ReplayError("\(recorded.caseId): the decision stage gave neither an outcome nor a proposal to hold")
        }
        let outcome = try MASHJSON.decode(Outcome.self, from: Data(record.value))
        return Decided(outcome.decision, taskings: outcome.taskings.map { ($0.recipient, $0.action) })
    }
}

public struct ReplayError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}

extension PolicyReplay.Report {
    /// The report in words: what would change, the rules behind it, and up to `sample` changed cases.
    public func lines(sample: Int = 10) -> [String] {
        var lines = [
            "replayed \(cases) researched cases under \(policyVersion)",
            "would change: level \(changedLevel), RAG \(changedRAG), outcome \(changedOutcome), taskings \(changedTaskings) (\(changes.count) cases)",
        ]
        if !rules.isEmpty {
            lines.append("rules behind the changes:")
            for rule in rules { lines.append("  \(rule.rule): added in \(rule.added), dropped in \(rule.removed)") }
        }
        for change in changes.prefix(sample) {
            lines.append("  \(change.caseId): level \(change.before.level) -> \(change.after.level), \(change.before.rag.rawValue) -> \(change.after.rag.rawValue), "
                + "\(change.before.outcomes.map(\.rawValue).joined(separator: "+")) -> \(change.after.outcomes.map(\.rawValue).joined(separator: "+"))")
        }
        return lines
    }

    /// The report as one self-contained HTML page for the hub's board.
    public var html: String {
        var page = HTMLBuilder()
        page.raw("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        page.text("Policy replay: \(policyVersion)")
        page.raw("</title><style>\(MonitoringReport.style)</style></head><body><main>")
        page.element("h1", "Policy replay: \(policyVersion)")
        page.element("p", "\(cases) recorded cases (their referral and research as they were) re-run through the risk and decision stages.", className: "lead")
        page.table(["Would change", "Cases"], [["Level", String(changedLevel)], ["RAG", String(changedRAG)], ["Outcome", String(changedOutcome)],
                                                 ["Taskings", String(changedTaskings)], ["Any of these", String(changes.count)]])
        page.element("h2", "Rules behind the changes")
        page.table(["Rule", "Added in", "Dropped in"], rules.map { [$0.rule, String($0.added), String($0.removed)] })
        page.element("h2", "Changed cases")
        page.table(["Case", "Level", "RAG", "Outcomes", "Taskings"], changes.map {
            [$0.caseId, "\($0.before.level) to \($0.after.level)", "\($0.before.rag.rawValue) to \($0.after.rag.rawValue)",
             "\($0.before.outcomes.map(\.rawValue).joined(separator: ", ")) to \($0.after.outcomes.map(\.rawValue).joined(separator: ", "))",
             "\($0.before.taskings.joined(separator: ", ")) to \($0.after.taskings.joined(separator: ", "))"]
        })
        page.raw("</main></body></html>\n")
        return page.output
    }
}
