import MASHCore

/// Whether one intelligence item may go to one tasked agency, and why: the firewall, item by item.
///
/// In order: a hub-only item never leaves the hub, not even to its owner's tasking (the owner's team
/// that acts is outside the hub too); an owner may always see its own shareable item; otherwise the
/// owner must allow the recipient, and below the child-protection threshold the family's consent must
/// be given or overridden for items held under a regime the policy makes depend on consent (Haringey).
struct SharingDecision {
    /// Whether the item is shared.
    let isShared: Bool
    /// Why, for the audit record.
    let reason: String

    private static let notice = "tasking carries a confidential-information notice"

    init(item: IntelligenceItem, recipient: Agency, level: Level, consent: Consent, policy: HubPolicy) {
        let disclosure = policy.disclosure(of: item)
        let narrowedByPolicy = disclosure != item.disclosure
        let restriction = "hub policy \(policy.version) restricts \(item.owner.displayName) \(item.kind.rawValue) records"
        if disclosure.hubOnly {
            let why = item.disclosure.hubOnly ? "owner marked the item hub-only" : restriction + " to the hub"
            self.init(isShared: false, reason: "\(why): \(Self.notice)")
        } else if recipient == item.owner {
            self.init(isShared: true, reason: "the recipient owns the item")
        } else if !disclosure.permits(recipient) {
            let why = narrowedByPolicy && item.disclosure.permits(recipient)
                ? restriction : "owner does not allow sharing with \(recipient.displayName)"
            self.init(isShared: false, reason: "\(why): \(Self.notice)")
        } else {
            let allowed = "owner allows sharing with \(recipient.displayName)"
            let threshold = policy.sharing.withoutConsentFromLevel
            let regime = item.lawfulBasis.regime
            guard policy.sharing.consentNeededUnder.contains(regime) else {
                self.init(isShared: true, reason: "\(allowed); hub policy \(policy.version) does not make \(regime.rawValue) sharing depend on consent")
                return
            }
            switch consent {
            case .given:
                self.init(isShared: true, reason: "\(allowed); consent given")
            case .overridden(let justification):
                self.init(isShared: true, reason: "\(allowed); consent overridden: \(justification)")
            case .refused, .notSought:
                if level >= threshold {
                    self.init(isShared: true, reason: "\(allowed); level \(level.rawValue) is at or above level \(threshold.rawValue): shared without consent to protect the child")
                } else {
                    let status = consent.status == .refused ? "consent refused" : "consent not sought"
                    self.init(isShared: false, reason: "\(allowed), but \(status) and the case is below level \(threshold.rawValue): \(Self.notice)")
                }
            }
        }
    }

    private init(isShared: Bool, reason: String) {
        self.isShared = isShared
        self.reason = reason
    }
}
