/// What an audit record records.
public enum AuditAction: String, Sendable, Hashable, Codable, CaseIterable {
    /// An item was shared outside the hub.
    case shared
    /// An item was withheld from a recipient.
    case withheld
    /// Consent was overridden.
    case consentOverride = "consent-override"
    /// A decision was sent for manager review.
    case managerReview = "manager-review"
}
