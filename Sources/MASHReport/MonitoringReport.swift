import MASHCore

/// The hub's standardised monitoring figures for a period (referrals received from `from`, up to but not
/// including `to`): volumes, outcomes and conversion, timeliness against the RAG deadlines, each agency's
/// contribution, sign-offs and overrides, escalations and partners' tasking answers. The same figures go to
/// JSON, CSV and the board's HTML report.
public struct MonitoringReport: Codable, Sendable, Equatable {
    public struct Period: Codable, Sendable, Equatable {
        public let from: Timestamp
        public let to: Timestamp
    }

    /// A count under a code, with the code's words.
    public struct Count: Codable, Sendable, Equatable {
        public let key: String
        public let label: String
        public let count: Int
    }

    /// How many of how many; `share` is nil when there are none.
    public struct Share: Codable, Sendable, Equatable {
        public let count: Int
        public let of: Int
        public let share: Double?

        init(_ count: Int, of total: Int) {
            self.count = count
            of = total
            share = total == 0 ? nil : Double(count) / Double(total)
        }
    }

    /// How long a step took, in minutes, and how often it was done by its deadline (of the cases that had one:
    /// a rating with no research deadline, Blue in the default policy, is timed but not counted on time or late).
    public struct Timing: Codable, Sendable, Equatable {
        public let cases: Int
        public let medianMinutes: Double?
        public let p90Minutes: Double?
        public let onTime: Share

        init(_ durations: [(minutes: Double, onTime: Bool?)]) {
            let sorted = durations.map(\.minutes).sorted()
            cases = sorted.count
            medianMinutes = Self.percentile(sorted, 0.5)
            p90Minutes = Self.percentile(sorted, 0.9)
            let judged = durations.compactMap(\.onTime)
            onTime = Share(judged.filter { $0 }.count, of: judged.count)
        }

        /// Nearest rank: the smallest value with at least `fraction` of the values at or below it.
        static func percentile(_ sorted: [Double], _ fraction: Double) -> Double? {
            guard !sorted.isEmpty else { return nil }
            let rank = Int((fraction * Double(sorted.count)).rounded(.up))
            return sorted[min(sorted.count, max(1, rank)) - 1]
        }
    }

    public struct Conversion: Codable, Sendable, Equatable {
        /// Police referrals decided whose outcome passed them to children's social care (s17, s47, or the
        /// allocated worker).
        public let policeToSocialCare: Share
        /// Decided referrals leading to an assessment (s17 or s47).
        public let toAssessment: Share
        /// Decided referrals leading to a strategy discussion (s47).
        public let toS47: Share
        /// Decided referrals with no further action.
        public let noFurtherAction: Share
        /// Referrals about a child referred within the previous 12 months.
        public let reReferrals: Share
    }

    public struct Timeliness: Codable, Sendable, Equatable {
        /// Received to screened; on time when screened before the case's research deadline.
        public let screening: Timing
        /// Screened to researched; on time when researched by the RAG research deadline.
        public let research: Timing
        /// Received to decided; on time when decided by the sign-off deadline of a held proposal, else the
        /// research deadline (a referral routed at once to the allocated worker has neither and is not counted).
        public let decision: Timing
    }

    public struct AgencyContribution: Codable, Sendable, Equatable {
        public let agency: Agency
        public let requests: Int
        public let answered: Int
        /// Answered by the agency's own deadline (else the case's).
        public let answeredOnTime: Int
        public let itemsShared: Int
        public let itemsHubOnly: Int
        /// Times the firewall withheld one of the agency's items from a recipient (each audited).
        public let sharesWithheld: Int
    }

    public struct SignOffs: Codable, Sendable, Equatable {
        /// Decisions a named person signed.
        public let signed: Int
        public let confirmed: Int
        public let overridden: Int
        public let reRated: Int
        /// Where the person's decision differed from the software's proposal.
        public let levelRaised: Int
        public let levelLowered: Int
        public let outcomeChanged: Int
    }

    public struct Escalations: Codable, Sendable, Equatable {
        public let raised: Int
        public let resolved: Int
        public let open: Int
        /// Of those raised, the deadline watcher's: research not in, or a decision not made, by its deadline.
        public let missedDeadlines: Int
        /// Of those, an agency's silence by the research deadline (counted once per agency and case).
        public let noResponseFromAgency: Int
    }

    public struct TaskingAnswers: Codable, Sendable, Equatable {
        public let acknowledged: Int
        public let completed: Int
    }

