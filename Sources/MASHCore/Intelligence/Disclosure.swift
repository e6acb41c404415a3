/// Where an item may go once it leaves the hub, as its owning agency decided.
///
/// `hubOnly` items never leave: taskings carry "confidential information held by <agency>" instead.
/// A hub-only disclosure has an empty `shareableWith`; decoding rejects anything else.
public struct Disclosure: Sendable, Hashable {
    /// Whether the item must stay inside the hub.
    public let hubOnly: Bool
    /// The agencies it may be shared with outside the hub (empty when hub-only).
    public let shareableWith: [Agency]

    private init(hubOnly: Bool, shareableWith: [Agency]) {
        self.hubOnly = hubOnly
        self.shareableWith = shareableWith
    }

    /// The item stays inside the hub.
    public static let withinHubOnly = Disclosure(hubOnly: true, shareableWith: [])

    /// The item may go to these agencies outside the hub.
    public static func shareable(with agencies: [Agency]) -> Disclosure {
        Disclosure(hubOnly: false, shareableWith: agencies)
    }

    /// Whether the item may be sent to `recipient` outside the hub.
    public func permits(_ recipient: Agency) -> Bool {
        !hubOnly && shareableWith.contains(recipient)
    }
}

extension Disclosure: Codable {
    private enum CodingKeys: String, CodingKey {
        case hubOnly, shareableWith
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let hubOnly = try container.decode(Bool.self, forKey: .hubOnly)
        let shareableWith = try container.decode([Agency].self, forKey: .shareableWith)
        guard !hubOnly || shareableWith.isEmpty else {
            throw DecodingError.dataCorruptedError(
                forKey: .shareableWith, in: container,
                debugDescription: "a hub-only item cannot be shareable with other agencies"
            )
        }
        self.init(hubOnly: hubOnly, shareableWith: shareableWith)
    }
}
