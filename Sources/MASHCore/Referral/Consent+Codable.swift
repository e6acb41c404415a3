extension Consent: Codable {
    private enum CodingKeys: String, CodingKey {
        case status
        case reason
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let status = try container.decode(ConsentStatus.self, forKey: .status)
        let reason = try container.decodeIfPresent(String.self, forKey: .reason)
        let hasReason = reason.map { !$0.allSatisfy(\.isWhitespace) } ?? false
        func missingReason(_ what: String) -> DecodingError {
            DecodingError.dataCorruptedError(
                forKey: .reason, in: container,
                debugDescription: "consent status \"\(status.rawValue)\" needs \(what) in \"reason\""
            )
        }
        switch status {
        case .given:
            guard reason == nil else {
                throw DecodingError.dataCorruptedError(
                    forKey: .reason, in: container,
                    debugDescription: "consent status \"given\" takes no reason"
                )
            }
            self = .given
        case .refused:
            self = .refused(reason: reason)
        case .notSought:
            guard let reason, hasReason else { throw missingReason("a reason") }
            self = .notSought(reason: reason)
        case .overridden:
            guard let reason, hasReason else { throw missingReason("a justification") }
            self = .overridden(justification: reason)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(reason, forKey: .reason)
    }
}
