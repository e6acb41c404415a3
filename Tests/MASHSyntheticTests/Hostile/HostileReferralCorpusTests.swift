import Foundation
import MASHCore
import MASHSynthetic
import Testing

/// The hostile corpus is deterministic, spreads its kinds evenly and is made from the real stream.
@Suite struct HostileReferralCorpusTests {
    let valid = Array(HostileFixtures.valid.prefix(50))

    @Test func theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
        let first = HostileReferralCorpus.generate(count: 120, seed: 5, from: valid)
        let again = HostileReferralCorpus.generate(count: 120, seed: 5, from: valid)
        let other = HostileReferralCorpus.generate(count: 120, seed: 6, from: valid)
        #expect(first == again)
        #expect(first.map(\.kind) == other.map(\.kind))
        #expect(first.map(\.bytes) != other.map(\.bytes))
    }

    @Test func everyKindHasAnEvenShare() {
        for count in [0, 1, 11, 12, 13, 50] {
            let corpus = HostileReferralCorpus.generate(count: count, seed: 1, from: valid)
            #expect(corpus.count == count)
            let shares = HostileKind.allCases.map { kind in corpus.filter { $0.kind == kind }.count }
            #expect(shares.max()! - shares.min()! <= 1, "\(count): \(shares)")
        }
    }

    @Test func everyKindComesInSeveralVariants() {
        for kind in HostileKind.allCases {
            let variants = Set(HostileFixtures.corpus.filter { $0.kind == kind }.map { Self.variantName($0.description) })
            #expect(variants.count >= 4, "\(kind): \(variants)")
        }
    }

    @Test func itemsAreMadeFromTheValidReferrals() {
        let ids = Set(HostileFixtures.valid.map(\.referralId))
        var carryingTheirId = 0
        for item in HostileFixtures.corpus {
            let source = item.description.split(separator: "(from ").last.map { String($0.dropLast()) } ?? ""
            #expect(ids.contains(source), "\(item.description)")
            if item.bytes.count < 2_000_000, Self.contains(item.bytes, source) { carryingTheirId += 1 }
        }
        // Most items still carry the real referral they were made from, not a stand-in.
        #expect(carryingTheirId > HostileFixtures.corpus.count * 2 / 3)
    }

    @Test func veryLargeItemsAreCappedAtThree() {
        let corpus = HostileReferralCorpus.generate(count: 120, seed: 9, from: valid)
        #expect(corpus.filter { $0.bytes.count > 2_000_000 }.count == HostileReferralCorpus.maximumVeryLargeItems)
        #expect(HostileFixtures.corpus.filter { $0.bytes.count > 2_000_000 }.count == HostileReferralCorpus.maximumVeryLargeItems)
    }

    /// The description without its source and with every run of digits as "#", e.g.
    /// "missing field subjects[#].forename".
    private static func variantName(_ description: String) -> String {
        let what = description.components(separatedBy: " (from ").first ?? description
        var name = ""
        for character in what where !(character.isNumber && name.last == "#") {
            name.append(character.isNumber ? "#" : character)
        }
        return name
    }

    private static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        let pattern = Array(text.utf8)
        guard bytes.count >= pattern.count else { return false }
        return (0...(bytes.count - pattern.count)).contains { bytes[$0..<($0 + pattern.count)].elementsEqual(pattern) }
    }
}
