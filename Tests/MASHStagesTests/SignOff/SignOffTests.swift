import Foundation
import MASHCore
@testable import MASHStages
import Testing

/// The software proposes; a named person decides: held proposals, and what each kind of sign-off issues.
@Suite struct SignOffTests {
    private let held = HeldDecisionBook()
    private let later = Timestamp(iso8601: "2026-03-01T10:02:11.500Z")!

    /// A level 4 case with a police item shareable with social care and a hub-only one.
    private func childProtectionCase() -> CaseFile {
        let shared = Fixtures.item("INT-1", disclosure: .shareable(with: [.socialCare, .health]))
        let secret = Fixtures.item("INT-2", disclosure: .withinHubOnly)
        return DecisionTesting.assessed(level: .childProtection, items: [shared, secret], cited: ["INT-1"])
    }

    private func holdChildProtectionCase() throws -> Review {
        try #require(try DecisionTesting.decide(childProtectionCase(), held: held).review)
    }

    private func signOff(_ signOff: SignOff, now: Timestamp? = nil) throws -> [StageRecord] {
        try DecisionTesting.signOff(signOff, held: held, now: now ?? later)
    }

    private func refusal(_ records: [StageRecord]) throws -> AuditRecord {
        #expect(records.map(\.topic) == ["mash.audit"], "a refusal issues nothing")
        let audit = try #require(try records.audits.first)
        #expect(audit.action == .signOffRefused)
        return audit
    }

    @Test func aHeldDecisionIssuesNothingUntilAPersonSignsIt() throws {
        let records = try DecisionTesting.decide(childProtectionCase(), held: held)
        try records.expectSchemaValid()
        #expect(records.map(\.topic) == ["mash.review", "mash.held-decisions", "mash.audit"])
        let review = try #require(try records.review)
        #expect(review.taskings.map(\.action) == [.s47StrategyDiscussion, .childAbuseInvestigation])
        #expect(review.decision.outcome == .s47StrategyDiscussion)
        #expect(review.decision.decidedBy == "policy default-2026.1")
        // Red: due 4 clock hours after the hub received it.
        #expect(review.dueBy == Fixtures.ingestedAt.adding(hours: 4))
        #expect(review.caseFile.assessment?.level == .childProtection)
        #expect(try records.heldDecision?.status == .awaitingSignOff)
        #expect(try records.audits.map(\.action) == [.decisionHeld])
        // What the recipient would be told is already filtered: the hub-only item is a notice.
        let police = try #require(review.taskings.first { $0.recipient == .police })
        #expect(police.sharedItemIds == ["INT-1"] || police.noticeOwners == [.police])
        #expect(!String(decoding: try MASHJSON.encodeBytes(police), as: UTF8.self).contains("Summary of INT-2"))
    }

