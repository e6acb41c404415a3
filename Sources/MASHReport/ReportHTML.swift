import MASHCore

extension MonitoringReport {
    /// The report as one self-contained HTML file for the hub's board: tables and bar charts (SVG drawn here,
    /// nothing fetched from anywhere), readable on screen and in print.
    public var html: String {
        var page = HTMLBuilder()
        page.raw("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        page.text("MASH monitoring report \(Self.day(period.from)) to \(Self.day(period.to))")
        page.raw("</title><style>\(Self.style)</style></head><body><main>")
        page.element("h1", "MASH monitoring report")
        page.element("p", "Referrals received from \(Self.day(period.from)) up to \(Self.day(period.to)) (UTC): \(referrals).", className: "lead")

        page.element("h2", "Volumes")
        page.chart("By referral source (Children in Need census codes)", bySource.map { ("\($0.key) \($0.label)", $0.count) })
        page.chart("By concern category", byCategory.map { ($0.label, $0.count) })
        page.chart("By the child's age", AgeBand.allCases.compactMap { band in byAgeBand.first { $0.key == band.rawValue }.map { ($0.label, $0.count) } })

        page.element("h2", "Outcomes and conversion")
        page.chart("Decided, by outcome", outcomes.map { ($0.label, $0.count) })
        page.element("p", "Awaiting a person's decision: \(awaitingDecision).")
        page.table(["Measure", "Count", "Of", "Share"], [
            ("Police referrals passed to children's social care", conversion.policeToSocialCare),
            ("Leading to an assessment (s17 or s47)", conversion.toAssessment),
            ("Leading to a strategy discussion (s47)", conversion.toS47),
            ("No further action", conversion.noFurtherAction),
            ("Re-referrals within 12 months", conversion.reReferrals),
        ].map { [$0.0, String($0.1.count), String($0.1.of), Self.percent($0.1.share)] })

        page.element("h2", "Timeliness against the RAG deadlines")
        page.table(["Step", "Cases", "Median", "90th percentile", "On time"], [
            ("Screening (received to screened)", timeliness.screening),
            ("Research (screened to researched, by the research deadline)", timeliness.research),
            ("Decision (received to decided, by the sign-off or research deadline)", timeliness.decision),
        ].map { [$0.0, String($0.1.cases), Self.duration($0.1.medianMinutes), Self.duration($0.1.p90Minutes),
                 "\($0.1.onTime.count) (\(Self.percent($0.1.onTime.share)))"] })

        page.element("h2", "Each agency's contribution")
        page.table(["Agency", "Requests", "Answered", "Answered on time", "Items shared", "Items held hub-only", "Shares withheld"], agencies.map {
            [$0.agency.displayName, String($0.requests), String($0.answered), String($0.answeredOnTime), String($0.itemsShared), String($0.itemsHubOnly),
             String($0.sharesWithheld)]
        })
        page.chart("Requests answered, by agency", agencies.map { ($0.agency.displayName, $0.answered) }, of: agencies.map(\.requests))

        page.element("h2", "People's decisions")
        page.table(["Signed by a named person", "Confirmed", "Overridden", "Re-rated", "Level raised", "Level lowered", "Outcome changed"],
                   [[signOffs.signed, signOffs.confirmed, signOffs.overridden, signOffs.reRated, signOffs.levelRaised, signOffs.levelLowered,
                     signOffs.outcomeChanged].map(String.init)])
        page.table(["Escalations raised", "Resolved", "Still open", "Deadlines missed", "No response from an agency", "Taskings acknowledged", "Taskings completed"],
                   [[escalations.raised, escalations.resolved, escalations.open, escalations.missedDeadlines, escalations.noResponseFromAgency,
                     taskingAnswers.acknowledged, taskingAnswers.completed].map(String.init)])
        page.raw("</main></body></html>\n")
        return page.output
    }

    static func day(_ instant: Timestamp) -> String { String(instant.iso8601.prefix(10)) }

    static func percent(_ share: Double?) -> String { share.map { String(format: "%.1f%%", $0 * 100) } ?? "none" }

    static func duration(_ minutes: Double?) -> String {
        guard let minutes else { return "none" }
        if minutes < 1 { return String(format: "%.0f s", minutes * 60) }
        if minutes < 120 { return String(format: "%.0f min", minutes) }
        return String(format: "%.1f h", minutes / 60)
    }

    /// The report's one inline style (a page serving the report allows it by its hash).
    public static let style = """
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;margin:0;background:#fff}
        main{max-width:60rem;margin:0 auto;padding:1.5rem}
        h1{font-size:1.6rem;margin:0 0 .3rem}h2{font-size:1.2rem;margin:2rem 0 .6rem;border-bottom:2px solid #1d4f91}
        h3{font-size:1rem;margin:1.2rem 0 .3rem}.lead{font-size:1.05rem}
        table{border-collapse:collapse;margin:.6rem 0;width:100%}th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left}
        th{background:#eef2f8}td.n{text-align:right}svg{display:block;max-width:100%}
        svg text{font:13px system-ui,sans-serif;fill:#1b1b1b}.bar{fill:#1d4f91}.rest{fill:#dfe6f0}
        @media print{main{max-width:none;padding:0}h2{break-after:avoid}table,svg{break-inside:avoid}}
        """
}

/// Builds HTML by elements; every piece of text is escaped, none is pasted in as markup.
struct HTMLBuilder {
    private(set) var output = ""

