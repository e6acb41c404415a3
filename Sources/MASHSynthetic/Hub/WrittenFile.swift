/// One file a hub generation wrote, for progress reports.
public struct WrittenFile: Sendable, Hashable {
    /// Path relative to the hub directory, e.g. "agencies/police.jsonl".
    public var path: String
    /// How many lines of content (records, people, referrals) it holds.
    public var count: Int
    /// What the lines are, e.g. "records", "people", "referrals".
    public var unit: String
    /// Time spent generating and writing it.
    public var seconds: Double
}
