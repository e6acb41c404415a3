import Foundation
import MASHCore
@testable import MASHStages
import Testing

@Suite struct DecodingErrorDescriptionTests {
    private struct Outer: Decodable { var items: [Inner] }
    private struct Inner: Decodable { var name: String; var count: Int }

    private func describe(_ json: String) -> String? {
        do {
            _ = try JSONDecoder().decode(Outer.self, from: Data(json.utf8))
            return nil
        } catch let error as DecodingError {
            return DecodingErrorDescription.describe(error)
        } catch {
            return "\(error)"
        }
    }

    @Test func pathsNameArrayPositions() {
        #expect(describe(#"{"items": [{"name": "a", "count": 1}, {"name": "b"}]}"#) == "missing required field items[1].count")
        #expect(describe(#"{"items": [{"name": null, "count": 1}]}"#) == "items[0].name: null where a value is required")
        #expect(describe(#"{"items": [{"name": "a", "count": "one"}]}"#)?.hasPrefix("items[0].count: Expected to decode Int") == true)
        #expect(describe("{") == "not valid JSON")
        #expect(describe("{}") == "missing required field items")
    }

    @Test func everyRejectionOfEveryStageIsReadable() throws {
        let garbage = StageInput(value: Array("not json".utf8), ingestedAt: Fixtures.ingestedAt, now: Fixtures.now)
        let stages: [any PipelineStage] = [ReferralScreening(), AgencyResearch(stores: []), RiskAssessor(), DecisionMaker()]
        for stage in stages {
            #expect(throws: StageRejection(reason: "\(stage.inputTopic): not valid JSON (8 bytes starting \"not json\")")) {
                try stage.process(garbage)
            }
        }
    }
}