    public let period: Period
    public let referrals: Int
    public let bySource: [Count]
    public let byCategory: [Count]
    public let byAgeBand: [Count]
    public let outcomes: [Count]
    public let awaitingDecision: Int
    public let conversion: Conversion
    public let timeliness: Timeliness
    public let agencies: [AgencyContribution]
    public let signOffs: SignOffs
    public let escalations: Escalations
    public let taskingAnswers: TaskingAnswers

    /// The figures for referrals received in `from..<to`.
    public init(history: HubHistory, from: Timestamp, to: Timestamp) {
        period = Period(from: from, to: to)
        let inPeriod = { (at: Timestamp) in at.millisecondsSince1970 >= from.millisecondsSince1970 && at.millisecondsSince1970 < to.millisecondsSince1970 }
        let cases = history.cases.values.filter { inPeriod($0.receivedAt) }.sorted { $0.caseId < $1.caseId }
        referrals = cases.count

        bySource = Self.counts(cases.map(\.referral.source), label: \.description)
        byCategory = Self.counts(cases.flatMap { Set($0.referral.concern.categories) }, label: \.description)
        byAgeBand = Self.counts(cases.map(Self.ageBand(of:)), label: \.label)

        let decided = cases.compactMap { item in item.outcome.map { (item, $0) } }
        outcomes = Self.counts(decided.map { $0.1.decision.outcome }, label: \.rawValue)
        awaitingDecision = cases.filter { $0.review != nil && $0.outcome == nil }.count
        func all(_ outcome: Outcome) -> Set<OutcomeKind> { Set([outcome.decision.outcome] + outcome.decision.additionalOutcomes) }
        let police = decided.filter { $0.0.referral.source == .police }
        conversion = Conversion(
            policeToSocialCare: Share(police.filter { !all($0.1).isDisjoint(with: [.s17Assessment, .s47StrategyDiscussion, .routedToAllocatedWorker]) }.count, of: police.count),
            toAssessment: Share(decided.filter { !all($0.1).isDisjoint(with: [.s17Assessment, .s47StrategyDiscussion]) }.count, of: decided.count),
            toS47: Share(decided.filter { all($0.1).contains(.s47StrategyDiscussion) }.count, of: decided.count),
            noFurtherAction: Share(decided.filter { $0.1.decision.outcome == .noFurtherAction }.count, of: decided.count),
            reReferrals: Share(cases.filter { $0.caseFile?.screening.isReReferral ?? false }.count, of: cases.count)
        )

        func minutes(_ start: Timestamp, _ end: Timestamp) -> Double { Double(end.millisecondsSince1970 - start.millisecondsSince1970) / 60_000 }
        func byDeadline(_ at: Timestamp, _ deadline: Timestamp) -> Bool { at.millisecondsSince1970 <= deadline.millisecondsSince1970 }
        // A rating with no research deadline has its receipt as its deadline: no deadline at all.
        func researchDeadline(_ file: CaseFile) -> Timestamp? {
            file.screening.researchDeadline.millisecondsSince1970 > file.timestamps.received.millisecondsSince1970 ? file.screening.researchDeadline : nil
        }
        timeliness = Timeliness(
            screening: Timing(cases.compactMap { item in
                guard let file = item.caseFile else { return nil }
                return file.timestamps.referral.map { screened in (minutes(file.timestamps.received, screened), researchDeadline(file).map { byDeadline(screened, $0) }) }
            }),
            research: Timing(cases.compactMap { item in
                guard let file = item.caseFile, let screened = file.timestamps.referral, let researched = file.timestamps.research else { return nil }
                return (minutes(screened, researched), researchDeadline(file).map { byDeadline(researched, $0) })
            }),
            decision: Timing(decided.compactMap { item, outcome in
                guard item.caseFile != nil || item.review != nil else { return nil }
                let deadline = item.review?.dueBy ?? item.caseFile.flatMap(researchDeadline)
                return (minutes(item.receivedAt, outcome.decision.decidedAt), deadline.map { byDeadline(outcome.decision.decidedAt, $0) })
            })
        )

        var contributions: [Agency: (requests: Int, answered: Int, onTime: Int, shared: Int, hubOnly: Int, withheld: Int)] = [:]
        for item in cases {
            guard let file = item.caseFile, let research = file.research else { continue }
            for agency in research.agenciesQueried {
                var entry = contributions[agency] ?? (0, 0, 0, 0, 0, 0)
                entry.requests += 1
                if !research.noResponseFrom.contains(agency) {
                    entry.answered += 1
                    let deadline = file.screening.agencyDeadlines?.first { $0.agency == agency }?.dueBy ?? researchDeadline(file)
                    if let researched = file.timestamps.research, deadline.map({ byDeadline(researched, $0) }) ?? true { entry.onTime += 1 }
                }
                contributions[agency] = entry
            }
            for researchItem in research.items {
                var entry = contributions[researchItem.owner] ?? (0, 0, 0, 0, 0, 0)
                if researchItem.disclosure.hubOnly { entry.hubOnly += 1 } else { entry.shared += 1 }
                contributions[researchItem.owner] = entry
            }
        }
        for item in cases {
            for owner in (history.withheld[item.caseId] ?? [:]).values {
                contributions[owner, default: (0, 0, 0, 0, 0, 0)].withheld += 1
            }
        }
        agencies = Agency.allCases.compactMap { agency in
            contributions[agency].map { AgencyContribution(agency: agency, requests: $0.requests, answered: $0.answered, answeredOnTime: $0.onTime,
                                                           itemsShared: $0.shared, itemsHubOnly: $0.hubOnly, sharesWithheld: $0.withheld) }
        }

        let signed = decided.compactMap { _, outcome in outcome.decision.signOff.map { (outcome.decision, $0) } }
        signOffs = SignOffs(
            signed: signed.count,
            confirmed: signed.filter { $0.1.action == .confirm }.count,
            overridden: signed.filter { $0.1.action == .override }.count,
            reRated: signed.filter { $0.1.action == .reRate }.count,
            levelRaised: signed.filter { decision, _ in decision.proposal.map { decision.level.rawValue > $0.level.rawValue } ?? false }.count,
            levelLowered: signed.filter { decision, _ in decision.proposal.map { decision.level.rawValue < $0.level.rawValue } ?? false }.count,
            outcomeChanged: signed.filter { decision, _ in decision.proposal.map { decision.outcome != $0.outcome } ?? false }.count
        )

        let events = history.escalations.values.filter { inPeriod($0.at) }
        let raised = events.filter { $0.kind == .raised }
        let resolvedIds = Set(history.escalations.values.filter { $0.kind == .resolved }.compactMap(\.resolves))
        let missed = raised.filter { $0.deadline != nil }
        escalations = Escalations(raised: raised.count, resolved: events.filter { $0.kind == .resolved }.count,
                                  open: raised.filter { !resolvedIds.contains($0.escalationId) }.count, missedDeadlines: missed.count,
                                  noResponseFromAgency: Set(missed.compactMap { escalation in escalation.deadline?.agency.map { "\(escalation.caseId)|\($0.rawValue)" } }).count)
        let answers = history.taskingUpdates.values.filter { inPeriod($0.at) }
        taskingAnswers = TaskingAnswers(acknowledged: answers.filter { $0.kind == .acknowledged }.count,
                                        completed: answers.filter { $0.kind == .completed }.count)
    }

