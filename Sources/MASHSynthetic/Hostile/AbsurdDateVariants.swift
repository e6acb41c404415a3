/// Referrals with impossible or implausible dates of birth and receipt timestamps.
enum AbsurdDateVariants {
    /// Receipt timestamps whose zone or clock is junk.
    static let junkTimestamps = [
        "2026-03-01T09:15:00+25:00", "2026-03-01T09:15:00+05:61", "2026-03-01T09:15:00+1", "2026-03-01T09:15:00Z+01:00",
        "2026-03-01T09:15:00+01:00:00", "2026-03-01T09:15:00 UTC", "2026-03-01T09:15:00", "2026-03-01T09:15:00-24:00",
        "2026-03-01T24:00:00Z", "2026-03-01T09:60:00Z", "2026-03-01T09:15:60Z", "2026-03-01 09:15:00Z", "2026-03-01",
    ]

    static func make(_ variant: Int, _ material: inout HostileMaterial) -> HostileEdit {
        let base = material.base
        let subject = material.subjectIndexWithDateOfBirth()
        let birth = base.subjects[subject].dateOfBirth
        let year = birth?.year ?? 2015, month = birth?.month ?? 6, day = birth?.day ?? 15
        let pad = { (value: Int, width: Int) in String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
        let dateOfBirth: (String, String)? = switch variant % 16 {
        case 0: ("\(pad(year, 4))-13-\(pad(day, 2))", "month 13")
        case 1: ("\(pad(year, 4))-\(pad(month, 2))-32", "day 32")
        case 2: ("\(pad(year, 4))-02-30", "30 February")
        case 3: ("0000-\(pad(month, 2))-\(pad(day, 2))", "year 0")
        case 4: ("99999-\(pad(month, 2))-\(pad(day, 2))", "year 99999")
        case 5: ("\(base.receivedAt.utcDate.year + 1 + material.random.below(30))-\(pad(month, 2))-\(pad(day, 2))", "in the future")
        case 6: ("2026-02-29", "29 February 2026 (not a leap year)")
        case 7: ("\(pad(year, 4))-00-\(pad(day, 2))", "month 0")
        case 8: ("\(year)-\(month % 9 + 1)-\(day % 9 + 1)", "without zero padding")
        case 9: ("\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T00:00:00Z", "with a time")
        default: nil
        }
        if let (text, what) = dateOfBirth {
            let path: [HostileJSONStep] = ["subjects", .index(subject), "dateOfBirth"]
            return HostileEdit(bytes: material.replacing(path, with: .string(text)), what: "date of birth \(what): \(text)")
        }
        // Without dates of birth, so the receipt rule alone must catch an absurd receipt year.
        var undated = material.document
        for index in base.subjects.indices { undated[["subjects", .index(index), "dateOfBirth"]] = nil }
        let (receivedAt, what): (String, String) = switch variant % 16 {
        case 10: ("3000-01-01T09:00:00.000Z", "in the year 3000")
        case 11: ("1899-12-31T23:59:59.000Z", "before 1900")
        case 12: ("0001-01-01T00:00:00Z", "in the year 1")
        case 13: ("2026-02-29T10:00:00Z", "on 29 February 2026")
        case 14: (material.pick(junkTimestamps), "with a junk zone or clock")
        default: ("9999-12-31T23:59:59.999Z", "in the year 9999")
        }
        return HostileEdit(bytes: material.replacing(["receivedAt"], with: .string(receivedAt), in: undated), what: "receivedAt \(what): \(receivedAt)")
    }
}
