import MASHCore

extension MonitoringReport {
    /// The figures as CSV, one per row, `section,measure,key,value`, for a national return or a spreadsheet:
    /// the same figures as the JSON.
    public var csv: String {
        var rows: [[String]] = [["section", "measure", "key", "value"]]
        func add(_ section: String, _ measure: String, _ key: String = "", _ value: String) { rows.append([section, measure, key, value]) }
        func share(_ section: String, _ measure: String, _ share: Share) {
            add(section, measure, "count", String(share.count))
            add(section, measure, "of", String(share.of))
            add(section, measure, "share", share.share.map { String(format: "%.4f", $0) } ?? "")
        }
        func timing(_ measure: String, _ timing: Timing) {
            add("timeliness", measure, "cases", String(timing.cases))
            add("timeliness", measure, "median minutes", timing.medianMinutes.map { String(format: "%.1f", $0) } ?? "")
            add("timeliness", measure, "p90 minutes", timing.p90Minutes.map { String(format: "%.1f", $0) } ?? "")
            share("timeliness", measure + " on time", timing.onTime)
        }
        add("period", "from", "", period.from.iso8601)
        add("period", "to", "", period.to.iso8601)
        add("volumes", "referrals", "", String(referrals))
        for count in bySource { add("volumes", "by source", count.key, String(count.count)) }
        for count in byCategory { add("volumes", "by concern category", count.key, String(count.count)) }
        for count in byAgeBand { add("volumes", "by age band", count.key, String(count.count)) }
        for count in outcomes { add("outcomes", "decided", count.key, String(count.count)) }
        add("outcomes", "awaiting decision", "", String(awaitingDecision))
        share("conversion", "police referrals to social care", conversion.policeToSocialCare)
        share("conversion", "to assessment", conversion.toAssessment)
        share("conversion", "to s47", conversion.toS47)
        share("conversion", "no further action", conversion.noFurtherAction)
        share("conversion", "re-referrals within 12 months", conversion.reReferrals)
        timing("screening", timeliness.screening)
        timing("research", timeliness.research)
        timing("decision", timeliness.decision)
        for agency in agencies {
            add("agencies", "requests", agency.agency.rawValue, String(agency.requests))
            add("agencies", "answered", agency.agency.rawValue, String(agency.answered))
            add("agencies", "answered on time", agency.agency.rawValue, String(agency.answeredOnTime))
            add("agencies", "items shared", agency.agency.rawValue, String(agency.itemsShared))
            add("agencies", "items hub-only", agency.agency.rawValue, String(agency.itemsHubOnly))
            add("agencies", "shares withheld", agency.agency.rawValue, String(agency.sharesWithheld))
        }
        for (measure, value) in [("signed", signOffs.signed), ("confirmed", signOffs.confirmed), ("overridden", signOffs.overridden),
                                 ("re-rated", signOffs.reRated), ("level raised", signOffs.levelRaised), ("level lowered", signOffs.levelLowered),
                                 ("outcome changed", signOffs.outcomeChanged)] {
            add("sign-offs", measure, "", String(value))
        }
        add("escalations", "raised", "", String(escalations.raised))
        add("escalations", "resolved", "", String(escalations.resolved))
        add("escalations", "open", "", String(escalations.open))
        add("escalations", "missed deadlines", "", String(escalations.missedDeadlines))
        add("escalations", "no response from an agency", "", String(escalations.noResponseFromAgency))
        add("taskings", "acknowledged", "", String(taskingAnswers.acknowledged))
        add("taskings", "completed", "", String(taskingAnswers.completed))
        return rows.map { $0.map(Self.field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// A CSV field, quoted when it must be.
    static func field(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
