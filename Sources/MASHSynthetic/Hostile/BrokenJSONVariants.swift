/// Referrals that are not JSON, or are JSON but not an object.
enum BrokenJSONVariants {
    static func make(_ variant: Int, _ material: inout HostileMaterial) -> HostileEdit {
        let bytes = material.bytes
        switch variant % 19 {
        case 0:
            let cut = 1 + material.random.below(bytes.count - 1)
            return HostileEdit(bytes: Array(bytes[..<cut]), what: "truncated after \(cut) of \(bytes.count) bytes")
        case 1:
            return HostileEdit(bytes: bytes + Array("}".utf8), what: "an extra closing brace")
        case 2:
            return HostileEdit(bytes: Array("{".utf8) + bytes, what: "an extra opening brace")
        case 3:
            return HostileEdit(bytes: bytes.dropLast() + Array(",}".utf8), what: "a trailing comma in the object")
        case 4:
            let subjects = HostileJSON.array(material.base.subjects.map(HostileJSON.init)).rendered()
            let trailing = HostileJSON.bytes(subjects.dropLast() + Array(",]".utf8))
            return HostileEdit(bytes: material.replacing(["subjects"], with: trailing), what: "a trailing comma in subjects")
        case 5:
            let single = bytes.map { $0 == UInt8(ascii: "\"") ? UInt8(ascii: "'") : $0 }
            return HostileEdit(bytes: single, what: "single quotes for double")
        case 6:
            let literal = material.pick(["NaN", "Infinity", "-Infinity", "undefined"])
            return HostileEdit(bytes: material.replacing(["concern", "urgent"], with: .literal(literal)), what: "\(literal) as concern.urgent")
        case 7:
            let bare = HostileJSON.literal(material.base.referralId)
            return HostileEdit(bytes: material.replacing(["referralId"], with: bare), what: "the referral id as a bare word")
        case 8:
            return HostileEdit(bytes: bytes.replacingFirst("\"schema\":", with: "schema:"), what: "an unquoted key")
        case 9:
            return HostileEdit(bytes: [], what: "empty input")
        case 10:
            let blank = (0..<(1 + material.random.below(64))).map { _ in material.pick(Array(" \t\r\n".utf8)) }
            return HostileEdit(bytes: blank, what: "only whitespace (\(blank.count) bytes)")
        case 11:
            return HostileEdit(bytes: Array("[".utf8) + bytes + Array("]".utf8), what: "a JSON array holding the referral")
        case 12:
            let text = String(decoding: bytes, as: UTF8.self)
            return HostileEdit(bytes: HostileJSON.quoted(text), what: "the referral as one JSON string")
        case 13:
            let scalar = material.pick(["42", "-0.5e10", "1e400", "true", "null", "\"\""])
            return HostileEdit(bytes: Array(scalar.utf8), what: "the JSON scalar \(scalar) instead of an object")
        case 14:
            return HostileEdit(bytes: Array("// referral\n".utf8) + bytes, what: "a line comment before the object")
        case 15:
            return HostileEdit(bytes: bytes + bytes, what: "two referrals back to back")
        case 16:
            return HostileEdit(bytes: Array(")]}'\n".utf8) + bytes, what: "an anti-hijacking prefix before the object")
        case 17:
            let surrogate = HostileJSON.literal(#""\ud800""#)
            return HostileEdit(bytes: material.replacing(["subjects", 0, "forename"], with: surrogate), what: "an escaped lone surrogate as a forename")
        default:
            return HostileEdit(bytes: bytes.replacingFirst("\",\"receivedAt\"", with: "\" \"receivedAt\""), what: "a missing comma between members")
        }
    }
}
