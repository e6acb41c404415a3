import Foundation
import MASHCore
import MASHStages
import MASHSynthetic
import Testing

/// The referral stage rejects every hostile referral, with a reason that says what was wrong.
@Suite struct HostileReferralRejectionTests {
    @Test func everyHostileItemButADuplicateIdIsRejectedWithAReason() {
        let items = HostileFixtures.corpus.filter { $0.kind != .duplicateId }
        #expect(items.count >= 1_000)
        var accepted: [String] = []
        for item in items {
            guard let reason = HostileFixtures.rejection(of: item) else {
                accepted.append("\(item.kind): \(item.description)")
                continue
            }
            #expect(reason.count > "mash.referral: ".count, "\(item.description)")
            #expect(!reason.contains("StageRejection"), "\(item.description): \(reason)")
        }
        #expect(accepted.isEmpty, "accepted \(accepted.count): \(accepted.prefix(5))")
    }

    @Test(arguments: HostileKind.allCases.filter { $0 != .duplicateId })
    func theReasonNamesWhatWasWrong(kind: HostileKind) throws {
        let words = try #require(HostileFixtures.reasonWords[kind])
        var unclear: [String] = []
        for item in HostileFixtures.corpus where item.kind == kind {
            let reason = HostileFixtures.rejection(of: item) ?? "accepted"
            if !words.contains(where: { reason.lowercased().contains($0.lowercased()) }) {
                unclear.append("\(item.description) -> \(reason.prefix(200))")
            }
        }
        #expect(unclear.isEmpty, "\(unclear.count) reasons without \(words): \(unclear.prefix(4))")
    }

    @Test func eachVeryLargeItemIsRejectedForItsSizeAlone() {
        let veryLarge = HostileFixtures.corpus.filter { $0.bytes.count > StageLimits.maximumReferralBytes * 2 }
        #expect(veryLarge.count == HostileReferralCorpus.maximumVeryLargeItems)
        for what in ["a 10 MB summary", "a subjects array of 100,000 entries", "a 2 MB forename"] {
            let item = veryLarge.first { $0.description.hasPrefix(what) }
            #expect(item != nil, "no \(what)")
            guard let item else { continue }
            #expect(HostileFixtures.rejection(of: item)?.hasSuffix("bytes is over the limit of \(StageLimits.maximumReferralBytes)") == true, "\(what)")
        }
        let tenMegabytes = veryLarge.filter { $0.bytes.count >= 10 * 1_000_000 }
        #expect(tenMegabytes.count == 2)
    }

    @Test func aDuplicateIdIsAValidReferralReusingAnEarlierId() throws {
        let validById = Dictionary(HostileFixtures.valid.map { ($0.referralId, $0) }, uniquingKeysWith: { first, _ in first })
        let duplicates = HostileFixtures.corpus.filter { $0.kind == .duplicateId }
        #expect(duplicates.count == HostileFixtures.corpus.count / HostileKind.allCases.count)
        for item in duplicates {
            let referral = try MASHJSON.decode(Referral.self, from: Data(item.bytes))
            let earlier = try #require(validById[referral.referralId], "\(item.description)")
            #expect(referral != earlier, "\(item.description)")
            // The pure stage cannot know the id was used before: it accepts, and the register must not.
            #expect(HostileFixtures.rejection(of: item) == nil, "\(item.description)")
        }
    }
}
