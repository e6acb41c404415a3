/// Picks elements with given relative weights, deterministically from a `SeededRandom`.
public struct WeightedTable<Element: Sendable>: Sendable {
    /// The elements, in the order given.
    public let elements: [Element]
    private let cumulative: [Double]

    /// A table of (element, weight) pairs; weights are relative and need not sum to 1. Zero weights are never picked.
    public init(_ weighted: [(Element, Double)]) {
        precondition(!weighted.isEmpty, "a weighted table needs at least one element")
        var total = 0.0
        var cumulative: [Double] = []
        cumulative.reserveCapacity(weighted.count)
        for (_, weight) in weighted {
            total += max(0, weight)
            cumulative.append(total)
        }
        precondition(total > 0, "a weighted table needs a positive weight")
        self.elements = weighted.map(\.0)
        self.cumulative = cumulative.map { $0 / total }
    }

    /// Each element's share of the total weight.
    public var shares: [Double] {
        var previous = 0.0
        return cumulative.map { value in
            defer { previous = value }
            return value - previous
        }
    }

    /// One element, chosen with probability proportional to its weight.
    public func pick(using random: inout SeededRandom) -> Element {
        let point = random.unit()
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > point { high = middle } else { low = middle + 1 }
        }
        return elements[low]
    }
}