    /// The children in need census age bands, by the first child's age on the day the referral arrived.
    public enum AgeBand: String, CaseIterable, Sendable {
        case underOne = "under-1", oneToFour = "1-4", fiveToNine = "5-9", tenToFifteen = "10-15", sixteenPlus = "16-17", unknown

        var label: String { self == .unknown ? "age not known" : "aged \(rawValue.replacingOccurrences(of: "under-1", with: "under 1"))" }
    }

    static func ageBand(of item: HubHistory.Case) -> AgeBand {
        guard let birth = item.referral.firstChild?.dateOfBirth else { return .unknown }
        switch birth.age(on: item.receivedAt.utcDate) {
        case ..<1: return .underOne
        case 1...4: return .oneToFour
        case 5...9: return .fiveToNine
        case 10...15: return .tenToFifteen
        default: return .sixteenPlus
        }
    }

    /// Counts by code, most first (then by code), with each code's words.
    static func counts<Code: RawRepresentable & Hashable>(_ codes: [Code], label: (Code) -> String) -> [Count] where Code.RawValue == String {
        Dictionary(grouping: codes, by: { $0 }).map { Count(key: $0.key.rawValue, label: label($0.key), count: $0.value.count) }
            .sorted { ($0.count, $1.key) > ($1.count, $0.key) }
    }
}
