/// The validation rules for one subject of a referral.
struct SubjectRules {
    let subject: Subject
    /// Where the subject sits, e.g. `subjects[1]`.
    let path: String
    let receivedAt: Timestamp

    func problems() -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        if !ReferralTextRules.isValidSubjectId(subject.subjectId) {
            let message = "must be 1-32 characters of letters, digits, '-' or '_'"
            problems.append(.init(path: "\(path).subjectId", message: message + ReferralTextRules.controlCharacterNote(subject.subjectId)))
        }
        problems += nameProblems()
        problems += dateOfBirthProblems()
        problems += identifierProblems()
        return problems
    }

    private func nameProblems() -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        if subject.forename.allSatisfy(\.isWhitespace) && subject.surname.allSatisfy(\.isWhitespace) {
            problems.append(.init(path: "\(path).surname", message: "a subject needs a forename or a surname"))
        }
        problems += ReferralTextRules.optionalTextProblems(subject.forename, path: "\(path).forename")
        problems += ReferralTextRules.optionalTextProblems(subject.surname, path: "\(path).surname")
        let otherNames = subject.otherNames ?? []
        if otherNames.count > Referral.maximumOtherNames {
            problems.append(.init(path: "\(path).otherNames", message: "\(otherNames.count) names is over the limit of \(Referral.maximumOtherNames)"))
        }
        for (index, name) in otherNames.prefix(Referral.maximumOtherNames).enumerated() {
            problems += ReferralTextRules.nameProblems(name, path: "\(path).otherNames[\(index)]")
        }
        return problems
    }

    private func dateOfBirthProblems() -> [ValidationProblem] {
        guard let dateOfBirth = subject.dateOfBirth else { return [] }
        let fieldPath = "\(path).dateOfBirth"
        guard dateOfBirth.isRealDate else {
            return [.init(path: fieldPath, message: "\(dateOfBirth) is not a real date")]
        }
        let receivedDate = receivedAt.utcDate
        // UK local time runs at most an hour ahead of UTC: a birth "today" in BST is not in the future.
        let latestLocalDate = receivedAt.adding(hours: 1).utcDate
        if dateOfBirth > latestLocalDate {
            return [.init(path: fieldPath, message: "\(dateOfBirth) is after the referral was received (\(receivedDate))")]
        }
        let age = dateOfBirth.age(on: receivedDate)
        if age > Referral.maximumAgeInYears {
            return [.init(path: fieldPath, message: "\(dateOfBirth) is more than \(Referral.maximumAgeInYears) years before the referral was received")]
        }
        if subject.role == .child && age >= Referral.adulthoodAge {
            return [.init(
                path: fieldPath,
                message: "a child subject must be under \(Referral.adulthoodAge) when the referral is received; \(dateOfBirth) makes them \(age) on \(receivedDate)"
            )]
        }
        return []
    }

    private func identifierProblems() -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        if let text = subject.nhsNumber, case .failure(let failure) = NHSNumber.parse(text) {
            let shown = "\"\(text.prefix(32))\""
            let message = switch failure {
            case .notTenDigits: "\(shown) is not an NHS number of 10 digits"
            case .checkDigitMismatch: "\(shown) fails the NHS number check digit"
            case .placeholder: "\(shown) is a placeholder, not an NHS number"
            }
            problems.append(.init(path: "\(path).nhsNumber", message: message))
        }
        let limit = Referral.maximumFieldLength
        let fields: [(String?, String)] = [
            (subject.address?.line1, "address.line1"), (subject.address?.line2, "address.line2"), (subject.address?.town, "address.town"),
            (subject.policeId, "policeId"), (subject.laChildId, "laChildId"), (subject.relationshipToChild, "relationshipToChild"),
        ]
        for case let (text?, field) in fields {
            problems += ReferralTextRules.optionalTextProblems(text, path: "\(path).\(field)", limit: limit)
        }
        if let postcode = subject.address?.postcode {
            problems += ReferralTextRules.postcodeProblems(postcode, path: "\(path).address.postcode")
        }
        if let text = subject.upn, case .failure(let failure) = UPN.parse(text) {
            let shown = "\"\(text.prefix(32))\""
            let message = switch failure {
            case .badFormat: "\(shown) is not a UPN (a letter then 12 digits, or a letter, 11 digits and a letter)"
            case .checkLetterMismatch: "\(shown) fails the UPN check letter"
            }
            problems.append(.init(path: "\(path).upn", message: message))
        }
        return problems
    }
}
