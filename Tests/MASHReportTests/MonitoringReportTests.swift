import Foundation
import MASHCore
import MASHTestSupport
import Testing
@testable import MASHReport

/// The report's figures on a hand-made history whose every figure is known.
@Suite struct MonitoringReportTests {
    static let start = Timestamp(iso8601: "2026-03-02T09:00:00.000Z")!

    static func example<Value: Decodable>(_ topic: String, as type: Value.Type) throws -> Value {
        try MASHJSON.decode(type, from: Data(contentsOf: PackagePaths.topics.appendingPathComponent("examples/\(topic).json")))
    }

    static func at(minutes: Int) -> Timestamp { Timestamp(millisecondsSince1970: start.millisecondsSince1970 + Int64(minutes) * 60_000) }

    /// A researched case: its source, categories, child's date of birth, re-referral, when screened and
    /// researched (minutes after receipt), the research deadline, and the agencies asked and silent.
    static func caseFile(_ id: String, source: ReferralSource, categories: [ConcernCategory], birth: String?, reReferral: Bool = false,
                         screened: Int, researched: Int, deadline: Int, queried: [Agency] = [.police], silent: [Agency] = [],
                         items: [(Agency, Bool)] = [], receivedAt: Timestamp = start) throws -> CaseFile {
        var file = try example("mash.decision", as: CaseFile.self)
        file.caseId = "CASE-\(id)"
        file.referralId = id
        file.receivedAt = receivedAt
        file.referral.referralId = id
        file.referral.source = source
        file.referral.concern.categories = categories
        let child = try #require(file.referral.subjects.firstIndex { $0.role == .child })
        file.referral.subjects[child].dateOfBirth = birth.flatMap(LocalDate.init(iso8601:))
        file.screening.isReReferral = reReferral
        file.screening.researchDeadline = Timestamp(millisecondsSince1970: receivedAt.millisecondsSince1970 + Int64(deadline) * 60_000)
        file.screening.agencyDeadlines = nil
        file.timestamps = StageTimestamps(received: receivedAt, referral: Timestamp(millisecondsSince1970: receivedAt.millisecondsSince1970 + Int64(screened) * 60_000),
                                          research: Timestamp(millisecondsSince1970: receivedAt.millisecondsSince1970 + Int64(researched) * 60_000))
        var research = try #require(file.research)
        let template = try #require(research.items.first)
        research.agenciesQueried = queried
        research.noResponseFrom = silent
        research.items = items.enumerated().map { index, entry in
            var item = template
            item.itemId = "\(id)-\(index)"
            item.owner = entry.0
            item.disclosure = entry.1 ? .withinHubOnly : .shareable(with: [.socialCare])
            return item
        }
        file.research = research
        return file
    }

    static func outcome(for file: CaseFile, _ kind: OutcomeKind, additional: [OutcomeKind] = [], level: Level, decided: Int,
                        signOff: (action: String, proposedLevel: Level, proposed: OutcomeKind)? = nil) throws -> Outcome {
        var outcome = try example("mash.outcome", as: Outcome.self)
        outcome.caseId = file.caseId
        outcome.referralId = file.referralId
        outcome.decision.outcome = kind
        outcome.decision.additionalOutcomes = additional
        outcome.decision.level = level
        outcome.decision.decidedAt = at(minutes: decided)
        outcome.decision.signOff = nil
        outcome.decision.proposal = nil
        let assessed = !Set([kind] + additional).isDisjoint(with: [.s17Assessment, .s47StrategyDiscussion])
        outcome.census?.isReferral = assessed
        outcome.census?.referralNFA = assessed ? false : nil
        outcome.census?.referralSource = file.referral.source
        if let signOff {
            outcome.decision.proposal = ProposedDecision(outcome: signOff.proposed, additionalOutcomes: [], level: signOff.proposedLevel, rag: .amber,
                                                         proposedBy: "policy:test", proposalDigest: String(repeating: "a", count: 64))
            outcome.decision.signOff = try MASHJSON.decode(SignOffNote.self, from: Data("""
                {"signOffId": "SO-1", "action": "\(signOff.action)", "rationale": "Three incidents in six months", \
                "signedBy": {"username": "sam.patel", "name": "Sam Patel", "role": "social-care-manager", "agency": "social-care"}, \
                "signedAt": "\(at(minutes: decided).iso8601)"}
                """.utf8))
        }
        return outcome
    }

    static func escalation(_ id: String, _ kind: EscalationKind, resolves: String? = nil, minutes: Int) -> Escalation {
        Escalation(escalationId: id, caseId: "CASE-A", kind: kind, concerning: kind == .raised ? .decision : nil, resolves: resolves, text: "reasons",
                   by: Practitioner(username: "lee.okafor", name: "Lee Okafor", role: .agencyResearcher, agency: .education), at: at(minutes: minutes))
    }

