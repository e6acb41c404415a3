import MASHCore

/// What an agency records about a person, before the person is rendered as the agency has them on file.
struct PendingRecord {
    var person: Int
    var kind: IntelligenceKind
    /// Day number of the event or start.
    var day: Int
    var endDay: Int?
    var summary: String
    var factors: [CINFactor] = []
    var dashYesCount: Int?
    /// The alleged perpetrator (a population index), for incidents and crimes.
    var perpetrator: Int?
    /// Linked people (population indices); only those the agency has records on are kept.
    var associates: [Int] = []
    var caseReference: String?
    var allocatedWorker: String?
    var disclosure: Disclosure
}
