/// Groups identities into people: pairs compared within blocks, then joined strongest first by union-find,
/// where only a `match` (not a possible match) joins, and two groups never join when they hold different
/// valid NHS numbers or UPNs. Both rules stop chaining: a run of middling links (a child to a sibling
/// to a parent) cannot pull different people into one cluster.
public struct PersonClusters: Sendable {
    /// The matcher whose `match` threshold decides a link.
    public let matcher: PersonMatcher
    /// Blocks larger than this are compared only in their first `maximumBlockSize` members: a key shared by
    /// thousands (a very common name in a big file) says little and would cost millions of comparisons.
    public var maximumBlockSize = 1_000
    /// The probability from which a pair is linked; nil for the matcher's match threshold (0.99).
    public var matchThreshold: Double?

    /// Clusters with `matcher`'s configuration.
    public init(matcher: PersonMatcher = PersonMatcher()) {
        self.matcher = matcher
    }

    /// The cluster of each identity, numbered 0... in order of first appearance, with `matcher`.
    public func clusters(of identities: [PersonIdentity]) -> [Int] {
        link(identities, model: .fixed(matcher)).clusters
    }

    /// Which weights a link uses.
    public enum Model: Sendable {
        /// These, as they are.
        case fixed(PersonMatcher)
        /// Learned from the identities by `learner` (m, u, λ, term frequencies) when there are at least
        /// `minimumRecords` distinct ones; `fallback` with no term frequencies below that.
        case learned(WeightLearner, minimumRecords: Int, fallback: LinkageModel)
        /// `model`'s weights and prior, with term frequencies from the identities when there are at least
        /// `minimumRecords` distinct ones.
        case reused(LinkageModel, minimumRecords: Int)
    }

    /// What a link did: each identity's cluster, the model it matched with, and how much it compared.
    public struct Result: Sendable {
        /// The cluster of each identity, numbered 0... in order of first appearance.
        public var clusters: [Int]
        /// The model the pairs were scored with.
        public var model: LinkageModel
        /// Pairs of distinct identities blocking compared.
        public var candidatePairs: Int
        /// Pairs that cleared the match threshold.
        public var links: Int
    }

    /// Links `identities` into people with `model`.
    public func link(_ identities: [PersonIdentity], model: Model) -> Result {
        // Identical identities are compared once: extracts repeat a person's details on every record.
        var unique: [PersonIdentity] = []
        var uniqueIndex: [PersonIdentity: Int] = [:]
        let nodes = identities.map { identity in
            if let index = uniqueIndex[identity] { return index }
            unique.append(identity)
            uniqueIndex[identity] = unique.count - 1
            return unique.count - 1
        }
        let distinct = unique

        var blocks: [BlockingKey: [Int]] = [:]
        for (index, identity) in distinct.enumerated() {
            for key in BlockingKeys.clusteringKeys(for: identity) { blocks[key, default: []].append(index) }
        }
        var pairs: [(a: Int32, b: Int32)] = []
        var compared = Set<UInt64>()
        for members in blocks.values where members.count > 1 {
            let limited = members.prefix(maximumBlockSize)
            for (offset, a) in limited.enumerated() {
                for b in limited.dropFirst(offset + 1) {
                    let pair = UInt64(min(a, b)) << 32 | UInt64(max(a, b))
                    guard compared.insert(pair).inserted else { continue }
                    pairs.append((Int32(min(a, b)), Int32(max(a, b))))
                }
            }
        }
        pairs.sort { ($0.a, $0.b) < ($1.a, $1.b) }

        let matcher: PersonMatcher
        let used: LinkageModel
        switch model {
        case .fixed(let fixed):
            matcher = fixed
            used = LinkageModel(weights: fixed.configuration.weights, evenOddsWeight: fixed.configuration.thresholds.evenOddsWeight)
        case .reused(let reused, let minimumRecords):
            matcher = PersonMatcher(configuration: reused.configuration,
                                    frequencies: distinct.count >= minimumRecords ? TermFrequencies(distinct) : TermFrequencies())
            used = reused
        case .learned(let learner, let minimumRecords, let fallback):
            if distinct.count >= minimumRecords {
                used = learner.learn(identities: distinct, comparer: PersonMatcher(configuration: fallback.configuration), defaults: fallback)
                matcher = PersonMatcher(configuration: used.configuration, frequencies: TermFrequencies(distinct))
            } else {
                used = fallback
                matcher = PersonMatcher(configuration: fallback.configuration)
            }
        }

        var edges: [(weight: Double, a: Int, b: Int)] = []
        let threshold = matchThreshold ?? matcher.configuration.thresholds.match
        let candidates = pairs
        let weights = Parallel.map(count: candidates.count) { range in
            range.map { matcher.score(distinct[Int(candidates[$0].a)], distinct[Int(candidates[$0].b)]).weight }
        }
        for (pair, weight) in zip(pairs, weights) where matcher.probability(weight: weight) >= threshold {
            edges.append((weight, Int(pair.a), Int(pair.b)))
        }
        // Self-links for identities that are strong enough on their own to merge their repeats; weaker
        // repeats ("J Smith" with nothing else) stay apart row by row.
        let selfMatch = distinct.map { matcher.probability(weight: matcher.score($0, $0).weight) >= threshold }

        var sets = DisjointSets(distinct: distinct)
        edges.sort { ($0.weight, $1.a, $1.b) > ($1.weight, $0.a, $0.b) }
        for edge in edges { sets.joinUnlessConflicting(edge.a, edge.b) }

        var numbers: [Int: Int] = [:]
        var rowNumbers: [Int] = []
        var nextOwn = 0
        rowNumbers.reserveCapacity(identities.count)
        for node in nodes {
            let root = sets.root(node)
            if !selfMatch[node] && sets.size(root) == 1 {
                // A weak identity on its own: each row is its own person.
                rowNumbers.append(-1 - nextOwn)
                nextOwn += 1
                continue
            }
            rowNumbers.append(root)
        }
        var result: [Int] = []
        result.reserveCapacity(rowNumbers.count)
        for key in rowNumbers {
            if let number = numbers[key] { result.append(number) } else {
                numbers[key] = numbers.count
                result.append(numbers.count - 1)
            }
        }
        return Result(clusters: result, model: used, candidatePairs: pairs.count, links: edges.count)
    }
}