    static func history() throws -> HubHistory {
        var history = HubHistory()
        func put<Message: Encodable>(_ topic: PipelineTopic, _ message: Message) throws {
            // Each message twice: a replay must change nothing.
            for _ in 0..<2 { history.take(topic: topic.rawValue, value: try MASHJSON.encodeBytes(message)) }
        }
        let a = try caseFile("A", source: .police, categories: [.domesticAbuse], birth: "2023-01-10", screened: 10, researched: 70, deadline: 240,
                             queried: [.police, .health, .education], silent: [.education], items: [(.police, false), (.police, false), (.health, true)])
        let b = try caseFile("B", source: .schools, categories: [.neglect], birth: "2014-02-01", reReferral: true, screened: 5, researched: 30 * 60,
                             deadline: 24 * 60)
        let c = try caseFile("C", source: .police, categories: [.neglect, .physicalAbuse], birth: "2009-06-30", screened: 20, researched: 60, deadline: 240)
        let d = try caseFile("D", source: .police, categories: [.emotionalAbuse], birth: nil, screened: 15, researched: 45, deadline: 240)
        let later = try caseFile("E", source: .police, categories: [.neglect], birth: "2015-01-01", screened: 5, researched: 20, deadline: 240,
                                 receivedAt: Timestamp(iso8601: "2026-04-02T09:00:00.000Z")!)
        for file in [a, b, c, d, later] { try put(.decision, file) }
        try put(.outcome, try outcome(for: a, .s47StrategyDiscussion, additional: [.maracReferral], level: .childProtection, decided: 120,
                                      signOff: ("override", .childInNeed, .s17Assessment)))
        try put(.outcome, try outcome(for: b, .earlyHelp, level: .earlyHelp, decided: 31 * 60))
        try put(.outcome, try outcome(for: c, .noFurtherAction, level: .universal, decided: 60))
        var review = try example("mash.review", as: Review.self)
        review.caseId = d.caseId
        review.referralId = d.referralId
        review.caseFile = d
        try put(.review, review)
        try put(.escalation, escalation("ESC-1", .raised, minutes: 130))
        try put(.escalation, escalation("ESC-2", .resolved, resolves: "ESC-1", minutes: 200))
        try put(.escalation, escalation("ESC-3", .raised, minutes: 300))
        // The deadline watcher's: education never answered case A.
        try put(.escalation, Escalation(escalationId: "ESC-4", caseId: "CASE-A", kind: .raised, concerning: .researchDeadline, text: "No response from Education",
                                        by: nil, deadline: MissedDeadline(dueBy: at(minutes: 240), agency: .education, escalatedTo: .agencyMASHLead), at: at(minutes: 241)))
        // The firewall withheld health's hub-only item from two recipients of case A (audited twice, each replayed).
        var audit = try example("mash.audit", as: AuditRecord.self)
        audit.caseId = "CASE-A"
        audit.action = .withheld
        audit.owner = .health
        for recipient in [Agency.police, .education] {
            audit.auditId = "CASE-A/withheld/A-2/\(recipient.rawValue)"
            audit.recipient = recipient
            try put(.audit, audit)
        }
        audit.auditId = "CASE-E/withheld"
        audit.caseId = "CASE-E"
        try put(.audit, audit)
        let by = PartnerPerson(partner: "met-police", name: "DS Dana Whitfield")
        try put(.taskingUpdate, TaskingUpdate(taskingId: "CASE-A/police/x", caseId: "CASE-A", referralId: "A", recipient: .police, kind: .acknowledged, by: by, at: at(minutes: 150)))
        try put(.taskingUpdate, TaskingUpdate(taskingId: "CASE-A/police/x", caseId: "CASE-A", referralId: "A", recipient: .police, kind: .completed, by: by, note: "done", at: at(minutes: 900)))
        return history
    }

    static let report: MonitoringReport = {
        try! MonitoringReport(history: history(), from: Timestamp(iso8601: "2026-03-01T00:00:00.000Z")!, to: Timestamp(iso8601: "2026-04-01T00:00:00.000Z")!)
    }()

    @Test func volumesBySourceCategoryAndAgeBand() {
        let report = Self.report
        #expect(report.referrals == 4)
        #expect(report.bySource.map { "\($0.key)=\($0.count)" } == ["6=3", "2A=1"])
        #expect(report.byCategory.map { "\($0.key)=\($0.count)" } == ["neglect=2", "domestic-abuse=1", "emotional-abuse=1", "physical-abuse=1"])
        #expect(Set(report.byAgeBand.map { "\($0.key)=\($0.count)" }) == ["1-4=1", "10-15=1", "16-17=1", "unknown=1"])
    }