    mutating func raw(_ markup: String) { output += markup }

    mutating func text(_ text: String) {
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
    }

    mutating func element(_ name: String, _ content: String, className: String? = nil) {
        raw("<\(name)\(className.map { " class=\"\($0)\"" } ?? "")>")
        text(content)
        raw("</\(name)>")
    }

    mutating func table(_ header: [String], _ rows: [[String]]) {
        raw("<table><thead><tr>")
        for title in header { element("th", title) }
        raw("</tr></thead><tbody>")
        for row in rows {
            raw("<tr>")
            for (index, cell) in row.enumerated() { element("td", cell, className: index > 0 ? "n" : nil) }
            raw("</tr>")
        }
        raw("</tbody></table>")
    }

    /// A horizontal bar chart with its numbers written beside the bars (so no colour carries meaning alone);
    /// with `of`, each bar is drawn against its own whole.
    mutating func chart(_ title: String, _ bars: [(label: String, value: Int)], of totals: [Int]? = nil) {
        element("h3", title)
        guard !bars.isEmpty else {
            element("p", "None in the period.")
            return
        }
        let rowHeight = 24, labelWidth = 330, barWidth = 380, width = labelWidth + barWidth + 90
        let largest = max(1, (totals ?? bars.map(\.value)).max() ?? 1)
        raw("<svg role=\"img\" viewBox=\"0 0 \(width) \(bars.count * rowHeight + 4)\" width=\"\(width)\" height=\"\(bars.count * rowHeight + 4)\"><title>")
        text(title)
        raw("</title>")
        for (index, bar) in bars.enumerated() {
            let y = index * rowHeight + 2
            let whole = totals.map { $0[index] } ?? bar.value
            raw("<text x=\"0\" y=\"\(y + 16)\">")
            text(String(bar.label.prefix(48)))
            raw("</text>")
            if totals != nil {
                raw("<rect class=\"rest\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(barWidth * whole / largest)\" height=\"16\"/>")
            }
            raw("<rect class=\"bar\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(barWidth * bar.value / largest)\" height=\"16\"/>")
            raw("<text x=\"\(labelWidth + barWidth * whole / largest + 6)\" y=\"\(y + 16)\">")
            text(totals == nil ? String(bar.value) : "\(bar.value) of \(whole)")
            raw("</text>")
        }
        raw("</svg>")
    }
}
