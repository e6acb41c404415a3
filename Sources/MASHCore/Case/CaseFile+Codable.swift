extension CaseFile: Codable {
    private enum CodingKeys: String, CodingKey {
        case schema, caseId, referralId, receivedAt, subjectKey, referral, screening, research, assessment, timestamps
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.schema = try container.decodeSchema(forKey: .schema, accepting: Self.schemas)
        self.caseId = try container.decode(String.self, forKey: .caseId)
        self.referralId = try container.decode(String.self, forKey: .referralId)
        self.receivedAt = try container.decode(Timestamp.self, forKey: .receivedAt)
        self.subjectKey = try container.decode(String.self, forKey: .subjectKey)
        self.referral = try container.decode(Referral.self, forKey: .referral)
        self.screening = try container.decode(Screening.self, forKey: .screening)
        self.research = try container.decodeIfPresent(ResearchResult.self, forKey: .research)
        self.assessment = try container.decodeIfPresent(RiskAssessment.self, forKey: .assessment)
        self.timestamps = try container.decode(StageTimestamps.self, forKey: .timestamps)

        let stage = Self.schemas.firstIndex(of: schema) ?? 0
        try Self.require(research != nil, stage >= 1, key: .research, in: container, schema: schema)
        try Self.require(assessment != nil, stage >= 2, key: .assessment, in: container, schema: schema)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(caseId, forKey: .caseId)
        try container.encode(referralId, forKey: .referralId)
        try container.encode(receivedAt, forKey: .receivedAt)
        try container.encode(subjectKey, forKey: .subjectKey)
        try container.encode(referral, forKey: .referral)
        try container.encode(screening, forKey: .screening)
        try container.encodeIfPresent(research, forKey: .research)
        try container.encodeIfPresent(assessment, forKey: .assessment)
        try container.encode(timestamps, forKey: .timestamps)
    }

    private static func require(
        _ isPresent: Bool, _ isExpected: Bool, key: CodingKeys,
        in container: KeyedDecodingContainer<CodingKeys>, schema: String
    ) throws {
        guard isPresent != isExpected else { return }
        let verb = isExpected ? "needs" : "must not have"
        throw DecodingError.dataCorruptedError(
            forKey: key, in: container,
            debugDescription: "a \(schema) case file \(verb) \"\(key.stringValue)\""
        )
    }
}