    @Test func outcomesAndConversion() {
        let report = Self.report
        #expect(Set(report.outcomes.map { "\($0.key)=\($0.count)" }) == ["s47-strategy-discussion=1", "early-help=1", "no-further-action=1"])
        #expect(report.awaitingDecision == 1)
        let conversion = report.conversion
        #expect(conversion.policeToSocialCare.count == 1 && conversion.policeToSocialCare.of == 2)
        #expect(conversion.toAssessment.count == 1 && conversion.toAssessment.of == 3)
        #expect(conversion.toS47.count == 1 && conversion.noFurtherAction.count == 1)
        #expect(conversion.reReferrals.count == 1 && conversion.reReferrals.of == 4 && conversion.reReferrals.share == 0.25)
    }

    @Test func timelinessAgainstTheDeadlines() {
        let timing = Self.report.timeliness
        #expect(timing.screening.cases == 4 && timing.screening.medianMinutes == 10 && timing.screening.p90Minutes == 20 && timing.screening.onTime.count == 4)
        #expect(timing.research.medianMinutes == 40 && timing.research.p90Minutes == 1795 && timing.research.onTime.count == 3)
        #expect(timing.decision.cases == 3 && timing.decision.medianMinutes == 120 && timing.decision.p90Minutes == 1860)
        #expect(timing.decision.onTime.count == 2 && timing.decision.onTime.of == 3)
    }

    @Test func eachAgencysContribution() {
        let agencies = Dictionary(uniqueKeysWithValues: Self.report.agencies.map { ($0.agency, $0) })
        #expect(agencies[.police] == .init(agency: .police, requests: 4, answered: 4, answeredOnTime: 3, itemsShared: 2, itemsHubOnly: 0, sharesWithheld: 0))
        #expect(agencies[.health] == .init(agency: .health, requests: 1, answered: 1, answeredOnTime: 1, itemsShared: 0, itemsHubOnly: 1, sharesWithheld: 2))
        #expect(agencies[.education] == .init(agency: .education, requests: 1, answered: 0, answeredOnTime: 0, itemsShared: 0, itemsHubOnly: 0, sharesWithheld: 0))
    }

    @Test func signOffsEscalationsAndTaskingAnswers() {
        let report = Self.report
        #expect(report.signOffs == .init(signed: 1, confirmed: 0, overridden: 1, reRated: 0, levelRaised: 1, levelLowered: 0, outcomeChanged: 1))
        #expect(report.escalations == .init(raised: 3, resolved: 1, open: 2, missedDeadlines: 1, noResponseFromAgency: 1))
        #expect(report.taskingAnswers == .init(acknowledged: 1, completed: 1))
    }

    @Test func theCSVCarriesTheSameFigures() {
        let rows = Self.report.csv.split(separator: "\n").map(String.init)
        #expect(rows.first == "section,measure,key,value")
        #expect(rows.contains("volumes,referrals,,4"))
        #expect(rows.contains("volumes,by source,6,3"))
        #expect(rows.contains("conversion,re-referrals within 12 months,share,0.2500"))
        #expect(rows.contains("timeliness,research,p90 minutes,1795.0"))
        #expect(rows.contains("agencies,items hub-only,health,1"))
        #expect(rows.contains("escalations,open,,2") && rows.contains("escalations,no response from an agency,,1"))
    }

    @Test("the HTML report is one self-contained file: the figures in tables and SVG bar charts, nothing fetched, every text escaped")
    func theHTMLReportIsSelfContained() {
        let html = Self.report.html
        #expect(html.hasPrefix("<!doctype html>") && html.hasSuffix("</html>\n"))
        #expect(!html.contains("src=") && !html.contains("href=") && !html.contains("http"), "nothing from outside")
        #expect(html.components(separatedBy: "<svg").count - 1 == 5, "four charts of counts and one of answers")
        #expect(html.contains("<td>Police referrals passed to children&#39;s social care</td><td class=\"n\">1</td><td class=\"n\">2</td><td class=\"n\">50.0%</td>"))
        #expect(html.contains(">4 of 4</text>") && html.contains(">0 of 1</text>"), "answered of requested, per agency")
        #expect(html.contains("<td>Research (screened to researched, by the research deadline)</td><td class=\"n\">4</td><td class=\"n\">40 min</td><td class=\"n\">29.9 h</td><td class=\"n\">3 (75.0%)</td>"))
        var builder = HTMLBuilder()
        builder.element("p", "<script>alert(1)</script> & \"quotes\"")
        #expect(builder.output == "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</p>")
    }

