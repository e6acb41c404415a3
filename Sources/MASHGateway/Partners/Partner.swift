import MASHCore

/// A partner system allowed through the gateway: an agency's referral system, a council's online form, a
/// police force's notification feed. It authenticates with one of its API keys (stored as SHA-256 digests,
/// never the keys) and everything it sends is stamped with who it is.
public struct Partner: Sendable, Hashable, Codable {
    /// Its id, and the namespace of its referral ids ("<id>/<its referral id>"): 2-24 lowercase letters,
    /// digits and '-'.
    public var id: String
    /// Its name, for people.
    public var name: String
    /// The agency it belongs to: a referrer it sends for is of this agency unless `refersFor` says more, and
    /// it answers this agency's taskings.
    public var agency: Agency
    /// The referrers' agencies it may send referrals for (a council's public form sends for many); default
    /// its own agency only.
    public var refersFor: [Agency]?
    /// The census referral source its rows in a batch take when a row does not say. Default by agency.
    public var referralSource: ReferralSource?
    /// Its API keys, by SHA-256 digest.
    public var keys: [PartnerKey]
    /// Most requests a minute before 429. Default 600.
    public var requestsPerMinute: Int?
    /// A batch CSV's columns by referral field, where its file differs from the police notification layout.
    public var csvColumns: [String: String]?

    public init(id: String, name: String, agency: Agency, refersFor: [Agency]? = nil, referralSource: ReferralSource? = nil,
                keys: [PartnerKey], requestsPerMinute: Int? = nil, csvColumns: [String: String]? = nil) {
        self.id = id
        self.name = name
        self.agency = agency
        self.refersFor = refersFor
        self.referralSource = referralSource
        self.keys = keys
        self.requestsPerMinute = requestsPerMinute
        self.csvColumns = csvColumns
    }

    /// Whether it may send a referral made by someone of `agency`.
    public func mayRefer(for agency: Agency) -> Bool {
        agency == self.agency || (refersFor ?? []).contains(agency)
    }

    /// The census referral source of its referrals when a row does not say.
    var defaultReferralSource: ReferralSource {
        if let referralSource { return referralSource }
        return switch agency {
        case .police: .police
        case .health: .otherHealthServices
        case .education: .schools
        case .socialCare: .localAuthoritySocialCare
        case .housing: .housing
        case .probation: .otherLegalAgency
        case .domesticAbuseService: .other
        }
    }
}

/// One API key of a partner, by its SHA-256 digest (hex); the label says which key it is, for rotation.
public struct PartnerKey: Sendable, Hashable, Codable {
    public var sha256: String
    public var label: String?

    public init(sha256: String, label: String? = nil) {
        self.sha256 = sha256
        self.label = label
    }
}
