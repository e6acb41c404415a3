/// Referrals naming a schema version or a code the hub does not know.
enum UnknownValueVariants {
    static func make(_ variant: Int, _ material: inout HostileMaterial) -> HostileEdit {
        let subject = material.subjectIndex()
        var document = material.document
        let (path, choices): ([HostileJSONStep], [String]) = switch variant % 8 {
        case 0: (["schema"], ["mash.referral/2", "mash.referral/0", "mash.referral", "MASH.REFERRAL/1", "", "mash.referral/1 ", "mash.research/1"])
        case 1: (["source"], ["99", "", "2a", "police", "11", "0"])
        case 2: (["subjects", .index(subject), "role"], ["alien", "CHILD", "victim", ""])
        case 3: (["consent", "status"], ["maybe", "yes", "GIVEN", "not_sought"])
        case 4: (["subjects", .index(subject), "sex"], ["other", "F", "M"])
        case 5: (["concern", "categories"], ["witchcraft", "Neglect", "domestic_abuse"])
        case 6: (["referrer", "agency"], ["fbi", "Police", "social care"])
        default: (["concern", "dash", "version"], ["police-28", "DASH", "partner-27"])
        }
        let value = material.pick(choices)
        if path.last == "version", document[["concern", "dash"]] == nil {
            document[["concern", "dash"]] = .object([.init(key: "answers", value: .array(Array(repeating: .literal("false"), count: 27)))])
        }
        let replacement: HostileJSON = path.last == "categories" ? .array([.string(value)]) : .string(value)
        return HostileEdit(
            bytes: material.replacing(path, with: replacement, in: document),
            what: "unknown value \"\(value)\" for \(HostileJSON.text(of: path))"
        )
    }
}
