import MASHCore

/// Well-formed referrals that break a rule on counts, roles or required content.
enum RuleBreachVariants {
    static func make(_ variant: Int, _ material: inout HostileMaterial) -> HostileEdit {
        var referral = material.base
        let what: String
        switch variant % 12 {
        case 0, 1, 2:
            let (version, count): (DASHVersion, Int) = [(.police27, 500), (.police27, 0), (.partner24, 27)][variant % 12]
            referral.concern.dash = DASHChecklist(version: version, answers: (0..<count).map { $0 % 2 == 0 })
            what = "a \(version.rawValue) DASH checklist with \(count) answers"
        case 3:
            let count = Referral.maximumSubjects + 1 + material.random.below(20)
            let template = referral.subjects.filter { $0.role != .child }.first ?? referral.subjects[0]
            referral.subjects += (referral.subjects.count..<count).map { index in
                var copy = template
                copy.subjectId = "X\(index)"
                copy.role = .householdMember
                return copy
            }
            what = "\(count) subjects"
        case 4:
            for index in referral.subjects.indices where referral.subjects[index].role == .child {
                referral.subjects[index].role = .householdMember
            }
            what = "no child subject (children recorded as household members)"
        case 5:
            referral.subjects = []
            what = "no subjects at all"
        case 6:
            let child = referral.subjects.firstIndex { $0.role == .child } ?? 0
            let received = referral.receivedAt.utcDate
            referral.subjects[child].role = .child
            referral.subjects[child].dateOfBirth = LocalDate(year: received.year - 40, month: received.month, day: min(received.day, 28))
            what = "a child subject aged 40"
        case 7:
            if referral.subjects.count < 2 { referral.subjects.append(referral.subjects[0]) }
            referral.subjects[1].subjectId = referral.subjects[0].subjectId
            what = "two subjects with the same subjectId"
        case 8:
            referral.concern.categories = []
            what = "no concern categories"
        case 9:
            referral.concern.summary = String(repeating: " ", count: 1 + material.random.below(20))
            what = "a blank concern summary"
        case 10:
            let subject = material.subjectIndex()
            referral.subjects[subject].forename = " "
            referral.subjects[subject].surname = ""
            what = "a subject with neither forename nor surname"
        default:
            // Consent rules live in decoding: not sought needs a reason, given takes none.
            var document = HostileJSON(referral)
            let blank = material.random.chance(0.5)
            document[["consent"]] = blank
                ? .object([.init(key: "status", value: .string("not-sought")), .init(key: "reason", value: .string("  "))])
                : .object([.init(key: "status", value: .string("given")), .init(key: "reason", value: .string("verbal"))])
            return HostileEdit(bytes: document.rendered(), what: blank ? "consent not sought with a blank reason" : "consent given with a reason")
        }
        return HostileEdit(bytes: HostileJSON(referral).rendered(), what: what)
    }
}
