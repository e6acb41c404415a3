/// Union-find over identities, refusing a join that would put two different valid NHS numbers or UPNs
/// in one set.
struct DisjointSets {
    private var parent: [Int]
    private var sizes: [Int]
    private var nhsNumbers: [Set<String>]
    private var upns: [Set<String>]

    init(distinct: [PersonIdentity]) {
        parent = Array(distinct.indices)
        sizes = Array(repeating: 1, count: distinct.count)
        nhsNumbers = distinct.map { $0.nhsNumber.map { [$0] } ?? [] }
        upns = distinct.map { $0.upn.map { [$0] } ?? [] }
    }

    mutating func root(_ node: Int) -> Int {
        var node = node
        while parent[node] != node {
            parent[node] = parent[parent[node]]
            node = parent[node]
        }
        return node
    }

    mutating func size(_ root: Int) -> Int { sizes[root] }

    /// Joins the sets of `a` and `b`; false when they conflict (and stay apart).
    @discardableResult
    mutating func joinUnlessConflicting(_ a: Int, _ b: Int) -> Bool {
        var rootA = root(a), rootB = root(b)
        guard rootA != rootB else { return true }
        if conflicts(nhsNumbers[rootA], nhsNumbers[rootB]) || conflicts(upns[rootA], upns[rootB]) { return false }
        if sizes[rootA] < sizes[rootB] { swap(&rootA, &rootB) }
        parent[rootB] = rootA
        sizes[rootA] += sizes[rootB]
        nhsNumbers[rootA].formUnion(nhsNumbers[rootB])
        upns[rootA].formUnion(upns[rootB])
        nhsNumbers[rootB] = []
        upns[rootB] = []
        return true
    }

    private func conflicts(_ lhs: Set<String>, _ rhs: Set<String>) -> Bool {
        !lhs.isEmpty && !rhs.isEmpty && lhs.isDisjoint(with: rhs)
    }
}
