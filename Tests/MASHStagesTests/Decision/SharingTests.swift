import Foundation
import MASHCore
@testable import MASHStages
import Testing

/// The firewall, item by item: disclosure, ownership and consent decide what each tasked agency sees.
@Suite struct SharingTests {
    private let forSocialCare = Fixtures.item("P-INC", kind: .domesticAbuseIncident, summary: "Incident shareable with social care",
                                              disclosure: .shareable(with: [.socialCare]))

    private func socialCareTasking(level: Level, consent: Consent, items: [IntelligenceItem],
                                   policy: HubPolicy = .default) throws -> (Tasking, [AuditRecord]) {
        let caseFile = DecisionTesting.assessed(DecisionTesting.referral(consent: consent), level: level, items: items)
        let records = try DecisionTesting.issue(caseFile, policy: policy)
        let tasking = try #require(try records.taskings.first { $0.recipient == .socialCare })
        return (tasking, try records.audits)
    }

    @Test(arguments: [
        (Level.childInNeed, Consent.given, true), (.childInNeed, .refused(reason: nil), false),
        (.childInNeed, .notSought(reason: "risk to the child"), false), (.childInNeed, .overridden(justification: "significant harm"), true),
        (.childProtection, .refused(reason: nil), true), (.childProtection, .notSought(reason: "risk to the child"), true),
    ])
    func belowChildProtectionSharingNeedsConsent(level: Level, consent: Consent, shared: Bool) throws {
        let (tasking, audits) = try socialCareTasking(level: level, consent: consent, items: [forSocialCare])
        #expect(tasking.sharedItemIds == (shared ? ["P-INC"] : []))
        #expect(tasking.noticeOwners == (shared ? [] : [.police]))
        let audit = try #require(audits.first { $0.itemId == "P-INC" && $0.recipient == .socialCare })
        #expect(audit.action == (shared ? .shared : .withheld))
        #expect(audit.lawfulBasis == .police)
        #expect(audit.auditId == "CASE-SCH.2026.0042/\(audit.action.rawValue)/P-INC/social-care")
        if !shared { #expect(audit.reason.contains("consent")) }
    }

    @Test func anOverriddenConsentIsAudited() throws {
        let (_, audits) = try socialCareTasking(level: .childInNeed, consent: .overridden(justification: "significant harm"), items: [])
        let override = try #require(audits.first { $0.action == .consentOverride })
        #expect(override.reason == "consent overridden: significant harm")
        #expect(override.auditId == "CASE-SCH.2026.0042/consent-override")
    }

    @Test func anOwnerSeesItsOwnItemButNeverAHubOnlyOne() throws {
        let forHealth = Fixtures.item("P-1", summary: "Police item for health only", disclosure: .shareable(with: [.health]))
        let hubOnly = Fixtures.item("P-2", summary: "Police hub-only item", disclosure: .withinHubOnly)
        let caseFile = DecisionTesting.assessed(level: .childProtection, items: [forHealth, hubOnly])
        let records = try DecisionTesting.issue(caseFile)
        let police = try #require(try records.taskings.first { $0.recipient == .police })
        #expect(police.sharedItemIds == ["P-1"])
        #expect(police.noticeOwners == [.police])
        let audits = try records.audits
        #expect(audits.first { $0.itemId == "P-1" && $0.recipient == .police }?.reason == "the recipient owns the item")
        #expect(audits.first { $0.itemId == "P-2" && $0.recipient == .police }?.action == .withheld)
        let bytes = records.on(.taskingPolice).flatMap(\.value)
        #expect(!String(decoding: bytes, as: UTF8.self).contains("Police hub-only item"))
    }

    @Test func oneNoticeStandsForAllOfAnOwnersWithheldItems() throws {
        let items = (1...3).map { Fixtures.item("H-\($0)", owner: .health, kind: .gpConcern, disclosure: .withinHubOnly) }
            + [Fixtures.item("P-1", disclosure: .withinHubOnly)]
        let (tasking, audits) = try socialCareTasking(level: .childProtection, consent: .given, items: items)
        #expect(tasking.noticeOwners == [.health, .police])
        #expect(tasking.informationProduct.contains(.withheld(WithheldNotice(owner: .health))))
        #expect(audits.filter { $0.action == .withheld && $0.recipient == .socialCare }.count == 4)
    }

    @Test func aPolicyOverrideNarrowsButNeverWidens() throws {
        var policy = HubPolicy.default
        policy.sharing.disclosureRules = DisclosureRules([DisclosureOverride(owner: .police, kind: .domesticAbuseIncident, disclosure: .withinHubOnly)])
        let (narrowed, audits) = try socialCareTasking(level: .childProtection, consent: .given, items: [forSocialCare], policy: policy)
        #expect(narrowed.sharedItemIds.isEmpty)
        #expect(audits.first { $0.itemId == "P-INC" }?.reason.hasPrefix("hub policy default-2026.1 restricts Police domestic-abuse-incident records") == true)

        policy.sharing.disclosureRules = DisclosureRules([DisclosureOverride(owner: .health, disclosure: .shareable(with: [.socialCare, .police]))])
        let healthOnly = Fixtures.item("H-1", owner: .health, kind: .gpConcern, disclosure: .shareable(with: [.police]))
        let (widened, _) = try socialCareTasking(level: .childProtection, consent: .given, items: [healthOnly], policy: policy)
        #expect(widened.sharedItemIds.isEmpty)
    }

    @Test func everyItemIsAuditedOncePerRecipient() throws {
        let items = [forSocialCare, Fixtures.item("H-1", owner: .health, kind: .gpConcern, disclosure: .withinHubOnly)]
        let caseFile = DecisionTesting.assessed(level: .childProtection, flags: [.maracEscalation], items: items)
        let records = try DecisionTesting.issue(caseFile)
        let recipients = Set(try records.taskings.map(\.recipient))
        let audits = try records.audits.filter { $0.itemId?.hasPrefix("referral:") == false }
        #expect(audits.count == items.count * recipients.count)
        // Each tasking's copy of the referral is a share too.
        let referralShares = try records.audits.filter { $0.itemId == "referral:SCH/2026/0042" }
        #expect(Set(referralShares.compactMap(\.recipient)) == recipients)
        #expect(referralShares.allSatisfy { $0.action == .shared && $0.owner == .education && $0.lawfulBasis == .safeguardingChildren })
        #expect(Set(audits.map { "\($0.itemId ?? "")/\($0.recipient?.rawValue ?? "")" }).count == audits.count)
        #expect(audits.allSatisfy { $0.stage == "decision" && $0.policyVersion == "default-2026.1" && $0.at == Fixtures.now })
    }

    @Test func theConcernSummaryComesFromTheReferralAlone() throws {
        let secret = Fixtures.item("P-9", summary: "Covert operation Nightjar", disclosure: .withinHubOnly)
        var caseFile = DecisionTesting.assessed(level: .childProtection, items: [secret], cited: ["P-9"])
        caseFile.assessment?.rationale.append(RationaleLine(rule: "leak", text: "Covert operation Nightjar", facts: ["P-9"]))
        let records = try DecisionTesting.issue(caseFile)
        for tasking in try records.taskings {
            #expect(tasking.concernSummary == "Neglect: Ava disclosed that she is often left alone overnight.")
        }
        let taskingText = String(decoding: records.filter { $0.topic.hasPrefix("mash.tasking.") }.flatMap(\.value), as: UTF8.self)
        #expect(!taskingText.contains("Nightjar"))
    }
}
