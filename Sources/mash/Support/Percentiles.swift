/// Nearest-rank percentiles of a sample.
struct Percentiles {
    private let sorted: [Int64]

    init(_ values: [Int64]) {
        sorted = values.sorted()
    }

    var isEmpty: Bool { sorted.isEmpty }

    /// The value at or below which `percent` of the sample falls; nil for an empty sample.
    func value(at percent: Double) -> Int64? {
        guard !sorted.isEmpty else { return nil }
        let rank = Int((percent / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank - 1))]
    }

    /// "p50 12 ms, p95 30 ms, p99 45 ms", or "no samples".
    var summary: String {
        guard !isEmpty else { return "no samples" }
        return [50.0, 95, 99].map { "p\(Int($0)) \(value(at: $0) ?? 0) ms" }.joined(separator: ", ")
    }
}
