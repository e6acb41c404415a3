import Foundation
import MASHCore

/// Learns a model from the records themselves, the Fellegi-Sunter way (as Splink does):
/// - u, the chance a level is seen between two different people, from random pairs;
/// - m, its chance between two records of one person, by expectation-maximisation (u held fixed) on
///   training pairs that share a date of birth, or a full name: each session learns the fields its pairs
///   were not chosen by, and a field's m is the mean over the sessions that learned it. Not pairs sharing
///   an address: among them EM finds households, not people (siblings agree on everything but forename
///   and date of birth), and would teach that a different forename and date of birth are common in one
///   person's records;
/// - λ, the chance two random records are one person, from each session's share of matches scaled by how
///   many of all matches its rule catches (the m of agreeing on what it was chosen by).
/// A field with too few values keeps its default levels; missing values count neither for nor against.
public struct WeightLearner: Sendable {
    /// Random pairs drawn to estimate u (fewer when the file has fewer pairs).
    public var randomPairs = 200_000
    /// Most training pairs per session (a random sample of them beyond this).
    public var maximumTrainingPairs = 400_000
    /// Records sharing one training key beyond this are too common a value to train on (only the first are used).
    public var maximumBlockSize = 200
    /// Most expectation-maximisation iterations per session.
    public var maximumIterations = 40
    /// Stop a session when no m and not λ moves by more than this.
    public var tolerance = 1e-5
    /// Fewer values than this among the random pairs or a session's pairs, and a field is not learned there.
    public var minimumObservations = 100
    /// No m is estimated below this: a level EM never saw among a few thousand matches is rare, not impossible.
    public var mFloor = 0.001
    /// Seed of the random pairs, so a learned model is reproducible.
    public var seed: UInt64 = 0x6D61_7368

    /// The defaults.
    public init() {}

    /// A training session's rule: the key records must share, and the fields that choosing by it decides.
    struct Session {
        let name: String
        let key: @Sendable (PersonIdentity) -> String?
        let decides: Set<Int>
        /// The levels of the decided fields every pair of the session has (for λ).
        let agreement: [(field: Int, level: Int)]
    }

    static let sessions: [Session] = [
        Session(name: "dob", key: { $0.dateOfBirth?.iso8601 }, decides: [2], agreement: [(2, 0)]),
        Session(name: "name", key: { identity in
            guard let name = identity.primaryName, let forename = name.forename, let surname = name.surname else { return nil }
            return forename.first + "|" + surname.joined
        }, decides: [0, 1], agreement: [(0, 0), (1, 0)]),
    ]

    /// A model learned from `identities` (distinct records), comparing with `comparer`'s levels and
    /// starting from `defaults`.
    public func learn(identities: [PersonIdentity], comparer: PersonMatcher = PersonMatcher(), defaults: LinkageModel = .defaults) -> LinkageModel {
        let fields = ComparisonLevels.fields
        let width = fields.count
        let n = identities.count
        var weights = defaults.weights
        var random = SplitMix64(seed: seed)

        // u from random pairs.
        let totalPairs = n < 2 ? 0 : Double(n) * Double(n - 1) / 2
        let draws = Int(min(Double(randomPairs), totalPairs))
        var uCounts = fields.map { [Double](repeating: 0, count: $0.levels.count) }
        var drawn: [(Int, Int)] = []
        drawn.reserveCapacity(draws)
        for _ in 0..<draws {
            let a = Int(random.next() % UInt64(n))
            var b = Int(random.next() % UInt64(n - 1))
            if b >= a { b += 1 }
            drawn.append((a, b))
        }
        let randomLevels = Self.levels(of: drawn, identities, comparer)
        for pair in 0..<draws {
            for field in 0..<width {
                let level = randomLevels[pair * width + field]
                if level != ComparisonLevels.none { uCounts[field][Int(level)] += 1 }
            }
        }
        var uLearned = [Bool](repeating: false, count: width)
        for (index, field) in fields.enumerated() {
            let total = uCounts[index].reduce(0, +)
            guard total >= Double(minimumObservations) else { continue }
            uLearned[index] = true
            // A level never seen among random pairs keeps its default u: no evidence either way.
            for (level, entry) in field.levels.enumerated() where uCounts[index][level] > 0 {
                weights[keyPath: entry.path].u = uCounts[index][level] / total
            }
        }
        let u = fields.map { field in field.levels.map { weights[keyPath: $0.path].u } }
        let defaultM = fields.map { field in field.levels.map { weights[keyPath: $0.path].m } }

        // m by EM, session by session.
        var estimates = fields.map { [[Double]](repeating: [], count: $0.levels.count) }
        var sessionResults: [(session: Session, share: Double, pairs: Double)] = []
        var iterations = 0
        var trained = 0
        for session in Self.sessions {
            let (pairs, fullCount) = trainingPairs(identities, key: session.key, random: &random)
            guard !pairs.isEmpty else { continue }
            let levels = Self.levels(of: pairs, identities, comparer)
            var learnable = (0..<width).map { uLearned[$0] && !session.decides.contains($0) }
            for field in 0..<width where learnable[field] {
                let seen = stride(from: field, to: levels.count, by: width).reduce(0) { $0 + (levels[$1] == ComparisonLevels.none ? 0 : 1) }
                if seen < minimumObservations { learnable[field] = false }
            }
            guard learnable.contains(true) else { continue }
            let (m, share, ran) = expectationMaximisation(levels: levels, count: pairs.count, width: width, learnable: learnable, m: defaultM, u: u)
            iterations += ran
            trained += pairs.count
            for field in 0..<width where learnable[field] {
                for level in m[field].indices { estimates[field][level].append(m[field][level]) }
            }
            sessionResults.append((session, share, Double(fullCount)))
        }
        var mLearned = [Bool](repeating: false, count: width)
        for (index, field) in fields.enumerated() where !estimates[index][0].isEmpty {
            mLearned[index] = true
            for (level, entry) in field.levels.enumerated() {
                let values = estimates[index][level]
                weights[keyPath: entry.path].m = values.reduce(0, +) / Double(values.count)
            }
        }

        // λ: matches found by each session, over the share of all matches its rule catches.
        var lambdas: [Double] = []
        for result in sessionResults where !result.session.agreement.isEmpty {
            let caught = result.session.agreement.reduce(1.0) { product, decided in
                product * weights[keyPath: fields[decided.field].levels[decided.level].path].m
            }
            guard caught > 0, totalPairs > 0 else { continue }
            lambdas.append(min(result.share * result.pairs / caught / totalPairs, 0.5))
        }
        let lambda = lambdas.isEmpty ? 1 / (1 + exp2(defaults.evenOddsWeight)) : max(lambdas.reduce(0, +) / Double(lambdas.count), 1e-12)
        let learning = LinkageModel.Learning(
            records: n, trainingPairs: trained, randomPairs: draws, matchShare: lambda, iterations: iterations,
            fields: fields.indices.filter { mLearned[$0] || uLearned[$0] }.map { fields[$0].name }
        )
        return LinkageModel(weights: weights, evenOddsWeight: log2((1 - lambda) / lambda), learned: learning)
    }

