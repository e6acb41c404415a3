import MASHCore

/// How consent was handled: mostly given or not sought with a reason, some refused, a few overridden.
enum ConsentChooser {
    static func consent(theme: ReferralTheme, source: ReferralSource, child: String, parent: String?, random: inout SeededRandom) -> Consent {
        if source == .anonymous {
            return .notSought(reason: "Anonymous referral: the referrer could not seek consent from the family")
        }
        let parent = parent ?? "the parent"
        let roll = random.unit()
        let (given, notSought, refused): (Double, Double, Double) = switch theme {
        case .domesticAbuse: (0.25, 0.8, 0.9)
        case .missing, .exploitation, .injury: (0.35, 0.75, 0.87)
        default: (0.58, 0.83, 0.95)
        }
        if roll < given { return .given }
        if roll < notSought {
            return .notSought(reason: theme == .domesticAbuse
                ? "Seeking consent from the household could increase the risk to \(child) and \(parent) from the alleged perpetrator"
                : random.element(of: [
                    "\(child) may be at risk of significant harm; consent is not required for partner checks at this threshold",
                    "\(parent) could not be contacted before the referral was made; the hub will seek consent",
                    "Referral made out of hours; consent to be sought by the MASH at screening",
                ]))
        }
        if roll < refused {
            return .refused(reason: random.chance(0.7) ? random.element(of: [
                "\(parent) declined partner checks",
                "\(parent) said the family does not want social care involvement",
            ]) : nil)
        }
        return .overridden(justification: "Consent refused by \(parent); overridden by the MASH team manager because \(child) may be at risk of significant harm")
    }
}
