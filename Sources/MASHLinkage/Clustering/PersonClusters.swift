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

    /// Clusters with `matcher`'s configuration.
    public init(matcher: PersonMatcher = PersonMatcher()) {
        self.matcher = matcher
    }

    /// The cluster of each identity, numbered 0... in order of first appearance.
    public func clusters(of identities: [PersonIdentity]) -> [Int] {
        // Identical identities are compared once: extracts repeat a person's details on every record.
        var distinct: [PersonIdentity] = []
        var distinctIndex: [PersonIdentity: Int] = [:]
        let nodes = identities.map { identity in
            if let index = distinctIndex[identity] { return index }
            distinct.append(identity)
            distinctIndex[identity] = distinct.count - 1
            return distinct.count - 1
        }

        var blocks: [BlockingKey: [Int]] = [:]
        for (index, identity) in distinct.enumerated() {
            for key in BlockingKeys.indexKeys(for: identity) { blocks[key, default: []].append(index) }
        }
        var edges: [(weight: Double, a: Int, b: Int)] = []
        var compared = Set<UInt64>()
        for members in blocks.values where members.count > 1 {
            let limited = members.prefix(maximumBlockSize)
            for (offset, a) in limited.enumerated() {
                for b in limited.dropFirst(offset + 1) {
                    let pair = UInt64(min(a, b)) << 32 | UInt64(max(a, b))
                    guard compared.insert(pair).inserted else { continue }
                    let comparison = matcher.compare(distinct[a], distinct[b])
                    if comparison.status == .match { edges.append((comparison.weight, a, b)) }
                }
            }
        }
        // Self-links for identities that are strong enough on their own to merge their repeats; weaker
        // repeats ("J Smith" with nothing else) stay apart row by row.
        let selfMatch = distinct.map { matcher.compare($0, $0).status == .match }

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
        return result
    }
}