    /// The levels of every pair, one row of `ComparisonLevels.fields.count` after another, worked out on
    /// every core.
    private static func levels(of pairs: [(Int, Int)], _ identities: [PersonIdentity], _ comparer: PersonMatcher) -> [UInt8] {
        Parallel.map(count: pairs.count) { range in
            var rows: [UInt8] = []
            rows.reserveCapacity(range.count * ComparisonLevels.fields.count)
            for index in range { rows += ComparisonLevels.of(comparer.score(identities[pairs[index].0], identities[pairs[index].1])) }
            return rows
        }
    }

    /// Pairs of records sharing a key (blocks capped, and a sample when there are too many), and how many
    /// pairs share a key in all.
    private func trainingPairs(_ identities: [PersonIdentity], key: (PersonIdentity) -> String?, random: inout SplitMix64) -> ([(Int, Int)], Int) {
        var blocks: [String: [Int]] = [:]
        for (index, identity) in identities.enumerated() {
            if let value = key(identity) { blocks[value, default: []].append(index) }
        }
        var pairs: [(Int, Int)] = []
        var full = 0
        for members in blocks.values.sorted(by: { $0[0] < $1[0] }) where members.count > 1 {
            full += members.count * (members.count - 1) / 2
            let limited = members.prefix(maximumBlockSize)
            for (offset, a) in limited.enumerated() {
                for b in limited.dropFirst(offset + 1) { pairs.append((a, b)) }
            }
        }
        if pairs.count > maximumTrainingPairs {
            for index in 0..<maximumTrainingPairs {
                let other = index + Int(random.next() % UInt64(pairs.count - index))
                pairs.swapAt(index, other)
            }
            pairs.removeLast(pairs.count - maximumTrainingPairs)
        }
        return (pairs, full)
    }

    /// m of the learnable fields and the share of matches among `count` pairs' `levels`, u fixed.
    private func expectationMaximisation(levels: [UInt8], count: Int, width: Int, learnable: [Bool], m start: [[Double]], u: [[Double]])
        -> (m: [[Double]], share: Double, iterations: Int) {
        var m = start
        var share = 0.3
        var ran = 0
        for iteration in 1...maximumIterations {
            ran = iteration
            let ratios = zip(m, u).map { m, u in zip(m, u).map { log2($0 / $1) } }
            let prior = log2(share / (1 - share))
            var numerators = m.map { [Double](repeating: 0, count: $0.count) }
            var denominators = [Double](repeating: 0, count: width)
            var posteriorSum = 0.0
            for pair in 0..<count {
                let base = pair * width
                var score = prior
                for field in 0..<width where learnable[field] {
                    let level = levels[base + field]
                    if level != ComparisonLevels.none { score += ratios[field][Int(level)] }
                }
                let posterior = 1 / (1 + exp2(-score))
                posteriorSum += posterior
                for field in 0..<width where learnable[field] {
                    let level = levels[base + field]
                    guard level != ComparisonLevels.none else { continue }
                    numerators[field][Int(level)] += posterior
                    denominators[field] += posterior
                }
            }
            var change = 0.0
            for field in 0..<width where learnable[field] && denominators[field] > 0 {
                // A level less than one expected match showed keeps its starting m: no evidence either way.
                for level in m[field].indices where numerators[field][level] >= 1 {
                    let estimate = max(numerators[field][level] / denominators[field], mFloor)
                    change = max(change, abs(estimate - m[field][level]))
                    m[field][level] = estimate
                }
            }
            let next = min(max(posteriorSum / Double(count), 1e-6), 1 - 1e-6)
            change = max(change, abs(next - share))
            share = next
            if change < tolerance { break }
        }
        return (m, share, ran)
    }
}
