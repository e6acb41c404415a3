import MASHCore

/// Valid referrals that reuse the id of the base referral (an earlier valid one) with different
/// content: the stage alone cannot tell, only a durable register of referral ids can.
enum DuplicateIdVariants {
    static func make(_ variant: Int, _ material: inout HostileMaterial) -> HostileEdit {
        let earlier = material.base
        var copy = earlier
        var what: String
        switch variant % 4 {
        case 0:
            copy = material.pick(material.valid)
            copy.referralId = earlier.referralId
            what = "another referral's content"
        case 1:
            copy.concern.summary += " Further information: the family has since moved."
            what = "a longer summary"
        case 2:
            // Dates stay as they were: a later receipt could make a child 18 and the referral invalid.
            copy.concern.urgent = !(copy.concern.urgent ?? false)
            if !copy.concern.categories.contains(.other) { copy.concern.categories.append(.other) }
            what = "the urgency flag flipped and a category added"
        default:
            let subject = material.random.below(copy.subjects.count)
            copy.subjects[subject].forename = String((copy.subjects[subject].forename + "e").prefix(Referral.maximumNameLength))
            what = "a forename retyped"
        }
        if copy == earlier {
            copy.concern.summary += " (resent)"
            what += " and a note"
        }
        return HostileEdit(bytes: HostileJSON(copy).rendered(), what: "referralId \(earlier.referralId) reused with \(what)")
    }
}
