import MASHCore
@testable import MASHLinkage

/// A made-up population with duplicates whose errors happen at known rates, so what the learner finds can
/// be checked against the truth: each person has one to three records; in a duplicate each field is
/// replaced by another person's value with its own probability (never typo'd, so the level is "differs").
struct LinkagePopulation {
    /// Chance a duplicate's forename, surname, date of birth and postcode are replaced.
    static let replaced = (forename: 0.10, surname: 0.15, dob: 0.08, postcode: 0.25)

    var identities: [PersonIdentity] = []
    var truth: [Int] = []

    init(people: Int, seed: UInt64 = 7) {
        var random = SplitMix64(seed: seed)
        func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
        func chance(_ p: Double) -> Bool { Double(random.next() % 1_000_000) / 1_000_000 < p }
        // Syllables make thousands of distinct, unrelated names.
        let syllables = ["ka", "lo", "mi", "ren", "to", "sa", "vel", "dor", "an", "bri", "cu", "fen", "gal", "hu", "jo", "ny", "pra", "qui", "stu", "wex"]
        let forenames = (0..<400).map { _ in (pick(syllables) + pick(syllables) + pick(syllables)).capitalized }
        let surnames = (0..<1_500).map { _ in (pick(syllables) + pick(syllables) + pick(syllables) + "son").capitalized }
        let postcodes = (0..<600).map { index in "\(1000 + index * 7)" }
        for person in 0..<people {
            let forename = pick(forenames), surname = pick(surnames), postcode = pick(postcodes)
            let dob = LocalDate(year: 1940 + Int(random.next() % 80), month: 1 + Int(random.next() % 12), day: 1 + Int(random.next() % 28))!
            let copies = 1 + Int(random.next() % 3)
            for copy in 0..<copies {
                let duplicate = copy > 0
                var birth = dob
                if duplicate, chance(Self.replaced.dob) {
                    birth = LocalDate(year: 1940 + Int(random.next() % 80), month: 1 + Int(random.next() % 12), day: 1 + Int(random.next() % 28))!
                }
                identities.append(PersonIdentity(
                    names: [PersonName(forename: duplicate && chance(Self.replaced.forename) ? pick(forenames) : forename,
                                       surname: duplicate && chance(Self.replaced.surname) ? pick(surnames) : surname)],
                    dateOfBirth: birth, postcode: duplicate && chance(Self.replaced.postcode) ? pick(postcodes) : postcode
                ))
                truth.append(person)
            }
        }
    }
}
