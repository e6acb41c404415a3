/// How often each value of a field occurs in the records being matched, for term-frequency adjustment:
/// agreeing on a rare surname is stronger evidence than agreeing on "Smith". Exact agreement on a value
/// whose frequency is f weighs log2(m / f) instead of log2(m / u): the level's u is the average over all
/// values, f this value's own chance of a coincidence.
public struct TermFrequencies: Sendable, Codable, Equatable {
    /// Share of records with each first forename token.
    public var forename: [String: Double] = [:]
    /// Share of records with each surname (tokens joined).
    public var surname: [String: Double] = [:]
    /// Share of records with each postcode.
    public var postcode: [String: Double] = [:]
    /// Share of records with each town.
    public var town: [String: Double] = [:]
    /// The largest adjustment either way, in bits: a value seen once in a small file is not infinitely rare.
    public var limit = 6.0

    /// No adjustment.
    public init() {}

    /// Whether nothing was counted (no adjustment at all).
    var isEmpty: Bool { forename.isEmpty && surname.isEmpty && postcode.isEmpty && town.isEmpty }

    /// The frequencies of every value among `identities` (each identity's recorded name).
    public init(_ identities: [PersonIdentity]) {
        var counts = (forename: [String: Int](), surname: [String: Int](), postcode: [String: Int](), town: [String: Int]())
        var totals = (forename: 0, surname: 0, postcode: 0, town: 0)
        for identity in identities {
            if let name = identity.primaryName?.forename { counts.forename[name.first, default: 0] += 1; totals.forename += 1 }
            if let name = identity.primaryName?.surname { counts.surname[name.joined, default: 0] += 1; totals.surname += 1 }
            if let postcode = identity.postcode { counts.postcode[postcode, default: 0] += 1; totals.postcode += 1 }
            if let town = identity.town { counts.town[town, default: 0] += 1; totals.town += 1 }
        }
        func shares(_ counts: [String: Int], _ total: Int) -> [String: Double] {
            counts.mapValues { Double($0) / Double(max(total, 1)) }
        }
        forename = shares(counts.forename, totals.forename)
        surname = shares(counts.surname, totals.surname)
        postcode = shares(counts.postcode, totals.postcode)
        town = shares(counts.town, totals.town)
    }

    /// Bits to add to an exact agreement on `value` whose level has average coincidence `u`; 0 when the
    /// value was not counted.
    func adjustment(_ table: KeyPath<TermFrequencies, [String: Double]>, _ value: String, u: Double) -> Double {
        guard let share = self[keyPath: table][value], share > 0 else { return 0 }
        return min(limit, max(-limit, log2(u / share)))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
