/// Referrals with a value of the wrong JSON type where a field's type is fixed.
enum WrongTypeVariants {
    static func make(_ variant: Int, _ material: inout HostileMaterial) -> HostileEdit {
        let base = material.base
        let subject = material.subjectIndex()
        let person = base.subjects[subject]
        let (path, value, what): ([HostileJSONStep], HostileJSON, String) = switch variant % 20 {
        case 0: (["referrer"], .string(base.referrer.name), "a string where the referrer object is")
        case 1: (["concern"], .string(base.concern.summary), "a string where the concern object is")
        case 2: (["subjects", .index(subject)], .string(person.fullName), "a string where a subject object is")
        case 3: (["subjects", .index(subject), "address"], .string("12 High Street"), "a string where an address object is")
        case 4: (["referralId"], .literal(String(100_000 + material.random.below(900_000))), "a number for referralId")
        case 5: (["consent"], .array([.string(base.consent.status.rawValue)]), "an array for consent")
        case 6: (["subjects", .index(subject), "dateOfBirth"], .literal(material.pick(["true", "false"])), "a boolean date of birth")
        case 7: (["receivedAt"], .literal("false"), "a boolean receivedAt")
        case 8: (["source"], .object([.init(key: "code", value: .string(base.source.rawValue))]), "an object for source")
        case 9: (["subjects"], .object([]), "an object for subjects")
        case 10: (["concern", "categories"], .string(base.concern.categories.first?.rawValue ?? "neglect"), "a string for categories")
        case 11: (["concern", "urgent"], .string("yes"), "a string for concern.urgent")
        case 12: (["subjects", .index(subject), "otherNames"], .string(person.forename), "a string for otherNames")
        case 13: (["subjects", .index(subject), "subjectId"], .literal(String(subject + 1)), "a number for subjectId")
        case 14: (["subjects", .index(subject), "forename"], .array([.string(person.forename)]), "an array for a forename")
        case 15: (["referralId"], .literal("null"), "null for referralId")
        case 16: (["subjects"], .literal("null"), "null for subjects")
        case 17: (["consent", "status"], .literal("true"), "a boolean consent status")
        case 18: (["receivedAt"], .literal(String(base.receivedAt.millisecondsSince1970)), "epoch milliseconds for receivedAt")
        default: (["concern", "dash"], Self.numericDASH(), "numbers for DASH answers")
        }
        return HostileEdit(bytes: material.replacing(path, with: value), what: "wrong type: \(what) at \(HostileJSON.text(of: path))")
    }

    /// A police DASH checklist answered 1 and 0 instead of true and false.
    private static func numericDASH() -> HostileJSON {
        .object([
            .init(key: "version", value: .string("police-27")),
            .init(key: "answers", value: .array((0..<27).map { .literal($0 % 3 == 0 ? "1" : "0") })),
        ])
    }
}
