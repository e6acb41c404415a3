import MASHCore

/// Each owning agency's standing disclosure rules: per kind of item (or `all-kinds`), which agencies may
/// receive it outside the hub, or `hub-only`.
///
/// Written as a map from owner to a map from kind to `hub-only` or a list of agencies:
/// `{police: {all-kinds: [social-care, health], police-intelligence: hub-only}}`. Every rule that covers
/// an item narrows it (see `DisclosureOverride`); none can widen what the owner marked on the item.
public struct DisclosureRules: Sendable, Hashable {
    /// The rules, by owner in agency order, `all-kinds` before single kinds.
    public private(set) var overrides: [DisclosureOverride]

    /// The key that stands for every kind an owner holds.
    public static let allKinds = "all-kinds"
    /// The value that keeps items inside the hub.
    public static let hubOnly = "hub-only"

    /// Rules from overrides, put in their canonical order.
    public init(_ overrides: [DisclosureOverride] = []) {
        self.overrides = overrides.sorted { lhs, rhs in
            (Self.position(lhs.owner), Self.position(lhs.kind)) < (Self.position(rhs.owner), Self.position(rhs.kind))
        }
    }

    private static func position(_ owner: Agency) -> Int { Agency.allCases.firstIndex(of: owner) ?? .max }

    private static func position(_ kind: IntelligenceKind?) -> Int {
        kind.map { (IntelligenceKind.allCases.firstIndex(of: $0) ?? .max - 1) + 1 } ?? 0
    }
}

extension DisclosureRules: Codable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let owners = try decoder.container(keyedBy: Key.self)
        var overrides: [DisclosureOverride] = []
        for ownerKey in owners.allKeys {
            guard let owner = Agency(rawValue: ownerKey.stringValue) else {
                throw DecodingError.dataCorruptedError(
                    forKey: ownerKey, in: owners,
                    debugDescription: "\"\(ownerKey.stringValue.prefix(64))\" is not an agency: expected one of \(Agency.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            let kinds = try owners.nestedContainer(keyedBy: Key.self, forKey: ownerKey)
            for kindKey in kinds.allKeys {
                var kind: IntelligenceKind?
                if kindKey.stringValue != Self.allKinds {
                    guard let named = IntelligenceKind(rawValue: kindKey.stringValue) else {
                        throw DecodingError.dataCorruptedError(
                            forKey: kindKey, in: kinds,
                            debugDescription: "\"\(kindKey.stringValue.prefix(64))\" is not a kind of item: expected \(Self.allKinds) or one of \(IntelligenceKind.allCases.map(\.rawValue).joined(separator: ", "))"
                        )
                    }
                    kind = named
                }
                let disclosure = try kinds.decode(RuleValue.self, forKey: kindKey).disclosure
                overrides.append(DisclosureOverride(owner: owner, kind: kind, disclosure: disclosure))
            }
        }
        self.init(overrides)
    }

    public func encode(to encoder: any Encoder) throws {
        var owners = encoder.container(keyedBy: Key.self)
        for owner in Agency.allCases {
            let rules = overrides.filter { $0.owner == owner }
            guard !rules.isEmpty else { continue }
            var kinds = owners.nestedContainer(keyedBy: Key.self, forKey: Key(stringValue: owner.rawValue))
            for rule in rules {
                try kinds.encode(RuleValue(disclosure: rule.disclosure), forKey: Key(stringValue: rule.kind?.rawValue ?? Self.allKinds))
            }
        }
    }

    /// `hub-only` or a list of agencies.
    private struct RuleValue: Codable {
        var disclosure: Disclosure

        init(disclosure: Disclosure) { self.disclosure = disclosure }

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                guard text == DisclosureRules.hubOnly else {
                    throw DecodingError.dataCorruptedError(
                        in: container, debugDescription: "\"\(text.prefix(64))\" is not a disclosure: expected \(DisclosureRules.hubOnly) or a list of agencies"
                    )
                }
                disclosure = .withinHubOnly
            } else {
                disclosure = .shareable(with: try container.decode([Agency].self))
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            if disclosure.hubOnly { try container.encode(DisclosureRules.hubOnly) } else { try container.encode(disclosure.shareableWith) }
        }
    }
}
