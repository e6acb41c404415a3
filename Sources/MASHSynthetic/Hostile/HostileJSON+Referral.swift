import MASHCore

extension HostileJSON {
    /// A referral as `MASHJSON` would write it (keys in declaration order, absent optionals omitted).
    init(_ referral: Referral) {
        self = .object([
            Member(key: "schema", value: .string(referral.schema)),
            Member(key: "referralId", value: .string(referral.referralId)),
            Member(key: "receivedAt", value: .string(referral.receivedAt.iso8601)),
            Member(key: "source", value: .string(referral.source.rawValue)),
            Member(key: "referrer", value: Self(referral.referrer)),
            Member(key: "concern", value: Self(referral.concern)),
            Member(key: "subjects", value: .array(referral.subjects.map(Self.init))),
            Member(key: "consent", value: Self.members([
                ("status", .string(referral.consent.status.rawValue)),
                ("reason", referral.consent.reason.map(Self.string)),
            ])),
        ])
    }

    init(_ referrer: Referrer) {
        self = Self.members([
            ("agency", referrer.agency.map { .string($0.rawValue) }),
            ("name", .string(referrer.name)),
            ("role", referrer.role.map(Self.string)),
            ("organisation", referrer.organisation.map(Self.string)),
            ("contact", referrer.contact.map(Self.string)),
        ])
    }

    init(_ concern: Concern) {
        self = Self.members([
            ("summary", .string(concern.summary)),
            ("categories", .array(concern.categories.map { .string($0.rawValue) })),
            ("dash", concern.dash.map(Self.init)),
            ("urgent", concern.urgent.map { .literal($0 ? "true" : "false") }),
        ])
    }

    init(_ dash: DASHChecklist) {
        self = .object([
            Member(key: "version", value: .string(dash.version.rawValue)),
            Member(key: "answers", value: .array(dash.answers.map { .literal($0 ? "true" : "false") })),
        ])
    }

    init(_ subject: Subject) {
        self = Self.members([
            ("subjectId", .string(subject.subjectId)),
            ("role", .string(subject.role.rawValue)),
            ("forename", .string(subject.forename)),
            ("surname", .string(subject.surname)),
            ("otherNames", subject.otherNames.map { .array($0.map(Self.string)) }),
            ("dateOfBirth", subject.dateOfBirth.map { .string($0.iso8601) }),
            ("sex", subject.sex.map { .string($0.rawValue) }),
            ("address", subject.address.map(Self.init)),
            ("nhsNumber", subject.nhsNumber.map(Self.string)),
            ("upn", subject.upn.map(Self.string)),
            ("policeId", subject.policeId.map(Self.string)),
            ("laChildId", subject.laChildId.map(Self.string)),
            ("relationshipToChild", subject.relationshipToChild.map(Self.string)),
        ])
    }

    init(_ address: Address) {
        self = Self.members([
            ("line1", address.line1.map(Self.string)),
            ("line2", address.line2.map(Self.string)),
            ("town", address.town.map(Self.string)),
            ("postcode", address.postcode.map(Self.string)),
        ])
    }

    /// An object of the members that have a value, in order.
    private static func members(_ pairs: [(String, HostileJSON?)]) -> HostileJSON {
        .object(pairs.compactMap { key, value in value.map { Member(key: key, value: $0) } })
    }
}
