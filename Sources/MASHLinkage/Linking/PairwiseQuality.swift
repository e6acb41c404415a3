/// Pairwise precision, recall and F1 of a clustering against the truth: a pair of items is predicted
/// when both are in one cluster, true when both are the same person.
public struct PairwiseQuality: Sendable, Hashable {
    /// Pairs predicted and true.
    public var truePositives: Int
    /// Pairs predicted, not true.
    public var falsePositives: Int
    /// Pairs true, not predicted.
    public var falseNegatives: Int

    /// Counts from raw totals.
    public init(truePositives: Int, falsePositives: Int, falseNegatives: Int) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// The quality of `predicted` cluster labels against `truth` labels, item by item.
    public init<Predicted: Hashable, Truth: Hashable>(predicted: [Predicted], truth: [Truth]) {
        precondition(predicted.count == truth.count, "one label of each kind per item")
        func pairs(_ count: Int) -> Int { count * (count - 1) / 2 }
        var predictedSizes: [Predicted: Int] = [:], trueSizes: [Truth: Int] = [:]
        var both: [Pair<Predicted, Truth>: Int] = [:]
        for (p, t) in zip(predicted, truth) {
            predictedSizes[p, default: 0] += 1
            trueSizes[t, default: 0] += 1
            both[Pair(predicted: p, truth: t), default: 0] += 1
        }
        let agreeing = both.values.reduce(0) { $0 + pairs($1) }
        let predictedPairs = predictedSizes.values.reduce(0) { $0 + pairs($1) }
        let truePairs = trueSizes.values.reduce(0) { $0 + pairs($1) }
        self.init(truePositives: agreeing, falsePositives: predictedPairs - agreeing, falseNegatives: truePairs - agreeing)
    }

    /// TP / (TP + FP); 1 when nothing was predicted.
    public var precision: Double {
        truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }

    /// TP / (TP + FN); 1 when there was nothing to find.
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }

    /// The harmonic mean of precision and recall.
    public var f1: Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    private struct Pair<P: Hashable, T: Hashable>: Hashable {
        let predicted: P
        let truth: T
    }
}
