import MASHCore

/// The end-of-run report: referrals in, outcomes by kind, proposals held for sign-off, taskings per agency,
/// dead letters, latency.
struct RunSummary {
    let fed: Int
    let seconds: Double
    let snapshot: PipelineSnapshot

    var lines: [String] {
        var lines: [String] = []
        let rate = seconds > 0 ? Double(snapshot.finished) / seconds : 0
        lines.append("referrals in: \(fed)   finished: \(snapshot.finished) in \(String(format: "%.1f", seconds)) s (\(String(format: "%.0f", rate))/s)")
        lines.append("outcomes: \(snapshot.count(.outcome))")
        for (kind, count) in snapshot.outcomesByKind.sorted(by: { $0.value > $1.value || ($0.value == $1.value && $0.key.rawValue < $1.key.rawValue) }) {
            lines.append("  \(kind.rawValue.padding(toLength: 28, withPad: " ", startingAt: 0)) \(count)")
        }
        lines.append("held for sign-off: \(snapshot.heldByKind.values.reduce(0, +)) (signed off so far: \(snapshot.signedOff))")
        for (kind, count) in snapshot.heldByKind.sorted(by: { $0.value > $1.value || ($0.value == $1.value && $0.key.rawValue < $1.key.rawValue) }) {
            lines.append("  \(kind.rawValue.padding(toLength: 28, withPad: " ", startingAt: 0)) \(count) proposed")
        }
        lines.append(
            "taskings: police \(snapshot.count(.taskingPolice)), social care \(snapshot.count(.taskingSocialCare)), health \(snapshot.count(.taskingHealth))"
        )
        lines.append("audit records: \(snapshot.count(.audit))")
        lines.append("dead-lettered: \(snapshot.count(.deadLetter))")
        lines.append("latency, received to outcome or held proposal: \(Percentiles(snapshot.latencies).summary)")
        for (stage, milliseconds) in snapshot.stageLatencies where !milliseconds.isEmpty {
            lines.append("  added by \(stage.padding(toLength: 9, withPad: " ", startingAt: 0)) \(Percentiles(milliseconds).summary)")
        }
        lines.append("replays dropped by idempotency key: \(snapshot.replaysDropped)")
        return lines
    }
}
