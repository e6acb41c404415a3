import MASHCore

/// The disclosure choices agencies make, item by item.
enum Sharing {
    /// May go to the agencies that act on a decision: police, social care and health.
    static let actingAgencies = Disclosure.shareable(with: [.police, .socialCare, .health])
    static let hubOnly = Disclosure.withinHubOnly
    static let policeAndSocialCare = Disclosure.shareable(with: [.police, .socialCare])
    static let socialCareAndHealth = Disclosure.shareable(with: [.socialCare, .health])
    static let socialCareOnly = Disclosure.shareable(with: [.socialCare])
    static let withSchools = Disclosure.shareable(with: [.police, .socialCare, .health, .education])
    static let socialCareAndSchools = Disclosure.shareable(with: [.socialCare, .education])
    static let withDomesticAbuseService = Disclosure.shareable(with: [.police, .socialCare, .health, .domesticAbuseService])
    static let probationPartners = Disclosure.shareable(with: [.police, .socialCare, .probation])
    static let housingPartners = Disclosure.shareable(with: [.socialCare, .housing])
    static let survivorService = Disclosure.shareable(with: [.socialCare, .domesticAbuseService])
}
