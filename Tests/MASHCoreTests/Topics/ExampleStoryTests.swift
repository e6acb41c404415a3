import Foundation
import MASHCore
import Testing

/// The examples follow one synthetic case through the pipeline; they must agree with each other
/// and honour the firewall.
@Suite struct ExampleStoryTests {
    private func load<Message: Decodable>(_ type: Message.Type, _ topic: String) throws -> Message {
        try MASHJSON.decode(type, from: TopicFiles.exampleData(topic))
    }

    @Test func stagesCarryTheSameCaseForward() throws {
        let research = try load(CaseFile.self, "mash.research")
        let risk = try load(CaseFile.self, "mash.risk-assessment")
        let decision = try load(CaseFile.self, "mash.decision")
        let outcome = try load(Outcome.self, "mash.outcome")
        #expect(risk.referral == research.referral && decision.referral == research.referral)
        #expect(risk.research == decision.research)
        #expect(Set([research.caseId, risk.caseId, decision.caseId, outcome.caseId]).count == 1)
        #expect(Set([research.subjectKey, risk.subjectKey, decision.subjectKey, outcome.subjectKey]).count == 1)
        let stamps = outcome.timestamps
        let ordered = [stamps.received, stamps.referral, stamps.research, stamps.risk, stamps.decision].compactMap { $0 }
        #expect(ordered.count == 5 && ordered == ordered.sorted())
        if let reRating = decision.assessment?.reRating {
            #expect(reRating.from == decision.screening.rag && reRating.to == decision.assessment?.rag)
        }
    }

    @Test func outcomeListsTheTaskingsThatWereSent() throws {
        let outcome = try load(Outcome.self, "mash.outcome")
        for topic in ["mash.tasking.police", "mash.tasking.social-care", "mash.tasking.health"] {
            let tasking = try load(Tasking.self, topic)
            #expect(tasking.topic?.rawValue == topic)
            #expect(outcome.taskings.contains(TaskingSummary(taskingId: tasking.taskingId, recipient: tasking.recipient, action: tasking.action)))
        }
    }

    @Test(arguments: ["mash.tasking.police", "mash.tasking.social-care", "mash.tasking.health"])
    func taskingsShareOnlyWhatTheOwnerPermits(topic: String) throws {
        let tasking = try load(Tasking.self, topic)
        let items = try #require(load(CaseFile.self, "mash.decision").research?.items)
        let byId = Dictionary(uniqueKeysWithValues: items.map { ($0.itemId, $0) })
        for entry in tasking.informationProduct {
            switch entry {
            case .shared(let shared):
                let item = try #require(byId[shared.itemId])
                #expect(item.disclosure.permits(tasking.recipient), "\(shared.itemId) shared with \(tasking.recipient)")
                #expect(SharedItem(item) == shared)
            case .withheld(let notice):
                #expect(notice == WithheldNotice(owner: notice.owner))
            }
        }
        let hubOnlyText = items.filter(\.disclosure.hubOnly).map(\.summary)
        let text = String(decoding: try MASHJSON.encode(tasking), as: UTF8.self)
        for summary in hubOnlyText { #expect(!text.contains(summary)) }
    }
}
