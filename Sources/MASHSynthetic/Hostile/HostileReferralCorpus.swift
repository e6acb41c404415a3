import MASHCore

/// Malformed and adversarial referrals made from real ones, for proving that the referral stage
/// rejects every one with a clear reason and never crashes.
public enum HostileReferralCorpus {
    /// The most items of 2 MB or more in one corpus (the 10 MB summary, 100,000 subjects, 2 MB name),
    /// so a corpus stays quick to make and to check.
    public static let maximumVeryLargeItems = 3

    /// `count` hostile referrals made from `valid` (which must not be empty), the same for the same seed.
    ///
    /// Kinds take turns in `HostileKind.allCases` order, so each has an even share; within a kind the
    /// variants take turns too. Every kind but `duplicateId` is invalid for the reason its kind names.
    public static func generate(count: Int, seed: UInt64, from valid: [Referral]) -> [HostileReferral] {
        precondition(!valid.isEmpty, "a hostile corpus is made from valid referrals: pass at least one")
        var random = SeededRandom(seed: seed, stream: 0x4057_11E)
        let kinds = HostileKind.allCases
        // A per-kind starting variant, so two seeds do not give the same variant in the same place.
        var turns = kinds.map { _ in random.below(1_000) }
        var veryLargeMade = 0
        return (0..<max(0, count)).map { index in
            let kindIndex = index % kinds.count
            let kind = kinds[kindIndex]
            let base = random.element(of: valid)
            var material = HostileMaterial(base: base, valid: valid, random: SeededRandom(seed: seed, stream: UInt64(index) + 1))
            let edit: HostileEdit
            if kind == .hugePayload, veryLargeMade < maximumVeryLargeItems {
                edit = HugePayloadVariants.veryLarge(veryLargeMade, &material)
                veryLargeMade += 1
            } else {
                edit = make(kind, variant: turns[kindIndex], &material)
                turns[kindIndex] += 1
            }
            return HostileReferral(bytes: edit.bytes, kind: kind, description: "\(edit.what) (from \(base.referralId))")
        }
    }

    private static func make(_ kind: HostileKind, variant: Int, _ material: inout HostileMaterial) -> HostileEdit {
        switch kind {
        case .brokenJSON: BrokenJSONVariants.make(variant, &material)
        case .wrongType: WrongTypeVariants.make(variant, &material)
        case .missingField: MissingFieldVariants.make(variant, &material)
        case .hugePayload: HugePayloadVariants.make(variant, &material)
        case .deepNesting: DeepNestingVariants.make(variant, &material)
        case .invalidUTF8: InvalidUTF8Variants.make(variant, &material)
        case .controlCharacter: ControlCharacterVariants.make(variant, &material)
        case .absurdDate: AbsurdDateVariants.make(variant, &material)
        case .injection: InjectionVariants.make(variant, &material)
        case .freeText: FreeTextVariants.make(variant, &material)
        case .unknownValue: UnknownValueVariants.make(variant, &material)
        case .ruleBreach: RuleBreachVariants.make(variant, &material)
        case .duplicateId: DuplicateIdVariants.make(variant, &material)
        }
    }
}
