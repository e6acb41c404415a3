import MASHCore

/// Referrals too big in bytes, characters or entries.
enum HugePayloadVariants {
    /// Ten mebibytes: ten times what a partner may send.
    static let tenMegabytes = 10 * 1_048_576

    /// The three very large items: a 10 MB summary, 100,000 subjects (about 10 MB), a 2 MB forename.
    static func veryLarge(_ variant: Int, _ material: inout HostileMaterial) -> HostileEdit {
        let base = material.base
        switch variant % 3 {
        case 0:
            let summary = repeatedString(base.concern.summary + " ", toBytes: tenMegabytes)
            return HostileEdit(bytes: material.replacing(["concern", "summary"], with: summary), what: "a 10 MB summary")
        case 1:
            let subjects = compactSubjects(like: base.firstChild ?? base.subjects[0], count: 100_000)
            return HostileEdit(bytes: material.replacing(["subjects"], with: subjects), what: "a subjects array of 100,000 entries")
        default:
            let subject = material.subjectIndex()
            let name = repeatedString(base.subjects[subject].forename, toBytes: 2 * 1_048_576)
            return HostileEdit(bytes: material.replacing(["subjects", .index(subject), "forename"], with: name), what: "a 2 MB forename")
        }
    }

    static func make(_ variant: Int, _ material: inout HostileMaterial) -> HostileEdit {
        let base = material.base
        let subject = material.subjectIndex()
        let person = base.subjects[subject]
        switch variant % 9 {
        case 0:
            let size = 1_048_576 + 1 + material.random.below(4_096)
            let summary = repeatedString(base.concern.summary + " ", toBytes: size)
            return HostileEdit(bytes: material.replacing(["concern", "summary"], with: summary), what: "a summary just over the 1 MiB message limit")
        case 1:
            let characters = Referral.maximumSummaryLength + 1 + material.random.below(50_000)
            let summary = String(String(repeating: base.concern.summary + " ", count: characters / max(1, base.concern.summary.count) + 1).prefix(characters))
            return HostileEdit(bytes: material.replacing(["concern", "summary"], with: .string(summary)), what: "a summary of \(characters) characters")
        case 2:
            let length = Referral.maximumNameLength + 1 + material.random.below(5_000)
            let name = String(String(repeating: person.forename, count: length).prefix(length))
            return HostileEdit(bytes: material.replacing(["subjects", .index(subject), "forename"], with: .string(name)), what: "a forename of \(length) characters")
        case 3:
            let length = Referral.maximumNameLength + 1 + material.random.below(400)
            let name = String(repeating: "é", count: length)
            return HostileEdit(bytes: material.replacing(["subjects", .index(subject), "surname"], with: .string(name)), what: "a surname of \(length) accented characters")
        case 4:
            let alias = String(repeating: person.surname, count: 1_000 / max(1, person.surname.count) + 1)
            let path: [HostileJSONStep] = ["subjects", .index(subject), "otherNames"]
            return HostileEdit(bytes: material.replacing(path, with: .array([.string(alias)])), what: "an other name of \(alias.count) characters")
        case 5:
            let name = String(repeating: base.referrer.name + " ", count: 10_000 / max(1, base.referrer.name.count + 1) + 1)
            return HostileEdit(bytes: material.replacing(["referrer", "name"], with: .string(name)), what: "a referrer name of \(name.count) characters")
        case 6:
            let count = Referral.maximumSubjects + 1 + material.random.below(1_500)
            let subjects = compactSubjects(like: base.firstChild ?? person, count: count)
            return HostileEdit(bytes: material.replacing(["subjects"], with: subjects), what: "\(count) subjects")
        case 7:
            let padding = [UInt8](repeating: UInt8(ascii: " "), count: 1_048_576)
            return HostileEdit(bytes: padding + material.bytes, what: "1 MiB of spaces before the object")
        default:
            let notes = repeatedString("x", toBytes: 1_048_576)
            return HostileEdit(bytes: material.replacing(["notes"], with: notes), what: "an unknown field holding 1 MiB of text")
        }
    }

    /// A JSON string of `unit` repeated until it is at least `size` bytes, built as bytes for speed.
    static func repeatedString(_ unit: String, toBytes size: Int) -> HostileJSON {
        let quotedUnit = HostileJSON.quoted(unit.isEmpty ? "x" : unit).dropFirst().dropLast()
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(size + quotedUnit.count + 2)
        while bytes.count < size { bytes.append(contentsOf: quotedUnit) }
        bytes.append(UInt8(ascii: "\""))
        return .bytes(bytes)
    }

    /// `count` subjects with the names and role of `subject` and ids S1, S2...: only the required
    /// fields, so 100,000 of them come to about 10 MB.
    static func compactSubjects(like subject: Subject, count: Int) -> HostileJSON {
        let rest = HostileJSON.object([
            .init(key: "role", value: .string(subject.role.rawValue)),
            .init(key: "forename", value: .string(subject.forename)),
            .init(key: "surname", value: .string(subject.surname)),
            .init(key: "relationshipToChild", value: .string(subject.relationshipToChild ?? "self")),
        ]).rendered().dropFirst()
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for index in 1...max(1, count) {
            if index > 1 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: Array("{\"subjectId\":\"S\(index)\",".utf8))
            bytes.append(contentsOf: rest)
        }
        bytes.append(UInt8(ascii: "]"))
        return .bytes(bytes)
    }
}
