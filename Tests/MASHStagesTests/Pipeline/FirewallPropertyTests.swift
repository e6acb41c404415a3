import Foundation
import MASHCore
@testable import MASHStages
import Testing

/// The firewall over many generated cases run through all four stages: no tasking ever carries what
/// its recipient may not see, and every item's share or refusal is audited.
@Suite struct FirewallPropertyTests {
    private static let caseCount = 200
    private let ingestedAt = Timestamp(iso8601: "2026-03-01T09:20:00.000Z")!
    private let now = Timestamp(iso8601: "2026-03-01T09:20:01.000Z")!

    /// What the property saw, so a vacuous pass (nothing withheld, nothing decided) fails instead.
    private struct Coverage {
        var decided = 0, routed = 0, shared = 0, withheld = 0, hubOnlyItems = 0, consentWithheld = 0
    }

    @Test func noTaskingCarriesWhatItsRecipientMayNotSee() throws {
        var generator = CaseGenerator(seed: 0x4D41_5348)
        var coverage = Coverage()
        for index in 0..<Self.caseCount {
            let generated = generator.next(index)
            let down: Set<Agency> = index % 9 == 0 ? [.housing] : []
            let run = try Pipeline().run(generated, ingestedAt: ingestedAt, now: now, downAgencies: down)
            try checkTaskings(run, generated, &coverage)
            try checkAudits(run, &coverage)
            if index % 25 == 0 { try run.records.expectSchemaValid() }
        }
        #expect(coverage.decided > Self.caseCount / 2)
        #expect(coverage.routed > 0)
        #expect(coverage.shared > 100)
        #expect(coverage.withheld > 100)
        #expect(coverage.hubOnlyItems > 100)
        #expect(coverage.consentWithheld > 0)
    }

    /// Every summary token in a tasking belongs to an item its recipient may see; no hub-only summary,
    /// whole or by its distinctive token, is anywhere in any tasking's bytes.
    private func checkTaskings(_ run: Pipeline.Run, _ generated: GeneratedCase, _ coverage: inout Coverage) throws {
        let hubOnly = generated.records.filter(\.disclosure.hubOnly)
        let level = run.decided?.assessment?.level
        let consent = generated.referral.consent
        if run.decided == nil { coverage.routed += 1 }
        let hubOnlySummaries = Set(hubOnly.map(\.summary))
        for record in run.records where record.topic.hasPrefix("mash.tasking.") {
            let tasking = try MASHJSON.decode(Tasking.self, from: Data(record.value))
            // Every word of the encoded bytes, so each record's distinctive token is looked up, not searched for.
            let words = Set(String(decoding: record.value, as: UTF8.self).split { !$0.isLetter && !$0.isNumber }.map(String.init))
            for secret in hubOnly {
                #expect(!words.contains(GeneratedCase.token(of: secret)), "\(generated.referral.referralId): hub-only \(secret.recordId) in \(record.topic)")
            }
            let shared = tasking.informationProduct.compactMap { if case .shared(let item) = $0 { item.summary } else { nil } }
            #expect(hubOnlySummaries.isDisjoint(with: shared + [tasking.concernSummary]))
            for source in generated.records where words.contains(GeneratedCase.token(of: source)) {
                let consentAllows = consent.status == .given || consent.status == .overridden || (level ?? .universal) >= .childProtection
                let allowed = !source.disclosure.hubOnly
                    && (source.agency == tasking.recipient || (source.disclosure.permits(tasking.recipient) && consentAllows))
                #expect(allowed, "\(generated.referral.referralId): \(source.recordId) of \(source.agency) reached \(tasking.recipient)")
            }
            if run.decided == nil { #expect(tasking.informationProduct.isEmpty) }
        }
    }

    /// Every item is audited exactly once per tasked recipient, as shared exactly when the recipient's
    /// product shares it, and a withheld item leaves its owner's notice in the product.
    private func checkAudits(_ run: Pipeline.Run, _ coverage: inout Coverage) throws {
        guard let decided = run.decided else { return }
        coverage.decided += 1
        let taskings = try run.records.taskings
        let audits = Dictionary(grouping: try run.records.audits.filter { $0.itemId != nil }) {
            "\($0.itemId ?? "")|\($0.recipient?.rawValue ?? "")"
        }
        let items = decided.research?.items ?? []
        coverage.hubOnlyItems += items.filter(\.disclosure.hubOnly).count
        for recipient in Set(taskings.map(\.recipient)) {
            let products = taskings.filter { $0.recipient == recipient }.map(\.informationProduct)
            #expect(Set(products).count == 1, "one product per recipient")
            let product = products.first ?? []
            let sharedIds = Set(product.compactMap { if case .shared(let item) = $0 { item.itemId } else { nil } })
            let noticed = Set(product.compactMap { if case .withheld(let notice) = $0 { notice.owner } else { nil } })
            for item in items {
                let records = audits["\(item.itemId)|\(recipient.rawValue)"] ?? []
                #expect(records.count == 1, "\(decided.caseId): \(item.itemId) to \(recipient) audited \(records.count) times")
                guard let audit = records.first else { continue }
                #expect(audit.owner == item.owner)
                #expect(audit.lawfulBasis == item.lawfulBasis)
                if sharedIds.contains(item.itemId) {
                    #expect(audit.action == .shared)
                    coverage.shared += 1
                } else {
                    #expect(audit.action == .withheld)
                    #expect(noticed.contains(item.owner), "\(item.itemId) withheld from \(recipient) without a notice")
                    coverage.withheld += 1
                    if audit.reason.contains("consent") { coverage.consentWithheld += 1 }
                }
            }
        }
    }
}
