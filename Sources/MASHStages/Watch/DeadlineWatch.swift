import Foundation
import MASHCore

/// Watches the cases' deadlines and says which escalations are due: an agency's research not in by its
/// deadline (to the agency's MASH lead, then, after the policy's interval, the hub manager), the research as a
/// whole not done by its deadline, and a held proposal not decided by its deadline (to the hub manager).
///
/// Fed the case topics in order (`take`), asked at any instant what is due (`due(at:)`). Each escalation
/// has a deterministic id (case, what, agency, tier), so a watcher that restarts and reads the topics again
/// raises the very same escalations, which every consumer drops as replays; within one watcher each is
/// raised once. A case leaves the watch once decided.
public struct DeadlineWatch: Sendable {
    /// What is watched of one case.
    struct Watched: Sendable {
        let caseId: String
        /// The partition the case's messages are on (its subject key's), so a watcher can drop the cases of
        /// partitions it no longer holds.
        var partition: Int32
        /// The RAG screening gave, for counting the hub manager's interval in working hours where the
        /// policy says so (Red always counts the clock).
        var rag: RAG = .red
        var researchDue: Timestamp?
        var agencyDue: [Agency: Timestamp] = [:]
        var researched = false
        var noResponseFrom: [Agency] = []
        var decisionDue: Timestamp?
    }

    public let policy: HubPolicy
    private var cases: [String: Watched] = [:]
    private var raised = Set<String>()
    /// Cases decided: nothing more is raised for them, whatever arrives late.
    private var decided = Set<String>()

    /// The topics it reads, all keyed by subject key.
    public static let topics: [PipelineTopic] = [.research, .riskAssessment, .review, .outcome]

    public init(policy: HubPolicy = .default) {
        self.policy = policy
    }

    /// How many cases it is watching.
    public var watching: Int { cases.count }

    /// Takes one message of the case topics; anything it cannot read is another stage's to dead-letter.
    public mutating func take(topic: String, partition: Int32, value: [UInt8]) {
        let data = Data(value)
        switch PipelineTopic(rawValue: topic) {
        case .research:
            guard let file = try? MASHJSON.decode(CaseFile.self, from: data), !decided.contains(file.caseId) else { return }
            var watched = cases[file.caseId] ?? Watched(caseId: file.caseId, partition: partition)
            watched.partition = partition
            watched.rag = file.screening.rag
            // A rating with no research deadline has its receipt as its deadline: nothing to watch.
            if file.screening.researchDeadline > file.timestamps.received { watched.researchDue = file.screening.researchDeadline }
            for deadline in file.screening.agencyDeadlines ?? [] { watched.agencyDue[deadline.agency] = deadline.dueBy }
            cases[file.caseId] = watched
        case .riskAssessment:
            guard let file = try? MASHJSON.decode(CaseFile.self, from: data), !decided.contains(file.caseId), var watched = cases[file.caseId] else { return }
            watched.researched = true
            watched.noResponseFrom = file.research?.noResponseFrom ?? []
            cases[file.caseId] = watched
        case .review:
            guard let review = try? MASHJSON.decode(Review.self, from: data), !decided.contains(review.caseId) else { return }
            var watched = cases[review.caseId] ?? Watched(caseId: review.caseId, partition: partition)
            watched.decisionDue = review.dueBy
            cases[review.caseId] = watched
        case .outcome:
            guard let outcome = try? MASHJSON.decode(Outcome.self, from: data) else { return }
            decided.insert(outcome.caseId)
            cases[outcome.caseId] = nil
        default:
            return
        }
    }

    /// Forgets the cases of partitions this watcher no longer holds (another copy watches them now).
    public mutating func keep(partitions: Set<Int32>) {
        cases = cases.filter { partitions.contains($0.value.partition) }
    }

    /// The escalations due at `now` not raised before, each raised (remembered) as it is returned.
    public mutating func due(at now: Timestamp) -> [Escalation] {
        var escalations: [Escalation] = []
        let later = policy.deadlineEscalation?.hubManagerAfter ?? DeadlineEscalationPolicy.default.hubManagerAfter
        for watched in cases.values.sorted(by: { $0.caseId < $1.caseId }) {
            if let due = watched.researchDue {
                if !watched.researched {
                    // The research as a whole is late: no agency can be named.
                    if now >= due { escalations += raise(watched, .researchDeadline, agency: nil, tier: .hubManager, due: due, at: now) }
                } else {
                    for agency in watched.noResponseFrom {
                        let agencyDue = watched.agencyDue[agency] ?? due
                        if now >= agencyDue { escalations += raise(watched, .researchDeadline, agency: agency, tier: .agencyMASHLead, due: agencyDue, at: now) }
                        let managerDue = policy.due(after: agencyDue, later, rag: watched.rag)
                        if now >= managerDue { escalations += raise(watched, .researchDeadline, agency: agency, tier: .hubManager, due: agencyDue, at: now) }
                    }
                }
            }
            if let due = watched.decisionDue, now >= due {
                escalations += raise(watched, .decisionDeadline, agency: nil, tier: .hubManager, due: due, at: now)
            }
        }
        return escalations
    }

    /// The escalation for one missed deadline and tier, unless already raised.
    private mutating func raise(_ watched: Watched, _ concerning: EscalationConcern, agency: Agency?, tier: EscalationTier, due: Timestamp,
                                at now: Timestamp) -> [Escalation] {
        let id = Self.escalationId(caseId: watched.caseId, concerning: concerning, agency: agency, tier: tier)
        guard raised.insert(id).inserted else { return [] }
        let text: String
        switch concerning {
        case .decisionDeadline:
            text = "The proposal held for sign-off was due to be decided by \(due); no decision yet."
        default:
            text = agency.map { "No response from \($0.displayName) by the research deadline, \(due)." }
                ?? "The agencies' research was due by \(due) and is not done."
        }
        return [Escalation(escalationId: id, caseId: watched.caseId, kind: .raised, concerning: concerning, text: text, by: nil,
                           deadline: MissedDeadline(dueBy: due, agency: agency, escalatedTo: tier), at: now)]
    }

    /// "ESC-" and 32 hex digits of the case, what, agency and tier: the same escalation, whoever raises it.
    public static func escalationId(caseId: String, concerning: EscalationConcern, agency: Agency?, tier: EscalationTier) -> String {
        "ESC-" + String(SHA256.hex(Array("\(caseId)|\(concerning.rawValue)|\(agency?.rawValue ?? "-")|\(tier.rawValue)".utf8)).prefix(32))
    }
}
