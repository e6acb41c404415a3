/// Referrals lacking one required field, each required field of the referral and its parts in turn.
enum MissingFieldVariants {
    /// Every required field; subject fields are taken from a random subject, DASH fields from a checklist
    /// added when the referral has none.
    static let requiredFields: [[HostileJSONStep]] = [
        ["schema"], ["referralId"], ["receivedAt"], ["source"], ["referrer"], ["concern"], ["subjects"], ["consent"],
        ["referrer", "name"], ["concern", "summary"], ["concern", "categories"],
        ["subjects", 0, "subjectId"], ["subjects", 0, "role"], ["subjects", 0, "forename"], ["subjects", 0, "surname"],
        ["consent", "status"], ["concern", "dash", "version"], ["concern", "dash", "answers"],
    ]

    static func make(_ variant: Int, _ material: inout HostileMaterial) -> HostileEdit {
        var path = requiredFields[variant % requiredFields.count]
        var document = material.document
        if path.count == 3, path[0] == "subjects" {
            path[1] = .index(material.subjectIndex())
        }
        if path.count == 3, path[1] == "dash", document[["concern", "dash"]] == nil {
            document[["concern", "dash"]] = HostileJSON.object([
                .init(key: "version", value: .string("partner-24")),
                .init(key: "answers", value: .array(Array(repeating: .literal("false"), count: 24))),
            ])
        }
        return HostileEdit(bytes: material.replacing(path, with: nil, in: document), what: "missing field \(HostileJSON.text(of: path))")
    }
}
