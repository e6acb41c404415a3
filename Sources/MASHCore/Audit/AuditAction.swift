/// What an audit record records.
public enum AuditAction: String, Sendable, Hashable, Codable, CaseIterable {
    /// An item was shared outside the hub.
    case shared
    /// An item was withheld from a recipient.
    case withheld
    /// An agency's record was used to decide something (routing a referral to an open case's worker),
    /// without being shared.
    case recordUsed = "record-used"
    /// Consent was overridden.
    case consentOverride = "consent-override"
    /// A proposed decision was held for a person's sign-off.
    case decisionHeld = "decision-held"
    /// A person confirmed a held proposal; it was issued.
    case signedOff = "signed-off"
    /// A person issued another decision than the one proposed.
    case decisionOverridden = "decision-overridden"
    /// A person re-rated a held case; the policy's response to the new level was issued.
    case decisionReRated = "decision-re-rated"
    /// A sign-off was refused: the case was not held, already signed, or the proposal had changed.
    case signOffRefused = "sign-off-refused"
    /// A practitioner recorded disagreement with a proposal or decision.
    case escalationRaised = "escalation-raised"
    /// An escalation's resolution was recorded.
    case escalationResolved = "escalation-resolved"
}
