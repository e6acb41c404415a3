import Foundation
import MASHCore
@testable import MASHStages
import Testing

/// Deadlines in working hours across evenings, weekends and bank holidays, with hand-worked answers.
/// March 2026: Monday 2nd to Friday 6th, weekend 7th-8th. Easter 2026: Good Friday 3 April, Easter Monday 6 April.
@Suite struct WorkingCalendarTests {
    private let calendar = HubPolicy.default.calendar  // Monday to Friday, 09:00-17:00 UTC, England and Wales bank holidays

    private func time(_ text: String) -> Timestamp { Timestamp(iso8601: text)! }

    @Test(arguments: [
        // Friday afternoon: one hour on Friday, three on Monday.
        ("2026-03-06T16:00:00.000Z", 4, "2026-03-09T12:00:00.000Z"),
        // Friday evening: nothing until Monday's opening.
        ("2026-03-06T18:30:00.000Z", 2, "2026-03-09T11:00:00.000Z"),
        // Saturday: a whole working day is Monday 09:00 to 17:00, due at closing time itself.
        ("2026-03-07T10:00:00.000Z", 8, "2026-03-09T17:00:00.000Z"),
        // Early on a Wednesday: the clock starts at opening.
        ("2026-03-04T08:00:00.000Z", 1, "2026-03-04T10:00:00.000Z"),
        // During the day, past closing: 17:00 is reached with an hour left, which runs from Thursday's opening.
        ("2026-03-04T14:30:00.000Z", 4, "2026-03-05T10:30:00.000Z"),
        // Three working days from Monday morning (Surrey's 24 working hours).
        ("2026-03-02T09:00:00.000Z", 24, "2026-03-04T17:00:00.000Z"),
        // Thursday before Easter: two hours, then Good Friday, the weekend and Easter Monday are skipped.
        ("2026-04-02T15:00:00.000Z", 24, "2026-04-09T15:00:00.000Z"),
        // Nothing to count: due at once.
        ("2026-03-07T10:00:00.000Z", 0, "2026-03-07T10:00:00.000Z"),
    ])
    func workingHoursSkipEveningsWeekendsAndBankHolidays(start: String, hours: Int, due: String) {
        #expect(calendar.due(after: time(start), .workingHours(hours), rag: .amber) == time(due))
        #expect(calendar.due(after: time(start), .workingHours(hours), rag: .green) == time(due))
    }

    @Test func redAlwaysCountsClockHours() {
        let friday = time("2026-03-06T16:00:00.000Z")
        #expect(calendar.due(after: friday, .workingHours(4), rag: .red) == time("2026-03-06T20:00:00.000Z"))
        #expect(calendar.due(after: friday, .workingHours(4), rag: .amber) == time("2026-03-09T12:00:00.000Z"))
    }

    @Test func clockHoursIgnoreTheCalendar() {
        let saturday = time("2026-03-07T22:00:00.000Z")
        #expect(calendar.due(after: saturday, .clockHours(6), rag: .amber) == time("2026-03-08T04:00:00.000Z"))
    }

    @Test func workingHoursAreLocalToTheHubsOffset() throws {
        var summer = calendar
        summer.utcOffset = try #require(UTCOffset("+01:00"))
        // 15:30 UTC is 16:30 local: half an hour on Friday, half an hour from 09:00 local (08:00 UTC) on Monday.
        #expect(summer.due(after: time("2026-03-06T15:30:00.000Z"), .workingHours(1), rag: .amber) == time("2026-03-09T08:30:00.000Z"))
        // 08:30 UTC is 09:30 local, already open.
        #expect(summer.due(after: time("2026-03-04T08:30:00.000Z"), .workingHours(2), rag: .amber) == time("2026-03-04T10:30:00.000Z"))
    }

    @Test func aHubThatWorksSaturdaysCountsThem() {
        var sixDays = calendar
        sixDays.workingDays = Weekday.mondayToFriday + [.saturday]
        sixDays.opensAt = ClockTime(hour: 8, minute: 0)!
        sixDays.closesAt = ClockTime(hour: 20, minute: 0)!
        // Friday 19:00: one hour Friday, twelve Saturday, one Monday (no Sunday).
        #expect(sixDays.due(after: time("2026-03-06T19:00:00.000Z"), .workingHours(14), rag: .green) == time("2026-03-09T09:00:00.000Z"))
    }

    @Test func weekdaysFollowTheCalendar() {
        #expect(Weekday(LocalDate(iso8601: "1970-01-01")!) == .thursday)
        #expect(Weekday(LocalDate(iso8601: "2026-03-01")!) == .sunday)
        #expect(Weekday(LocalDate(iso8601: "2026-04-03")!) == .friday)
        #expect(Weekday(LocalDate(iso8601: "1969-12-29")!) == .monday)
    }

    @Test func screeningDatesResearchInTheHubsCalendarAndPerAgency() throws {
        // Surrey: Amber research in 24 working hours; schools 16 and health 32 working hours of their own.
        let referral = Fixtures.referral()  // neglect: Amber
        let friday = time("2026-03-06T18:00:00.000Z")
        let records = try ReferralScreening(policy: PolicyFiles.surreyExample)
            .screen(StageInput(value: Array(try MASHJSON.encode(referral)), ingestedAt: friday, now: friday))
        let screening = try records.caseFile(on: .research).screening
        #expect(screening.rag == .amber)
        #expect(screening.researchDeadline == time("2026-03-11T17:00:00.000Z"))
        #expect(screening.agencyDeadlines == [
            AgencyDeadline(agency: .health, dueBy: time("2026-03-12T17:00:00.000Z")),
            AgencyDeadline(agency: .education, dueBy: time("2026-03-10T17:00:00.000Z")),
        ])
        #expect(screening.reasons.contains("research due within 24 working hours (Amber), by 2026-03-11T17:00:00.000Z"))
        try records.expectSchemaValid()
    }

    @Test func theDefaultGivesNoAgencyItsOwnDeadline() throws {
        let records = try ReferralScreening().screen(Fixtures.input(Fixtures.referral()))
        #expect(try records.caseFile(on: .research).screening.agencyDeadlines == nil)
    }
}
