import MASHCore

/// Another child of the household open to children's social care, as research found them (at the child's
/// address, or named in a parent's records): the referral then goes to the family's allocated worker.
struct FamilyOpenCase {
    /// The open case record.
    let item: IntelligenceItem

    /// The household child's open case in `caseFile`'s research: open on the day of the referral, matched
    /// (not a possible match), and not a record its owner keeps in the hub.
    static func find(in caseFile: CaseFile, matchedFrom threshold: Double) -> FamilyOpenCase? {
        let received = caseFile.referral.receivedAt.utcDate
        let open = caseFile.research?.items.first { item in
            item.owner == .socialCare && item.kind == .openCase && ItemRelation.isHouseholdChild(item.relation)
                && item.matchConfidence >= threshold && !item.disclosure.hubOnly
                && item.date <= received && (item.endDate.map { $0 >= received } ?? true)
        }
        return open.map(FamilyOpenCase.init)
    }

    /// The tasking that tells the allocated worker.
    func rule(rag: RAG, policy: HubPolicy) -> TaskingRule {
        TaskingRule(outcome: .routedToAllocatedWorker, recipient: .socialCare, action: .allocatedWorkerUpdate, due: policy.allocatedWorkerDeadline(rag: rag))
    }

    /// Why the decision routes the case.
    var line: RationaleLine {
        RationaleLine(
            rule: "decision.family-open-case",
            text: "Another child of the household is open to Children's Social Care (case record \(item.itemId), \(item.relation ?? "household child")): "
                + "the referral goes to the family's allocated worker, beside the response to the level",
            facts: [item.itemId]
        )
    }
}
