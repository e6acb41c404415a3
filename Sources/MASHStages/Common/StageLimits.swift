import MASHCore

/// Bounds that keep a stage's work in proportion on hostile or runaway input.
public enum StageLimits {
    /// The largest referral a partner may send: 1 MiB.
    public static let maximumReferralBytes = 1_048_576
    /// The largest case file a later stage reads: 4 MiB (a case file carries research beside the referral).
    public static let maximumCaseFileBytes = 4_194_304
    /// The deepest a message may nest arrays and objects: real messages nest under 10 deep.
    public static let maximumJSONDepth = 64
    /// The most subjects in one referral (as `Referral.validate()` enforces).
    public static let maximumSubjects = Referral.maximumSubjects
    /// The most intelligence items in one case; research keeps the most recent.
    public static let maximumItemsPerCase = 500
    /// The most person links in one case.
    public static let maximumLinksPerCase = 500
    /// The most associates' person ids research follows up for one case (the household view).
    public static let maximumAssociatesPerCase = 200
    /// An item summary longer than this many characters is cut, so a case stays well inside Kafka's
    /// default 1 MB message size.
    public static let maximumSummaryCharacters = 1_000
}
