import Foundation
import MASHCore
@testable import MASHStages
import Testing

/// The hub remembers its own cases: a re-referral is recognised from its own history whether or not social
/// care recorded the earlier referral, and repeated low-level concerns raise the level.
@Suite struct HubMemoryTests {
    private let key = PartitionKeys.development.key(for: Fixtures.referral())

    /// A memory holding earlier referrals about Ava, `monthsAgo` each, with these outcomes.
    private func memory(_ earlier: [(monthsAgo: Int, outcome: OutcomeKind?)]) -> HubMemoryBook {
        let book = HubMemoryBook()
        for (index, item) in earlier.enumerated() {
            let received = Timestamp(iso8601: RiskTesting.monthsAgo(item.monthsAgo) + "T10:00:00.000Z")!
            let entry = ChildHistoryEntry(subjectKey: key, referral: PreviousReferral(
                caseId: "CASE-OLD.\(index)", referralId: "OLD/\(index)", receivedAt: received,
                outcome: item.outcome, decidedAt: item.outcome == nil ? nil : received.adding(hours: 2)
            ))
            book.apply(try! MASHJSON.encodeBytes(entry))
        }
        return book
    }

    private func screen(_ book: HubMemoryBook, _ referral: Referral = Fixtures.referral()) throws -> [StageRecord] {
        try ReferralScreening(memory: book).screen(Fixtures.input(referral))
    }

    @Test func aChildTheHubSawWithinTwelveMonthsIsAReReferral() throws {
        let screening = try screen(memory([(3, .informationAndAdvice), (14, .earlyHelp)])).caseFile(on: .research).screening
        #expect(screening.isReReferral && screening.previousReferralCount == 1)
        #expect(screening.previousReferrals?.map(\.referralId) == ["OLD/0"])
        #expect(screening.previousReferrals?.first?.outcome == .informationAndAdvice)
        #expect(screening.reasons.contains { $0.hasPrefix("the hub handled 1 earlier referral about this child in the last 12 months") })
        // Without the memory (and with social care silent) it would not be one.
        #expect(try !ReferralScreening().screen(Fixtures.input(Fixtures.referral())).caseFile(on: .research).screening.isReReferral)
    }

    @Test func everyAcceptedReferralAndEveryOutcomeIsRemembered() throws {
        let book = HubMemoryBook()
        let screened = try screen(book)
        book.record(screened)
        let caseId = try screened.caseFile(on: .research).caseId
        // A replay before the outcome writes no history again, and every other output keeps its place (the
        // runner derives each output's idempotency key from its place among its input's outputs).
        #expect(screened.last?.topic == PipelineTopic.childHistory.rawValue)
        #expect(try screen(book) == Array(screened.dropLast()))
        #expect(book.referrals(about: key).map(\.caseId) == [caseId])
        #expect(book.referrals(about: key).first?.outcome == nil)
        // The outcome is remembered when it is issued...
        var assessed = DecisionTesting.assessed(level: .earlyHelp)
        assessed.subjectKey = key
        let issued = try DecisionTesting.issue(assessed)
        book.record(issued)
        #expect(issued.on(.childHistory).map(\.key) == ["\(key)|\(caseId)"])
        #expect(book.referrals(about: key).first?.outcome == .earlyHelp)
        // ...and a replayed referral writes nothing over it.
        #expect(try screen(book).on(.childHistory).isEmpty)
        book.record(screened)
        #expect(book.referrals(about: key).first?.outcome == .earlyHelp)
    }

    @Test func repeatedLowLevelConcernsRaiseTheLevel() throws {
        let referral = Fixtures.referral { $0.concern.categories = [.other] }
        let three = try screen(memory([(2, .informationAndAdvice), (5, .noFurtherAction), (9, .informationAndAdvice)]), referral)
        let assessment = try RiskTesting.assess(Fixtures.researched(referral, level: .universal).with(screening: three.caseFile(on: .research).screening))
        #expect(assessment.level >= .earlyHelp)
        let line = try #require(assessment.line("repeat-low-level"))
        #expect(line.text.hasPrefix("Repeated low-level concerns: 3 earlier referrals in the 12 months before this one ended in information and advice, no further action"))
        // Two are not yet a pattern.
        let two = try screen(memory([(2, .informationAndAdvice), (5, .noFurtherAction)]), referral)
        let lower = try RiskTesting.assess(Fixtures.researched(referral, level: .universal).with(screening: two.caseFile(on: .research).screening))
        #expect(lower.line("repeat-low-level") == nil)
    }
}

private extension CaseFile {
    func with(screening: Screening) -> CaseFile {
        var copy = self
        copy.screening = screening
        return copy
    }
}