    @Test("a case with no research deadline (Blue) is timed but neither on time nor late")
    func noDeadlineIsNotLate() throws {
        var history = HubHistory()
        let blue = try Self.caseFile("BLUE", source: .police, categories: [.other], birth: "2015-01-01", screened: 1, researched: 2, deadline: 0)
        history.take(topic: "mash.decision", value: try MASHJSON.encodeBytes(blue))
        history.take(topic: "mash.outcome", value: try MASHJSON.encodeBytes(try Self.outcome(for: blue, .informationAndAdvice, level: .universal, decided: 3)))
        let report = MonitoringReport(history: history, from: Self.start, to: Self.at(minutes: 60))
        for timing in [report.timeliness.screening, report.timeliness.research, report.timeliness.decision] {
            #expect(timing.cases == 1 && timing.onTime.of == 0 && timing.onTime.share == nil)
        }
    }

    @Test("the census extract has one row per census referral (an assessment followed), with the child's identifiers and the recorded codes")
    func censusExtract() throws {
        let extract = CensusExtract(history: try Self.history(), from: Timestamp(iso8601: "2026-03-01T00:00:00.000Z")!, to: Timestamp(iso8601: "2026-04-01T00:00:00.000Z")!)
        #expect(extract.rows.count == 1 && extract.contacts == 2, "A went to s47; B (early help) and C (no further action) stayed contacts")
        let row = try #require(extract.rows.first)
        #expect(row.caseId == "CASE-A" && row.laChildId == "NF-C-208817" && row.upn == "X999123526001" && row.gender == "2")
        #expect(row.birthDate == "2023-01-10" && row.referralDate == "2026-03-02" && row.referralSource == "6" && row.referralNFA == "false")
        #expect(row.primaryNeed == "N1" && row.factors == "3A;3B;16A;4B" && row.categoryOfAbuse == "MUL")
        let lines = extract.csv.split(separator: "\n")
        #expect(lines.first == "LAchildID,UPN,PersonBirthDate,GenderCurrent,CINreferralDate,ReferralSource,PrimaryNeedCode,ReferralNFA,AssessmentFactors,CategoryOfAbuse,HubCaseId,HubSubjectKey")
        #expect(lines.count == 2 && lines[1].hasPrefix("NF-C-208817,X999123526001,2023-01-10,2,2026-03-02,6,N1,false,3A;3B;16A;4B,MUL,CASE-A,"))
    }

    @Test func aPeriodWithNothingInItHasNoShares() throws {
        let empty = MonitoringReport(history: try Self.history(), from: Timestamp(iso8601: "2025-01-01T00:00:00.000Z")!, to: Timestamp(iso8601: "2025-02-01T00:00:00.000Z")!)
        #expect(empty.referrals == 0 && empty.conversion.toAssessment.share == nil && empty.timeliness.decision.medianMinutes == nil)
    }

    @Test("a referral routed at once to the allocated worker counts, known by the register and its bytes; a referral the hub refused does not")
    func routedReferralsCountAndRefusedOnesDoNot() throws {
        var history = HubHistory()
        let bytes = try Array(Data(contentsOf: PackagePaths.topics.appendingPathComponent("examples/mash.referral.json")))
        let referral = try MASHJSON.decode(Referral.self, from: Data(bytes))
        let caseId = "CASE-" + referral.referralId.replacingOccurrences(of: "/", with: ".")
        var refused = referral
        refused.referralId = "NFP/2026/03/999999"
        history.take(topic: "mash.referral", value: bytes)
        history.take(topic: "mash.referral", value: try MASHJSON.encodeBytes(refused))
        history.take(topic: "mash.referral-register", value: try MASHJSON.encodeBytes(ReferralRegistration(referralId: referral.referralId, caseId: caseId, digest: SHA256.hex(bytes))))
        var outcome = try Self.example("mash.outcome", as: Outcome.self)
        outcome.caseId = caseId
        outcome.receivedAt = referral.receivedAt
        outcome.decision.outcome = .routedToAllocatedWorker
        outcome.decision.additionalOutcomes = []
        history.take(topic: "mash.outcome", value: try MASHJSON.encodeBytes(outcome))
        let report = MonitoringReport(history: history, from: Timestamp(iso8601: "2026-01-01T00:00:00.000Z")!, to: Timestamp(iso8601: "2027-01-01T00:00:00.000Z")!)
        #expect(report.referrals == 1)
        #expect(report.outcomes.map(\.key) == ["routed-to-allocated-worker"])
        #expect(report.conversion.policeToSocialCare.count == 1 && report.conversion.policeToSocialCare.of == 1)
        #expect(report.timeliness.decision.cases == 0, "no deadline of its own to be measured against")
    }
}
