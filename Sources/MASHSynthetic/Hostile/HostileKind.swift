/// What is wrong with a hostile referral; every kind but `duplicateId` must be rejected by the referral stage.
public enum HostileKind: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Not JSON, or JSON that is not an object: truncated, unbalanced, trailing commas, single quotes,
    /// NaN, bare words, comments, empty or blank input, an array, string or number.
    case brokenJSON = "broken-json"
    /// A value of the wrong JSON type: a string for an object, a number for an id, a boolean for a date, null.
    case wrongType = "wrong-type"
    /// A required field of the referral, referrer, concern, a subject or consent left out.
    case missingField = "missing-field"
    /// Too many bytes, characters or entries: the 10 MB summary, 100,000 subjects and 2 MB name among them.
    case hugePayload = "huge-payload"
    /// Arrays or objects nested past any real message, inside an unknown field or `otherNames`.
    case deepNesting = "deep-nesting"
    /// Bytes that are not UTF-8: overlong forms, lone continuation bytes, encoded surrogates, 0xFF.
    case invalidUTF8 = "invalid-utf8"
    /// C0 or C1 control characters in names and ids, raw (invalid JSON) or escaped (caught by validation).
    case controlCharacter = "control-character"
    /// Impossible or implausible dates and timestamps.
    case absurdDate = "absurd-date"
    /// Injection payloads where they break a field's format (ids, NHS number, UPN, postcode, date of
    /// birth), or bidi overrides in names; never in free text, where anything may legitimately appear.
    case injection
    /// Terminal escapes, BEL, NUL or a bidi override in free text (the summary, the referrer's role,
    /// organisation or contact), or 20,000 characters in a short field: all would reach taskings.
    case freeText = "free-text"
    /// A schema version or enum value the hub does not know.
    case unknownValue = "unknown-value"
    /// A rule on counts or roles broken: DASH answer counts, 51+ subjects, no child, a child aged 40.
    case ruleBreach = "rule-breach"
    /// A valid referral reusing the id of an earlier valid one with different content: only a durable
    /// referral register can reject it, so the stage alone accepts it.
    case duplicateId = "duplicate-id"

    public var description: String { rawValue }
}
