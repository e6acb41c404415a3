import Foundation
import MASHCore
@testable import MASHStages
import MASHSynthetic
import Testing

/// The firewall over thousands of realistic synthetic referrals and agency records, run through all four
/// stages under the default policy and under the Surrey example (whose standing disclosure rules narrow
/// items further): no tasking ever carries a withheld item's content, every item is audited once per
/// tasked agency — shared exactly when the firewall allows it, withheld with a notice otherwise — and
/// every tasking's copy of the referral is audited as a share. The outcome, which leaves the hub too, carries
/// no agency record's words and no identifier the hub holds: record and person ids, alleged perpetrators,
/// case references, allocated workers.
@Suite(.serialized) struct SyntheticFirewallPropertyTests {
    static let referralsPerPolicy = 1_500

    /// What the run saw, so a vacuous pass fails instead.
    struct Coverage {
        var cases = 0, decided = 0, routed = 0, taskings = 0, shared = 0
        var withheldHubOnly = 0, withheldByRule = 0, withheldWithoutConsent = 0, withheldNotAllowed = 0
        var outcomesChecked = 0
    }

    /// Whether `word` stands in `text` as a whole word (not as part of a longer id).
    static func containsWhole(_ word: String, in text: String) -> Bool {
        var rest = text[...]
        while let range = rest.range(of: word) {
            let before = range.lowerBound == rest.startIndex ? nil : rest[rest.index(before: range.lowerBound)]
            let after = range.upperBound == rest.endIndex ? nil : rest[range.upperBound]
            if !(before?.isLetter ?? false) && !(before?.isNumber ?? false) && !(after?.isLetter ?? false) && !(after?.isNumber ?? false) { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }

    /// The hub's data, every record's summary ending in a token no other record has, so its content can
    /// be looked up word by word in a tasking's bytes.
    struct Hub {
        let referrals: [Referral]
        let stores: [InMemoryAgencyRecordStore]

        init(seed: UInt64) throws {
            let content = try SyntheticHub.generateInMemory(configuration: .init(people: 6_000, referrals: referralsPerPolicy, seed: seed))
            referrals = content.referrals.map(\.referral)
            stores = Agency.allCases.map { agency in
                let records = (content.extracts[agency] ?? []).map { generated -> AgencyRecord in
                    var record = generated.record
                    record.summary += " " + Hub.token(agency: agency, recordId: record.recordId)
                    return record
                }
                return InMemoryAgencyRecordStore(agency: agency, records: records)
            }
        }

        static func token(agency: Agency, recordId: String) -> String {
            "secret\(Agency.allCases.firstIndex(of: agency) ?? 0)x" + recordId.filter { $0.isLetter || $0.isNumber }.lowercased()
        }

        /// The token of an item, from its owner and record id (`<agency>:<recordId>:<subjectId>`).
        static func token(of item: IntelligenceItem) -> String {
            let parts = item.itemId.split(separator: ":")
            return token(agency: item.owner, recordId: parts.count >= 3 ? String(parts[1]) : item.itemId)
        }
    }

    @Test(arguments: [("default", 0x5EED_0001 as UInt64), ("surrey-example", 0x5EED_0002 as UInt64)])
    func noWithheldContentLeavesTheHubAndEveryShareIsAudited(policyName: String, seed: UInt64) throws {
        let policy = policyName == "default" ? PolicyFiles.defaultPolicy : PolicyFiles.surreyExample
        let hub = try Hub(seed: seed)
        let socialCare = hub.stores.first { $0.agency == .socialCare }
        let held = HeldDecisionBook()
        let screening = ReferralScreening(policy: policy, socialCare: socialCare, held: held)
        let research = AgencyResearch(stores: hub.stores)
        let risk = RiskAssessor(policy: policy)
        let decision = DecisionMaker(policy: policy, held: held)
        var coverage = Coverage()

        for (index, referral) in hub.referrals.enumerated() {
            let ingestedAt = referral.receivedAt.adding(minutes: 1)
            func input(_ bytes: [UInt8]) -> StageInput { StageInput(value: bytes, ingestedAt: ingestedAt, now: ingestedAt.adding(minutes: 1)) }
            coverage.cases += 1
            var outputs = try screening.screen(input(Array(try MASHJSON.encode(referral))))
            var decided: CaseFile?
            if let screened = outputs.first(where: { $0.topic == PipelineTopic.research.rawValue }) {
                let researched = try research.research(input(screened.value))
                let assessed = try risk.assess(input(researched[0].value))
                decided = try assessed.caseFile(on: .decision)
                outputs = try decision.decide(input(assessed[0].value))
                coverage.decided += 1
            } else {
                coverage.routed += 1
            }
            // What leaves the hub for a held case is what a manager's confirmation issues.
            outputs = try DecisionTesting.confirmingHeld(outputs, policy: policy, held: held, now: ingestedAt.adding(minutes: 2)) ?? outputs
            try check(outputs, referral: referral, decided: decided, policy: policy, coverage: &coverage)
            if index % 150 == 0 { try outputs.expectSchemaValid() }
        }

        #expect(coverage.cases == Self.referralsPerPolicy)
        #expect(coverage.decided > coverage.cases / 2)
        #expect(coverage.taskings > coverage.cases / 4)
        #expect(coverage.outcomesChecked > coverage.cases / 2)
        #expect(coverage.shared > 100)
        #expect(coverage.withheldHubOnly > 100)
        #expect(coverage.withheldWithoutConsent > 10)
        #expect(coverage.withheldNotAllowed > 10)
        if policyName == "surrey-example" { #expect(coverage.withheldByRule > 10) }
    }

    /// Checks one case's outputs against a firewall model written here, independently of the stages.
    private func check(_ outputs: [StageRecord], referral: Referral, decided: CaseFile?, policy: HubPolicy,
                       coverage: inout Coverage) throws {
        let taskings = try outputs.taskings
        let audits = try outputs.audits
        let items = decided?.research?.items ?? []
        for record in outputs.on(.outcome) {
            let text = String(decoding: record.value, as: UTF8.self)
            let words = Set(text.split { !$0.isLetter && !$0.isNumber }.map(String.init))
            #expect(!words.contains { $0.hasPrefix("secret") }, "\(referral.referralId): an agency record's words on mash.outcome")
            var identifiers = Set(items.flatMap { item in [item.itemId.split(separator: ":").dropFirst().first.map(String.init), item.perpetratorId].compactMap { $0 } })
            identifiers.formUnion(decided?.research?.links.map(\.recordId) ?? [])
            if let open = (decided?.screening ?? (try? outputs.review)?.caseFile.screening)?.openCase {
                identifiers.insert(open.caseReference)
                if let worker = open.allocatedWorker { identifiers.insert(worker) }
            }
            for identifier in identifiers where identifier.count >= 2 {
                #expect(!Self.containsWhole(identifier, in: text), "\(referral.referralId): \(identifier) on mash.outcome")
            }
            coverage.outcomesChecked += 1
        }
        let level = decided?.assessment?.level ?? .universal
        coverage.taskings += taskings.count
        for (record, tasking) in zip(outputs.filter { $0.topic.hasPrefix("mash.tasking.") }, taskings) {
            let words = Set(String(decoding: record.value, as: UTF8.self).split { !$0.isLetter && !$0.isNumber }.map(String.init))
            let shared = Set(tasking.sharedItemIds)
            #expect(audits.contains { $0.itemId == "referral:\(referral.referralId)" && $0.recipient == tasking.recipient && $0.action == .shared },
                    "\(referral.referralId): the referral sent to \(tasking.recipient) is not audited")
            if decided == nil {
                #expect(tasking.informationProduct.isEmpty)
                #expect(!words.contains { $0.hasPrefix("secret") }, "\(referral.referralId): an agency record in a routed tasking")
                continue
            }
            for item in items {
                let verdict = Self.verdict(item, to: tasking.recipient, level: level, consent: referral.consent, policy: policy)
                let itemAudits = audits.filter { $0.itemId == item.itemId && $0.recipient == tasking.recipient }
                #expect(itemAudits.count == 1, "\(item.itemId) to \(tasking.recipient) audited \(itemAudits.count) times")
                #expect(itemAudits.allSatisfy { $0.lawfulBasis == item.lawfulBasis && $0.owner == item.owner && $0.policyVersion == policy.version })
                if verdict == .shared {
                    #expect(shared.contains(item.itemId), "\(item.itemId) should reach \(tasking.recipient)")
                    #expect(itemAudits.first?.action == .shared)
                    coverage.shared += 1
                } else {
                    #expect(!words.contains(Hub.token(of: item)), "\(referral.referralId): withheld \(item.itemId) reached \(tasking.recipient)")
                    #expect(!shared.contains(item.itemId))
                    #expect(tasking.noticeOwners.contains(item.owner), "\(item.itemId) withheld from \(tasking.recipient) without a notice")
                    #expect(itemAudits.first?.action == .withheld)
                    switch verdict {
                    case .hubOnly: coverage.withheldHubOnly += 1
                    case .byRule: coverage.withheldByRule += 1
                    case .withoutConsent: coverage.withheldWithoutConsent += 1
                    case .notAllowed: coverage.withheldNotAllowed += 1
                    case .shared: break
                    }
                }
            }
        }
    }

    enum Verdict { case shared, hubOnly, byRule, withoutConsent, notAllowed }

    /// The firewall as the domain states it: hub-only stays in; rules only narrow; the owner sees its own;
    /// below the child-protection level, consent is needed for the regimes the policy names.
    static func verdict(_ item: IntelligenceItem, to recipient: Agency, level: Level, consent: Consent, policy: HubPolicy) -> Verdict {
        let rules = policy.sharing.disclosureRules.overrides.filter { $0.owner == item.owner && ($0.kind == nil || $0.kind == item.kind) }
        if item.disclosure.hubOnly { return .hubOnly }
        if rules.contains(where: \.disclosure.hubOnly) { return .byRule }
        if recipient == item.owner { return .shared }
        if !item.disclosure.shareableWith.contains(recipient) { return .notAllowed }
        if !rules.allSatisfy({ $0.disclosure.shareableWith.contains(recipient) }) { return .byRule }
        let consented = consent.status == .given || consent.status == .overridden
        if level < policy.sharing.withoutConsentFromLevel, policy.sharing.consentNeededUnder.contains(item.lawfulBasis.regime), !consented {
            return .withoutConsent
        }
        return .shared
    }
}
