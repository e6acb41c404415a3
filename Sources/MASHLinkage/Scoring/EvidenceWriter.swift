/// Puts a comparison into words a practitioner can check against the records, e.g.
/// "NHS number agrees", "forename Bill is a short form of William", "date of birth differs (2016-05-12, 2017-05-12)".
struct EvidenceWriter {
    let comparison: PersonComparison
    let query: PersonIdentity
    let candidate: PersonIdentity

    var lines: [String] {
        var lines: [String] = []
        identifier("NHS number", comparison.nhsNumber, query.invalidNHSNumber ?? candidate.invalidNHSNumber, "check digit", into: &lines)
        identifier("UPN", comparison.upn, query.invalidUPN ?? candidate.invalidUPN, "check letter", into: &lines)
        switch comparison.personId {
        case .agrees: lines.append("agency person id agrees")
        case .differs: lines.append("agency person id differs (\(query.agencyPersonId ?? ""), \(candidate.agencyPersonId ?? ""))")
        case .invalid, .missing: break
        }
        for (label, level) in [("email address", comparison.email), ("telephone number", comparison.phone), ("identifier", comparison.identifier)] {
            switch level {
            case .agrees: lines.append("\(label) agrees")
            case .differs: lines.append("\(label) differs")
            case .invalid, .missing: break
            }
        }
        let (asked, found) = comparison.names.map { ($0.0, $0.1) } ?? (nil, nil)
        if comparison.namesSwapped { lines.append("forename and surname exchanged") }
        let askedName = comparison.namesSwapped ? asked?.swapped : asked
        name("surname", comparison.surname, askedName?.surname, found?.surname, into: &lines)
        name("forename", comparison.forename, askedName?.forename, found?.forename, into: &lines)
        birth(into: &lines)
        address(into: &lines)
        switch comparison.town {
        case .agrees: lines.append("town agrees")
        case .differs: lines.append("town \(comparison.townMisspelt ? "spelled almost the same" : "differs") (\(query.town ?? ""), \(candidate.town ?? ""))")
        case .invalid, .missing: break
        }
        switch comparison.sex {
        case .agrees: lines.append("sex agrees")
        case .differs: lines.append("sex differs")
        case .invalid, .missing: break
        }
        return lines
    }

    private func identifier(_ label: String, _ level: FieldAgreement, _ invalid: String?, _ check: String, into lines: inout [String]) {
        switch level {
        case .agrees: lines.append("\(label) agrees")
        case .differs: lines.append("\(label) differs")
        case .invalid: lines.append("\(label) \(invalid ?? "") fails its \(check): not compared")
        case .missing: break
        }
    }

    private func name(_ label: String, _ level: NameAgreement, _ lhs: NameForm?, _ rhs: NameForm?, into lines: inout [String]) {
        let a = lhs?.display ?? "", b = rhs?.display ?? ""
        switch level {
        case .exact: lines.append("\(label) agrees")
        case .nickname: lines.append("\(label) \(a) and \(b): one is a short form of the other")
        case .partial: lines.append("\(label) \(a) and \(b) share a part")
        case .initial: lines.append("\(label) \(a) and \(b): initial agrees")
        case .typo: lines.append("\(label) \(a) and \(b) differ by a typing error")
        case .similar: lines.append("\(label) \(a) and \(b) are alike")
        case .differs: lines.append("\(label) differs (\(a), \(b))")
        case .missing: break
        }
    }

    private func birth(into lines: inout [String]) {
        let pair = "(\(query.dateOfBirth?.iso8601 ?? ""), \(candidate.dateOfBirth?.iso8601 ?? ""))"
        switch comparison.dateOfBirth {
        case .exact: lines.append("date of birth agrees")
        case .dayMonthSwapped: lines.append("date of birth with day and month swapped \(pair)")
        case .oneDigitOff: lines.append("date of birth one digit off \(pair)")
        case .yearOnly: lines.append("year of birth agrees, only the year known on one side \(pair)")
        case .sameYear: lines.append("year of birth agrees, day and month differ \(pair)")
        case .differs: lines.append("date of birth differs \(pair)")
        case .missing: break
        }
    }

    private func address(into lines: inout [String]) {
        let pair = "(\(query.postcode ?? ""), \(candidate.postcode ?? ""))"
        switch comparison.address {
        case .sameAddress: lines.append("address agrees")
        case .samePostcode: lines.append("postcode agrees, first line differs or unknown")
        case .samePostcodeLineAlike: lines.append("postcode agrees, first lines alike")
        case .lineAlike: lines.append("first lines of the address alike, postcode differs or unknown \(pair)")
        case .sameLine: lines.append("first line of the address agrees, postcode differs or unknown \(pair)")
        case .sameDistrict: lines.append("postcode district agrees \(pair)")
        case .differs: lines.append("postcode differs \(pair)")
        case .missing: break
        }
    }
}