    @Test func aConfirmationIssuesTheProposalWithThePersonAsDecisionMaker() throws {
        let review = try holdChildProtectionCase()
        let records = try signOff(DecisionTesting.confirm(review))
        try records.expectSchemaValid()
        #expect(try records.taskings.map(\.taskingId) == review.taskings.map(\.taskingId))
        #expect(try records.taskings.map(\.informationProduct) == review.taskings.map(\.informationProduct))
        #expect(try records.taskings.allSatisfy { $0.timestamps.decision == later })
        let decision = try records.outcome.decision
        #expect(decision.decidedBy == "Sam Patel (Social care manager, Children's Social Care)")
        #expect(decision.decidedAt == DecisionTesting.signedAt)
        #expect(decision.proposal == ProposedDecision(outcome: .s47StrategyDiscussion, additionalOutcomes: [.policeInvestigation],
                                                      level: .childProtection, rag: .red, proposedBy: "policy default-2026.1",
                                                      proposalDigest: review.proposalDigest))
        #expect(decision.signOff?.rationale == DecisionTesting.reasons)
        // The software's reasoning and the person's stand side by side (outside the hub, records only by owner).
        #expect(decision.rationale.dropLast().map(\.rule) == review.decision.rationale.map(\.rule))
        #expect(decision.rationale.first?.facts == ["Police record"] && review.decision.rationale.first?.facts == ["INT-1"])
        #expect(decision.rationale.last?.text.hasSuffix("confirmed the proposal (s47-strategy-discussion with police-investigation, level 4, Red): \(DecisionTesting.reasons)") == true)
        let audits = try records.audits
        #expect(audits.first?.action == .signedOff)
        #expect(audits.first?.by == DecisionTesting.manager)
        #expect(audits.contains { $0.action == .withheld && $0.itemId == "INT-2" })
        #expect(try records.heldDecision?.status == .signedOff)
    }

    @Test func anOverrideIssuesThePersonsChoiceAndAuditsBothSides() throws {
        let review = try holdChildProtectionCase()
        var override = DecisionTesting.confirm(review)
        override.action = .override
        override.outcome = .s17Assessment
        override.level = .childInNeed
        override.rationale = "No disclosure of harm; the police item is historical. A child-in-need assessment is proportionate."
        let records = try signOff(override)
        try records.expectSchemaValid()
        #expect(try records.taskings.map(\.action) == [.s17Assessment])
        #expect(try records.taskings.first?.rag == .amber)
        let decision = try records.outcome.decision
        #expect(decision.outcome == .s17Assessment && decision.level == .childInNeed && decision.rag == .amber)
        #expect(decision.proposal?.outcome == .s47StrategyDiscussion)
        #expect(decision.rationale.contains { $0.rule == "decision.override" })
        let audit = try #require(try records.audits.first)
        #expect(audit.action == .decisionOverridden)
        #expect(audit.reason.hasPrefix("proposed s47-strategy-discussion with police-investigation, level 4, Red; decided s17-assessment, level 3, Amber; "))
        #expect(audit.reason.hasSuffix(override.rationale))
    }

    @Test func anOverrideMayNameItsTaskings() throws {
        let review = try holdChildProtectionCase()
        var override = DecisionTesting.confirm(review)
        override.action = .override
        override.outcome = .s47StrategyDiscussion
        override.taskings = [TaskingChoice(recipient: .socialCare, action: .s47StrategyDiscussion), TaskingChoice(recipient: .health, action: .cpisFlag)]
        override.rationale = "Strategy discussion today; police are already involved through the MASH sergeant. Flag the child on CP-IS."
        let taskings = try signOff(override).taskings
        #expect(taskings.map(\.action) == [.s47StrategyDiscussion, .cpisFlag])
        // An action the policy has no rule for falls due by the decision deadline (Red: 4 hours).
        #expect(taskings.last?.dueBy == Fixtures.ingestedAt.adding(hours: 4))
    }

    @Test func aReRatingIssuesThePolicysResponseToTheNewLevel() throws {
        let review = try holdChildProtectionCase()
        var reRate = DecisionTesting.confirm(review)
        reRate.action = .reRate
        reRate.rag = .green
        reRate.rationale = "The concern is about school attendance only; early help will engage the family."
        let records = try signOff(reRate)
        let decision = try records.outcome.decision
        #expect(decision.level == .earlyHelp && decision.rag == .green && decision.outcome == .earlyHelp)
        #expect(try records.taskings.map(\.action) == [.earlyHelpAssessment])
        #expect(try records.audits.first?.action == .decisionReRated)
    }

    @Test func aSignOffForACaseThatIsNotHeldIsRefused() throws {
        var signOff = DecisionTesting.confirm(try holdChildProtectionCase())
        signOff.caseId = "CASE-SCH.2026.9999"
        let audit = try refusal(try self.signOff(signOff))
        #expect(audit.reason.hasSuffix("refused: case CASE-SCH.2026.9999 is not held for sign-off"))
        #expect(audit.by == DecisionTesting.manager)
    }

    @Test func aSecondSignOffIsRefusedAndNothingIsIssuedTwice() throws {
        let review = try holdChildProtectionCase()
        _ = try signOff(DecisionTesting.confirm(review))
        let other = Practitioner(username: "jo.reed", name: "Jo Reed", role: .hubManager, agency: .socialCare)
        let audit = try refusal(try signOff(DecisionTesting.confirm(review, by: other, id: "SO-00000002")))
        #expect(audit.reason.contains("already signed off by Sam Patel (Social care manager, Children's Social Care)"))
    }

    @Test func aReplayedSignOffIssuesTheSameRecordsAgain() throws {
        let review = try holdChildProtectionCase()
        let first = try signOff(DecisionTesting.confirm(review))
        let replay = try signOff(DecisionTesting.confirm(review), now: later.adding(minutes: 5))
        #expect(replay.map(\.topic) == first.map(\.topic))
        #expect(try replay.taskings.map(\.taskingId) == first.taskings.map(\.taskingId))
        #expect(try replay.outcome.decision == first.outcome.decision)
        // The same id with other content is not a replay.
        var changed = DecisionTesting.confirm(review)
        changed.rationale += " Also: the school will attend."
        #expect(try refusal(try signOff(changed)).reason.hasSuffix("sign-off SO-00000001 was already applied with other content"))
    }

    @Test func aSignOffOfAChangedProposalIsStale() throws {
        let review = try holdChildProtectionCase()
        // Research came back late: the same case is assessed again with one more agency's record.
        var reassessed = childProtectionCase()
        reassessed.research?.items.append(Fixtures.item("HV-9", owner: .health, kind: .healthVisitorConcern))
        let newer = try #require(try DecisionTesting.decide(reassessed, held: held).review)
        #expect(newer.proposalDigest != review.proposalDigest)
        let audit = try refusal(try signOff(DecisionTesting.confirm(review)))
        #expect(audit.reason.contains("stale: the proposal changed since it was read"))
        #expect(try signOff(DecisionTesting.confirm(newer)).on(.outcome).count == 1)
    }

    @Test func aReplayedAssessmentHoldsTheSameProposalAndNothingOnceSigned() throws {
        let review = try holdChildProtectionCase()
        let again = try #require(try DecisionTesting.decide(childProtectionCase(), held: held, now: later).review)
        #expect(again.proposalDigest == review.proposalDigest && again.reviewId == review.reviewId && again.heldAt == review.heldAt)
        _ = try signOff(DecisionTesting.confirm(review))
        #expect(try DecisionTesting.decide(childProtectionCase(), held: held, now: later).isEmpty)
        // A different assessment after the decision is held again for a person.
        var reassessed = childProtectionCase()
        reassessed.assessment?.level = .childInNeed
        reassessed.assessment?.rag = .amber
        let rehold = try #require(try DecisionTesting.decide(reassessed, held: held).review)
        #expect(rehold.heldBecause.last == "re-assessed after a person's decision was issued: the new proposal needs a person too")
    }

    @Test(arguments: [
        (HubRole.auditor, SignOffAction.confirm, "signedBy.role: a auditor may not confirm a proposed decision"),
        (.agencyResearcher, .override, "signedBy.role: a agency researcher may not override or re-rate a proposed decision"),
        (.policeSergeant, .override, "signedBy.role: a police sergeant may not override or re-rate a proposed decision"),
    ])
    func whoMaySignOffIsChecked(role: HubRole, action: SignOffAction, problem: String) throws {
        let review = try holdChildProtectionCase()
        var signOff = DecisionTesting.confirm(review, by: Practitioner(username: "x.y", name: "X Y", role: role, agency: .police))
        signOff.action = action
        if action == .override { signOff.outcome = .s17Assessment }
        #expect(try refusal(try self.signOff(signOff)).reason.contains(problem))
    }

    @Test func aPoliceSergeantMayConfirm() throws {
        let sergeant = Practitioner(username: "k.ali", name: "Kim Ali", role: .policeSergeant, agency: .police)
        let records = try signOff(DecisionTesting.confirm(try holdChildProtectionCase(), by: sergeant))
        #expect(try records.outcome.decision.decidedBy == "Kim Ali (Police sergeant, Police)")
    }

    @Test(arguments: ["", "Agreed.", "Fine by me ok", "   Looks right, sign   "])
    func aRationaleMustBeASentence(rationale: String) throws {
        var signOff = DecisionTesting.confirm(try holdChildProtectionCase())
        signOff.rationale = rationale
        #expect(try refusal(try self.signOff(signOff)).reason.contains("rationale: must be at least a sentence"))
    }

    @Test func aMalformedSignOffIsRejectedForTheDeadLetterTopic() throws {
        #expect(throws: StageRejection.self) { try SignOffStage(held: held).process(Fixtures.input(Array("{\"schema\":\"mash.sign-off/1\"}".utf8))) }
        var signOff = DecisionTesting.confirm(try holdChildProtectionCase())
        signOff.caseId = "CASE-\u{1B}[2J"
        #expect(throws: StageRejection.self) { try SignOffStage(held: held).process(Fixtures.input(signOff)) }
    }

    @Test func anOverrideCannotTaskAnAgencyWithoutATaskingTopic() throws {
        var override = DecisionTesting.confirm(try holdChildProtectionCase())
        override.action = .override
        override.outcome = .earlyHelp
        override.taskings = [TaskingChoice(recipient: .education, action: .earlyHelpAssessment)]
        #expect(try refusal(try signOff(override)).reason.contains("taskings[0].recipient: Education has no tasking topic"))
    }

    @Test func softwareNeverIssuesAChildProtectionResponseAlone() throws {
        var policy = HubPolicy.default
        policy.signOff = SignOffPolicy(
            everyDecision: false, fromLevel: .childProtection, red: false, conflictScreenedAtMost: .blue,
            conflictAssessedAtLeast: .childProtection, missingResponseFromLevel: .childProtection, possibleMatchBelow: 0,
            consentRefusedOrOverridden: false, professionalJudgement: false, allocatedWorkerWhenRed: false,
            decisionDue: HubPolicy.default.signOff.decisionDue
        )
        policy.signOff.fromLevel = .childProtection
        policy.outcomes.level3 = LevelResponse(outcome: .s17Assessment, additionalOutcomes: [.policeInvestigation])
        let review = try #require(try DecisionTesting.decide(DecisionTesting.assessed(level: .childInNeed), policy: policy).review)
        #expect(review.heldBecause == ["child-protection response (police-investigation): software may propose it, a person decides"])
    }

    @Test func aHubCanHaveEveryDecisionSignedOff() throws {
        var policy = HubPolicy.default
        #expect(try DecisionTesting.decide(DecisionTesting.assessed(level: .universal), policy: policy).review == nil)
        policy.signOff.everyDecision = true
        let review = try #require(try DecisionTesting.decide(DecisionTesting.assessed(level: .universal), policy: policy).review)
        #expect(review.heldBecause == ["the hub's policy has a person sign off every decision"])
        // Blue: within one working day. Received on Sunday 1 March, so by the end of Monday's working day.
        #expect(review.dueBy == Timestamp(iso8601: "2026-03-02T17:00:00.000Z"))
    }

    @Test(arguments: [
        (Consent.refused(reason: nil), "consent refused: a person decides what is shared without it"),
        (.overridden(justification: "risk of significant harm"), "consent overridden (risk of significant harm): a person confirms the override"),
    ])
    func consentRefusedOrOverriddenIsHeld(consent: Consent, reason: String) throws {
        let caseFile = DecisionTesting.assessed(DecisionTesting.referral(consent: consent), level: .earlyHelp)
        #expect(try DecisionTesting.decide(caseFile).review?.heldBecause == [reason])
    }

    @Test func aLevelRestingOnProfessionalJudgementIsHeld() throws {
        let caseFile = DecisionTesting.assessed(level: .earlyHelp, flags: [.professionalJudgement])
        #expect(try DecisionTesting.decide(caseFile).review?.heldBecause == ["the level rests on the referrer's professional judgement, above what the rules found"])
    }
}
