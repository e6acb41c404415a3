extension ProductEntry: Codable {
    private enum CodingKeys: String, CodingKey {
        case owner, withheld, notice
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decodeIfPresent(Bool.self, forKey: .withheld) {
        case nil:
            self = .shared(try SharedItem(from: decoder))
        case true:
            let owner = try container.decode(Agency.self, forKey: .owner)
            let notice = try container.decode(String.self, forKey: .notice)
            self = .withheld(WithheldNotice(owner: owner, notice: notice))
        case false:
            throw DecodingError.dataCorruptedError(
                forKey: .withheld, in: container,
                debugDescription: "\"withheld\" is only present, as true, on withheld notices"
            )
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .shared(let item):
            try item.encode(to: encoder)
        case .withheld(let notice):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(notice.owner, forKey: .owner)
            try container.encode(true, forKey: .withheld)
            try container.encode(notice.notice, forKey: .notice)
        }
    }
}
