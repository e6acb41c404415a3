/// One file a hub generation wrote, for progress reports.
public struct WrittenFile: Sendable, Hashable {
    /// Path relative to the hub directory, e.g. "agencies/police.jsonl".
    public var path: String
    /// How many lines of content (records, people, referrals) it holds.
    public var count: Int
    /// What the lines are, e.g. "records", "people", "referrals".
    public var unit: String
    /// Wall-clock time spent generating and writing it.
    public var seconds: Double
    /// CPU time the generating thread spent on it (does not count time other processes had the CPU).
    public var cpuSeconds: Double
}
