import Foundation
import MASHCore
@testable import MASHStages
import Testing

/// The shipped policy files, and the refusal of broken ones with the line and the reason.
@Suite struct PolicyFileTests {
    @Test func theBuiltInDefaultIsPolicyDefaultYAML() throws {
        let file = try HubPolicy.load(contentsOf: PolicyFiles.url("default.yaml"))
        #expect(file == HubPolicy.default)
        #expect(file.problems().isEmpty)
    }

    @Test func theSurreyExampleIsAnotherHubCountingWorkingHours() throws {
        let surrey = PolicyFiles.surreyExample
        #expect(surrey.version == "surrey-example-2026.1")
        #expect(surrey.researchDeadlines.deadline(for: .red) == .clockHours(4))
        #expect(surrey.researchDeadlines.deadline(for: .amber) == .workingHours(24))
        #expect(surrey.researchDeadlines.deadline(for: .green) == .workingHours(72))
        #expect(surrey.researchDeadlines.deadline(for: .blue) == nil)
        #expect(surrey.researchDeadlines.deadline(for: .amber, agency: .education) == .workingHours(16))
        #expect(surrey.researchDeadlines.deadline(for: .green, agency: .education) == .workingHours(72))
        #expect(surrey.sharing.disclosureRules.overrides.contains(
            DisclosureOverride(owner: .police, kind: .policeIntelligence, disclosure: .withinHubOnly)))
        #expect(surrey.problems().isEmpty)
        #expect(surrey != HubPolicy.default)
    }

    @Test func aPolicyRoundTripsThroughJSONAndItsOwnDecoding() throws {
        let surrey = PolicyFiles.surreyExample
        #expect(try MASHJSON.decode(HubPolicy.self, from: MASHJSON.encode(surrey)) == surrey)
        // JSON is YAML: the strict reader takes the encoded policy back too.
        let json = String(decoding: try MASHJSON.encode(surrey), as: UTF8.self)
        #expect(try HubPolicy.parse(yaml: json) == surrey)
    }

    @Test func aSyntaxErrorIsRefusedWithItsLine() throws {
        let text = try PolicyFiles.text("default.yaml").replacingOccurrences(of: "  amber: {hours: 6}", with: "  amber: {hours: 6")
        let refusal = try #require(PolicyFiles.refusal(text))
        let problem = try #require(refusal.problems.first)
        #expect(refusal.problems.count == 1)
        #expect(problem.message.hasPrefix("YAML syntax error"))
        let line = try #require(PolicyFiles.line(of: "  amber: {hours: 6", in: text))
        // libyaml notices the unclosed flow mapping on the line after it, at the next key.
        #expect(problem.line == line || problem.line == line + 1, "\(refusal)")
        #expect(refusal.description.contains("test.yaml:\(problem.line ?? 0):"))
    }

    @Test func aDuplicateKeyIsRefusedWithItsLine() throws {
        let text = try PolicyFiles.text("default.yaml").replacingOccurrences(of: "  green: {hours: 24}\n", with: "  green: {hours: 24}\n  green: {hours: 48}\n")
        let problem = try #require(PolicyFiles.refusal(text)?.problems.first)
        #expect(problem.message == "duplicate key \"green\" in one mapping")
        #expect(problem.line == PolicyFiles.line(of: "  green: {hours: 24}", in: text))
    }

    @Test(arguments: [
        ("  opensAt: \"09:00\"", "  opensAt: \"09:00\"\n  opensOn: monday", "calendar.opensOn"),
        ("    neglect: 3\n", "    neglect: 3\n    neglct: 3\n", "screening.initialLevels.neglct"),
        ("  historyWindowMonths: 12", "  historyWindowMonths: 12\n  historyWindowYears: 1", "riskLevels.historyWindowYears"),
        ("    due: {hours: 72}", "    due: {hours: 72, countng: working}", "taskings[0].due.countng"),
    ])
    func anUnknownKeyIsRefusedWithItsLine(original: String, replacement: String, path: String) throws {
        let text = try PolicyFiles.text("default.yaml").replacingOccurrences(of: original, with: replacement)
        let refusal = try #require(PolicyFiles.refusal(text))
        let problem = try #require(refusal.problems.first { $0.path.description == path }, "\(refusal)")
        let key = String(try #require(path.split(separator: ".").last?.split(separator: "[").first))
        #expect(problem.line == PolicyFiles.line(of: "\(key):", in: text) ?? PolicyFiles.line(of: key, in: text))
        #expect(problem.message.contains("\"\(key)\""))
    }

    @Test func aMisspeltRequiredKeyIsReportedAsUnknownBesideTheMissingOne() throws {
        let text = try PolicyFiles.text("default.yaml").replacingOccurrences(of: "  mediumFrom: 10", with: "  mediumFom: 10")
        let refusal = try #require(PolicyFiles.refusal(text))
        #expect(refusal.problems.map(\.message).contains("missing key \"mediumFrom\""))
        let unknown = try #require(refusal.problems.first { $0.message.contains("mediumFom") })
        #expect(unknown.line == PolicyFiles.line(of: "mediumFom", in: text))
    }

    @Test(arguments: [
        ("  amber: {hours: 6}", "  amber: {hours: -6}", "researchDeadlines.amber.hours", "-6 hours is negative"),
        ("    18C: 4", "    18X: 4", "continuum.factorLevels.18X", "\"18X\" is not a known code"),
        ("    neglect: 3\n", "    neglect: 5\n", "screening.initialLevels.neglect", "\"5\" is not a level: expected one of 1, 2, 3, 4"),
        ("  marac: 4", "  marac: 0", "riskLevels.marac", "\"0\" is not a level"),
        ("  red: {hours: 2}", "  red: {hours: 2, counting: working}", "researchDeadlines.red.counting", "Red always counts clock hours"),
        ("    recipient: police\n    action: marac-referral", "    recipient: education\n    action: marac-referral",
         "taskings[4].recipient", "education has no tasking topic"),
        ("  perLevel: 10", "  perLevel: ten", "score.perLevel", "expected a whole number, found \"ten\""),
        ("  closesAt: \"17:00\"", "  closesAt: \"08:00\"", "calendar.closesAt", "08:00 is not after opensAt (09:00)"),
        ("  closesAt: \"17:00\"", "  closesAt: \"5pm\"", "calendar.closesAt", "\"5pm\" is not a time of day"),
        ("  highFrom: 14", "  highFrom: 9", "dash.highFrom", "9 is below mediumFrom (10)"),
        ("  consentNeededUnder: [uk-gdpr, dpa-2018-part-3]", "  consentNeededUnder: [uk-gdpr, gdpr]",
         "sharing.consentNeededUnder[1]", "\"gdpr\" is not a data protection regime"),
        ("  disclosureRules: {}", "  disclosureRules: {police: {crime-reports: hub-only}}",
         "sharing.disclosureRules.police.crime-reports", "\"crime-reports\" is not a kind of item"),
        ("  disclosureRules: {}", "  disclosureRules: {police: {all-kinds: nowhere}}",
         "sharing.disclosureRules.police.all-kinds", "\"nowhere\" is not a disclosure"),
    ])
    func aBadValueIsRefusedWithItsLineAndReason(original: String, replacement: String, path: String, reason: String) throws {
        let text = try PolicyFiles.text("default.yaml")
        #expect(text.contains(original), "the test's original text is not in default.yaml")
        let broken = text.replacingOccurrences(of: original, with: replacement)
        let refusal = try #require(PolicyFiles.refusal(broken))
        let problem = try #require(refusal.problems.first { $0.path.description == path }, "\(refusal)")
        #expect(problem.message.contains(reason), "\(problem.message)")
        let changedLine = replacement.split(separator: "\n").first { !original.contains($0) } ?? Substring(replacement)
        #expect(problem.line == PolicyFiles.line(of: String(changedLine), in: broken), "\(refusal)")
    }

    @Test func everyProblemIsReportedNotJustTheFirst() throws {
        let text = try PolicyFiles.text("default.yaml")
            .replacingOccurrences(of: "  amber: {hours: 6}", with: "  amber: {hours: -1}")
            .replacingOccurrences(of: "  green: {hours: 24}", with: "  green: {hours: -2}")
            .replacingOccurrences(of: "  opensAt: \"09:00\"", with: "  opensAt: \"09:00\"\n  lunch: \"13:00\"")
        let refusal = try #require(PolicyFiles.refusal(text))
        #expect(refusal.problems.map(\.path.description) == ["calendar.lunch", "researchDeadlines.amber.hours", "researchDeadlines.green.hours"])
        let lines = refusal.problems.compactMap(\.line)
        #expect(lines.count == 3 && lines == lines.sorted())
    }

    @Test func aMissingOrEmptyFileIsRefused() throws {
        let missing = PolicyFiles.url("no-such-policy.yaml")
        #expect(throws: PolicyFileError.self) { try HubPolicy.load(contentsOf: missing) }
        #expect(PolicyFiles.refusal("")?.problems.first?.message.contains("empty") == true)
        #expect(PolicyFiles.refusal("version: x")?.problems.first?.message.hasPrefix("missing key") == true)
    }
}
