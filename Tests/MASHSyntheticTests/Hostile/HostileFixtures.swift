import MASHCore
import MASHStages
import MASHSynthetic

/// One hostile corpus made from the mid-size hub's referrals, shared by the tests (it is deterministic).
enum HostileFixtures {
    static let valid: [Referral] = SyntheticFixtures.midSize.referrals.map(\.referral)

    /// 1,200 items: 100 of each kind, the three very large ones among them.
    static let corpus = HostileReferralCorpus.generate(count: 1_200, seed: 2026, from: valid)

    /// What the referral stage made of one item: the rejection reason, or nil if it accepted it.
    static func rejection(of item: HostileReferral) -> String? {
        let input = StageInput(value: item.bytes, ingestedAt: ingestedAt, now: ingestedAt)
        do {
            _ = try ReferralScreening().process(input)
            return nil
        } catch let rejection as StageRejection {
            return rejection.reason
        } catch {
            return "\(type(of: error)): \(error)"
        }
    }

    static let ingestedAt = Timestamp(iso8601: "2026-03-02T08:00:00.000Z")!

    /// Each kind's word (any one of them) that its rejection reason must contain, case aside.
    static let reasonWords: [HostileKind: [String]] = [
        .brokenJSON: ["not valid JSON", "not a JSON object"],
        .wrongType: ["expected to decode", "null where a value is required"],
        .missingField: ["missing required field"],
        .hugePayload: ["over the limit"],
        .deepNesting: ["levels deep"],
        .invalidUTF8: ["not UTF-8"],
        .controlCharacter: ["control character"],
        .absurdDate: ["date", "timestamp"],
        // The reason names the field whose format the payload breaks.
        .injection: ["referralId", "subjectId", "nhsNumber", "upn", "postcode", "dateOfBirth", "forename", "surname", "otherNames", "referrer.name"],
        .freeText: ["control character", "bidirectional override", "over the limit"],
        .unknownValue: ["unknown schema", "invalid String value"],
        .ruleBreach: ["needs", "must be under", "must say", "over the limit", "already used", "takes no", "at least one"],
    ]
}
