import MASHCore

/// The housing extract: rent arrears, overcrowding, temporary accommodation and antisocial behaviour, held on the tenant.
enum HousingRecords {
    static func append(for household: Household, context: inout ExtractContext, into block: inout [PendingRecord]) {
        let facts = household.circumstances
        guard !facts.isDisjoint(with: [.rentArrears, .overcrowding, .temporaryAccommodation, .antisocialBehaviour]),
              let tenant = context.adults(of: household).first
        else { return }
        func add(_ summary: String, daysAgo: ClosedRange<Int>, ends: Bool = false, context: inout ExtractContext) {
            guard let day = context.day(for: tenant, daysAgo: daysAgo) else { return }
            block.append(PendingRecord(
                person: tenant, kind: .housingRecord, day: day,
                endDay: ends ? context.end(after: day, length: 30 + context.random.below(300)) : nil,
                summary: summary,
                disclosure: context.chance(0.6) ? Sharing.housingPartners : Sharing.actingAgencies
            ))
        }
        if facts.contains(.rentArrears) {
            let amount = 300 + context.random.below(4_000)
            add("Rent arrears of £\(amount); " + context.pick(["repayment plan agreed.", "notice seeking possession served.", "referred for money advice."]), daysAgo: 1...540, context: &context)
        }
        if facts.contains(.overcrowding) {
            let short = context.chance(0.6) ? "one bedroom" : "two bedrooms"
            add("Overcrowded under the bedroom standard: short of \(short); on the transfer list.", daysAgo: 1...900, context: &context)
        }
        if facts.contains(.temporaryAccommodation) {
            add("Placed in temporary accommodation after homelessness; " + context.pick(["bed and breakfast.", "hostel room.", "self-contained flat out of the area."]), daysAgo: 1...400, ends: context.chance(0.3), context: &context)
        }
        if facts.contains(.antisocialBehaviour) {
            add("Complaints of antisocial behaviour from neighbours: " + context.pick(["noise and shouting late at night.", "visitors at all hours.", "rubbish in the garden."]), daysAgo: 1...365, context: &context)
        }
    }
}
