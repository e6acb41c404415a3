import MASHLinkage

/// The people a subject's candidates are, each by their best comparison: what both searches (the
/// in-memory index and SQLite) offer identities to, in the same order, so both give the same answer.
struct CandidateSelection {
    private var scorer: QueryScorer
    /// Most identities compared: a block bigger than that is too common to tell anyone apart.
    let limit: Int
    // An identity is filed under several keys, and a true match shares most of them: compare it once.
    private var compared = IntegerTable<Bool>(capacity: 64)
    private var best: [String: Found] = [:]

    /// A person's best attachable identity so far, how it scored, and where the index keeps the person
    /// (nil for the SQLite search).
    private struct Found {
        let score: PersonComparison.Score
        let identity: PersonIdentity
        let person: UInt32?
    }

    /// A selection for `query`, sharing comparisons in `memory` when candidates come from an index.
    init(query: PersonIdentity, matcher: PersonMatcher, memory: ComparisonMemory?, limit: Int) {
        scorer = QueryScorer(query: query, matcher: matcher, memory: memory)
        self.limit = limit
    }

    /// Whether to score the identity with this id: not if it was scored already; nil once `limit`
    /// identities were admitted, when the search stops.
    mutating func admit(_ id: Int64) -> Bool? {
        guard compared.insert(UInt64(bitPattern: id), true) else { return false }
        return compared.count <= limit ? true : nil
    }

    /// Scores an admitted identity and keeps it if it is its person's best attachable one so far, as
    /// `found` gives it whole (with the person's place in the index, if any).
    mutating func score<Candidate: ScorableIdentity>(
        _ candidate: Candidate, found: (Candidate) -> (personId: String, person: UInt32?, identity: PersonIdentity)
    ) {
        let score = scorer.score(candidate)
        guard scorer.status(weight: score.weight) != nil else { return }
        let (personId, person, identity) = found(candidate)
        if let known = best[personId], known.score.weight >= score.weight { return }
        best[personId] = Found(score: score, identity: identity, person: person)
    }

    /// The people found, best first (equal weights by person id), with how each compared and where the
    /// index keeps them.
    func people() -> [(personId: String, person: UInt32?, comparison: PersonComparison)] {
        best.sorted { ($0.value.score.weight, $1.key) > ($1.value.score.weight, $0.key) }.map {
            ($0.key, $0.value.person, scorer.matcher.compare(scorer.query, $0.value.identity, scored: $0.value.score))
        }
    }
}
